//! Types of `microsoft.graph` by the first letters of their names (`entity_3`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_any_area)]
impl rt::Poly for AnyEntity {
    const BASE_NAME: &'static str = "microsoft.graph.entity";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        match tag {
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.aadUserConversationMember") => {
                rt::object::read_boxed(r, Self::AadUserConversationMember)
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessPackage") => {
                rt::object::read_boxed(r, Self::AccessPackage)
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessPackageAssignment") => {
                rt::object::read_boxed(r, Self::AccessPackageAssignment)
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageAssignmentPolicy",
            ) => rt::object::read_boxed(r, Self::AccessPackageAssignmentPolicy),
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageAssignmentRequest",
            ) => rt::object::read_boxed(r, Self::AccessPackageAssignmentRequest),
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageAssignmentResourceRole",
            ) => rt::object::read_boxed(r, Self::AccessPackageAssignmentResourceRole),
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessPackageCatalog") => {
                rt::object::read_boxed(r, Self::AccessPackageCatalog)
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessPackageResource") => {
                rt::object::read_boxed(r, Self::AccessPackageResource)
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageResourceEnvironment",
            ) => rt::object::read_boxed(r, Self::AccessPackageResourceEnvironment),
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageResourceRequest",
            ) => rt::object::read_boxed(r, Self::AccessPackageResourceRequest),
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessPackageResourceRole") => {
                rt::object::read_boxed(r, Self::AccessPackageResourceRole)
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageResourceRoleScope",
            ) => rt::object::read_boxed(r, Self::AccessPackageResourceRoleScope),
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessPackageResourceScope") => {
                rt::object::read_boxed(r, Self::AccessPackageResourceScope)
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessPackageSubject") => {
                rt::object::read_boxed(r, Self::AccessPackageSubject)
            }
            #[cfg(msgraph_beta_access_reviews_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessReview") => {
                rt::object::read_boxed(r, Self::AccessReview)
            }
            #[cfg(msgraph_beta_access_review_decisions_or_access_reviews_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessReviewDecision") => {
                rt::object::read_boxed(r, Self::AccessReviewDecision)
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessReviewHistoryDefinition",
            ) => rt::object::read_boxed(r, Self::AccessReviewHistoryDefinition),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.accessReviewInstance") => {
                rt::object::read_boxed(r, Self::AccessReviewInstance)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.accessReviewInstanceDecisionItem",
            ) => rt::object::read_boxed(r, Self::AccessReviewInstanceDecisionItem),
            #[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessReviewPolicy") => {
                rt::object::read_boxed(r, Self::AccessReviewPolicy)
            }
            #[cfg(msgraph_beta_access_reviews_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessReviewReviewer") => {
                rt::object::read_boxed(r, Self::AccessReviewReviewer)
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessReviewScheduleDefinition",
            ) => rt::object::read_boxed(r, Self::AccessReviewScheduleDefinition),
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessReviewSet") => {
                rt::object::read_boxed(r, Self::AccessReviewSet)
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.account") => {
                rt::object::read_boxed(r, Self::Account)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.activeDirectoryWindowsAutopilotDeploymentProfile",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::ActiveDirectoryWindowsAutopilotDeploymentProfile,
                )
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.activityBasedTimeoutPolicy") => {
                rt::object::read_boxed(r, Self::ActivityBasedTimeoutPolicy)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.activityHistoryItem") => {
                rt::object::read_boxed(r, Self::ActivityHistoryItem)
            }
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            ::std::option::Option::Some("microsoft.graph.activityStatistics") => {
                rt::object::read_boxed(r, Self::ActivityStatistics)
            }
            #[cfg(msgraph_beta_policies_or_search)]
            ::std::option::Option::Some("microsoft.graph.adminConsentRequestPolicy") => {
                rt::object::read_boxed(r, Self::AdminConsentRequestPolicy)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.administrativeUnit") => {
                rt::object::read_boxed(r, Self::AdministrativeUnit)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.advancedThreatProtectionOnboardingDeviceSettingState",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::AdvancedThreatProtectionOnboardingDeviceSettingState,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.advancedThreatProtectionOnboardingStateSummary",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::AdvancedThreatProtectionOnboardingStateSummary,
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.agedAccountsPayable") => {
                rt::object::read_boxed(r, Self::AgedAccountsPayable)
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.agedAccountsReceivable") => {
                rt::object::read_boxed(r, Self::AgedAccountsReceivable)
            }
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.agreement") => {
                rt::object::read_boxed(r, Self::Agreement)
            }
            #[cfg(
                msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search
            )]
            ::std::option::Option::Some("microsoft.graph.agreementAcceptance") => {
                rt::object::read_boxed(r, Self::AgreementAcceptance)
            }
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.agreementFile") => {
                rt::object::read_boxed(r, Self::AgreementFile)
            }
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.agreementFileLocalization") => {
                rt::object::read_boxed(r, Self::AgreementFileLocalization)
            }
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.agreementFileProperties") => {
                rt::object::read_boxed(r, Self::AgreementFileProperties)
            }
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.agreementFileVersion") => {
                rt::object::read_boxed(r, Self::AgreementFileVersion)
            }
            #[cfg(msgraph_beta_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.alert") => {
                rt::object::read_boxed(r, Self::Alert)
            }
            #[cfg(msgraph_beta_allowed_data_locations_or_search)]
            ::std::option::Option::Some("microsoft.graph.allowedDataLocation") => {
                rt::object::read_boxed(r, Self::AllowedDataLocation)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidCertificateProfileBase",
            ) => rt::object::read_boxed(r, Self::AndroidCertificateProfileBase),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.androidCompliancePolicy") => {
                rt::object::read_boxed(r, Self::AndroidCompliancePolicy)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.androidCustomConfiguration") => {
                rt::object::read_boxed(r, Self::AndroidCustomConfiguration)
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceComplianceLocalActionBase",
            ) => rt::object::read_boxed(r, Self::AndroidDeviceComplianceLocalActionBase),
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceComplianceLocalActionLockDevice",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::AndroidDeviceComplianceLocalActionLockDevice,
                )
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceComplianceLocalActionLockDeviceWithPasscode",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::AndroidDeviceComplianceLocalActionLockDeviceWithPasscode,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerCertificateProfileBase",
            ) => {
                rt::object::read_boxed(r, Self::AndroidDeviceOwnerCertificateProfileBase)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerCompliancePolicy",
            ) => rt::object::read_boxed(r, Self::AndroidDeviceOwnerCompliancePolicy),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerDerivedCredentialAuthenticationConfiguration",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerEnrollmentProfile",
            ) => rt::object::read_boxed(r, Self::AndroidDeviceOwnerEnrollmentProfile),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerEnterpriseWiFiConfiguration",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerGeneralDeviceConfiguration",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::AndroidDeviceOwnerGeneralDeviceConfiguration,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerImportedPFXCertificateProfile",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::AndroidDeviceOwnerImportedPfxCertificateProfile,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerPkcsCertificateProfile",
            ) => {
                rt::object::read_boxed(r, Self::AndroidDeviceOwnerPkcsCertificateProfile)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerScepCertificateProfile",
            ) => {
                rt::object::read_boxed(r, Self::AndroidDeviceOwnerScepCertificateProfile)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerTrustedRootCertificate",
            ) => {
                rt::object::read_boxed(r, Self::AndroidDeviceOwnerTrustedRootCertificate)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerVpnConfiguration",
            ) => rt::object::read_boxed(r, Self::AndroidDeviceOwnerVpnConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerWiFiConfiguration",
            ) => rt::object::read_boxed(r, Self::AndroidDeviceOwnerWiFiConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidEasEmailProfileConfiguration",
            ) => rt::object::read_boxed(r, Self::AndroidEasEmailProfileConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidEnterpriseWiFiConfiguration",
            ) => rt::object::read_boxed(r, Self::AndroidEnterpriseWiFiConfiguration),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.androidForWorkApp") => {
                rt::object::read_boxed(r, Self::AndroidForWorkApp)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkAppConfigurationSchema",
            ) => rt::object::read_boxed(r, Self::AndroidForWorkAppConfigurationSchema),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkCertificateProfileBase",
            ) => rt::object::read_boxed(r, Self::AndroidForWorkCertificateProfileBase),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkCompliancePolicy",
            ) => rt::object::read_boxed(r, Self::AndroidForWorkCompliancePolicy),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkCustomConfiguration",
            ) => rt::object::read_boxed(r, Self::AndroidForWorkCustomConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkEasEmailProfileBase",
            ) => rt::object::read_boxed(r, Self::AndroidForWorkEasEmailProfileBase),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkEnrollmentProfile",
            ) => rt::object::read_boxed(r, Self::AndroidForWorkEnrollmentProfile),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkEnterpriseWiFiConfiguration",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::AndroidForWorkEnterpriseWiFiConfiguration,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkGeneralDeviceConfiguration",
            ) => {
                rt::object::read_boxed(r, Self::AndroidForWorkGeneralDeviceConfiguration)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkGmailEasConfiguration",
            ) => rt::object::read_boxed(r, Self::AndroidForWorkGmailEasConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkImportedPFXCertificateProfile",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::AndroidForWorkImportedPfxCertificateProfile,
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkMobileAppConfiguration",
            ) => rt::object::read_boxed(r, Self::AndroidForWorkMobileAppConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkNineWorkEasConfiguration",
            ) => rt::object::read_boxed(r, Self::AndroidForWorkNineWorkEasConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkPkcsCertificateProfile",
            ) => rt::object::read_boxed(r, Self::AndroidForWorkPkcsCertificateProfile),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkScepCertificateProfile",
            ) => rt::object::read_boxed(r, Self::AndroidForWorkScepCertificateProfile),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.androidForWorkSettings") => {
                rt::object::read_boxed(r, Self::AndroidForWorkSettings)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkTrustedRootCertificate",
            ) => rt::object::read_boxed(r, Self::AndroidForWorkTrustedRootCertificate),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkVpnConfiguration",
            ) => rt::object::read_boxed(r, Self::AndroidForWorkVpnConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkWiFiConfiguration",
            ) => rt::object::read_boxed(r, Self::AndroidForWorkWiFiConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidGeneralDeviceConfiguration",
            ) => rt::object::read_boxed(r, Self::AndroidGeneralDeviceConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidImportedPFXCertificateProfile",
            ) => rt::object::read_boxed(r, Self::AndroidImportedPfxCertificateProfile),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.androidLobApp") => {
                rt::object::read_boxed(r, Self::AndroidLobApp)
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.androidManagedAppProtection",
            ) => rt::object::read_boxed(r, Self::AndroidManagedAppProtection),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidManagedAppRegistration",
            ) => rt::object::read_boxed(r, Self::AndroidManagedAppRegistration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidManagedStoreAccountEnterpriseSettings",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::AndroidManagedStoreAccountEnterpriseSettings,
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.androidManagedStoreApp") => {
                rt::object::read_boxed(r, Self::AndroidManagedStoreApp)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidManagedStoreAppConfiguration",
            ) => rt::object::read_boxed(r, Self::AndroidManagedStoreAppConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidManagedStoreAppConfigurationSchema",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::AndroidManagedStoreAppConfigurationSchema,
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.androidManagedStoreWebApp") => {
                rt::object::read_boxed(r, Self::AndroidManagedStoreWebApp)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.androidOmaCpConfiguration") => {
                rt::object::read_boxed(r, Self::AndroidOmaCpConfiguration)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidPkcsCertificateProfile",
            ) => rt::object::read_boxed(r, Self::AndroidPkcsCertificateProfile),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidScepCertificateProfile",
            ) => rt::object::read_boxed(r, Self::AndroidScepCertificateProfile),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.androidStoreApp") => {
                rt::object::read_boxed(r, Self::AndroidStoreApp)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidTrustedRootCertificate",
            ) => rt::object::read_boxed(r, Self::AndroidTrustedRootCertificate),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.androidVpnConfiguration") => {
                rt::object::read_boxed(r, Self::AndroidVpnConfiguration)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.androidWiFiConfiguration") => {
                rt::object::read_boxed(r, Self::AndroidWiFiConfiguration)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileCertificateProfileBase",
            ) => {
                rt::object::read_boxed(r, Self::AndroidWorkProfileCertificateProfileBase)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileCompliancePolicy",
            ) => rt::object::read_boxed(r, Self::AndroidWorkProfileCompliancePolicy),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileCustomConfiguration",
            ) => rt::object::read_boxed(r, Self::AndroidWorkProfileCustomConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileEasEmailProfileBase",
            ) => rt::object::read_boxed(r, Self::AndroidWorkProfileEasEmailProfileBase),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileEnterpriseWiFiConfiguration",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::AndroidWorkProfileEnterpriseWiFiConfiguration,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileGeneralDeviceConfiguration",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::AndroidWorkProfileGeneralDeviceConfiguration,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileGmailEasConfiguration",
            ) => rt::object::read_boxed(r, Self::AndroidWorkProfileGmailEasConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileNineWorkEasConfiguration",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::AndroidWorkProfileNineWorkEasConfiguration,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfilePkcsCertificateProfile",
            ) => {
                rt::object::read_boxed(r, Self::AndroidWorkProfilePkcsCertificateProfile)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileScepCertificateProfile",
            ) => {
                rt::object::read_boxed(r, Self::AndroidWorkProfileScepCertificateProfile)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileTrustedRootCertificate",
            ) => {
                rt::object::read_boxed(r, Self::AndroidWorkProfileTrustedRootCertificate)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileVpnConfiguration",
            ) => rt::object::read_boxed(r, Self::AndroidWorkProfileVpnConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileWiFiConfiguration",
            ) => rt::object::read_boxed(r, Self::AndroidWorkProfileWiFiConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.aospDeviceOwnerCompliancePolicy",
            ) => rt::object::read_boxed(r, Self::AospDeviceOwnerCompliancePolicy),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.aospDeviceOwnerDeviceConfiguration",
            ) => rt::object::read_boxed(r, Self::AospDeviceOwnerDeviceConfiguration),
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.appConsentApprovalRoute") => {
                rt::object::read_boxed(r, Self::AppConsentApprovalRoute)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.appConsentRequest") => {
                rt::object::read_boxed(r, Self::AppConsentRequest)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.appLogCollectionRequest") => {
                rt::object::read_boxed(r, Self::AppLogCollectionRequest)
            }
            #[cfg(msgraph_beta_core_or_app_role_assignments)]
            ::std::option::Option::Some("microsoft.graph.appRoleAssignment") => {
                rt::object::read_boxed(r, Self::AppRoleAssignment)
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.appScope") => {
                rt::object::read_boxed(r, Self::AppScope)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.appVulnerabilityManagedDevice",
            ) => rt::object::read_boxed(r, Self::AppVulnerabilityManagedDevice),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.appVulnerabilityMobileApp") => {
                rt::object::read_boxed(r, Self::AppVulnerabilityMobileApp)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.appVulnerabilityTask") => {
                rt::object::read_boxed(r, Self::AppVulnerabilityTask)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.appleDeviceFeaturesConfigurationBase",
            ) => rt::object::read_boxed(r, Self::AppleDeviceFeaturesConfigurationBase),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.appleEnrollmentProfileAssignment",
            ) => rt::object::read_boxed(r, Self::AppleEnrollmentProfileAssignment),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.appleExpeditedCheckinConfigurationBase",
            ) => rt::object::read_boxed(r, Self::AppleExpeditedCheckinConfigurationBase),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.applePushNotificationCertificate",
            ) => rt::object::read_boxed(r, Self::ApplePushNotificationCertificate),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.appleUserInitiatedEnrollmentProfile",
            ) => rt::object::read_boxed(r, Self::AppleUserInitiatedEnrollmentProfile),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.appleVpnConfiguration") => {
                rt::object::read_boxed(r, Self::AppleVpnConfiguration)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.appleVppTokenTroubleshootingEvent",
            ) => rt::object::read_boxed(r, Self::AppleVppTokenTroubleshootingEvent),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.application") => {
                rt::object::read_boxed(r, Self::Application)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.applicationSignInDetailedSummary",
            ) => rt::object::read_boxed(r, Self::ApplicationSignInDetailedSummary),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.applicationSignInSummary") => {
                rt::object::read_boxed(r, Self::ApplicationSignInSummary)
            }
            #[cfg(msgraph_beta_application_templates_or_search)]
            ::std::option::Option::Some("microsoft.graph.applicationTemplate") => {
                rt::object::read_boxed(r, Self::ApplicationTemplate)
            }
            #[cfg(msgraph_beta_core_or_role_management)]
            ::std::option::Option::Some("microsoft.graph.approval") => {
                rt::object::read_boxed(r, Self::Approval)
            }
            #[cfg(msgraph_beta_core_or_role_management)]
            ::std::option::Option::Some("microsoft.graph.approvalStep") => {
                rt::object::read_boxed(r, Self::ApprovalStep)
            }
            #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
            ::std::option::Option::Some("microsoft.graph.approvalWorkflowProvider") => {
                rt::object::read_boxed(r, Self::ApprovalWorkflowProvider)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.assignmentFilterEvaluationStatusDetails",
            ) => rt::object::read_boxed(r, Self::AssignmentFilterEvaluationStatusDetails),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.attachment") => {
                rt::object::read_boxed(r, Self::Attachment)
            }
            #[cfg(msgraph_beta_core_or_functions)]
            ::std::option::Option::Some(
                "microsoft.graph.attributeMappingFunctionSchema",
            ) => rt::object::read_boxed(r, Self::AttributeMappingFunctionSchema),
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.audioRoutingGroup") => {
                rt::object::read_boxed(r, Self::AudioRoutingGroup)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.auditEvent") => {
                rt::object::read_boxed(r, Self::AuditEvent)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.authentication") => {
                rt::object::read_boxed(r, Self::Authentication)
            }
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.authenticationContextClassReference",
            ) => rt::object::read_boxed(r, Self::AuthenticationContextClassReference),
            #[cfg(msgraph_beta_policies_or_search)]
            ::std::option::Option::Some("microsoft.graph.authenticationFlowsPolicy") => {
                rt::object::read_boxed(r, Self::AuthenticationFlowsPolicy)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.authenticationMethod") => {
                rt::object::read_boxed(r, Self::AuthenticationMethod)
            }
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.authenticationMethodConfiguration",
            ) => rt::object::read_boxed(r, Self::AuthenticationMethodConfiguration),
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some("microsoft.graph.authenticationMethodTarget") => {
                rt::object::read_boxed(r, Self::AuthenticationMethodTarget)
            }
            #[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.authenticationMethodsPolicy",
            ) => rt::object::read_boxed(r, Self::AuthenticationMethodsPolicy),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.authenticationMethodsRoot") => {
                rt::object::read_boxed(r, Self::AuthenticationMethodsRoot)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.authorizationPolicy") => {
                rt::object::read_boxed(r, Self::AuthorizationPolicy)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.azureADFeatureUsage") => {
                rt::object::read_boxed(r, Self::AzureAdFeatureUsage)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.azureADLicenseUsage") => {
                rt::object::read_boxed(r, Self::AzureAdLicenseUsage)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.azureADUserFeatureUsage") => {
                rt::object::read_boxed(r, Self::AzureAdUserFeatureUsage)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.azureADWindowsAutopilotDeploymentProfile",
            ) => {
                rt::object::read_boxed(r, Self::AzureAdWindowsAutopilotDeploymentProfile)
            }
            #[cfg(msgraph_beta_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.b2cAuthenticationMethodsPolicy",
            ) => rt::object::read_boxed(r, Self::B2cAuthenticationMethodsPolicy),
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.b2cIdentityUserFlow") => {
                rt::object::read_boxed(r, Self::B2cIdentityUserFlow)
            }
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.b2xIdentityUserFlow") => {
                rt::object::read_boxed(r, Self::B2xIdentityUserFlow)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.baseItem") => {
                rt::object::read_boxed(r, Self::BaseItem)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.baseItemVersion") => {
                rt::object::read_boxed(r, Self::BaseItemVersion)
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            ::std::option::Option::Some("microsoft.graph.bitlocker") => {
                rt::object::read_boxed(r, Self::Bitlocker)
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            ::std::option::Option::Some("microsoft.graph.bitlockerRecoveryKey") => {
                rt::object::read_boxed(r, Self::BitlockerRecoveryKey)
            }
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            ::std::option::Option::Some("microsoft.graph.bookingAppointment") => {
                rt::object::read_boxed(r, Self::BookingAppointment)
            }
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            ::std::option::Option::Some("microsoft.graph.bookingBusiness") => {
                rt::object::read_boxed(r, Self::BookingBusiness)
            }
            #[cfg(msgraph_beta_booking_currencies_or_search)]
            ::std::option::Option::Some("microsoft.graph.bookingCurrency") => {
                rt::object::read_boxed(r, Self::BookingCurrency)
            }
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            ::std::option::Option::Some("microsoft.graph.bookingCustomer") => {
                rt::object::read_boxed(r, Self::BookingCustomer)
            }
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            ::std::option::Option::Some("microsoft.graph.bookingNamedEntity") => {
                rt::object::read_boxed(r, Self::BookingNamedEntity)
            }
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            ::std::option::Option::Some("microsoft.graph.bookingPerson") => {
                rt::object::read_boxed(r, Self::BookingPerson)
            }
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            ::std::option::Option::Some("microsoft.graph.bookingService") => {
                rt::object::read_boxed(r, Self::BookingService)
            }
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            ::std::option::Option::Some("microsoft.graph.bookingStaffMember") => {
                rt::object::read_boxed(r, Self::BookingStaffMember)
            }
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.builtInIdentityProvider") => {
                rt::object::read_boxed(r, Self::BuiltInIdentityProvider)
            }
            #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
            ::std::option::Option::Some("microsoft.graph.businessFlow") => {
                rt::object::read_boxed(r, Self::BusinessFlow)
            }
            #[cfg(msgraph_beta_business_flow_templates_or_search)]
            ::std::option::Option::Some("microsoft.graph.businessFlowTemplate") => {
                rt::object::read_boxed(r, Self::BusinessFlowTemplate)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.calendar") => {
                rt::object::read_boxed(r, Self::Calendar)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.calendarGroup") => {
                rt::object::read_boxed(r, Self::CalendarGroup)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.calendarPermission") => {
                rt::object::read_boxed(r, Self::CalendarPermission)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.calendarSharingMessage") => {
                rt::object::read_boxed(r, Self::CalendarSharingMessage)
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.call") => {
                rt::object::read_boxed(r, Self::Call)
            }
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            ::std::option::Option::Some("microsoft.graph.callActivityStatistics") => {
                rt::object::read_boxed(r, Self::CallActivityStatistics)
            }
            #[cfg(msgraph_beta_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.callRecords.callRecord") => {
                rt::object::read_boxed(r, Self::CallRecord)
            }
            #[cfg(msgraph_beta_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.callRecords.segment") => {
                rt::object::read_boxed(r, Self::Segment)
            }
            #[cfg(msgraph_beta_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.callRecords.session") => {
                rt::object::read_boxed(r, Self::Session)
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.cancelMediaProcessingOperation",
            ) => rt::object::read_boxed(r, Self::CancelMediaProcessingOperation),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.cartToClassAssociation") => {
                rt::object::read_boxed(r, Self::CartToClassAssociation)
            }
            #[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.certificateBasedAuthConfiguration",
            ) => rt::object::read_boxed(r, Self::CertificateBasedAuthConfiguration),
            #[cfg(msgraph_beta_core_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.changeTrackedEntity") => {
                rt::object::read_boxed(r, Self::ChangeTrackedEntity)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.channel") => {
                rt::object::read_boxed(r, Self::Channel)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.chat") => {
                rt::object::read_boxed(r, Self::Chat)
            }
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            ::std::option::Option::Some("microsoft.graph.chatActivityStatistics") => {
                rt::object::read_boxed(r, Self::ChatActivityStatistics)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.chatMessage") => {
                rt::object::read_boxed(r, Self::ChatMessage)
            }
            #[cfg(msgraph_beta_core_or_app_catalogs)]
            ::std::option::Option::Some("microsoft.graph.chatMessageHostedContent") => {
                rt::object::read_boxed(r, Self::ChatMessageHostedContent)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.chromeOSOnboardingSettings") => {
                rt::object::read_boxed(r, Self::ChromeOsOnboardingSettings)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.circularGeofenceManagementCondition",
            ) => rt::object::read_boxed(r, Self::CircularGeofenceManagementCondition),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.claimsMappingPolicy") => {
                rt::object::read_boxed(r, Self::ClaimsMappingPolicy)
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            ::std::option::Option::Some("microsoft.graph.classificationJobResponse") => {
                rt::object::read_boxed(r, Self::ClassificationJobResponse)
            }
            #[cfg(msgraph_beta_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.cloudAppSecurityProfile") => {
                rt::object::read_boxed(r, Self::CloudAppSecurityProfile)
            }
            #[cfg(msgraph_beta_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.cloudCommunications") => {
                rt::object::read_boxed(r, Self::CloudCommunications)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.cloudPC") => {
                rt::object::read_boxed(r, Self::CloudPc)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.cloudPCConnectivityIssue") => {
                rt::object::read_boxed(r, Self::CloudPcConnectivityIssue)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.cloudPcAuditEvent") => {
                rt::object::read_boxed(r, Self::CloudPcAuditEvent)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.cloudPcDeviceImage") => {
                rt::object::read_boxed(r, Self::CloudPcDeviceImage)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.cloudPcOnPremisesConnection",
            ) => rt::object::read_boxed(r, Self::CloudPcOnPremisesConnection),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.cloudPcProvisioningPolicy") => {
                rt::object::read_boxed(r, Self::CloudPcProvisioningPolicy)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.cloudPcProvisioningPolicyAssignment",
            ) => rt::object::read_boxed(r, Self::CloudPcProvisioningPolicyAssignment),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.cloudPcUserSetting") => {
                rt::object::read_boxed(r, Self::CloudPcUserSetting)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.cloudPcUserSettingAssignment",
            ) => rt::object::read_boxed(r, Self::CloudPcUserSettingAssignment),
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.columnDefinition") => {
                rt::object::read_boxed(r, Self::ColumnDefinition)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.columnLink") => {
                rt::object::read_boxed(r, Self::ColumnLink)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.comanagementEligibleDevice") => {
                rt::object::read_boxed(r, Self::ComanagementEligibleDevice)
            }
            #[cfg(msgraph_beta_core_or_commands)]
            ::std::option::Option::Some("microsoft.graph.command") => {
                rt::object::read_boxed(r, Self::Command)
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.commsOperation") => {
                rt::object::read_boxed(r, Self::CommsOperation)
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.company") => {
                rt::object::read_boxed(r, Self::Company)
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.companyInformation") => {
                rt::object::read_boxed(r, Self::CompanyInformation)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.complianceManagementPartner",
            ) => rt::object::read_boxed(r, Self::ComplianceManagementPartner),
            #[cfg(msgraph_beta_identity_or_policies_or_search)]
            ::std::option::Option::Some("microsoft.graph.conditionalAccessPolicy") => {
                rt::object::read_boxed(r, Self::ConditionalAccessPolicy)
            }
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.conditionalAccessRoot") => {
                rt::object::read_boxed(r, Self::ConditionalAccessRoot)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.configManagerCollection") => {
                rt::object::read_boxed(r, Self::ConfigManagerCollection)
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.connectedOrganization") => {
                rt::object::read_boxed(r, Self::ConnectedOrganization)
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.connectionOperation") => {
                rt::object::read_boxed(r, Self::ConnectionOperation)
            }
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            ::std::option::Option::Some("microsoft.graph.connector") => {
                rt::object::read_boxed(r, Self::Connector)
            }
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            ::std::option::Option::Some("microsoft.graph.connectorGroup") => {
                rt::object::read_boxed(r, Self::ConnectorGroup)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.contact") => {
                rt::object::read_boxed(r, Self::Contact)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.contactFolder") => {
                rt::object::read_boxed(r, Self::ContactFolder)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.contentType") => {
                rt::object::read_boxed(r, Self::ContentType)
            }
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.continuousAccessEvaluationPolicy",
            ) => rt::object::read_boxed(r, Self::ContinuousAccessEvaluationPolicy),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.contract") => {
                rt::object::read_boxed(r, Self::Contract)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.conversation") => {
                rt::object::read_boxed(r, Self::Conversation)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.conversationMember") => {
                rt::object::read_boxed(r, Self::ConversationMember)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.conversationThread") => {
                rt::object::read_boxed(r, Self::ConversationThread)
            }
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.countryNamedLocation") => {
                rt::object::read_boxed(r, Self::CountryNamedLocation)
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.countryRegion") => {
                rt::object::read_boxed(r, Self::CountryRegion)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.credentialUsageSummary") => {
                rt::object::read_boxed(r, Self::CredentialUsageSummary)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.credentialUserRegistrationCount",
            ) => rt::object::read_boxed(r, Self::CredentialUserRegistrationCount),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.credentialUserRegistrationDetails",
            ) => rt::object::read_boxed(r, Self::CredentialUserRegistrationDetails),
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.currency") => {
                rt::object::read_boxed(r, Self::Currency)
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.customer") => {
                rt::object::read_boxed(r, Self::Customer)
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.customerPayment") => {
                rt::object::read_boxed(r, Self::CustomerPayment)
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.customerPaymentJournal") => {
                rt::object::read_boxed(r, Self::CustomerPaymentJournal)
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            ::std::option::Option::Some("microsoft.graph.dataClassificationService") => {
                rt::object::read_boxed(r, Self::DataClassificationService)
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            ::std::option::Option::Some("microsoft.graph.dataLossPreventionPolicy") => {
                rt::object::read_boxed(r, Self::DataLossPreventionPolicy)
            }
            #[cfg(msgraph_beta_data_policy_operations_or_search)]
            ::std::option::Option::Some("microsoft.graph.dataPolicyOperation") => {
                rt::object::read_boxed(r, Self::DataPolicyOperation)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.dataSharingConsent") => {
                rt::object::read_boxed(r, Self::DataSharingConsent)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.defaultDeviceCompliancePolicy",
            ) => rt::object::read_boxed(r, Self::DefaultDeviceCompliancePolicy),
            #[cfg(msgraph_beta_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.defaultManagedAppProtection",
            ) => rt::object::read_boxed(r, Self::DefaultManagedAppProtection),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.delegatedPermissionClassification",
            ) => rt::object::read_boxed(r, Self::DelegatedPermissionClassification),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.depEnrollmentBaseProfile") => {
                rt::object::read_boxed(r, Self::DepEnrollmentBaseProfile)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.depEnrollmentProfile") => {
                rt::object::read_boxed(r, Self::DepEnrollmentProfile)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.depIOSEnrollmentProfile") => {
                rt::object::read_boxed(r, Self::DepIosEnrollmentProfile)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.depMacOSEnrollmentProfile") => {
                rt::object::read_boxed(r, Self::DepMacOsEnrollmentProfile)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.depOnboardingSetting") => {
                rt::object::read_boxed(r, Self::DepOnboardingSetting)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.detectedApp") => {
                rt::object::read_boxed(r, Self::DetectedApp)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.device") => {
                rt::object::read_boxed(r, Self::Device)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceAndAppManagementAssignmentFilter",
            ) => rt::object::read_boxed(r, Self::DeviceAndAppManagementAssignmentFilter),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceAndAppManagementRoleAssignment",
            ) => rt::object::read_boxed(r, Self::DeviceAndAppManagementRoleAssignment),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceAndAppManagementRoleDefinition",
            ) => rt::object::read_boxed(r, Self::DeviceAndAppManagementRoleDefinition),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceAppManagement") => {
                rt::object::read_boxed(r, Self::DeviceAppManagement)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceAppManagementTask") => {
                rt::object::read_boxed(r, Self::DeviceAppManagementTask)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.deviceCategory") => {
                rt::object::read_boxed(r, Self::DeviceCategory)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceComanagementAuthorityConfiguration",
            ) => {
                rt::object::read_boxed(r, Self::DeviceComanagementAuthorityConfiguration)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceComplianceActionItem") => {
                rt::object::read_boxed(r, Self::DeviceComplianceActionItem)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceComplianceDeviceOverview",
            ) => rt::object::read_boxed(r, Self::DeviceComplianceDeviceOverview),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceComplianceDeviceStatus",
            ) => rt::object::read_boxed(r, Self::DeviceComplianceDeviceStatus),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceCompliancePolicy") => {
                rt::object::read_boxed(r, Self::DeviceCompliancePolicy)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceCompliancePolicyAssignment",
            ) => rt::object::read_boxed(r, Self::DeviceCompliancePolicyAssignment),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceCompliancePolicyDeviceStateSummary",
            ) => {
                rt::object::read_boxed(r, Self::DeviceCompliancePolicyDeviceStateSummary)
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceCompliancePolicyGroupAssignment",
            ) => rt::object::read_boxed(r, Self::DeviceCompliancePolicyGroupAssignment),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceCompliancePolicyPolicySetItem",
            ) => rt::object::read_boxed(r, Self::DeviceCompliancePolicyPolicySetItem),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceCompliancePolicySettingStateSummary",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::DeviceCompliancePolicySettingStateSummary,
                )
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceCompliancePolicyState",
            ) => rt::object::read_boxed(r, Self::DeviceCompliancePolicyState),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceComplianceScheduledActionForRule",
            ) => rt::object::read_boxed(r, Self::DeviceComplianceScheduledActionForRule),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceComplianceScript") => {
                rt::object::read_boxed(r, Self::DeviceComplianceScript)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceComplianceScriptDeviceState",
            ) => rt::object::read_boxed(r, Self::DeviceComplianceScriptDeviceState),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceComplianceScriptRunSummary",
            ) => rt::object::read_boxed(r, Self::DeviceComplianceScriptRunSummary),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceComplianceSettingState",
            ) => rt::object::read_boxed(r, Self::DeviceComplianceSettingState),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceComplianceUserOverview",
            ) => rt::object::read_boxed(r, Self::DeviceComplianceUserOverview),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceComplianceUserStatus") => {
                rt::object::read_boxed(r, Self::DeviceComplianceUserStatus)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceConfiguration") => {
                rt::object::read_boxed(r, Self::DeviceConfiguration)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceConfigurationAssignment",
            ) => rt::object::read_boxed(r, Self::DeviceConfigurationAssignment),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceConfigurationConflictSummary",
            ) => rt::object::read_boxed(r, Self::DeviceConfigurationConflictSummary),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceConfigurationDeviceOverview",
            ) => rt::object::read_boxed(r, Self::DeviceConfigurationDeviceOverview),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceConfigurationDeviceStateSummary",
            ) => rt::object::read_boxed(r, Self::DeviceConfigurationDeviceStateSummary),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceConfigurationDeviceStatus",
            ) => rt::object::read_boxed(r, Self::DeviceConfigurationDeviceStatus),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceConfigurationGroupAssignment",
            ) => rt::object::read_boxed(r, Self::DeviceConfigurationGroupAssignment),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceConfigurationPolicySetItem",
            ) => rt::object::read_boxed(r, Self::DeviceConfigurationPolicySetItem),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.deviceConfigurationState") => {
                rt::object::read_boxed(r, Self::DeviceConfigurationState)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceConfigurationUserOverview",
            ) => rt::object::read_boxed(r, Self::DeviceConfigurationUserOverview),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceConfigurationUserStateSummary",
            ) => rt::object::read_boxed(r, Self::DeviceConfigurationUserStateSummary),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceConfigurationUserStatus",
            ) => rt::object::read_boxed(r, Self::DeviceConfigurationUserStatus),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceCustomAttributeShellScript",
            ) => rt::object::read_boxed(r, Self::DeviceCustomAttributeShellScript),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceEnrollmentConfiguration",
            ) => rt::object::read_boxed(r, Self::DeviceEnrollmentConfiguration),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceEnrollmentLimitConfiguration",
            ) => rt::object::read_boxed(r, Self::DeviceEnrollmentLimitConfiguration),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceEnrollmentPlatformRestrictionsConfiguration",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::DeviceEnrollmentPlatformRestrictionsConfiguration,
                )
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceEnrollmentWindowsHelloForBusinessConfiguration",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceHealthScript") => {
                rt::object::read_boxed(r, Self::DeviceHealthScript)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceHealthScriptAssignment",
            ) => rt::object::read_boxed(r, Self::DeviceHealthScriptAssignment),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceHealthScriptDeviceState",
            ) => rt::object::read_boxed(r, Self::DeviceHealthScriptDeviceState),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceHealthScriptRunSummary",
            ) => rt::object::read_boxed(r, Self::DeviceHealthScriptRunSummary),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceInstallState") => {
                rt::object::read_boxed(r, Self::DeviceInstallState)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceLogCollectionResponse",
            ) => rt::object::read_boxed(r, Self::DeviceLogCollectionResponse),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceManagement") => {
                rt::object::read_boxed(r, Self::DeviceManagement)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementAbstractComplexSettingDefinition",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::DeviceManagementAbstractComplexSettingDefinition,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementAbstractComplexSettingInstance",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::DeviceManagementAbstractComplexSettingInstance,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementAutopilotEvent",
            ) => rt::object::read_boxed(r, Self::DeviceManagementAutopilotEvent),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementAutopilotPolicyStatusDetail",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::DeviceManagementAutopilotPolicyStatusDetail,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementBooleanSettingInstance",
            ) => rt::object::read_boxed(r, Self::DeviceManagementBooleanSettingInstance),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementCachedReportConfiguration",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::DeviceManagementCachedReportConfiguration,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementCollectionSettingDefinition",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::DeviceManagementCollectionSettingDefinition,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementCollectionSettingInstance",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::DeviceManagementCollectionSettingInstance,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementComplexSettingDefinition",
            ) => {
                rt::object::read_boxed(r, Self::DeviceManagementComplexSettingDefinition)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementComplexSettingInstance",
            ) => rt::object::read_boxed(r, Self::DeviceManagementComplexSettingInstance),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationCategory",
            ) => rt::object::read_boxed(r, Self::DeviceManagementConfigurationCategory),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationChoiceSettingCollectionDefinition",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationChoiceSettingDefinition",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::DeviceManagementConfigurationChoiceSettingDefinition,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationPolicy",
            ) => rt::object::read_boxed(r, Self::DeviceManagementConfigurationPolicy),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationPolicyAssignment",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::DeviceManagementConfigurationPolicyAssignment,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationPolicyTemplate",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::DeviceManagementConfigurationPolicyTemplate,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationSetting",
            ) => rt::object::read_boxed(r, Self::DeviceManagementConfigurationSetting),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationSettingDefinition",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::DeviceManagementConfigurationSettingDefinition,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationSettingGroupCollectionDefinition",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::DeviceManagementConfigurationSettingGroupCollectionDefinition,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationSettingGroupDefinition",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::DeviceManagementConfigurationSettingGroupDefinition,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationSettingTemplate",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::DeviceManagementConfigurationSettingTemplate,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationSimpleSettingCollectionDefinition",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationSimpleSettingDefinition",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::DeviceManagementConfigurationSimpleSettingDefinition,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementDerivedCredentialSettings",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::DeviceManagementDerivedCredentialSettings,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementDomainJoinConnector",
            ) => rt::object::read_boxed(r, Self::DeviceManagementDomainJoinConnector),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementExchangeConnector",
            ) => rt::object::read_boxed(r, Self::DeviceManagementExchangeConnector),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementExchangeOnPremisesPolicy",
            ) => {
                rt::object::read_boxed(r, Self::DeviceManagementExchangeOnPremisesPolicy)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceManagementExportJob") => {
                rt::object::read_boxed(r, Self::DeviceManagementExportJob)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementIntegerSettingInstance",
            ) => rt::object::read_boxed(r, Self::DeviceManagementIntegerSettingInstance),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceManagementIntent") => {
                rt::object::read_boxed(r, Self::DeviceManagementIntent)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementIntentAssignment",
            ) => rt::object::read_boxed(r, Self::DeviceManagementIntentAssignment),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementIntentDeviceSettingStateSummary",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::DeviceManagementIntentDeviceSettingStateSummary,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementIntentDeviceState",
            ) => rt::object::read_boxed(r, Self::DeviceManagementIntentDeviceState),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementIntentDeviceStateSummary",
            ) => {
                rt::object::read_boxed(r, Self::DeviceManagementIntentDeviceStateSummary)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementIntentSettingCategory",
            ) => rt::object::read_boxed(r, Self::DeviceManagementIntentSettingCategory),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementIntentUserState",
            ) => rt::object::read_boxed(r, Self::DeviceManagementIntentUserState),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementIntentUserStateSummary",
            ) => rt::object::read_boxed(r, Self::DeviceManagementIntentUserStateSummary),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceManagementPartner") => {
                rt::object::read_boxed(r, Self::DeviceManagementPartner)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementReportSchedule",
            ) => rt::object::read_boxed(r, Self::DeviceManagementReportSchedule),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceManagementReports") => {
                rt::object::read_boxed(r, Self::DeviceManagementReports)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementResourceAccessProfileAssignment",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::DeviceManagementResourceAccessProfileAssignment,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementResourceAccessProfileBase",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::DeviceManagementResourceAccessProfileBase,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementReusablePolicySetting",
            ) => rt::object::read_boxed(r, Self::DeviceManagementReusablePolicySetting),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceManagementScript") => {
                rt::object::read_boxed(r, Self::DeviceManagementScript)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementScriptAssignment",
            ) => rt::object::read_boxed(r, Self::DeviceManagementScriptAssignment),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementScriptDeviceState",
            ) => rt::object::read_boxed(r, Self::DeviceManagementScriptDeviceState),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementScriptGroupAssignment",
            ) => rt::object::read_boxed(r, Self::DeviceManagementScriptGroupAssignment),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementScriptPolicySetItem",
            ) => rt::object::read_boxed(r, Self::DeviceManagementScriptPolicySetItem),
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementScriptRunSummary",
            ) => rt::object::read_boxed(r, Self::DeviceManagementScriptRunSummary),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementScriptUserState",
            ) => rt::object::read_boxed(r, Self::DeviceManagementScriptUserState),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementSettingCategory",
            ) => rt::object::read_boxed(r, Self::DeviceManagementSettingCategory),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementSettingDefinition",
            ) => rt::object::read_boxed(r, Self::DeviceManagementSettingDefinition),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementSettingInstance",
            ) => rt::object::read_boxed(r, Self::DeviceManagementSettingInstance),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementStringSettingInstance",
            ) => rt::object::read_boxed(r, Self::DeviceManagementStringSettingInstance),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceManagementTemplate") => {
                rt::object::read_boxed(r, Self::DeviceManagementTemplate)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementTemplateSettingCategory",
            ) => rt::object::read_boxed(r, Self::DeviceManagementTemplateSettingCategory),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementTroubleshootingEvent",
            ) => rt::object::read_boxed(r, Self::DeviceManagementTroubleshootingEvent),
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.deviceSetupConfiguration") => {
                rt::object::read_boxed(r, Self::DeviceSetupConfiguration)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceShellScript") => {
                rt::object::read_boxed(r, Self::DeviceShellScript)
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.dimension") => {
                rt::object::read_boxed(r, Self::Dimension)
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.dimensionValue") => {
                rt::object::read_boxed(r, Self::DimensionValue)
            }
            #[cfg(msgraph_beta_directory_or_search)]
            ::std::option::Option::Some("microsoft.graph.directory") => {
                rt::object::read_boxed(r, Self::Directory)
            }
            #[cfg(msgraph_beta_audit_logs_or_search)]
            ::std::option::Option::Some("microsoft.graph.directoryAudit") => {
                rt::object::read_boxed(r, Self::DirectoryAudit)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.directoryDefinition") => {
                rt::object::read_boxed(r, Self::DirectoryDefinition)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.directoryObject") => {
                rt::object::read_boxed(r, Self::DirectoryObject)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.directoryObjectPartnerReference",
            ) => rt::object::read_boxed(r, Self::DirectoryObjectPartnerReference),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.directoryRole") => {
                rt::object::read_boxed(r, Self::DirectoryRole)
            }
            #[cfg(msgraph_beta_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.directoryRoleAccessReviewPolicy",
            ) => rt::object::read_boxed(r, Self::DirectoryRoleAccessReviewPolicy),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.directoryRoleTemplate") => {
                rt::object::read_boxed(r, Self::DirectoryRoleTemplate)
            }
            #[cfg(msgraph_beta_core_or_settings)]
            ::std::option::Option::Some("microsoft.graph.directorySetting") => {
                rt::object::read_boxed(r, Self::DirectorySetting)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.directorySettingTemplate") => {
                rt::object::read_boxed(r, Self::DirectorySettingTemplate)
            }
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            ::std::option::Option::Some(
                "microsoft.graph.dlpEvaluatePoliciesJobResponse",
            ) => rt::object::read_boxed(r, Self::DlpEvaluatePoliciesJobResponse),
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.document") => {
                rt::object::read_boxed(r, Self::Document)
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.documentComment") => {
                rt::object::read_boxed(r, Self::DocumentComment)
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.documentCommentReply") => {
                rt::object::read_boxed(r, Self::DocumentCommentReply)
            }
            #[cfg(msgraph_beta_domains_or_search)]
            ::std::option::Option::Some("microsoft.graph.domain") => {
                rt::object::read_boxed(r, Self::Domain)
            }
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            ::std::option::Option::Some("microsoft.graph.domainDnsCnameRecord") => {
                rt::object::read_boxed(r, Self::DomainDnsCnameRecord)
            }
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            ::std::option::Option::Some("microsoft.graph.domainDnsMxRecord") => {
                rt::object::read_boxed(r, Self::DomainDnsMxRecord)
            }
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            ::std::option::Option::Some("microsoft.graph.domainDnsRecord") => {
                rt::object::read_boxed(r, Self::DomainDnsRecord)
            }
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            ::std::option::Option::Some("microsoft.graph.domainDnsSrvRecord") => {
                rt::object::read_boxed(r, Self::DomainDnsSrvRecord)
            }
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            ::std::option::Option::Some("microsoft.graph.domainDnsTxtRecord") => {
                rt::object::read_boxed(r, Self::DomainDnsTxtRecord)
            }
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            ::std::option::Option::Some("microsoft.graph.domainDnsUnavailableRecord") => {
                rt::object::read_boxed(r, Self::DomainDnsUnavailableRecord)
            }
            #[cfg(msgraph_beta_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.domainSecurityProfile") => {
                rt::object::read_boxed(r, Self::DomainSecurityProfile)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.drive") => {
                rt::object::read_boxed(r, Self::Drive)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.driveItem") => {
                rt::object::read_boxed(r, Self::DriveItem)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.driveItemVersion") => {
                rt::object::read_boxed(r, Self::DriveItemVersion)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.eBookInstallSummary") => {
                rt::object::read_boxed(r, Self::EBookInstallSummary)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.easEmailProfileConfigurationBase",
            ) => rt::object::read_boxed(r, Self::EasEmailProfileConfigurationBase),
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.ediscovery.addToReviewSetOperation",
            ) => rt::object::read_boxed(r, Self::AddToReviewSetOperation),
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some("microsoft.graph.ediscovery.case") => {
                rt::object::read_boxed(r, Self::Case)
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.ediscovery.caseExportOperation",
            ) => rt::object::read_boxed(r, Self::CaseExportOperation),
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.ediscovery.caseIndexOperation",
            ) => rt::object::read_boxed(r, Self::CaseIndexOperation),
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some("microsoft.graph.ediscovery.caseOperation") => {
                rt::object::read_boxed(r, Self::CaseOperation)
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some("microsoft.graph.ediscovery.custodian") => {
                rt::object::read_boxed(r, Self::Custodian)
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some("microsoft.graph.ediscovery.dataSource") => {
                rt::object::read_boxed(r, Self::DataSource)
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.ediscovery.dataSourceContainer",
            ) => rt::object::read_boxed(r, Self::DataSourceContainer),
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some("microsoft.graph.ediscovery.ediscoveryroot") => {
                rt::object::read_boxed(r, Self::Ediscoveryroot)
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.ediscovery.estimateStatisticsOperation",
            ) => rt::object::read_boxed(r, Self::EstimateStatisticsOperation),
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some("microsoft.graph.ediscovery.legalHold") => {
                rt::object::read_boxed(r, Self::LegalHold)
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.ediscovery.noncustodialDataSource",
            ) => rt::object::read_boxed(r, Self::NoncustodialDataSource),
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some("microsoft.graph.ediscovery.reviewSet") => {
                rt::object::read_boxed(r, Self::ReviewSet)
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some("microsoft.graph.ediscovery.reviewSetQuery") => {
                rt::object::read_boxed(r, Self::ReviewSetQuery)
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some("microsoft.graph.ediscovery.settings") => {
                rt::object::read_boxed(r, Self::EdiscoverySettings)
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some("microsoft.graph.ediscovery.siteSource") => {
                rt::object::read_boxed(r, Self::SiteSource)
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.ediscovery.sourceCollection",
            ) => rt::object::read_boxed(r, Self::SourceCollection),
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some("microsoft.graph.ediscovery.tag") => {
                rt::object::read_boxed(r, Self::Tag)
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some("microsoft.graph.ediscovery.tagOperation") => {
                rt::object::read_boxed(r, Self::TagOperation)
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.ediscovery.unifiedGroupSource",
            ) => rt::object::read_boxed(r, Self::UnifiedGroupSource),
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some("microsoft.graph.ediscovery.userSource") => {
                rt::object::read_boxed(r, Self::UserSource)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.editionUpgradeConfiguration",
            ) => rt::object::read_boxed(r, Self::EditionUpgradeConfiguration),
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationAssignment") => {
                rt::object::read_boxed(r, Self::EducationAssignment)
            }
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.educationAssignmentDefaults",
            ) => rt::object::read_boxed(r, Self::EducationAssignmentDefaults),
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.educationAssignmentResource",
            ) => rt::object::read_boxed(r, Self::EducationAssignmentResource),
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.educationAssignmentSettings",
            ) => rt::object::read_boxed(r, Self::EducationAssignmentSettings),
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationCategory") => {
                rt::object::read_boxed(r, Self::EducationCategory)
            }
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationClass") => {
                rt::object::read_boxed(r, Self::EducationClass)
            }
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationFeedbackOutcome") => {
                rt::object::read_boxed(r, Self::EducationFeedbackOutcome)
            }
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationOrganization") => {
                rt::object::read_boxed(r, Self::EducationOrganization)
            }
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationOutcome") => {
                rt::object::read_boxed(r, Self::EducationOutcome)
            }
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationPointsOutcome") => {
                rt::object::read_boxed(r, Self::EducationPointsOutcome)
            }
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationRubric") => {
                rt::object::read_boxed(r, Self::EducationRubric)
            }
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationRubricOutcome") => {
                rt::object::read_boxed(r, Self::EducationRubricOutcome)
            }
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationSchool") => {
                rt::object::read_boxed(r, Self::EducationSchool)
            }
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationSubmission") => {
                rt::object::read_boxed(r, Self::EducationSubmission)
            }
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.educationSubmissionResource",
            ) => rt::object::read_boxed(r, Self::EducationSubmissionResource),
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.educationSynchronizationError",
            ) => rt::object::read_boxed(r, Self::EducationSynchronizationError),
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.educationSynchronizationProfile",
            ) => rt::object::read_boxed(r, Self::EducationSynchronizationProfile),
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.educationSynchronizationProfileStatus",
            ) => rt::object::read_boxed(r, Self::EducationSynchronizationProfileStatus),
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationUser") => {
                rt::object::read_boxed(r, Self::EducationUser)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.educationalActivity") => {
                rt::object::read_boxed(r, Self::EducationalActivity)
            }
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            ::std::option::Option::Some("microsoft.graph.emailActivityStatistics") => {
                rt::object::read_boxed(r, Self::EmailActivityStatistics)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.emailActivitySummary") => {
                rt::object::read_boxed(r, Self::EmailActivitySummary)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.emailActivityUserDetail") => {
                rt::object::read_boxed(r, Self::EmailActivityUserDetail)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.emailAppUsageAppsUserCounts",
            ) => rt::object::read_boxed(r, Self::EmailAppUsageAppsUserCounts),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.emailAppUsageUserCounts") => {
                rt::object::read_boxed(r, Self::EmailAppUsageUserCounts)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.emailAppUsageUserDetail") => {
                rt::object::read_boxed(r, Self::EmailAppUsageUserDetail)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.emailAppUsageVersionsUserCounts",
            ) => rt::object::read_boxed(r, Self::EmailAppUsageVersionsUserCounts),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.emailAuthenticationMethod") => {
                rt::object::read_boxed(r, Self::EmailAuthenticationMethod)
            }
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.emailAuthenticationMethodConfiguration",
            ) => rt::object::read_boxed(r, Self::EmailAuthenticationMethodConfiguration),
            #[cfg(msgraph_beta_core_or_information_protection)]
            ::std::option::Option::Some("microsoft.graph.emailFileAssessmentRequest") => {
                rt::object::read_boxed(r, Self::EmailFileAssessmentRequest)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.embeddedSIMActivationCodePool",
            ) => rt::object::read_boxed(r, Self::EmbeddedSimActivationCodePool),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.embeddedSIMActivationCodePoolAssignment",
            ) => rt::object::read_boxed(r, Self::EmbeddedSimActivationCodePoolAssignment),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.embeddedSIMDeviceState") => {
                rt::object::read_boxed(r, Self::EmbeddedSimDeviceState)
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.employee") => {
                rt::object::read_boxed(r, Self::Employee)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.endpoint") => {
                rt::object::read_boxed(r, Self::Endpoint)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.enrollmentConfigurationAssignment",
            ) => rt::object::read_boxed(r, Self::EnrollmentConfigurationAssignment),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.enrollmentProfile") => {
                rt::object::read_boxed(r, Self::EnrollmentProfile)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.enrollmentRestrictionsConfigurationPolicySetItem",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::EnrollmentRestrictionsConfigurationPolicySetItem,
                )
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.enrollmentTroubleshootingEvent",
            ) => rt::object::read_boxed(r, Self::EnrollmentTroubleshootingEvent),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.enterpriseCodeSigningCertificate",
            ) => rt::object::read_boxed(r, Self::EnterpriseCodeSigningCertificate),
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.entitlementManagement") => {
                rt::object::read_boxed(r, Self::EntitlementManagement)
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.entitlementManagementSettings",
            ) => rt::object::read_boxed(r, Self::EntitlementManagementSettings),
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            ::std::option::Option::Some("microsoft.graph.evaluateLabelJobResponse") => {
                rt::object::read_boxed(r, Self::EvaluateLabelJobResponse)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.event") => {
                rt::object::read_boxed(r, Self::Event)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.eventMessage") => {
                rt::object::read_boxed(r, Self::EventMessage)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.eventMessageRequest") => {
                rt::object::read_boxed(r, Self::EventMessageRequest)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.eventMessageResponse") => {
                rt::object::read_boxed(r, Self::EventMessageResponse)
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            ::std::option::Option::Some("microsoft.graph.exactMatchDataStore") => {
                rt::object::read_boxed(r, Self::ExactMatchDataStore)
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            ::std::option::Option::Some("microsoft.graph.exactMatchDataStoreBase") => {
                rt::object::read_boxed(r, Self::ExactMatchDataStoreBase)
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            ::std::option::Option::Some("microsoft.graph.exactMatchJobBase") => {
                rt::object::read_boxed(r, Self::ExactMatchJobBase)
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.exactMatchLookupJob") => {
                rt::object::read_boxed(r, Self::ExactMatchLookupJob)
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            ::std::option::Option::Some("microsoft.graph.exactMatchSession") => {
                rt::object::read_boxed(r, Self::ExactMatchSession)
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            ::std::option::Option::Some("microsoft.graph.exactMatchSessionBase") => {
                rt::object::read_boxed(r, Self::ExactMatchSessionBase)
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            ::std::option::Option::Some("microsoft.graph.exactMatchUploadAgent") => {
                rt::object::read_boxed(r, Self::ExactMatchUploadAgent)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.extension") => {
                rt::object::read_boxed(r, Self::Extension)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.extensionProperty") => {
                rt::object::read_boxed(r, Self::ExtensionProperty)
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.external") => {
                rt::object::read_boxed(r, Self::External)
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.externalConnection") => {
                rt::object::read_boxed(r, Self::ExternalConnection)
            }
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.externalConnectors.connectionOperation",
            ) => rt::object::read_boxed(r, Self::ExternalConnectorsConnectionOperation),
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.externalConnectors.externalConnection",
            ) => rt::object::read_boxed(r, Self::ExternalConnectorsExternalConnection),
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.externalConnectors.externalGroup",
            ) => rt::object::read_boxed(r, Self::ExternalConnectorsExternalGroup),
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.externalConnectors.externalGroupMember",
            ) => rt::object::read_boxed(r, Self::ExternalConnectorsExternalGroupMember),
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.externalConnectors.externalItem",
            ) => rt::object::read_boxed(r, Self::ExternalConnectorsExternalItem),
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            ::std::option::Option::Some("microsoft.graph.externalConnectors.schema") => {
                rt::object::read_boxed(r, Self::ExternalConnectorsSchema)
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.externalGroup") => {
                rt::object::read_boxed(r, Self::ExternalGroup)
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.externalGroupMember") => {
                rt::object::read_boxed(r, Self::ExternalGroupMember)
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.externalItem") => {
                rt::object::read_boxed(r, Self::ExternalItem)
            }
            #[cfg(msgraph_beta_directory_or_policies_or_search)]
            ::std::option::Option::Some("microsoft.graph.featureRolloutPolicy") => {
                rt::object::read_boxed(r, Self::FeatureRolloutPolicy)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.fido2AuthenticationMethod") => {
                rt::object::read_boxed(r, Self::Fido2AuthenticationMethod)
            }
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.fido2AuthenticationMethodConfiguration",
            ) => rt::object::read_boxed(r, Self::Fido2AuthenticationMethodConfiguration),
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.fieldValueSet") => {
                rt::object::read_boxed(r, Self::FieldValueSet)
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            ::std::option::Option::Some("microsoft.graph.fileAssessmentRequest") => {
                rt::object::read_boxed(r, Self::FileAssessmentRequest)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.fileAttachment") => {
                rt::object::read_boxed(r, Self::FileAttachment)
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            ::std::option::Option::Some("microsoft.graph.fileClassificationRequest") => {
                rt::object::read_boxed(r, Self::FileClassificationRequest)
            }
            #[cfg(msgraph_beta_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.fileSecurityProfile") => {
                rt::object::read_boxed(r, Self::FileSecurityProfile)
            }
            #[cfg(msgraph_beta_core_or_filter_operators)]
            ::std::option::Option::Some("microsoft.graph.filterOperatorSchema") => {
                rt::object::read_boxed(r, Self::FilterOperatorSchema)
            }
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            ::std::option::Option::Some("microsoft.graph.focusActivityStatistics") => {
                rt::object::read_boxed(r, Self::FocusActivityStatistics)
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.generalLedgerEntry") => {
                rt::object::read_boxed(r, Self::GeneralLedgerEntry)
            }
            #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
            ::std::option::Option::Some("microsoft.graph.governancePolicyTemplate") => {
                rt::object::read_boxed(r, Self::GovernancePolicyTemplate)
            }
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            ::std::option::Option::Some("microsoft.graph.governanceResource") => {
                rt::object::read_boxed(r, Self::GovernanceResource)
            }
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            ::std::option::Option::Some("microsoft.graph.governanceRoleAssignment") => {
                rt::object::read_boxed(r, Self::GovernanceRoleAssignment)
            }
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            ::std::option::Option::Some(
                "microsoft.graph.governanceRoleAssignmentRequest",
            ) => rt::object::read_boxed(r, Self::GovernanceRoleAssignmentRequest),
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            ::std::option::Option::Some("microsoft.graph.governanceRoleDefinition") => {
                rt::object::read_boxed(r, Self::GovernanceRoleDefinition)
            }
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            ::std::option::Option::Some("microsoft.graph.governanceRoleSetting") => {
                rt::object::read_boxed(r, Self::GovernanceRoleSetting)
            }
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_5_more_80
            )]
            ::std::option::Option::Some("microsoft.graph.governanceSubject") => {
                rt::object::read_boxed(r, Self::GovernanceSubject)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.group") => {
                rt::object::read_boxed(r, Self::Group)
            }
            #[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
            ::std::option::Option::Some("microsoft.graph.groupLifecyclePolicy") => {
                rt::object::read_boxed(r, Self::GroupLifecyclePolicy)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.groupPolicyCategory") => {
                rt::object::read_boxed(r, Self::GroupPolicyCategory)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.groupPolicyConfiguration") => {
                rt::object::read_boxed(r, Self::GroupPolicyConfiguration)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyConfigurationAssignment",
            ) => rt::object::read_boxed(r, Self::GroupPolicyConfigurationAssignment),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.groupPolicyDefinition") => {
                rt::object::read_boxed(r, Self::GroupPolicyDefinition)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.groupPolicyDefinitionFile") => {
                rt::object::read_boxed(r, Self::GroupPolicyDefinitionFile)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.groupPolicyDefinitionValue") => {
                rt::object::read_boxed(r, Self::GroupPolicyDefinitionValue)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.groupPolicyMigrationReport") => {
                rt::object::read_boxed(r, Self::GroupPolicyMigrationReport)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.groupPolicyObjectFile") => {
                rt::object::read_boxed(r, Self::GroupPolicyObjectFile)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.groupPolicyOperation") => {
                rt::object::read_boxed(r, Self::GroupPolicyOperation)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.groupPolicyPresentation") => {
                rt::object::read_boxed(r, Self::GroupPolicyPresentation)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationCheckBox",
            ) => rt::object::read_boxed(r, Self::GroupPolicyPresentationCheckBox),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationComboBox",
            ) => rt::object::read_boxed(r, Self::GroupPolicyPresentationComboBox),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationDecimalTextBox",
            ) => rt::object::read_boxed(r, Self::GroupPolicyPresentationDecimalTextBox),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationDropdownList",
            ) => rt::object::read_boxed(r, Self::GroupPolicyPresentationDropdownList),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationListBox",
            ) => rt::object::read_boxed(r, Self::GroupPolicyPresentationListBox),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationLongDecimalTextBox",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::GroupPolicyPresentationLongDecimalTextBox,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationMultiTextBox",
            ) => rt::object::read_boxed(r, Self::GroupPolicyPresentationMultiTextBox),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationText",
            ) => rt::object::read_boxed(r, Self::GroupPolicyPresentationText),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationTextBox",
            ) => rt::object::read_boxed(r, Self::GroupPolicyPresentationTextBox),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationValue",
            ) => rt::object::read_boxed(r, Self::GroupPolicyPresentationValue),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationValueBoolean",
            ) => rt::object::read_boxed(r, Self::GroupPolicyPresentationValueBoolean),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationValueDecimal",
            ) => rt::object::read_boxed(r, Self::GroupPolicyPresentationValueDecimal),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationValueList",
            ) => rt::object::read_boxed(r, Self::GroupPolicyPresentationValueList),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationValueLongDecimal",
            ) => rt::object::read_boxed(r, Self::GroupPolicyPresentationValueLongDecimal),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationValueMultiText",
            ) => rt::object::read_boxed(r, Self::GroupPolicyPresentationValueMultiText),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationValueText",
            ) => rt::object::read_boxed(r, Self::GroupPolicyPresentationValueText),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.groupPolicySettingMapping") => {
                rt::object::read_boxed(r, Self::GroupPolicySettingMapping)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyUploadedDefinitionFile",
            ) => rt::object::read_boxed(r, Self::GroupPolicyUploadedDefinitionFile),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.homeRealmDiscoveryPolicy") => {
                rt::object::read_boxed(r, Self::HomeRealmDiscoveryPolicy)
            }
            #[cfg(msgraph_beta_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.hostSecurityProfile") => {
                rt::object::read_boxed(r, Self::HostSecurityProfile)
            }
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.identityApiConnector") => {
                rt::object::read_boxed(r, Self::IdentityApiConnector)
            }
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.identityBuiltInUserFlowAttribute",
            ) => rt::object::read_boxed(r, Self::IdentityBuiltInUserFlowAttribute),
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.identityCustomUserFlowAttribute",
            ) => rt::object::read_boxed(r, Self::IdentityCustomUserFlowAttribute),
            #[cfg(msgraph_beta_identity_providers_or_search)]
            ::std::option::Option::Some("microsoft.graph.identityProvider") => {
                rt::object::read_boxed(r, Self::IdentityProvider)
            }
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.identityProviderBase") => {
                rt::object::read_boxed(r, Self::IdentityProviderBase)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.identitySecurityDefaultsEnforcementPolicy",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::IdentitySecurityDefaultsEnforcementPolicy,
                )
            }
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.identityUserFlow") => {
                rt::object::read_boxed(r, Self::IdentityUserFlow)
            }
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.identityUserFlowAttribute") => {
                rt::object::read_boxed(r, Self::IdentityUserFlowAttribute)
            }
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.identityUserFlowAttributeAssignment",
            ) => rt::object::read_boxed(r, Self::IdentityUserFlowAttributeAssignment),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.importedAppleDeviceIdentity",
            ) => rt::object::read_boxed(r, Self::ImportedAppleDeviceIdentity),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.importedAppleDeviceIdentityResult",
            ) => rt::object::read_boxed(r, Self::ImportedAppleDeviceIdentityResult),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.importedDeviceIdentity") => {
                rt::object::read_boxed(r, Self::ImportedDeviceIdentity)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.importedDeviceIdentityResult",
            ) => rt::object::read_boxed(r, Self::ImportedDeviceIdentityResult),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.importedWindowsAutopilotDeviceIdentity",
            ) => rt::object::read_boxed(r, Self::ImportedWindowsAutopilotDeviceIdentity),
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some(
                "microsoft.graph.importedWindowsAutopilotDeviceIdentityUpload",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::ImportedWindowsAutopilotDeviceIdentityUpload,
                )
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.inferenceClassification") => {
                rt::object::read_boxed(r, Self::InferenceClassification)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.inferenceClassificationOverride",
            ) => rt::object::read_boxed(r, Self::InferenceClassificationOverride),
            #[cfg(msgraph_beta_core_or_information_protection)]
            ::std::option::Option::Some("microsoft.graph.informationProtection") => {
                rt::object::read_boxed(r, Self::InformationProtection)
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            ::std::option::Option::Some("microsoft.graph.informationProtectionLabel") => {
                rt::object::read_boxed(r, Self::InformationProtectionLabel)
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            ::std::option::Option::Some(
                "microsoft.graph.informationProtectionPolicy",
            ) => rt::object::read_boxed(r, Self::InformationProtectionPolicy),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.intuneBrandingProfile") => {
                rt::object::read_boxed(r, Self::IntuneBrandingProfile)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.intuneBrandingProfileAssignment",
            ) => rt::object::read_boxed(r, Self::IntuneBrandingProfileAssignment),
            #[cfg(msgraph_beta_invitations_or_search)]
            ::std::option::Option::Some("microsoft.graph.invitation") => {
                rt::object::read_boxed(r, Self::Invitation)
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.inviteParticipantsOperation",
            ) => rt::object::read_boxed(r, Self::InviteParticipantsOperation),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosCertificateProfile") => {
                rt::object::read_boxed(r, Self::IosCertificateProfile)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosCertificateProfileBase") => {
                rt::object::read_boxed(r, Self::IosCertificateProfileBase)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosCompliancePolicy") => {
                rt::object::read_boxed(r, Self::IosCompliancePolicy)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosCustomConfiguration") => {
                rt::object::read_boxed(r, Self::IosCustomConfiguration)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.iosDerivedCredentialAuthenticationConfiguration",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::IosDerivedCredentialAuthenticationConfiguration,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.iosDeviceFeaturesConfiguration",
            ) => rt::object::read_boxed(r, Self::IosDeviceFeaturesConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.iosEasEmailProfileConfiguration",
            ) => rt::object::read_boxed(r, Self::IosEasEmailProfileConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosEduDeviceConfiguration") => {
                rt::object::read_boxed(r, Self::IosEduDeviceConfiguration)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.iosEducationDeviceConfiguration",
            ) => rt::object::read_boxed(r, Self::IosEducationDeviceConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.iosEnterpriseWiFiConfiguration",
            ) => rt::object::read_boxed(r, Self::IosEnterpriseWiFiConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.iosExpeditedCheckinConfiguration",
            ) => rt::object::read_boxed(r, Self::IosExpeditedCheckinConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.iosGeneralDeviceConfiguration",
            ) => rt::object::read_boxed(r, Self::IosGeneralDeviceConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.iosImportedPFXCertificateProfile",
            ) => rt::object::read_boxed(r, Self::IosImportedPfxCertificateProfile),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosLobApp") => {
                rt::object::read_boxed(r, Self::IosLobApp)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.iosLobAppProvisioningConfiguration",
            ) => rt::object::read_boxed(r, Self::IosLobAppProvisioningConfiguration),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.iosLobAppProvisioningConfigurationAssignment",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::IosLobAppProvisioningConfigurationAssignment,
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.iosLobAppProvisioningConfigurationPolicySetItem",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::IosLobAppProvisioningConfigurationPolicySetItem,
                )
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            ::std::option::Option::Some("microsoft.graph.iosManagedAppProtection") => {
                rt::object::read_boxed(r, Self::IosManagedAppProtection)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosManagedAppRegistration") => {
                rt::object::read_boxed(r, Self::IosManagedAppRegistration)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosMobileAppConfiguration") => {
                rt::object::read_boxed(r, Self::IosMobileAppConfiguration)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosPkcsCertificateProfile") => {
                rt::object::read_boxed(r, Self::IosPkcsCertificateProfile)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosScepCertificateProfile") => {
                rt::object::read_boxed(r, Self::IosScepCertificateProfile)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosStoreApp") => {
                rt::object::read_boxed(r, Self::IosStoreApp)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosTrustedRootCertificate") => {
                rt::object::read_boxed(r, Self::IosTrustedRootCertificate)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosUpdateConfiguration") => {
                rt::object::read_boxed(r, Self::IosUpdateConfiguration)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosUpdateDeviceStatus") => {
                rt::object::read_boxed(r, Self::IosUpdateDeviceStatus)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosVpnConfiguration") => {
                rt::object::read_boxed(r, Self::IosVpnConfiguration)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosVppApp") => {
                rt::object::read_boxed(r, Self::IosVppApp)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.iosVppAppAssignedDeviceLicense",
            ) => rt::object::read_boxed(r, Self::IosVppAppAssignedDeviceLicense),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosVppAppAssignedLicense") => {
                rt::object::read_boxed(r, Self::IosVppAppAssignedLicense)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.iosVppAppAssignedUserLicense",
            ) => rt::object::read_boxed(r, Self::IosVppAppAssignedUserLicense),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosVppEBook") => {
                rt::object::read_boxed(r, Self::IosVppEBook)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosVppEBookAssignment") => {
                rt::object::read_boxed(r, Self::IosVppEBookAssignment)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosWiFiConfiguration") => {
                rt::object::read_boxed(r, Self::IosWiFiConfiguration)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosikEv2VpnConfiguration") => {
                rt::object::read_boxed(r, Self::IosikEv2VpnConfiguration)
            }
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.ipNamedLocation") => {
                rt::object::read_boxed(r, Self::IpNamedLocation)
            }
            #[cfg(msgraph_beta_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.ipSecurityProfile") => {
                rt::object::read_boxed(r, Self::IpSecurityProfile)
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.item") => {
                rt::object::read_boxed(r, Self::Item)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.itemActivity") => {
                rt::object::read_boxed(r, Self::ItemActivity)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.itemActivityOLD") => {
                rt::object::read_boxed(r, Self::ItemActivityOld)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.itemActivityStat") => {
                rt::object::read_boxed(r, Self::ItemActivityStat)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.itemAddress") => {
                rt::object::read_boxed(r, Self::ItemAddress)
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.itemAnalytics") => {
                rt::object::read_boxed(r, Self::ItemAnalytics)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.itemAttachment") => {
                rt::object::read_boxed(r, Self::ItemAttachment)
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.itemCategory") => {
                rt::object::read_boxed(r, Self::ItemCategory)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.itemEmail") => {
                rt::object::read_boxed(r, Self::ItemEmail)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.itemFacet") => {
                rt::object::read_boxed(r, Self::ItemFacet)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.itemInsights") => {
                rt::object::read_boxed(r, Self::ItemInsights)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.itemInsightsSettings") => {
                rt::object::read_boxed(r, Self::ItemInsightsSettings)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.itemPatent") => {
                rt::object::read_boxed(r, Self::ItemPatent)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.itemPhone") => {
                rt::object::read_boxed(r, Self::ItemPhone)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.itemPublication") => {
                rt::object::read_boxed(r, Self::ItemPublication)
            }
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            ::std::option::Option::Some("microsoft.graph.jobResponseBase") => {
                rt::object::read_boxed(r, Self::JobResponseBase)
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.journal") => {
                rt::object::read_boxed(r, Self::Journal)
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.journalLine") => {
                rt::object::read_boxed(r, Self::JournalLine)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.languageProficiency") => {
                rt::object::read_boxed(r, Self::LanguageProficiency)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.licenseDetails") => {
                rt::object::read_boxed(r, Self::LicenseDetails)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.linkedResource") => {
                rt::object::read_boxed(r, Self::LinkedResource)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.list") => {
                rt::object::read_boxed(r, Self::List)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.listItem") => {
                rt::object::read_boxed(r, Self::ListItem)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.listItemVersion") => {
                rt::object::read_boxed(r, Self::ListItemVersion)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.localizedNotificationMessage",
            ) => rt::object::read_boxed(r, Self::LocalizedNotificationMessage),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.locationManagementCondition",
            ) => rt::object::read_boxed(r, Self::LocationManagementCondition),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.longRunningOperation") => {
                rt::object::read_boxed(r, Self::LongRunningOperation)
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.lookupResultRow") => {
                rt::object::read_boxed(r, Self::LookupResultRow)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSCertificateProfileBase",
            ) => rt::object::read_boxed(r, Self::MacOsCertificateProfileBase),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOSCompliancePolicy") => {
                rt::object::read_boxed(r, Self::MacOsCompliancePolicy)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSCustomAppConfiguration",
            ) => rt::object::read_boxed(r, Self::MacOsCustomAppConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOSCustomConfiguration") => {
                rt::object::read_boxed(r, Self::MacOsCustomConfiguration)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSDeviceFeaturesConfiguration",
            ) => rt::object::read_boxed(r, Self::MacOsDeviceFeaturesConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSEndpointProtectionConfiguration",
            ) => rt::object::read_boxed(r, Self::MacOsEndpointProtectionConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSEnterpriseWiFiConfiguration",
            ) => rt::object::read_boxed(r, Self::MacOsEnterpriseWiFiConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSExtensionsConfiguration",
            ) => rt::object::read_boxed(r, Self::MacOsExtensionsConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSGeneralDeviceConfiguration",
            ) => rt::object::read_boxed(r, Self::MacOsGeneralDeviceConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSImportedPFXCertificateProfile",
            ) => rt::object::read_boxed(r, Self::MacOsImportedPfxCertificateProfile),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOSLobApp") => {
                rt::object::read_boxed(r, Self::MacOsLobApp)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOSMdatpApp") => {
                rt::object::read_boxed(r, Self::MacOsMdatpApp)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOSMicrosoftEdgeApp") => {
                rt::object::read_boxed(r, Self::MacOsMicrosoftEdgeApp)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOSOfficeSuiteApp") => {
                rt::object::read_boxed(r, Self::MacOsOfficeSuiteApp)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSPkcsCertificateProfile",
            ) => rt::object::read_boxed(r, Self::MacOsPkcsCertificateProfile),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSScepCertificateProfile",
            ) => rt::object::read_boxed(r, Self::MacOsScepCertificateProfile),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSSoftwareUpdateAccountSummary",
            ) => rt::object::read_boxed(r, Self::MacOsSoftwareUpdateAccountSummary),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSSoftwareUpdateCategorySummary",
            ) => rt::object::read_boxed(r, Self::MacOsSoftwareUpdateCategorySummary),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSSoftwareUpdateConfiguration",
            ) => rt::object::read_boxed(r, Self::MacOsSoftwareUpdateConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSSoftwareUpdateStateSummary",
            ) => rt::object::read_boxed(r, Self::MacOsSoftwareUpdateStateSummary),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSTrustedRootCertificate",
            ) => rt::object::read_boxed(r, Self::MacOsTrustedRootCertificate),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOSVpnConfiguration") => {
                rt::object::read_boxed(r, Self::MacOsVpnConfiguration)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOSWiFiConfiguration") => {
                rt::object::read_boxed(r, Self::MacOsWiFiConfiguration)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSWiredNetworkConfiguration",
            ) => rt::object::read_boxed(r, Self::MacOsWiredNetworkConfiguration),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOsVppApp") => {
                rt::object::read_boxed(r, Self::MacOsVppApp)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOsVppAppAssignedLicense") => {
                rt::object::read_boxed(r, Self::MacOsVppAppAssignedLicense)
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            ::std::option::Option::Some("microsoft.graph.mailAssessmentRequest") => {
                rt::object::read_boxed(r, Self::MailAssessmentRequest)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.mailFolder") => {
                rt::object::read_boxed(r, Self::MailFolder)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.mailSearchFolder") => {
                rt::object::read_boxed(r, Self::MailSearchFolder)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.mailboxUsageDetail") => {
                rt::object::read_boxed(r, Self::MailboxUsageDetail)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.mailboxUsageMailboxCounts") => {
                rt::object::read_boxed(r, Self::MailboxUsageMailboxCounts)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.mailboxUsageQuotaStatusMailboxCounts",
            ) => rt::object::read_boxed(r, Self::MailboxUsageQuotaStatusMailboxCounts),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.mailboxUsageStorage") => {
                rt::object::read_boxed(r, Self::MailboxUsageStorage)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.malwareStateForWindowsDevice",
            ) => rt::object::read_boxed(r, Self::MalwareStateForWindowsDevice),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedAllDeviceCertificateState",
            ) => rt::object::read_boxed(r, Self::ManagedAllDeviceCertificateState),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedAndroidLobApp") => {
                rt::object::read_boxed(r, Self::ManagedAndroidLobApp)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedAndroidStoreApp") => {
                rt::object::read_boxed(r, Self::ManagedAndroidStoreApp)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedApp") => {
                rt::object::read_boxed(r, Self::ManagedApp)
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            ::std::option::Option::Some("microsoft.graph.managedAppConfiguration") => {
                rt::object::read_boxed(r, Self::ManagedAppConfiguration)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedAppOperation") => {
                rt::object::read_boxed(r, Self::ManagedAppOperation)
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            ::std::option::Option::Some("microsoft.graph.managedAppPolicy") => {
                rt::object::read_boxed(r, Self::ManagedAppPolicy)
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.managedAppPolicyDeploymentSummary",
            ) => rt::object::read_boxed(r, Self::ManagedAppPolicyDeploymentSummary),
            #[cfg(msgraph_beta_core_or_device_app_management)]
            ::std::option::Option::Some("microsoft.graph.managedAppProtection") => {
                rt::object::read_boxed(r, Self::ManagedAppProtection)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedAppProtectionPolicySetItem",
            ) => rt::object::read_boxed(r, Self::ManagedAppProtectionPolicySetItem),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedAppRegistration") => {
                rt::object::read_boxed(r, Self::ManagedAppRegistration)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedAppStatus") => {
                rt::object::read_boxed(r, Self::ManagedAppStatus)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedAppStatusRaw") => {
                rt::object::read_boxed(r, Self::ManagedAppStatusRaw)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.managedDevice") => {
                rt::object::read_boxed(r, Self::ManagedDevice)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedDeviceCertificateState",
            ) => rt::object::read_boxed(r, Self::ManagedDeviceCertificateState),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedDeviceEncryptionState",
            ) => rt::object::read_boxed(r, Self::ManagedDeviceEncryptionState),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedDeviceMobileAppConfiguration",
            ) => rt::object::read_boxed(r, Self::ManagedDeviceMobileAppConfiguration),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedDeviceMobileAppConfigurationAssignment",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::ManagedDeviceMobileAppConfigurationAssignment,
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::ManagedDeviceMobileAppConfigurationDeviceStatus,
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedDeviceMobileAppConfigurationDeviceSummary",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::ManagedDeviceMobileAppConfigurationDeviceSummary,
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedDeviceMobileAppConfigurationPolicySetItem",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::ManagedDeviceMobileAppConfigurationPolicySetItem,
                )
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.managedDeviceMobileAppConfigurationState",
            ) => {
                rt::object::read_boxed(r, Self::ManagedDeviceMobileAppConfigurationState)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedDeviceMobileAppConfigurationUserStatus",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::ManagedDeviceMobileAppConfigurationUserStatus,
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedDeviceMobileAppConfigurationUserSummary",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::ManagedDeviceMobileAppConfigurationUserSummary,
                )
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.managedDeviceOverview") => {
                rt::object::read_boxed(r, Self::ManagedDeviceOverview)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedEBook") => {
                rt::object::read_boxed(r, Self::ManagedEBook)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedEBookAssignment") => {
                rt::object::read_boxed(r, Self::ManagedEBookAssignment)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedEBookCategory") => {
                rt::object::read_boxed(r, Self::ManagedEBookCategory)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedIOSLobApp") => {
                rt::object::read_boxed(r, Self::ManagedIosLobApp)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedIOSStoreApp") => {
                rt::object::read_boxed(r, Self::ManagedIosStoreApp)
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            ::std::option::Option::Some("microsoft.graph.managedMobileApp") => {
                rt::object::read_boxed(r, Self::ManagedMobileApp)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedMobileLobApp") => {
                rt::object::read_boxed(r, Self::ManagedMobileLobApp)
            }
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.managedTenants.aggregatedPolicyCompliance",
            ) => rt::object::read_boxed(r, Self::AggregatedPolicyCompliance),
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.managedTenants.cloudPcConnection",
            ) => rt::object::read_boxed(r, Self::CloudPcConnection),
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.managedTenants.cloudPcDevice",
            ) => rt::object::read_boxed(r, Self::CloudPcDevice),
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.managedTenants.conditionalAccessPolicyCoverage",
            ) => rt::object::read_boxed(r, Self::ConditionalAccessPolicyCoverage),
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.managedTenants.credentialUserRegistrationsSummary",
            ) => rt::object::read_boxed(r, Self::CredentialUserRegistrationsSummary),
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.managedTenants.deviceCompliancePolicySettingStateSummary",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::ManagedTenantsDeviceCompliancePolicySettingStateSummary,
                )
            }
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.managedTenants.managedDeviceCompliance",
            ) => rt::object::read_boxed(r, Self::ManagedDeviceCompliance),
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.managedTenants.managedDeviceComplianceTrend",
            ) => rt::object::read_boxed(r, Self::ManagedDeviceComplianceTrend),
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.managedTenants.managedTenant",
            ) => rt::object::read_boxed(r, Self::ManagedTenant),
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            ::std::option::Option::Some("microsoft.graph.managedTenants.riskyUser") => {
                rt::object::read_boxed(r, Self::ManagedTenantsRiskyUser)
            }
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.managedTenants.windowsDeviceMalwareState",
            ) => rt::object::read_boxed(r, Self::ManagedTenantsWindowsDeviceMalwareState),
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.managedTenants.windowsProtectionState",
            ) => rt::object::read_boxed(r, Self::ManagedTenantsWindowsProtectionState),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managementCondition") => {
                rt::object::read_boxed(r, Self::ManagementCondition)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managementConditionStatement",
            ) => rt::object::read_boxed(r, Self::ManagementConditionStatement),
            #[cfg(msgraph_beta_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.mdmWindowsInformationProtectionPolicy",
            ) => rt::object::read_boxed(r, Self::MdmWindowsInformationProtectionPolicy),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.mdmWindowsInformationProtectionPolicyPolicySetItem",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::MdmWindowsInformationProtectionPolicyPolicySetItem,
                )
            }
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            ::std::option::Option::Some("microsoft.graph.meetingActivityStatistics") => {
                rt::object::read_boxed(r, Self::MeetingActivityStatistics)
            }
            #[cfg(msgraph_beta_core_or_app_or_communications)]
            ::std::option::Option::Some("microsoft.graph.meetingAttendanceReport") => {
                rt::object::read_boxed(r, Self::MeetingAttendanceReport)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.mention") => {
                rt::object::read_boxed(r, Self::Mention)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.message") => {
                rt::object::read_boxed(r, Self::Message)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.messageRule") => {
                rt::object::read_boxed(r, Self::MessageRule)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.microsoftAuthenticatorAuthenticationMethod",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::MicrosoftAuthenticatorAuthenticationMethod,
                )
            }
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration,
                )
            }
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.microsoftAuthenticatorAuthenticationMethodTarget",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::MicrosoftAuthenticatorAuthenticationMethodTarget,
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.microsoftStoreForBusinessApp",
            ) => rt::object::read_boxed(r, Self::MicrosoftStoreForBusinessApp),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.microsoftStoreForBusinessContainedApp",
            ) => rt::object::read_boxed(r, Self::MicrosoftStoreForBusinessContainedApp),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.microsoftTunnelConfiguration",
            ) => rt::object::read_boxed(r, Self::MicrosoftTunnelConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.microsoftTunnelHealthThreshold",
            ) => rt::object::read_boxed(r, Self::MicrosoftTunnelHealthThreshold),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.microsoftTunnelServer") => {
                rt::object::read_boxed(r, Self::MicrosoftTunnelServer)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.microsoftTunnelServerLogCollectionResponse",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::MicrosoftTunnelServerLogCollectionResponse,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.microsoftTunnelSite") => {
                rt::object::read_boxed(r, Self::MicrosoftTunnelSite)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileApp") => {
                rt::object::read_boxed(r, Self::MobileApp)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileAppAssignment") => {
                rt::object::read_boxed(r, Self::MobileAppAssignment)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileAppCategory") => {
                rt::object::read_boxed(r, Self::MobileAppCategory)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileAppContent") => {
                rt::object::read_boxed(r, Self::MobileAppContent)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileAppContentFile") => {
                rt::object::read_boxed(r, Self::MobileAppContentFile)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileAppDependency") => {
                rt::object::read_boxed(r, Self::MobileAppDependency)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileAppInstallStatus") => {
                rt::object::read_boxed(r, Self::MobileAppInstallStatus)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileAppInstallSummary") => {
                rt::object::read_boxed(r, Self::MobileAppInstallSummary)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.mobileAppIntentAndState") => {
                rt::object::read_boxed(r, Self::MobileAppIntentAndState)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileAppPolicySetItem") => {
                rt::object::read_boxed(r, Self::MobileAppPolicySetItem)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.mobileAppProvisioningConfigGroupAssignment",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::MobileAppProvisioningConfigGroupAssignment,
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileAppRelationship") => {
                rt::object::read_boxed(r, Self::MobileAppRelationship)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileAppSupersedence") => {
                rt::object::read_boxed(r, Self::MobileAppSupersedence)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.mobileAppTroubleshootingEvent",
            ) => rt::object::read_boxed(r, Self::MobileAppTroubleshootingEvent),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileContainedApp") => {
                rt::object::read_boxed(r, Self::MobileContainedApp)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileLobApp") => {
                rt::object::read_boxed(r, Self::MobileLobApp)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.mobileThreatDefenseConnector",
            ) => rt::object::read_boxed(r, Self::MobileThreatDefenseConnector),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.multiValueLegacyExtendedProperty",
            ) => rt::object::read_boxed(r, Self::MultiValueLegacyExtendedProperty),
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.muteParticipantOperation") => {
                rt::object::read_boxed(r, Self::MuteParticipantOperation)
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.muteParticipantsOperation") => {
                rt::object::read_boxed(r, Self::MuteParticipantsOperation)
            }
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.namedLocation") => {
                rt::object::read_boxed(r, Self::NamedLocation)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.ndesConnector") => {
                rt::object::read_boxed(r, Self::NdesConnector)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.networkIPv4ConfigurationManagementCondition",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::NetworkIPv4ConfigurationManagementCondition,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.networkIPv6ConfigurationManagementCondition",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::NetworkIPv6ConfigurationManagementCondition,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.networkManagementCondition") => {
                rt::object::read_boxed(r, Self::NetworkManagementCondition)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.note") => {
                rt::object::read_boxed(r, Self::Note)
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.notebook") => {
                rt::object::read_boxed(r, Self::Notebook)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.notification") => {
                rt::object::read_boxed(r, Self::Notification)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.notificationMessageTemplate",
            ) => rt::object::read_boxed(r, Self::NotificationMessageTemplate),
            #[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
            ::std::option::Option::Some("microsoft.graph.oAuth2PermissionGrant") => {
                rt::object::read_boxed(r, Self::OAuth2PermissionGrant)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.offerShiftRequest") => {
                rt::object::read_boxed(r, Self::OfferShiftRequest)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.office365ActivationCounts") => {
                rt::object::read_boxed(r, Self::Office365ActivationCounts)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.office365ActivationsUserCounts",
            ) => rt::object::read_boxed(r, Self::Office365ActivationsUserCounts),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.office365ActivationsUserDetail",
            ) => rt::object::read_boxed(r, Self::Office365ActivationsUserDetail),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.office365ActiveUserCounts") => {
                rt::object::read_boxed(r, Self::Office365ActiveUserCounts)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.office365ActiveUserDetail") => {
                rt::object::read_boxed(r, Self::Office365ActiveUserDetail)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.office365GroupsActivityCounts",
            ) => rt::object::read_boxed(r, Self::Office365GroupsActivityCounts),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.office365GroupsActivityDetail",
            ) => rt::object::read_boxed(r, Self::Office365GroupsActivityDetail),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.office365GroupsActivityFileCounts",
            ) => rt::object::read_boxed(r, Self::Office365GroupsActivityFileCounts),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.office365GroupsActivityGroupCounts",
            ) => rt::object::read_boxed(r, Self::Office365GroupsActivityGroupCounts),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.office365GroupsActivityStorage",
            ) => rt::object::read_boxed(r, Self::Office365GroupsActivityStorage),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.office365ServicesUserCounts",
            ) => rt::object::read_boxed(r, Self::Office365ServicesUserCounts),
            #[cfg(msgraph_beta_office_configuration_or_search)]
            ::std::option::Option::Some("microsoft.graph.officeClientConfiguration") => {
                rt::object::read_boxed(r, Self::OfficeClientConfiguration)
            }
            #[cfg(msgraph_beta_office_configuration_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.officeClientConfigurationAssignment",
            ) => rt::object::read_boxed(r, Self::OfficeClientConfigurationAssignment),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.officeGraphInsights") => {
                rt::object::read_boxed(r, Self::OfficeGraphInsights)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.officeSuiteApp") => {
                rt::object::read_boxed(r, Self::OfficeSuiteApp)
            }
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            ::std::option::Option::Some("microsoft.graph.onPremisesAgent") => {
                rt::object::read_boxed(r, Self::OnPremisesAgent)
            }
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            ::std::option::Option::Some("microsoft.graph.onPremisesAgentGroup") => {
                rt::object::read_boxed(r, Self::OnPremisesAgentGroup)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onPremisesConditionalAccessSettings",
            ) => rt::object::read_boxed(r, Self::OnPremisesConditionalAccessSettings),
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onPremisesPublishingProfile",
            ) => rt::object::read_boxed(r, Self::OnPremisesPublishingProfile),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.oneDriveActivityUserDetail") => {
                rt::object::read_boxed(r, Self::OneDriveActivityUserDetail)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.oneDriveUsageAccountCounts") => {
                rt::object::read_boxed(r, Self::OneDriveUsageAccountCounts)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.oneDriveUsageAccountDetail") => {
                rt::object::read_boxed(r, Self::OneDriveUsageAccountDetail)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.oneDriveUsageFileCounts") => {
                rt::object::read_boxed(r, Self::OneDriveUsageFileCounts)
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.onenote") => {
                rt::object::read_boxed(r, Self::Onenote)
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.onenoteEntityBaseModel") => {
                rt::object::read_boxed(r, Self::OnenoteEntityBaseModel)
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            ::std::option::Option::Some(
                "microsoft.graph.onenoteEntityHierarchyModel",
            ) => rt::object::read_boxed(r, Self::OnenoteEntityHierarchyModel),
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            ::std::option::Option::Some(
                "microsoft.graph.onenoteEntitySchemaObjectModel",
            ) => rt::object::read_boxed(r, Self::OnenoteEntitySchemaObjectModel),
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.onenoteOperation") => {
                rt::object::read_boxed(r, Self::OnenoteOperation)
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.onenotePage") => {
                rt::object::read_boxed(r, Self::OnenotePage)
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.onenoteResource") => {
                rt::object::read_boxed(r, Self::OnenoteResource)
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.onenoteSection") => {
                rt::object::read_boxed(r, Self::OnenoteSection)
            }
            #[cfg(msgraph_beta_core_or_app_or_communications)]
            ::std::option::Option::Some("microsoft.graph.onlineMeeting") => {
                rt::object::read_boxed(r, Self::OnlineMeeting)
            }
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.openIdConnectIdentityProvider",
            ) => rt::object::read_boxed(r, Self::OpenIdConnectIdentityProvider),
            #[cfg(msgraph_beta_identity_providers_or_search)]
            ::std::option::Option::Some("microsoft.graph.openIdConnectProvider") => {
                rt::object::read_boxed(r, Self::OpenIdConnectProvider)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.openShift") => {
                rt::object::read_boxed(r, Self::OpenShift)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.openShiftChangeRequest") => {
                rt::object::read_boxed(r, Self::OpenShiftChangeRequest)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.openTypeExtension") => {
                rt::object::read_boxed(r, Self::OpenTypeExtension)
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.operation") => {
                rt::object::read_boxed(r, Self::Operation)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.orgContact") => {
                rt::object::read_boxed(r, Self::OrgContact)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.organization") => {
                rt::object::read_boxed(r, Self::Organization)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.organizationSettings") => {
                rt::object::read_boxed(r, Self::OrganizationSettings)
            }
            #[cfg(msgraph_beta_core_or_branding)]
            ::std::option::Option::Some("microsoft.graph.organizationalBranding") => {
                rt::object::read_boxed(r, Self::OrganizationalBranding)
            }
            #[cfg(msgraph_beta_core_or_branding)]
            ::std::option::Option::Some(
                "microsoft.graph.organizationalBrandingLocalization",
            ) => rt::object::read_boxed(r, Self::OrganizationalBrandingLocalization),
            #[cfg(msgraph_beta_core_or_branding)]
            ::std::option::Option::Some(
                "microsoft.graph.organizationalBrandingProperties",
            ) => rt::object::read_boxed(r, Self::OrganizationalBrandingProperties),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.outlookCategory") => {
                rt::object::read_boxed(r, Self::OutlookCategory)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.outlookItem") => {
                rt::object::read_boxed(r, Self::OutlookItem)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.outlookTask") => {
                rt::object::read_boxed(r, Self::OutlookTask)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.outlookTaskFolder") => {
                rt::object::read_boxed(r, Self::OutlookTaskFolder)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.outlookTaskGroup") => {
                rt::object::read_boxed(r, Self::OutlookTaskGroup)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.outlookUser") => {
                rt::object::read_boxed(r, Self::OutlookUser)
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.participant") => {
                rt::object::read_boxed(r, Self::Participant)
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some(
                "microsoft.graph.participantJoiningNotification",
            ) => rt::object::read_boxed(r, Self::ParticipantJoiningNotification),
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some(
                "microsoft.graph.participantLeftNotification",
            ) => rt::object::read_boxed(r, Self::ParticipantLeftNotification),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.passwordAuthenticationMethod",
            ) => rt::object::read_boxed(r, Self::PasswordAuthenticationMethod),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.passwordlessMicrosoftAuthenticatorAuthenticationMethod",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::PasswordlessMicrosoftAuthenticatorAuthenticationMethod,
                )
            }
            #[cfg(msgraph_beta_payload_response_or_search)]
            ::std::option::Option::Some("microsoft.graph.payloadResponse") => {
                rt::object::read_boxed(r, Self::PayloadResponse)
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.paymentMethod") => {
                rt::object::read_boxed(r, Self::PaymentMethod)
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.paymentTerm") => {
                rt::object::read_boxed(r, Self::PaymentTerm)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.permission") => {
                rt::object::read_boxed(r, Self::Permission)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.permissionGrantConditionSet",
            ) => rt::object::read_boxed(r, Self::PermissionGrantConditionSet),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.permissionGrantPolicy") => {
                rt::object::read_boxed(r, Self::PermissionGrantPolicy)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.person") => {
                rt::object::read_boxed(r, Self::Person)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.personAnnotation") => {
                rt::object::read_boxed(r, Self::PersonAnnotation)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.personAnnualEvent") => {
                rt::object::read_boxed(r, Self::PersonAnnualEvent)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.personAward") => {
                rt::object::read_boxed(r, Self::PersonAward)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.personCertification") => {
                rt::object::read_boxed(r, Self::PersonCertification)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.personExtension") => {
                rt::object::read_boxed(r, Self::PersonExtension)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.personInterest") => {
                rt::object::read_boxed(r, Self::PersonInterest)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.personName") => {
                rt::object::read_boxed(r, Self::PersonName)
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.personResponsibility") => {
                rt::object::read_boxed(r, Self::PersonResponsibility)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.personWebsite") => {
                rt::object::read_boxed(r, Self::PersonWebsite)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.phoneAuthenticationMethod") => {
                rt::object::read_boxed(r, Self::PhoneAuthenticationMethod)
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.picture") => {
                rt::object::read_boxed(r, Self::Picture)
            }
            #[cfg(msgraph_beta_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.place") => {
                rt::object::read_boxed(r, Self::Place)
            }
            #[cfg(msgraph_beta_core_or_planner)]
            ::std::option::Option::Some(
                "microsoft.graph.plannerAssignedToTaskBoardTaskFormat",
            ) => rt::object::read_boxed(r, Self::PlannerAssignedToTaskBoardTaskFormat),
            #[cfg(msgraph_beta_core_or_planner)]
            ::std::option::Option::Some("microsoft.graph.plannerBucket") => {
                rt::object::read_boxed(r, Self::PlannerBucket)
            }
            #[cfg(msgraph_beta_core_or_planner)]
            ::std::option::Option::Some(
                "microsoft.graph.plannerBucketTaskBoardTaskFormat",
            ) => rt::object::read_boxed(r, Self::PlannerBucketTaskBoardTaskFormat),
            #[cfg(msgraph_beta_core_or_planner)]
            ::std::option::Option::Some("microsoft.graph.plannerDelta") => {
                rt::object::read_boxed(r, Self::PlannerDelta)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.plannerGroup") => {
                rt::object::read_boxed(r, Self::PlannerGroup)
            }
            #[cfg(msgraph_beta_core_or_planner)]
            ::std::option::Option::Some("microsoft.graph.plannerPlan") => {
                rt::object::read_boxed(r, Self::PlannerPlan)
            }
            #[cfg(msgraph_beta_core_or_planner)]
            ::std::option::Option::Some("microsoft.graph.plannerPlanDetails") => {
                rt::object::read_boxed(r, Self::PlannerPlanDetails)
            }
            #[cfg(msgraph_beta_core_or_planner)]
            ::std::option::Option::Some(
                "microsoft.graph.plannerProgressTaskBoardTaskFormat",
            ) => rt::object::read_boxed(r, Self::PlannerProgressTaskBoardTaskFormat),
            #[cfg(msgraph_beta_planner_or_search)]
            ::std::option::Option::Some("microsoft.graph.plannerRoster") => {
                rt::object::read_boxed(r, Self::PlannerRoster)
            }
            #[cfg(msgraph_beta_planner_or_search)]
            ::std::option::Option::Some("microsoft.graph.plannerRosterMember") => {
                rt::object::read_boxed(r, Self::PlannerRosterMember)
            }
            #[cfg(msgraph_beta_core_or_planner)]
            ::std::option::Option::Some("microsoft.graph.plannerTask") => {
                rt::object::read_boxed(r, Self::PlannerTask)
            }
            #[cfg(msgraph_beta_core_or_planner)]
            ::std::option::Option::Some("microsoft.graph.plannerTaskDetails") => {
                rt::object::read_boxed(r, Self::PlannerTaskDetails)
            }
            #[cfg(msgraph_beta_core_or_planner)]
            ::std::option::Option::Some("microsoft.graph.plannerUser") => {
                rt::object::read_boxed(r, Self::PlannerUser)
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.playPromptOperation") => {
                rt::object::read_boxed(r, Self::PlayPromptOperation)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.policyBase") => {
                rt::object::read_boxed(r, Self::PolicyBase)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.policySet") => {
                rt::object::read_boxed(r, Self::PolicySet)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.policySetAssignment") => {
                rt::object::read_boxed(r, Self::PolicySetAssignment)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.policySetItem") => {
                rt::object::read_boxed(r, Self::PolicySetItem)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.post") => {
                rt::object::read_boxed(r, Self::Post)
            }
            #[cfg(msgraph_beta_core_or_communications)]
            ::std::option::Option::Some("microsoft.graph.presence") => {
                rt::object::read_boxed(r, Self::Presence)
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.presentation") => {
                rt::object::read_boxed(r, Self::Presentation)
            }
            #[cfg(msgraph_beta_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printConnector") => {
                rt::object::read_boxed(r, Self::PrintConnector)
            }
            #[cfg(msgraph_beta_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printDocument") => {
                rt::object::read_boxed(r, Self::PrintDocument)
            }
            #[cfg(msgraph_beta_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printJob") => {
                rt::object::read_boxed(r, Self::PrintJob)
            }
            #[cfg(msgraph_beta_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printOperation") => {
                rt::object::read_boxed(r, Self::PrintOperation)
            }
            #[cfg(msgraph_beta_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printService") => {
                rt::object::read_boxed(r, Self::PrintService)
            }
            #[cfg(msgraph_beta_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printServiceEndpoint") => {
                rt::object::read_boxed(r, Self::PrintServiceEndpoint)
            }
            #[cfg(msgraph_beta_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printTask") => {
                rt::object::read_boxed(r, Self::PrintTask)
            }
            #[cfg(msgraph_beta_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printTaskDefinition") => {
                rt::object::read_boxed(r, Self::PrintTaskDefinition)
            }
            #[cfg(msgraph_beta_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printTaskTrigger") => {
                rt::object::read_boxed(r, Self::PrintTaskTrigger)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.printUsage") => {
                rt::object::read_boxed(r, Self::PrintUsage)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.printUsageByPrinter") => {
                rt::object::read_boxed(r, Self::PrintUsageByPrinter)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.printUsageByUser") => {
                rt::object::read_boxed(r, Self::PrintUsageByUser)
            }
            #[cfg(msgraph_beta_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printer") => {
                rt::object::read_boxed(r, Self::Printer)
            }
            #[cfg(msgraph_beta_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printerBase") => {
                rt::object::read_boxed(r, Self::PrinterBase)
            }
            #[cfg(msgraph_beta_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printerCreateOperation") => {
                rt::object::read_boxed(r, Self::PrinterCreateOperation)
            }
            #[cfg(msgraph_beta_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printerShare") => {
                rt::object::read_boxed(r, Self::PrinterShare)
            }
            #[cfg(msgraph_beta_privileged_access_or_search)]
            ::std::option::Option::Some("microsoft.graph.privilegedAccess") => {
                rt::object::read_boxed(r, Self::PrivilegedAccess)
            }
            #[cfg(msgraph_beta_privileged_approval_or_search)]
            ::std::option::Option::Some("microsoft.graph.privilegedApproval") => {
                rt::object::read_boxed(r, Self::PrivilegedApproval)
            }
            #[cfg(msgraph_beta_privileged_operation_events_or_search)]
            ::std::option::Option::Some("microsoft.graph.privilegedOperationEvent") => {
                rt::object::read_boxed(r, Self::PrivilegedOperationEvent)
            }
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            ::std::option::Option::Some("microsoft.graph.privilegedRole") => {
                rt::object::read_boxed(r, Self::PrivilegedRole)
            }
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            ::std::option::Option::Some("microsoft.graph.privilegedRoleAssignment") => {
                rt::object::read_boxed(r, Self::PrivilegedRoleAssignment)
            }
            #[cfg(msgraph_beta_privileged_role_assignment_requests_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.privilegedRoleAssignmentRequest",
            ) => rt::object::read_boxed(r, Self::PrivilegedRoleAssignmentRequest),
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            ::std::option::Option::Some("microsoft.graph.privilegedRoleSettings") => {
                rt::object::read_boxed(r, Self::PrivilegedRoleSettings)
            }
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            ::std::option::Option::Some("microsoft.graph.privilegedRoleSummary") => {
                rt::object::read_boxed(r, Self::PrivilegedRoleSummary)
            }
            #[cfg(msgraph_beta_privileged_signup_status_or_search)]
            ::std::option::Option::Some("microsoft.graph.privilegedSignupStatus") => {
                rt::object::read_boxed(r, Self::PrivilegedSignupStatus)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.profile") => {
                rt::object::read_boxed(r, Self::Profile)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.profileCardProperty") => {
                rt::object::read_boxed(r, Self::ProfileCardProperty)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.profilePhoto") => {
                rt::object::read_boxed(r, Self::ProfilePhoto)
            }
            #[cfg(msgraph_beta_program_controls_or_programs_or_search)]
            ::std::option::Option::Some("microsoft.graph.program") => {
                rt::object::read_boxed(r, Self::Program)
            }
            #[cfg(msgraph_beta_program_controls_or_programs_or_search)]
            ::std::option::Option::Some("microsoft.graph.programControl") => {
                rt::object::read_boxed(r, Self::ProgramControl)
            }
            #[cfg(msgraph_beta_program_control_types_or_search)]
            ::std::option::Option::Some("microsoft.graph.programControlType") => {
                rt::object::read_boxed(r, Self::ProgramControlType)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.projectParticipation") => {
                rt::object::read_boxed(r, Self::ProjectParticipation)
            }
            #[cfg(msgraph_beta_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.providerTenantSetting") => {
                rt::object::read_boxed(r, Self::ProviderTenantSetting)
            }
            #[cfg(msgraph_beta_audit_logs_or_search)]
            ::std::option::Option::Some("microsoft.graph.provisioningObjectSummary") => {
                rt::object::read_boxed(r, Self::ProvisioningObjectSummary)
            }
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            ::std::option::Option::Some("microsoft.graph.publishedResource") => {
                rt::object::read_boxed(r, Self::PublishedResource)
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.purchaseInvoice") => {
                rt::object::read_boxed(r, Self::PurchaseInvoice)
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.purchaseInvoiceLine") => {
                rt::object::read_boxed(r, Self::PurchaseInvoiceLine)
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.rbacApplication") => {
                rt::object::read_boxed(r, Self::RbacApplication)
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.rbacApplicationMultiple") => {
                rt::object::read_boxed(r, Self::RbacApplicationMultiple)
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.recordOperation") => {
                rt::object::read_boxed(r, Self::RecordOperation)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.referenceAttachment") => {
                rt::object::read_boxed(r, Self::ReferenceAttachment)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.regionalAndLanguageSettings",
            ) => rt::object::read_boxed(r, Self::RegionalAndLanguageSettings),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.relyingPartyDetailedSummary",
            ) => rt::object::read_boxed(r, Self::RelyingPartyDetailedSummary),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.remoteActionAudit") => {
                rt::object::read_boxed(r, Self::RemoteActionAudit)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.remoteAssistancePartner") => {
                rt::object::read_boxed(r, Self::RemoteAssistancePartner)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.reportRoot") => {
                rt::object::read_boxed(r, Self::ReportRoot)
            }
            #[cfg(msgraph_beta_core_or_role_management)]
            ::std::option::Option::Some("microsoft.graph.request") => {
                rt::object::read_boxed(r, Self::Request)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.resourceOperation") => {
                rt::object::read_boxed(r, Self::ResourceOperation)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.resourceSpecificPermissionGrant",
            ) => rt::object::read_boxed(r, Self::ResourceSpecificPermissionGrant),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.restrictedAppsViolation") => {
                rt::object::read_boxed(r, Self::RestrictedAppsViolation)
            }
            #[cfg(msgraph_beta_audit_logs_or_search)]
            ::std::option::Option::Some("microsoft.graph.restrictedSignIn") => {
                rt::object::read_boxed(r, Self::RestrictedSignIn)
            }
            #[cfg(msgraph_beta_identity_protection_or_risk_detections_or_search)]
            ::std::option::Option::Some("microsoft.graph.riskDetection") => {
                rt::object::read_boxed(r, Self::RiskDetection)
            }
            #[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
            ::std::option::Option::Some("microsoft.graph.riskyUser") => {
                rt::object::read_boxed(r, Self::RiskyUser)
            }
            #[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
            ::std::option::Option::Some("microsoft.graph.riskyUserHistoryItem") => {
                rt::object::read_boxed(r, Self::RiskyUserHistoryItem)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.roleAssignment") => {
                rt::object::read_boxed(r, Self::RoleAssignment)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.roleDefinition") => {
                rt::object::read_boxed(r, Self::RoleDefinition)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.roleScopeTag") => {
                rt::object::read_boxed(r, Self::RoleScopeTag)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.roleScopeTagAutoAssignment") => {
                rt::object::read_boxed(r, Self::RoleScopeTagAutoAssignment)
            }
            #[cfg(msgraph_beta_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.room") => {
                rt::object::read_boxed(r, Self::Room)
            }
            #[cfg(msgraph_beta_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.roomList") => {
                rt::object::read_boxed(r, Self::RoomList)
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.salesCreditMemo") => {
                rt::object::read_boxed(r, Self::SalesCreditMemo)
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.salesCreditMemoLine") => {
                rt::object::read_boxed(r, Self::SalesCreditMemoLine)
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.salesInvoice") => {
                rt::object::read_boxed(r, Self::SalesInvoice)
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.salesInvoiceLine") => {
                rt::object::read_boxed(r, Self::SalesInvoiceLine)
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.salesOrder") => {
                rt::object::read_boxed(r, Self::SalesOrder)
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.salesOrderLine") => {
                rt::object::read_boxed(r, Self::SalesOrderLine)
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.salesQuote") => {
                rt::object::read_boxed(r, Self::SalesQuote)
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.salesQuoteLine") => {
                rt::object::read_boxed(r, Self::SalesQuoteLine)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.schedule") => {
                rt::object::read_boxed(r, Self::Schedule)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.scheduleChangeRequest") => {
                rt::object::read_boxed(r, Self::ScheduleChangeRequest)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.schedulingGroup") => {
                rt::object::read_boxed(r, Self::SchedulingGroup)
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.schema") => {
                rt::object::read_boxed(r, Self::Schema)
            }
            #[cfg(msgraph_beta_schema_extensions_or_search)]
            ::std::option::Option::Some("microsoft.graph.schemaExtension") => {
                rt::object::read_boxed(r, Self::SchemaExtension)
            }
            #[cfg(msgraph_beta_core_or_scoped_role_memberships)]
            ::std::option::Option::Some("microsoft.graph.scopedRoleMembership") => {
                rt::object::read_boxed(r, Self::ScopedRoleMembership)
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.searchEntity") => {
                rt::object::read_boxed(r, Self::SearchEntity)
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.sectionGroup") => {
                rt::object::read_boxed(r, Self::SectionGroup)
            }
            #[cfg(msgraph_beta_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.secureScore") => {
                rt::object::read_boxed(r, Self::SecureScore)
            }
            #[cfg(msgraph_beta_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.secureScoreControlProfile") => {
                rt::object::read_boxed(r, Self::SecureScoreControlProfile)
            }
            #[cfg(msgraph_beta_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.securityAction") => {
                rt::object::read_boxed(r, Self::SecurityAction)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.securityBaselineCategoryStateSummary",
            ) => rt::object::read_boxed(r, Self::SecurityBaselineCategoryStateSummary),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.securityBaselineDeviceState",
            ) => rt::object::read_boxed(r, Self::SecurityBaselineDeviceState),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.securityBaselineSettingState",
            ) => rt::object::read_boxed(r, Self::SecurityBaselineSettingState),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.securityBaselineState") => {
                rt::object::read_boxed(r, Self::SecurityBaselineState)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.securityBaselineStateSummary",
            ) => rt::object::read_boxed(r, Self::SecurityBaselineStateSummary),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.securityBaselineTemplate") => {
                rt::object::read_boxed(r, Self::SecurityBaselineTemplate)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.securityConfigurationTask") => {
                rt::object::read_boxed(r, Self::SecurityConfigurationTask)
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            ::std::option::Option::Some("microsoft.graph.sensitiveType") => {
                rt::object::read_boxed(r, Self::SensitiveType)
            }
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            ::std::option::Option::Some("microsoft.graph.sensitivityLabel") => {
                rt::object::read_boxed(r, Self::SensitivityLabel)
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            ::std::option::Option::Some("microsoft.graph.sensitivityPolicySettings") => {
                rt::object::read_boxed(r, Self::SensitivityPolicySettings)
            }
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.serviceAnnouncement") => {
                rt::object::read_boxed(r, Self::ServiceAnnouncement)
            }
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.serviceAnnouncementBase") => {
                rt::object::read_boxed(r, Self::ServiceAnnouncementBase)
            }
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.serviceHealth") => {
                rt::object::read_boxed(r, Self::ServiceHealth)
            }
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.serviceHealthIssue") => {
                rt::object::read_boxed(r, Self::ServiceHealthIssue)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.servicePrincipal") => {
                rt::object::read_boxed(r, Self::ServicePrincipal)
            }
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.serviceUpdateMessage") => {
                rt::object::read_boxed(r, Self::ServiceUpdateMessage)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.settingStateDeviceSummary") => {
                rt::object::read_boxed(r, Self::SettingStateDeviceSummary)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.sharePointActivityPages") => {
                rt::object::read_boxed(r, Self::SharePointActivityPages)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.sharePointActivityUserCounts",
            ) => rt::object::read_boxed(r, Self::SharePointActivityUserCounts),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.sharePointActivityUserDetail",
            ) => rt::object::read_boxed(r, Self::SharePointActivityUserDetail),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.sharePointSiteUsageDetail") => {
                rt::object::read_boxed(r, Self::SharePointSiteUsageDetail)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.sharePointSiteUsageFileCounts",
            ) => rt::object::read_boxed(r, Self::SharePointSiteUsageFileCounts),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.sharePointSiteUsagePages") => {
                rt::object::read_boxed(r, Self::SharePointSiteUsagePages)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.sharePointSiteUsageSiteCounts",
            ) => rt::object::read_boxed(r, Self::SharePointSiteUsageSiteCounts),
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.sharedDriveItem") => {
                rt::object::read_boxed(r, Self::SharedDriveItem)
            }
            #[cfg(msgraph_beta_directory_or_search)]
            ::std::option::Option::Some("microsoft.graph.sharedEmailDomain") => {
                rt::object::read_boxed(r, Self::SharedEmailDomain)
            }
            #[cfg(msgraph_beta_domains_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.sharedEmailDomainInvitation",
            ) => rt::object::read_boxed(r, Self::SharedEmailDomainInvitation),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.sharedInsight") => {
                rt::object::read_boxed(r, Self::SharedInsight)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.sharedPCConfiguration") => {
                rt::object::read_boxed(r, Self::SharedPcConfiguration)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.shift") => {
                rt::object::read_boxed(r, Self::Shift)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.shiftPreferences") => {
                rt::object::read_boxed(r, Self::ShiftPreferences)
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.shipmentMethod") => {
                rt::object::read_boxed(r, Self::ShipmentMethod)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.sideLoadingKey") => {
                rt::object::read_boxed(r, Self::SideLoadingKey)
            }
            #[cfg(msgraph_beta_audit_logs_or_search)]
            ::std::option::Option::Some("microsoft.graph.signIn") => {
                rt::object::read_boxed(r, Self::SignIn)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.singleValueLegacyExtendedProperty",
            ) => rt::object::read_boxed(r, Self::SingleValueLegacyExtendedProperty),
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.site") => {
                rt::object::read_boxed(r, Self::Site)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.siteActivitySummary") => {
                rt::object::read_boxed(r, Self::SiteActivitySummary)
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.sitePage") => {
                rt::object::read_boxed(r, Self::SitePage)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.siteUsageStorage") => {
                rt::object::read_boxed(r, Self::SiteUsageStorage)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.skillProficiency") => {
                rt::object::read_boxed(r, Self::SkillProficiency)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessActivityCounts",
            ) => rt::object::read_boxed(r, Self::SkypeForBusinessActivityCounts),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessActivityUserCounts",
            ) => rt::object::read_boxed(r, Self::SkypeForBusinessActivityUserCounts),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessActivityUserDetail",
            ) => rt::object::read_boxed(r, Self::SkypeForBusinessActivityUserDetail),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessDeviceUsageDistributionUserCounts",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::SkypeForBusinessDeviceUsageDistributionUserCounts,
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessDeviceUsageUserCounts",
            ) => rt::object::read_boxed(r, Self::SkypeForBusinessDeviceUsageUserCounts),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessDeviceUsageUserDetail",
            ) => rt::object::read_boxed(r, Self::SkypeForBusinessDeviceUsageUserDetail),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessOrganizerActivityCounts",
            ) => rt::object::read_boxed(r, Self::SkypeForBusinessOrganizerActivityCounts),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessOrganizerActivityMinuteCounts",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::SkypeForBusinessOrganizerActivityMinuteCounts,
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessOrganizerActivityUserCounts",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::SkypeForBusinessOrganizerActivityUserCounts,
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessParticipantActivityCounts",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::SkypeForBusinessParticipantActivityCounts,
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessParticipantActivityMinuteCounts",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::SkypeForBusinessParticipantActivityMinuteCounts,
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessParticipantActivityUserCounts",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::SkypeForBusinessParticipantActivityUserCounts,
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessPeerToPeerActivityCounts",
            ) => {
                rt::object::read_boxed(r, Self::SkypeForBusinessPeerToPeerActivityCounts)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessPeerToPeerActivityMinuteCounts",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::SkypeForBusinessPeerToPeerActivityMinuteCounts,
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessPeerToPeerActivityUserCounts",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::SkypeForBusinessPeerToPeerActivityUserCounts,
                )
            }
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.smsAuthenticationMethodConfiguration",
            ) => rt::object::read_boxed(r, Self::SmsAuthenticationMethodConfiguration),
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.smsAuthenticationMethodTarget",
            ) => rt::object::read_boxed(r, Self::SmsAuthenticationMethodTarget),
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.socialIdentityProvider") => {
                rt::object::read_boxed(r, Self::SocialIdentityProvider)
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some(
                "microsoft.graph.softwareUpdateStatusSummary",
            ) => rt::object::read_boxed(r, Self::SoftwareUpdateStatusSummary),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.stsPolicy") => {
                rt::object::read_boxed(r, Self::StsPolicy)
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.subscribeToToneOperation") => {
                rt::object::read_boxed(r, Self::SubscribeToToneOperation)
            }
            #[cfg(msgraph_beta_search_or_subscribed_skus)]
            ::std::option::Option::Some("microsoft.graph.subscribedSku") => {
                rt::object::read_boxed(r, Self::SubscribedSku)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_3_more)]
            ::std::option::Option::Some("microsoft.graph.subscription") => {
                rt::object::read_boxed(r, Self::Subscription)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.swapShiftsChangeRequest") => {
                rt::object::read_boxed(r, Self::SwapShiftsChangeRequest)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.symantecCodeSigningCertificate",
            ) => rt::object::read_boxed(r, Self::SymantecCodeSigningCertificate),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.synchronization") => {
                rt::object::read_boxed(r, Self::Synchronization)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.synchronizationJob") => {
                rt::object::read_boxed(r, Self::SynchronizationJob)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.synchronizationSchema") => {
                rt::object::read_boxed(r, Self::SynchronizationSchema)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.synchronizationTemplate") => {
                rt::object::read_boxed(r, Self::SynchronizationTemplate)
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.targetedManagedAppConfiguration",
            ) => rt::object::read_boxed(r, Self::TargetedManagedAppConfiguration),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.targetedManagedAppConfigurationPolicySetItem",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::TargetedManagedAppConfigurationPolicySetItem,
                )
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.targetedManagedAppPolicyAssignment",
            ) => rt::object::read_boxed(r, Self::TargetedManagedAppPolicyAssignment),
            #[cfg(msgraph_beta_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.targetedManagedAppProtection",
            ) => rt::object::read_boxed(r, Self::TargetedManagedAppProtection),
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.taxArea") => {
                rt::object::read_boxed(r, Self::TaxArea)
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.taxGroup") => {
                rt::object::read_boxed(r, Self::TaxGroup)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.team") => {
                rt::object::read_boxed(r, Self::Team)
            }
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            ::std::option::Option::Some("microsoft.graph.teamsApp") => {
                rt::object::read_boxed(r, Self::TeamsApp)
            }
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            ::std::option::Option::Some("microsoft.graph.teamsAppDefinition") => {
                rt::object::read_boxed(r, Self::TeamsAppDefinition)
            }
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            ::std::option::Option::Some("microsoft.graph.teamsAppIcon") => {
                rt::object::read_boxed(r, Self::TeamsAppIcon)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.teamsAppInstallation") => {
                rt::object::read_boxed(r, Self::TeamsAppInstallation)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.teamsAsyncOperation") => {
                rt::object::read_boxed(r, Self::TeamsAsyncOperation)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.teamsDeviceUsageDistributionUserCounts",
            ) => rt::object::read_boxed(r, Self::TeamsDeviceUsageDistributionUserCounts),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.teamsDeviceUsageUserCounts") => {
                rt::object::read_boxed(r, Self::TeamsDeviceUsageUserCounts)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.teamsDeviceUsageUserDetail") => {
                rt::object::read_boxed(r, Self::TeamsDeviceUsageUserDetail)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.teamsTab") => {
                rt::object::read_boxed(r, Self::TeamsTab)
            }
            #[cfg(msgraph_beta_search_or_teams_templates)]
            ::std::option::Option::Some("microsoft.graph.teamsTemplate") => {
                rt::object::read_boxed(r, Self::TeamsTemplate)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.teamsUserActivityCounts") => {
                rt::object::read_boxed(r, Self::TeamsUserActivityCounts)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.teamsUserActivityDistributionUserCounts",
            ) => rt::object::read_boxed(r, Self::TeamsUserActivityDistributionUserCounts),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.teamsUserActivityUserCounts",
            ) => rt::object::read_boxed(r, Self::TeamsUserActivityUserCounts),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.teamsUserActivityUserDetail",
            ) => rt::object::read_boxed(r, Self::TeamsUserActivityUserDetail),
            #[cfg(msgraph_beta_search_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.teamwork") => {
                rt::object::read_boxed(r, Self::Teamwork)
            }
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            ::std::option::Option::Some("microsoft.graph.teamworkBot") => {
                rt::object::read_boxed(r, Self::TeamworkBot)
            }
            #[cfg(msgraph_beta_core_or_app_catalogs)]
            ::std::option::Option::Some("microsoft.graph.teamworkHostedContent") => {
                rt::object::read_boxed(r, Self::TeamworkHostedContent)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.teamworkTag") => {
                rt::object::read_boxed(r, Self::TeamworkTag)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.teamworkTagMember") => {
                rt::object::read_boxed(r, Self::TeamworkTagMember)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.telecomExpenseManagementPartner",
            ) => rt::object::read_boxed(r, Self::TelecomExpenseManagementPartner),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.temporaryAccessPassAuthenticationMethod",
            ) => rt::object::read_boxed(r, Self::TemporaryAccessPassAuthenticationMethod),
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::TemporaryAccessPassAuthenticationMethodConfiguration,
                )
            }
            #[cfg(msgraph_beta_privileged_signup_status_or_search)]
            ::std::option::Option::Some("microsoft.graph.tenantSetupInfo") => {
                rt::object::read_boxed(r, Self::TenantSetupInfo)
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            ::std::option::Option::Some("microsoft.graph.termStore.group") => {
                rt::object::read_boxed(r, Self::TermStoreGroup)
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            ::std::option::Option::Some("microsoft.graph.termStore.relation") => {
                rt::object::read_boxed(r, Self::Relation)
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            ::std::option::Option::Some("microsoft.graph.termStore.set") => {
                rt::object::read_boxed(r, Self::Set)
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            ::std::option::Option::Some("microsoft.graph.termStore.store") => {
                rt::object::read_boxed(r, Self::Store)
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            ::std::option::Option::Some("microsoft.graph.termStore.term") => {
                rt::object::read_boxed(r, Self::Term)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.termsAndConditions") => {
                rt::object::read_boxed(r, Self::TermsAndConditions)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.termsAndConditionsAcceptanceStatus",
            ) => rt::object::read_boxed(r, Self::TermsAndConditionsAcceptanceStatus),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.termsAndConditionsAssignment",
            ) => rt::object::read_boxed(r, Self::TermsAndConditionsAssignment),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.termsAndConditionsGroupAssignment",
            ) => rt::object::read_boxed(r, Self::TermsAndConditionsGroupAssignment),
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.termsOfUseContainer") => {
                rt::object::read_boxed(r, Self::TermsOfUseContainer)
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            ::std::option::Option::Some("microsoft.graph.textClassificationRequest") => {
                rt::object::read_boxed(r, Self::TextClassificationRequest)
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            ::std::option::Option::Some("microsoft.graph.threatAssessmentRequest") => {
                rt::object::read_boxed(r, Self::ThreatAssessmentRequest)
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            ::std::option::Option::Some("microsoft.graph.threatAssessmentResult") => {
                rt::object::read_boxed(r, Self::ThreatAssessmentResult)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.thumbnailSet") => {
                rt::object::read_boxed(r, Self::ThumbnailSet)
            }
            #[cfg(msgraph_beta_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.tiIndicator") => {
                rt::object::read_boxed(r, Self::TiIndicator)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.timeCard") => {
                rt::object::read_boxed(r, Self::TimeCard)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.timeOff") => {
                rt::object::read_boxed(r, Self::TimeOff)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.timeOffReason") => {
                rt::object::read_boxed(r, Self::TimeOffReason)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.timeOffRequest") => {
                rt::object::read_boxed(r, Self::TimeOffRequest)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.todo") => {
                rt::object::read_boxed(r, Self::Todo)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.todoTask") => {
                rt::object::read_boxed(r, Self::TodoTask)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.todoTaskList") => {
                rt::object::read_boxed(r, Self::TodoTaskList)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.tokenIssuancePolicy") => {
                rt::object::read_boxed(r, Self::TokenIssuancePolicy)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.tokenLifetimePolicy") => {
                rt::object::read_boxed(r, Self::TokenLifetimePolicy)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.trending") => {
                rt::object::read_boxed(r, Self::Trending)
            }
            #[cfg(msgraph_beta_search_or_trust_framework)]
            ::std::option::Option::Some("microsoft.graph.trustFrameworkKeySet") => {
                rt::object::read_boxed(r, Self::TrustFrameworkKeySet)
            }
            #[cfg(msgraph_beta_search_or_trust_framework)]
            ::std::option::Option::Some("microsoft.graph.trustFrameworkPolicy") => {
                rt::object::read_boxed(r, Self::TrustFrameworkPolicy)
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.unifiedRbacResourceAction") => {
                rt::object::read_boxed(r, Self::UnifiedRbacResourceAction)
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRbacResourceNamespace",
            ) => rt::object::read_boxed(r, Self::UnifiedRbacResourceNamespace),
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.unifiedRbacResourceScope") => {
                rt::object::read_boxed(r, Self::UnifiedRbacResourceScope)
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.unifiedRoleAssignment") => {
                rt::object::read_boxed(r, Self::UnifiedRoleAssignment)
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleAssignmentMultiple",
            ) => rt::object::read_boxed(r, Self::UnifiedRoleAssignmentMultiple),
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleAssignmentSchedule",
            ) => rt::object::read_boxed(r, Self::UnifiedRoleAssignmentSchedule),
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleAssignmentScheduleInstance",
            ) => rt::object::read_boxed(r, Self::UnifiedRoleAssignmentScheduleInstance),
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleAssignmentScheduleRequest",
            ) => rt::object::read_boxed(r, Self::UnifiedRoleAssignmentScheduleRequest),
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.unifiedRoleDefinition") => {
                rt::object::read_boxed(r, Self::UnifiedRoleDefinition)
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleEligibilitySchedule",
            ) => rt::object::read_boxed(r, Self::UnifiedRoleEligibilitySchedule),
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleEligibilityScheduleInstance",
            ) => rt::object::read_boxed(r, Self::UnifiedRoleEligibilityScheduleInstance),
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleEligibilityScheduleRequest",
            ) => rt::object::read_boxed(r, Self::UnifiedRoleEligibilityScheduleRequest),
            #[cfg(msgraph_beta_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicy",
            ) => rt::object::read_boxed(r, Self::UnifiedRoleManagementPolicy),
            #[cfg(msgraph_beta_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicyApprovalRule",
            ) => rt::object::read_boxed(r, Self::UnifiedRoleManagementPolicyApprovalRule),
            #[cfg(msgraph_beta_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicyAssignment",
            ) => rt::object::read_boxed(r, Self::UnifiedRoleManagementPolicyAssignment),
            #[cfg(msgraph_beta_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicyAuthenticationContextRule",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UnifiedRoleManagementPolicyAuthenticationContextRule,
                )
            }
            #[cfg(msgraph_beta_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicyEnablementRule",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UnifiedRoleManagementPolicyEnablementRule,
                )
            }
            #[cfg(msgraph_beta_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicyExpirationRule",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UnifiedRoleManagementPolicyExpirationRule,
                )
            }
            #[cfg(msgraph_beta_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicyNotificationRule",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UnifiedRoleManagementPolicyNotificationRule,
                )
            }
            #[cfg(msgraph_beta_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicyRule",
            ) => rt::object::read_boxed(r, Self::UnifiedRoleManagementPolicyRule),
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.unifiedRoleScheduleBase") => {
                rt::object::read_boxed(r, Self::UnifiedRoleScheduleBase)
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleScheduleInstanceBase",
            ) => rt::object::read_boxed(r, Self::UnifiedRoleScheduleInstanceBase),
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.unitOfMeasure") => {
                rt::object::read_boxed(r, Self::UnitOfMeasure)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unmanagedDeviceDiscoveryTask",
            ) => rt::object::read_boxed(r, Self::UnmanagedDeviceDiscoveryTask),
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.unmuteParticipantOperation") => {
                rt::object::read_boxed(r, Self::UnmuteParticipantOperation)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unsupportedDeviceConfiguration",
            ) => rt::object::read_boxed(r, Self::UnsupportedDeviceConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unsupportedGroupPolicyExtension",
            ) => rt::object::read_boxed(r, Self::UnsupportedGroupPolicyExtension),
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.updateRecordingStatusOperation",
            ) => rt::object::read_boxed(r, Self::UpdateRecordingStatusOperation),
            #[cfg(msgraph_beta_core_or_information_protection)]
            ::std::option::Option::Some("microsoft.graph.urlAssessmentRequest") => {
                rt::object::read_boxed(r, Self::UrlAssessmentRequest)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.usageRight") => {
                rt::object::read_boxed(r, Self::UsageRight)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.usedInsight") => {
                rt::object::read_boxed(r, Self::UsedInsight)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.user") => {
                rt::object::read_boxed(r, Self::User)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.userAccountInformation") => {
                rt::object::read_boxed(r, Self::UserAccountInformation)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.userActivity") => {
                rt::object::read_boxed(r, Self::UserActivity)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.userAnalytics") => {
                rt::object::read_boxed(r, Self::UserAnalytics)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.userAppInstallStatus") => {
                rt::object::read_boxed(r, Self::UserAppInstallStatus)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.userConfiguration") => {
                rt::object::read_boxed(r, Self::UserConfiguration)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.userConsentRequest") => {
                rt::object::read_boxed(r, Self::UserConsentRequest)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.userCredentialUsageDetails") => {
                rt::object::read_boxed(r, Self::UserCredentialUsageDetails)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersion",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersion,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByOSVersion",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsAppHealthApplicationPerformance",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UserExperienceAnalyticsAppHealthApplicationPerformance,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsAppHealthDeviceModelPerformance",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UserExperienceAnalyticsAppHealthDeviceModelPerformance,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformance",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UserExperienceAnalyticsAppHealthDevicePerformance,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformanceDetails",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UserExperienceAnalyticsAppHealthDevicePerformanceDetails,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsAppHealthOSVersionPerformance",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UserExperienceAnalyticsAppHealthOsVersionPerformance,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsBaseline",
            ) => rt::object::read_boxed(r, Self::UserExperienceAnalyticsBaseline),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsCategory",
            ) => rt::object::read_boxed(r, Self::UserExperienceAnalyticsCategory),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsDevicePerformance",
            ) => {
                rt::object::read_boxed(r, Self::UserExperienceAnalyticsDevicePerformance)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsDeviceScores",
            ) => rt::object::read_boxed(r, Self::UserExperienceAnalyticsDeviceScores),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsDeviceStartupHistory",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UserExperienceAnalyticsDeviceStartupHistory,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsDeviceStartupProcess",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UserExperienceAnalyticsDeviceStartupProcess,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsDeviceStartupProcessPerformance",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UserExperienceAnalyticsDeviceStartupProcessPerformance,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsDeviceWithoutCloudIdentity",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UserExperienceAnalyticsDeviceWithoutCloudIdentity,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsImpactingProcess",
            ) => rt::object::read_boxed(r, Self::UserExperienceAnalyticsImpactingProcess),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsMetric",
            ) => rt::object::read_boxed(r, Self::UserExperienceAnalyticsMetric),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsMetricHistory",
            ) => rt::object::read_boxed(r, Self::UserExperienceAnalyticsMetricHistory),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsNotAutopilotReadyDevice",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UserExperienceAnalyticsNotAutopilotReadyDevice,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsOverview",
            ) => rt::object::read_boxed(r, Self::UserExperienceAnalyticsOverview),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsRegressionSummary",
            ) => {
                rt::object::read_boxed(r, Self::UserExperienceAnalyticsRegressionSummary)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsRemoteConnection",
            ) => rt::object::read_boxed(r, Self::UserExperienceAnalyticsRemoteConnection),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsResourcePerformance",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UserExperienceAnalyticsResourcePerformance,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsScoreHistory",
            ) => rt::object::read_boxed(r, Self::UserExperienceAnalyticsScoreHistory),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevice",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UserExperienceAnalyticsWorkFromAnywhereDevice,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereMetric",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UserExperienceAnalyticsWorkFromAnywhereMetric,
                )
            }
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userFlowLanguageConfiguration",
            ) => rt::object::read_boxed(r, Self::UserFlowLanguageConfiguration),
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.userFlowLanguagePage") => {
                rt::object::read_boxed(r, Self::UserFlowLanguagePage)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.userInsightsSettings") => {
                rt::object::read_boxed(r, Self::UserInsightsSettings)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.userInstallStateSummary") => {
                rt::object::read_boxed(r, Self::UserInstallStateSummary)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.userPFXCertificate") => {
                rt::object::read_boxed(r, Self::UserPfxCertificate)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.userScopeTeamsAppInstallation",
            ) => rt::object::read_boxed(r, Self::UserScopeTeamsAppInstallation),
            #[cfg(msgraph_beta_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.userSecurityProfile") => {
                rt::object::read_boxed(r, Self::UserSecurityProfile)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.userSettings") => {
                rt::object::read_boxed(r, Self::UserSettings)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.userTeamwork") => {
                rt::object::read_boxed(r, Self::UserTeamwork)
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.vendor") => {
                rt::object::read_boxed(r, Self::Vendor)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.virtualEndpoint") => {
                rt::object::read_boxed(r, Self::VirtualEndpoint)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.vpnConfiguration") => {
                rt::object::read_boxed(r, Self::VpnConfiguration)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.vppToken") => {
                rt::object::read_boxed(r, Self::VppToken)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.vulnerableManagedDevice") => {
                rt::object::read_boxed(r, Self::VulnerableManagedDevice)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.webAccount") => {
                rt::object::read_boxed(r, Self::WebAccount)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.webApp") => {
                rt::object::read_boxed(r, Self::WebApp)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.win32LobApp") => {
                rt::object::read_boxed(r, Self::Win32LobApp)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10CertificateProfileBase",
            ) => rt::object::read_boxed(r, Self::Windows10CertificateProfileBase),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windows10CompliancePolicy") => {
                rt::object::read_boxed(r, Self::Windows10CompliancePolicy)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10CustomConfiguration",
            ) => rt::object::read_boxed(r, Self::Windows10CustomConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10DeviceFirmwareConfigurationInterface",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::Windows10DeviceFirmwareConfigurationInterface,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10EasEmailProfileConfiguration",
            ) => rt::object::read_boxed(r, Self::Windows10EasEmailProfileConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10EndpointProtectionConfiguration",
            ) => {
                rt::object::read_boxed(r, Self::Windows10EndpointProtectionConfiguration)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10EnrollmentCompletionPageConfiguration",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::Windows10EnrollmentCompletionPageConfiguration,
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10EnrollmentCompletionPageConfigurationPolicySetItem",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10EnterpriseModernAppManagementConfiguration",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::Windows10EnterpriseModernAppManagementConfiguration,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10GeneralConfiguration",
            ) => rt::object::read_boxed(r, Self::Windows10GeneralConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10ImportedPFXCertificateProfile",
            ) => rt::object::read_boxed(r, Self::Windows10ImportedPfxCertificateProfile),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10MobileCompliancePolicy",
            ) => rt::object::read_boxed(r, Self::Windows10MobileCompliancePolicy),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10NetworkBoundaryConfiguration",
            ) => rt::object::read_boxed(r, Self::Windows10NetworkBoundaryConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10PFXImportCertificateProfile",
            ) => rt::object::read_boxed(r, Self::Windows10PfxImportCertificateProfile),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10PkcsCertificateProfile",
            ) => rt::object::read_boxed(r, Self::Windows10PkcsCertificateProfile),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10SecureAssessmentConfiguration",
            ) => rt::object::read_boxed(r, Self::Windows10SecureAssessmentConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10TeamGeneralConfiguration",
            ) => rt::object::read_boxed(r, Self::Windows10TeamGeneralConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windows10VpnConfiguration") => {
                rt::object::read_boxed(r, Self::Windows10VpnConfiguration)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10XCertificateProfile",
            ) => rt::object::read_boxed(r, Self::Windows10XCertificateProfile),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10XSCEPCertificateProfile",
            ) => rt::object::read_boxed(r, Self::Windows10XscepCertificateProfile),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10XTrustedRootCertificate",
            ) => rt::object::read_boxed(r, Self::Windows10XTrustedRootCertificate),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windows10XVpnConfiguration") => {
                rt::object::read_boxed(r, Self::Windows10XVpnConfiguration)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10XWifiConfiguration",
            ) => rt::object::read_boxed(r, Self::Windows10XWifiConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows81CertificateProfileBase",
            ) => rt::object::read_boxed(r, Self::Windows81CertificateProfileBase),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windows81CompliancePolicy") => {
                rt::object::read_boxed(r, Self::Windows81CompliancePolicy)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows81GeneralConfiguration",
            ) => rt::object::read_boxed(r, Self::Windows81GeneralConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows81SCEPCertificateProfile",
            ) => rt::object::read_boxed(r, Self::Windows81ScepCertificateProfile),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows81TrustedRootCertificate",
            ) => rt::object::read_boxed(r, Self::Windows81TrustedRootCertificate),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windows81VpnConfiguration") => {
                rt::object::read_boxed(r, Self::Windows81VpnConfiguration)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows81WifiImportConfiguration",
            ) => rt::object::read_boxed(r, Self::Windows81WifiImportConfiguration),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsAppX") => {
                rt::object::read_boxed(r, Self::WindowsAppX)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsAssignedAccessProfile",
            ) => rt::object::read_boxed(r, Self::WindowsAssignedAccessProfile),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsAutopilotDeploymentProfile",
            ) => rt::object::read_boxed(r, Self::WindowsAutopilotDeploymentProfile),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsAutopilotDeploymentProfileAssignment",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::WindowsAutopilotDeploymentProfileAssignment,
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsAutopilotDeploymentProfilePolicySetItem",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::WindowsAutopilotDeploymentProfilePolicySetItem,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsAutopilotDeviceIdentity",
            ) => rt::object::read_boxed(r, Self::WindowsAutopilotDeviceIdentity),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsAutopilotSettings") => {
                rt::object::read_boxed(r, Self::WindowsAutopilotSettings)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsCertificateProfileBase",
            ) => rt::object::read_boxed(r, Self::WindowsCertificateProfileBase),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsDefenderAdvancedThreatProtectionConfiguration",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::WindowsDefenderAdvancedThreatProtectionConfiguration,
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsDefenderApplicationControlSupplementalPolicy",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::WindowsDefenderApplicationControlSupplementalPolicy,
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyAssignment",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::WindowsDefenderApplicationControlSupplementalPolicyAssignment,
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyDeploymentStatus",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::WindowsDefenderApplicationControlSupplementalPolicyDeploymentStatus,
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyDeploymentSummary",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::WindowsDefenderApplicationControlSupplementalPolicyDeploymentSummary,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsDeliveryOptimizationConfiguration",
            ) => {
                rt::object::read_boxed(r, Self::WindowsDeliveryOptimizationConfiguration)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.windowsDeviceMalwareState") => {
                rt::object::read_boxed(r, Self::WindowsDeviceMalwareState)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsDomainJoinConfiguration",
            ) => rt::object::read_boxed(r, Self::WindowsDomainJoinConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsFeatureUpdateCatalogItem",
            ) => rt::object::read_boxed(r, Self::WindowsFeatureUpdateCatalogItem),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsFeatureUpdateProfile",
            ) => rt::object::read_boxed(r, Self::WindowsFeatureUpdateProfile),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsFeatureUpdateProfileAssignment",
            ) => rt::object::read_boxed(r, Self::WindowsFeatureUpdateProfileAssignment),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsHealthMonitoringConfiguration",
            ) => rt::object::read_boxed(r, Self::WindowsHealthMonitoringConfiguration),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsHelloForBusinessAuthenticationMethod",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::WindowsHelloForBusinessAuthenticationMethod,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsIdentityProtectionConfiguration",
            ) => rt::object::read_boxed(r, Self::WindowsIdentityProtectionConfiguration),
            #[cfg(msgraph_beta_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtection",
            ) => rt::object::read_boxed(r, Self::WindowsInformationProtection),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtectionAppLearningSummary",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::WindowsInformationProtectionAppLearningSummary,
                )
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtectionAppLockerFile",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::WindowsInformationProtectionAppLockerFile,
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtectionDeviceRegistration",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::WindowsInformationProtectionDeviceRegistration,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtectionNetworkLearningSummary",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::WindowsInformationProtectionNetworkLearningSummary,
                )
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtectionPolicy",
            ) => rt::object::read_boxed(r, Self::WindowsInformationProtectionPolicy),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtectionWipeAction",
            ) => rt::object::read_boxed(r, Self::WindowsInformationProtectionWipeAction),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsKioskConfiguration") => {
                rt::object::read_boxed(r, Self::WindowsKioskConfiguration)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsMalwareInformation") => {
                rt::object::read_boxed(r, Self::WindowsMalwareInformation)
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.windowsManagedDevice") => {
                rt::object::read_boxed(r, Self::WindowsManagedDevice)
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.windowsManagementApp") => {
                rt::object::read_boxed(r, Self::WindowsManagementApp)
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsManagementAppHealthState",
            ) => rt::object::read_boxed(r, Self::WindowsManagementAppHealthState),
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsManagementAppHealthSummary",
            ) => rt::object::read_boxed(r, Self::WindowsManagementAppHealthSummary),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsMicrosoftEdgeApp") => {
                rt::object::read_boxed(r, Self::WindowsMicrosoftEdgeApp)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsMobileMSI") => {
                rt::object::read_boxed(r, Self::WindowsMobileMsi)
            }
            #[cfg(msgraph_beta_office_configuration_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsOfficeClientConfiguration",
            ) => rt::object::read_boxed(r, Self::WindowsOfficeClientConfiguration),
            #[cfg(msgraph_beta_office_configuration_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsOfficeClientSecurityConfiguration",
            ) => {
                rt::object::read_boxed(r, Self::WindowsOfficeClientSecurityConfiguration)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsPhone81AppX") => {
                rt::object::read_boxed(r, Self::WindowsPhone81AppX)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsPhone81AppXBundle") => {
                rt::object::read_boxed(r, Self::WindowsPhone81AppXBundle)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81CertificateProfileBase",
            ) => rt::object::read_boxed(r, Self::WindowsPhone81CertificateProfileBase),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81CompliancePolicy",
            ) => rt::object::read_boxed(r, Self::WindowsPhone81CompliancePolicy),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81CustomConfiguration",
            ) => rt::object::read_boxed(r, Self::WindowsPhone81CustomConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81GeneralConfiguration",
            ) => rt::object::read_boxed(r, Self::WindowsPhone81GeneralConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81ImportedPFXCertificateProfile",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::WindowsPhone81ImportedPfxCertificateProfile,
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81SCEPCertificateProfile",
            ) => rt::object::read_boxed(r, Self::WindowsPhone81ScepCertificateProfile),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsPhone81StoreApp") => {
                rt::object::read_boxed(r, Self::WindowsPhone81StoreApp)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81TrustedRootCertificate",
            ) => rt::object::read_boxed(r, Self::WindowsPhone81TrustedRootCertificate),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81VpnConfiguration",
            ) => rt::object::read_boxed(r, Self::WindowsPhone81VpnConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhoneEASEmailProfileConfiguration",
            ) => {
                rt::object::read_boxed(r, Self::WindowsPhoneEasEmailProfileConfiguration)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsPhoneXAP") => {
                rt::object::read_boxed(r, Self::WindowsPhoneXap)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsPrivacyDataAccessControlItem",
            ) => rt::object::read_boxed(r, Self::WindowsPrivacyDataAccessControlItem),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.windowsProtectionState") => {
                rt::object::read_boxed(r, Self::WindowsProtectionState)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsQualityUpdateCatalogItem",
            ) => rt::object::read_boxed(r, Self::WindowsQualityUpdateCatalogItem),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsQualityUpdateProfile",
            ) => rt::object::read_boxed(r, Self::WindowsQualityUpdateProfile),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsQualityUpdateProfileAssignment",
            ) => rt::object::read_boxed(r, Self::WindowsQualityUpdateProfileAssignment),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsStoreApp") => {
                rt::object::read_boxed(r, Self::WindowsStoreApp)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsUniversalAppX") => {
                rt::object::read_boxed(r, Self::WindowsUniversalAppX)
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsUniversalAppXContainedApp",
            ) => rt::object::read_boxed(r, Self::WindowsUniversalAppXContainedApp),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsUpdateCatalogItem") => {
                rt::object::read_boxed(r, Self::WindowsUpdateCatalogItem)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsUpdateForBusinessConfiguration",
            ) => rt::object::read_boxed(r, Self::WindowsUpdateForBusinessConfiguration),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsUpdateState") => {
                rt::object::read_boxed(r, Self::WindowsUpdateState)
            }
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsUpdates.azureADDevice",
            ) => rt::object::read_boxed(r, Self::AzureAdDevice),
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsUpdates.catalog") => {
                rt::object::read_boxed(r, Self::Catalog)
            }
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsUpdates.catalogEntry",
            ) => rt::object::read_boxed(r, Self::CatalogEntry),
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsUpdates.deployment") => {
                rt::object::read_boxed(r, Self::Deployment)
            }
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsUpdates.deploymentAudience",
            ) => rt::object::read_boxed(r, Self::DeploymentAudience),
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsUpdates.featureUpdateCatalogEntry",
            ) => rt::object::read_boxed(r, Self::FeatureUpdateCatalogEntry),
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsUpdates.qualityUpdateCatalogEntry",
            ) => rt::object::read_boxed(r, Self::QualityUpdateCatalogEntry),
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsUpdates.softwareUpdateCatalogEntry",
            ) => rt::object::read_boxed(r, Self::SoftwareUpdateCatalogEntry),
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsUpdates.updatableAsset",
            ) => rt::object::read_boxed(r, Self::UpdatableAsset),
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsUpdates.updatableAssetGroup",
            ) => rt::object::read_boxed(r, Self::UpdatableAssetGroup),
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsUpdates.updates") => {
                rt::object::read_boxed(r, Self::Updates)
            }
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsUpdates.windows") => {
                rt::object::read_boxed(r, Self::Windows)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsVpnConfiguration") => {
                rt::object::read_boxed(r, Self::WindowsVpnConfiguration)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsWifiConfiguration") => {
                rt::object::read_boxed(r, Self::WindowsWifiConfiguration)
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsWifiEnterpriseEAPConfiguration",
            ) => rt::object::read_boxed(r, Self::WindowsWifiEnterpriseEapConfiguration),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.workPosition") => {
                rt::object::read_boxed(r, Self::WorkPosition)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbook") => {
                rt::object::read_boxed(r, Self::Workbook)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookApplication") => {
                rt::object::read_boxed(r, Self::WorkbookApplication)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChart") => {
                rt::object::read_boxed(r, Self::WorkbookChart)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartAreaFormat") => {
                rt::object::read_boxed(r, Self::WorkbookChartAreaFormat)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartAxes") => {
                rt::object::read_boxed(r, Self::WorkbookChartAxes)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartAxis") => {
                rt::object::read_boxed(r, Self::WorkbookChartAxis)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartAxisFormat") => {
                rt::object::read_boxed(r, Self::WorkbookChartAxisFormat)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartAxisTitle") => {
                rt::object::read_boxed(r, Self::WorkbookChartAxisTitle)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some(
                "microsoft.graph.workbookChartAxisTitleFormat",
            ) => rt::object::read_boxed(r, Self::WorkbookChartAxisTitleFormat),
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some(
                "microsoft.graph.workbookChartDataLabelFormat",
            ) => rt::object::read_boxed(r, Self::WorkbookChartDataLabelFormat),
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartDataLabels") => {
                rt::object::read_boxed(r, Self::WorkbookChartDataLabels)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartFill") => {
                rt::object::read_boxed(r, Self::WorkbookChartFill)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartFont") => {
                rt::object::read_boxed(r, Self::WorkbookChartFont)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartGridlines") => {
                rt::object::read_boxed(r, Self::WorkbookChartGridlines)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some(
                "microsoft.graph.workbookChartGridlinesFormat",
            ) => rt::object::read_boxed(r, Self::WorkbookChartGridlinesFormat),
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartLegend") => {
                rt::object::read_boxed(r, Self::WorkbookChartLegend)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartLegendFormat") => {
                rt::object::read_boxed(r, Self::WorkbookChartLegendFormat)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartLineFormat") => {
                rt::object::read_boxed(r, Self::WorkbookChartLineFormat)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartPoint") => {
                rt::object::read_boxed(r, Self::WorkbookChartPoint)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartPointFormat") => {
                rt::object::read_boxed(r, Self::WorkbookChartPointFormat)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartSeries") => {
                rt::object::read_boxed(r, Self::WorkbookChartSeries)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartSeriesFormat") => {
                rt::object::read_boxed(r, Self::WorkbookChartSeriesFormat)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartTitle") => {
                rt::object::read_boxed(r, Self::WorkbookChartTitle)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartTitleFormat") => {
                rt::object::read_boxed(r, Self::WorkbookChartTitleFormat)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookComment") => {
                rt::object::read_boxed(r, Self::WorkbookComment)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookCommentReply") => {
                rt::object::read_boxed(r, Self::WorkbookCommentReply)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookFilter") => {
                rt::object::read_boxed(r, Self::WorkbookFilter)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookFormatProtection") => {
                rt::object::read_boxed(r, Self::WorkbookFormatProtection)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookFunctionResult") => {
                rt::object::read_boxed(r, Self::WorkbookFunctionResult)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookFunctions") => {
                rt::object::read_boxed(r, Self::WorkbookFunctions)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookNamedItem") => {
                rt::object::read_boxed(r, Self::WorkbookNamedItem)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookOperation") => {
                rt::object::read_boxed(r, Self::WorkbookOperation)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookPivotTable") => {
                rt::object::read_boxed(r, Self::WorkbookPivotTable)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookRange") => {
                rt::object::read_boxed(r, Self::WorkbookRange)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookRangeBorder") => {
                rt::object::read_boxed(r, Self::WorkbookRangeBorder)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookRangeFill") => {
                rt::object::read_boxed(r, Self::WorkbookRangeFill)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookRangeFont") => {
                rt::object::read_boxed(r, Self::WorkbookRangeFont)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookRangeFormat") => {
                rt::object::read_boxed(r, Self::WorkbookRangeFormat)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookRangeSort") => {
                rt::object::read_boxed(r, Self::WorkbookRangeSort)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookRangeView") => {
                rt::object::read_boxed(r, Self::WorkbookRangeView)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookTable") => {
                rt::object::read_boxed(r, Self::WorkbookTable)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookTableColumn") => {
                rt::object::read_boxed(r, Self::WorkbookTableColumn)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookTableRow") => {
                rt::object::read_boxed(r, Self::WorkbookTableRow)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookTableSort") => {
                rt::object::read_boxed(r, Self::WorkbookTableSort)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookWorksheet") => {
                rt::object::read_boxed(r, Self::WorkbookWorksheet)
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some(
                "microsoft.graph.workbookWorksheetProtection",
            ) => rt::object::read_boxed(r, Self::WorkbookWorksheetProtection),
            #[cfg(msgraph_beta_search_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.workforceIntegration") => {
                rt::object::read_boxed(r, Self::WorkforceIntegration)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.yammerActivitySummary") => {
                rt::object::read_boxed(r, Self::YammerActivitySummary)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.yammerActivityUserDetail") => {
                rt::object::read_boxed(r, Self::YammerActivityUserDetail)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.yammerDeviceUsageDistributionUserCounts",
            ) => rt::object::read_boxed(r, Self::YammerDeviceUsageDistributionUserCounts),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.yammerDeviceUsageUserCounts",
            ) => rt::object::read_boxed(r, Self::YammerDeviceUsageUserCounts),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.yammerDeviceUsageUserDetail",
            ) => rt::object::read_boxed(r, Self::YammerDeviceUsageUserDetail),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.yammerGroupsActivityCounts") => {
                rt::object::read_boxed(r, Self::YammerGroupsActivityCounts)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.yammerGroupsActivityDetail") => {
                rt::object::read_boxed(r, Self::YammerGroupsActivityDetail)
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.yammerGroupsActivityGroupCounts",
            ) => rt::object::read_boxed(r, Self::YammerGroupsActivityGroupCounts),
            _ => rt::object::read_boxed(r, Self::Entity),
        }
    }
    #[inline]
    fn write_variant(&self, w: &mut rt::Writer) {
        match self {
            Self::Entity(v) => {
                rt::object::write_members(&**v, w, ::std::option::Option::None)
            }
            #[cfg(msgraph_beta_core)]
            Self::AadUserConversationMember(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.aadUserConversationMember",
                    ),
                )
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.accessPackage"),
                )
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.accessPackageAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignmentPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.accessPackageAssignmentPolicy",
                    ),
                )
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.accessPackageAssignmentRequest",
                    ),
                )
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignmentResourceRole(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.accessPackageAssignmentResourceRole",
                    ),
                )
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageCatalog(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.accessPackageCatalog"),
                )
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResource(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.accessPackageResource"),
                )
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceEnvironment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.accessPackageResourceEnvironment",
                    ),
                )
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.accessPackageResourceRequest",
                    ),
                )
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceRole(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.accessPackageResourceRole",
                    ),
                )
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceRoleScope(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.accessPackageResourceRoleScope",
                    ),
                )
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceScope(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.accessPackageResourceScope",
                    ),
                )
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageSubject(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.accessPackageSubject"),
                )
            }
            #[cfg(msgraph_beta_access_reviews_or_search)]
            Self::AccessReview(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.accessReview"),
                )
            }
            #[cfg(msgraph_beta_access_review_decisions_or_access_reviews_or_search)]
            Self::AccessReviewDecision(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.accessReviewDecision"),
                )
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessReviewHistoryDefinition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.accessReviewHistoryDefinition",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::AccessReviewInstance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.accessReviewInstance"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::AccessReviewInstanceDecisionItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.accessReviewInstanceDecisionItem",
                    ),
                )
            }
            #[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
            Self::AccessReviewPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.accessReviewPolicy"),
                )
            }
            #[cfg(msgraph_beta_access_reviews_or_search)]
            Self::AccessReviewReviewer(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.accessReviewReviewer"),
                )
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessReviewScheduleDefinition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.accessReviewScheduleDefinition",
                    ),
                )
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessReviewSet(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.accessReviewSet"),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Account(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.account"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.activeDirectoryWindowsAutopilotDeploymentProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::ActivityBasedTimeoutPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.activityBasedTimeoutPolicy",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::ActivityHistoryItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.activityHistoryItem"),
                )
            }
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::ActivityStatistics(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.activityStatistics"),
                )
            }
            #[cfg(msgraph_beta_policies_or_search)]
            Self::AdminConsentRequestPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.adminConsentRequestPolicy",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::AdministrativeUnit(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.administrativeUnit"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AdvancedThreatProtectionOnboardingDeviceSettingState(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.advancedThreatProtectionOnboardingDeviceSettingState",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AdvancedThreatProtectionOnboardingStateSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.advancedThreatProtectionOnboardingStateSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::AgedAccountsPayable(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.agedAccountsPayable"),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::AgedAccountsReceivable(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.agedAccountsReceivable",
                    ),
                )
            }
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::Agreement(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.agreement"),
                )
            }
            #[cfg(
                msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search
            )]
            Self::AgreementAcceptance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.agreementAcceptance"),
                )
            }
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.agreementFile"),
                )
            }
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFileLocalization(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.agreementFileLocalization",
                    ),
                )
            }
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFileProperties(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.agreementFileProperties",
                    ),
                )
            }
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFileVersion(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.agreementFileVersion"),
                )
            }
            #[cfg(msgraph_beta_search_or_security)]
            Self::Alert(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.alert"),
                )
            }
            #[cfg(msgraph_beta_allowed_data_locations_or_search)]
            Self::AllowedDataLocation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.allowedDataLocation"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidCertificateProfileBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidCertificateProfileBase",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidCompliancePolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidCompliancePolicy",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidCustomConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidCustomConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_search)]
            Self::AndroidDeviceComplianceLocalActionBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidDeviceComplianceLocalActionBase",
                    ),
                )
            }
            #[cfg(msgraph_beta_search)]
            Self::AndroidDeviceComplianceLocalActionLockDevice(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidDeviceComplianceLocalActionLockDevice",
                    ),
                )
            }
            #[cfg(msgraph_beta_search)]
            Self::AndroidDeviceComplianceLocalActionLockDeviceWithPasscode(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidDeviceComplianceLocalActionLockDeviceWithPasscode",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidDeviceOwnerCertificateProfileBase",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerCompliancePolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidDeviceOwnerCompliancePolicy",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidDeviceOwnerDerivedCredentialAuthenticationConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerEnrollmentProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidDeviceOwnerEnrollmentProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidDeviceOwnerEnterpriseWiFiConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidDeviceOwnerGeneralDeviceConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidDeviceOwnerImportedPFXCertificateProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidDeviceOwnerPkcsCertificateProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidDeviceOwnerScepCertificateProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidDeviceOwnerTrustedRootCertificate",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerVpnConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidDeviceOwnerVpnConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidDeviceOwnerWiFiConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidEasEmailProfileConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidEasEmailProfileConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidEnterpriseWiFiConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidEnterpriseWiFiConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidForWorkApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.androidForWorkApp"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkAppConfigurationSchema(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidForWorkAppConfigurationSchema",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkCertificateProfileBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidForWorkCertificateProfileBase",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkCompliancePolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidForWorkCompliancePolicy",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkCustomConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidForWorkCustomConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkEasEmailProfileBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidForWorkEasEmailProfileBase",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkEnrollmentProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidForWorkEnrollmentProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidForWorkEnterpriseWiFiConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidForWorkGeneralDeviceConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkGmailEasConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidForWorkGmailEasConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidForWorkImportedPFXCertificateProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidForWorkMobileAppConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidForWorkMobileAppConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkNineWorkEasConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidForWorkNineWorkEasConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkPkcsCertificateProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidForWorkPkcsCertificateProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkScepCertificateProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidForWorkScepCertificateProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkSettings(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidForWorkSettings",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkTrustedRootCertificate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidForWorkTrustedRootCertificate",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkVpnConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidForWorkVpnConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkWiFiConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidForWorkWiFiConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidGeneralDeviceConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidGeneralDeviceConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidImportedPfxCertificateProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidImportedPFXCertificateProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidLobApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.androidLobApp"),
                )
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::AndroidManagedAppProtection(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidManagedAppProtection",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedAppRegistration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidManagedAppRegistration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidManagedStoreAccountEnterpriseSettings(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidManagedStoreAccountEnterpriseSettings",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedStoreApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidManagedStoreApp",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedStoreAppConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidManagedStoreAppConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidManagedStoreAppConfigurationSchema(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidManagedStoreAppConfigurationSchema",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedStoreWebApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidManagedStoreWebApp",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidOmaCpConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidOmaCpConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidPkcsCertificateProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidPkcsCertificateProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidScepCertificateProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidScepCertificateProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidStoreApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.androidStoreApp"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidTrustedRootCertificate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidTrustedRootCertificate",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidVpnConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidVpnConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWiFiConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidWiFiConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileCertificateProfileBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidWorkProfileCertificateProfileBase",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileCompliancePolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidWorkProfileCompliancePolicy",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileCustomConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidWorkProfileCustomConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileEasEmailProfileBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidWorkProfileEasEmailProfileBase",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidWorkProfileEnterpriseWiFiConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidWorkProfileGeneralDeviceConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileGmailEasConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidWorkProfileGmailEasConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidWorkProfileNineWorkEasConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidWorkProfilePkcsCertificateProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileScepCertificateProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidWorkProfileScepCertificateProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileTrustedRootCertificate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidWorkProfileTrustedRootCertificate",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileVpnConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidWorkProfileVpnConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileWiFiConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidWorkProfileWiFiConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AospDeviceOwnerCompliancePolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.aospDeviceOwnerCompliancePolicy",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AospDeviceOwnerDeviceConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.aospDeviceOwnerDeviceConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AppConsentApprovalRoute(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.appConsentApprovalRoute",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::AppConsentRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.appConsentRequest"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::AppLogCollectionRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.appLogCollectionRequest",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_app_role_assignments)]
            Self::AppRoleAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.appRoleAssignment"),
                )
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::AppScope(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.appScope"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AppVulnerabilityManagedDevice(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.appVulnerabilityManagedDevice",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AppVulnerabilityMobileApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.appVulnerabilityMobileApp",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AppVulnerabilityTask(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.appVulnerabilityTask"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleDeviceFeaturesConfigurationBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.appleDeviceFeaturesConfigurationBase",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleEnrollmentProfileAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.appleEnrollmentProfileAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleExpeditedCheckinConfigurationBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.appleExpeditedCheckinConfigurationBase",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ApplePushNotificationCertificate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.applePushNotificationCertificate",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleUserInitiatedEnrollmentProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.appleUserInitiatedEnrollmentProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleVpnConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.appleVpnConfiguration"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::AppleVppTokenTroubleshootingEvent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.appleVppTokenTroubleshootingEvent",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::Application(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.application"),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::ApplicationSignInDetailedSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.applicationSignInDetailedSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::ApplicationSignInSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.applicationSignInSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_application_templates_or_search)]
            Self::ApplicationTemplate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.applicationTemplate"),
                )
            }
            #[cfg(msgraph_beta_core_or_role_management)]
            Self::Approval(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.approval"),
                )
            }
            #[cfg(msgraph_beta_core_or_role_management)]
            Self::ApprovalStep(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.approvalStep"),
                )
            }
            #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
            Self::ApprovalWorkflowProvider(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.approvalWorkflowProvider",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::AssignmentFilterEvaluationStatusDetails(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.assignmentFilterEvaluationStatusDetails",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::Attachment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.attachment"),
                )
            }
            #[cfg(msgraph_beta_core_or_functions)]
            Self::AttributeMappingFunctionSchema(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.attributeMappingFunctionSchema",
                    ),
                )
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::AudioRoutingGroup(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.audioRoutingGroup"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AuditEvent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.auditEvent"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::Authentication(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.authentication"),
                )
            }
            #[cfg(msgraph_beta_identity_or_search)]
            Self::AuthenticationContextClassReference(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.authenticationContextClassReference",
                    ),
                )
            }
            #[cfg(msgraph_beta_policies_or_search)]
            Self::AuthenticationFlowsPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.authenticationFlowsPolicy",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::AuthenticationMethod(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.authenticationMethod"),
                )
            }
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.authenticationMethodConfiguration",
                    ),
                )
            }
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodTarget(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.authenticationMethodTarget",
                    ),
                )
            }
            #[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
            Self::AuthenticationMethodsPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.authenticationMethodsPolicy",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AuthenticationMethodsRoot(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.authenticationMethodsRoot",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::AuthorizationPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.authorizationPolicy"),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AzureAdFeatureUsage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.azureADFeatureUsage"),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AzureAdLicenseUsage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.azureADLicenseUsage"),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AzureAdUserFeatureUsage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.azureADUserFeatureUsage",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.azureADWindowsAutopilotDeploymentProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_policies_or_search)]
            Self::B2cAuthenticationMethodsPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.b2cAuthenticationMethodsPolicy",
                    ),
                )
            }
            #[cfg(msgraph_beta_identity_or_search)]
            Self::B2cIdentityUserFlow(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.b2cIdentityUserFlow"),
                )
            }
            #[cfg(msgraph_beta_identity_or_search)]
            Self::B2xIdentityUserFlow(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.b2xIdentityUserFlow"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::BaseItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.baseItem"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::BaseItemVersion(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.baseItemVersion"),
                )
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::Bitlocker(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.bitlocker"),
                )
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::BitlockerRecoveryKey(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.bitlockerRecoveryKey"),
                )
            }
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingAppointment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.bookingAppointment"),
                )
            }
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingBusiness(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.bookingBusiness"),
                )
            }
            #[cfg(msgraph_beta_booking_currencies_or_search)]
            Self::BookingCurrency(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.bookingCurrency"),
                )
            }
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingCustomer(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.bookingCustomer"),
                )
            }
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingNamedEntity(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.bookingNamedEntity"),
                )
            }
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingPerson(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.bookingPerson"),
                )
            }
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingService(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.bookingService"),
                )
            }
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingStaffMember(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.bookingStaffMember"),
                )
            }
            #[cfg(msgraph_beta_identity_or_search)]
            Self::BuiltInIdentityProvider(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.builtInIdentityProvider",
                    ),
                )
            }
            #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
            Self::BusinessFlow(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.businessFlow"),
                )
            }
            #[cfg(msgraph_beta_business_flow_templates_or_search)]
            Self::BusinessFlowTemplate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.businessFlowTemplate"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::Calendar(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.calendar"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::CalendarGroup(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.calendarGroup"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::CalendarPermission(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.calendarPermission"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::CalendarSharingMessage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.calendarSharingMessage",
                    ),
                )
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::Call(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.call"),
                )
            }
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::CallActivityStatistics(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.callActivityStatistics",
                    ),
                )
            }
            #[cfg(msgraph_beta_communications_or_search)]
            Self::CallRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.callRecords.callRecord",
                    ),
                )
            }
            #[cfg(msgraph_beta_communications_or_search)]
            Self::Segment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.callRecords.segment"),
                )
            }
            #[cfg(msgraph_beta_communications_or_search)]
            Self::Session(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.callRecords.session"),
                )
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::CancelMediaProcessingOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.cancelMediaProcessingOperation",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CartToClassAssociation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.cartToClassAssociation",
                    ),
                )
            }
            #[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
            Self::CertificateBasedAuthConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.certificateBasedAuthConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_teamwork)]
            Self::ChangeTrackedEntity(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.changeTrackedEntity"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::Channel(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.channel"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::Chat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.chat"),
                )
            }
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::ChatActivityStatistics(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.chatActivityStatistics",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::ChatMessage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.chatMessage"),
                )
            }
            #[cfg(msgraph_beta_core_or_app_catalogs)]
            Self::ChatMessageHostedContent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.chatMessageHostedContent",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ChromeOsOnboardingSettings(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.chromeOSOnboardingSettings",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CircularGeofenceManagementCondition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.circularGeofenceManagementCondition",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::ClaimsMappingPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.claimsMappingPolicy"),
                )
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ClassificationJobResponse(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.classificationJobResponse",
                    ),
                )
            }
            #[cfg(msgraph_beta_search_or_security)]
            Self::CloudAppSecurityProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.cloudAppSecurityProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_communications_or_search)]
            Self::CloudCommunications(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.cloudCommunications"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPc(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.cloudPC"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcConnectivityIssue(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.cloudPCConnectivityIssue",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcAuditEvent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.cloudPcAuditEvent"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcDeviceImage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.cloudPcDeviceImage"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcOnPremisesConnection(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.cloudPcOnPremisesConnection",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcProvisioningPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.cloudPcProvisioningPolicy",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcProvisioningPolicyAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.cloudPcProvisioningPolicyAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcUserSetting(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.cloudPcUserSetting"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcUserSettingAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.cloudPcUserSettingAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::ColumnDefinition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.columnDefinition"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::ColumnLink(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.columnLink"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ComanagementEligibleDevice(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.comanagementEligibleDevice",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_commands)]
            Self::Command(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.command"),
                )
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::CommsOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.commsOperation"),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Company(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.company"),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CompanyInformation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.companyInformation"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ComplianceManagementPartner(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.complianceManagementPartner",
                    ),
                )
            }
            #[cfg(msgraph_beta_identity_or_policies_or_search)]
            Self::ConditionalAccessPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.conditionalAccessPolicy",
                    ),
                )
            }
            #[cfg(msgraph_beta_identity_or_search)]
            Self::ConditionalAccessRoot(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.conditionalAccessRoot"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ConfigManagerCollection(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.configManagerCollection",
                    ),
                )
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::ConnectedOrganization(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.connectedOrganization"),
                )
            }
            #[cfg(msgraph_beta_search)]
            Self::ConnectionOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.connectionOperation"),
                )
            }
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::Connector(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.connector"),
                )
            }
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::ConnectorGroup(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.connectorGroup"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::Contact(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.contact"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::ContactFolder(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.contactFolder"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::ContentType(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.contentType"),
                )
            }
            #[cfg(msgraph_beta_identity_or_search)]
            Self::ContinuousAccessEvaluationPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.continuousAccessEvaluationPolicy",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::Contract(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.contract"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::Conversation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.conversation"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::ConversationMember(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.conversationMember"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::ConversationThread(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.conversationThread"),
                )
            }
            #[cfg(msgraph_beta_identity_or_search)]
            Self::CountryNamedLocation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.countryNamedLocation"),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CountryRegion(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.countryRegion"),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::CredentialUsageSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.credentialUsageSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::CredentialUserRegistrationCount(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.credentialUserRegistrationCount",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::CredentialUserRegistrationDetails(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.credentialUserRegistrationDetails",
                    ),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Currency(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.currency"),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Customer(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.customer"),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CustomerPayment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.customerPayment"),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CustomerPaymentJournal(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.customerPaymentJournal",
                    ),
                )
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::DataClassificationService(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.dataClassificationService",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::DataLossPreventionPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.dataLossPreventionPolicy",
                    ),
                )
            }
            #[cfg(msgraph_beta_data_policy_operations_or_search)]
            Self::DataPolicyOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.dataPolicyOperation"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DataSharingConsent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.dataSharingConsent"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DefaultDeviceCompliancePolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.defaultDeviceCompliancePolicy",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::DefaultManagedAppProtection(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.defaultManagedAppProtection",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::DelegatedPermissionClassification(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.delegatedPermissionClassification",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepEnrollmentBaseProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.depEnrollmentBaseProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepEnrollmentProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.depEnrollmentProfile"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepIosEnrollmentProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.depIOSEnrollmentProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepMacOsEnrollmentProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.depMacOSEnrollmentProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepOnboardingSetting(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.depOnboardingSetting"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DetectedApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.detectedApp"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::Device(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.device"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceAndAppManagementAssignmentFilter(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceAndAppManagementAssignmentFilter",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceAndAppManagementRoleAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceAndAppManagementRoleAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceAndAppManagementRoleDefinition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceAndAppManagementRoleDefinition",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceAppManagement(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.deviceAppManagement"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceAppManagementTask(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceAppManagementTask",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::DeviceCategory(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.deviceCategory"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::DeviceComanagementAuthorityConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceComanagementAuthorityConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceActionItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceComplianceActionItem",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceDeviceOverview(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceComplianceDeviceOverview",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceDeviceStatus(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceComplianceDeviceStatus",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceCompliancePolicy",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicyAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceCompliancePolicyAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicyDeviceStateSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceCompliancePolicyDeviceStateSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_search)]
            Self::DeviceCompliancePolicyGroupAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceCompliancePolicyGroupAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceCompliancePolicyPolicySetItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceCompliancePolicyPolicySetItem",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicySettingStateSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceCompliancePolicySettingStateSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::DeviceCompliancePolicyState(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceCompliancePolicyState",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScheduledActionForRule(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceComplianceScheduledActionForRule",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScript(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceComplianceScript",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScriptDeviceState(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceComplianceScriptDeviceState",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScriptRunSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceComplianceScriptRunSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceSettingState(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceComplianceSettingState",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceUserOverview(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceComplianceUserOverview",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceUserStatus(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceComplianceUserStatus",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.deviceConfiguration"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceConfigurationAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationConflictSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceConfigurationConflictSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationDeviceOverview(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceConfigurationDeviceOverview",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationDeviceStateSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceConfigurationDeviceStateSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationDeviceStatus(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceConfigurationDeviceStatus",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationGroupAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceConfigurationGroupAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceConfigurationPolicySetItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceConfigurationPolicySetItem",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::DeviceConfigurationState(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceConfigurationState",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationUserOverview(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceConfigurationUserOverview",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationUserStateSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceConfigurationUserStateSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationUserStatus(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceConfigurationUserStatus",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCustomAttributeShellScript(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceCustomAttributeShellScript",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceEnrollmentConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentLimitConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceEnrollmentLimitConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceEnrollmentPlatformRestrictionsConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceEnrollmentWindowsHelloForBusinessConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScript(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.deviceHealthScript"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScriptAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceHealthScriptAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScriptDeviceState(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceHealthScriptDeviceState",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScriptRunSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceHealthScriptRunSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceInstallState(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.deviceInstallState"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::DeviceLogCollectionResponse(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceLogCollectionResponse",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagement(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.deviceManagement"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAbstractComplexSettingDefinition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementAbstractComplexSettingDefinition",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAbstractComplexSettingInstance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementAbstractComplexSettingInstance",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAutopilotEvent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementAutopilotEvent",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAutopilotPolicyStatusDetail(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementAutopilotPolicyStatusDetail",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementBooleanSettingInstance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementBooleanSettingInstance",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementCachedReportConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementCachedReportConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementCollectionSettingDefinition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementCollectionSettingDefinition",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementCollectionSettingInstance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementCollectionSettingInstance",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementComplexSettingDefinition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementComplexSettingDefinition",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementComplexSettingInstance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementComplexSettingInstance",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationCategory(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementConfigurationCategory",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementConfigurationChoiceSettingCollectionDefinition",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementConfigurationChoiceSettingDefinition",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementConfigurationPolicy",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationPolicyAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementConfigurationPolicyAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationPolicyTemplate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementConfigurationPolicyTemplate",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSetting(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementConfigurationSetting",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingDefinition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementConfigurationSettingDefinition",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementConfigurationSettingGroupCollectionDefinition",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementConfigurationSettingGroupDefinition",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingTemplate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementConfigurationSettingTemplate",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementConfigurationSimpleSettingCollectionDefinition",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementConfigurationSimpleSettingDefinition",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementDerivedCredentialSettings(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementDerivedCredentialSettings",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementDomainJoinConnector(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementDomainJoinConnector",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementExchangeConnector(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementExchangeConnector",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementExchangeOnPremisesPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementExchangeOnPremisesPolicy",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementExportJob(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementExportJob",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntegerSettingInstance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementIntegerSettingInstance",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementIntent",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementIntentAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentDeviceSettingStateSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementIntentDeviceSettingStateSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentDeviceState(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementIntentDeviceState",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentDeviceStateSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementIntentDeviceStateSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentSettingCategory(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementIntentSettingCategory",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentUserState(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementIntentUserState",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentUserStateSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementIntentUserStateSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementPartner(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementPartner",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementReportSchedule(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementReportSchedule",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementReports(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementReports",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementResourceAccessProfileAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementResourceAccessProfileAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementResourceAccessProfileBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementResourceAccessProfileBase",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementReusablePolicySetting(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementReusablePolicySetting",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScript(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementScript",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementScriptAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptDeviceState(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementScriptDeviceState",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptGroupAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementScriptGroupAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceManagementScriptPolicySetItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementScriptPolicySetItem",
                    ),
                )
            }
            #[cfg(msgraph_beta_search)]
            Self::DeviceManagementScriptRunSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementScriptRunSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptUserState(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementScriptUserState",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementSettingCategory(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementSettingCategory",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementSettingDefinition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementSettingDefinition",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementSettingInstance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementSettingInstance",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementStringSettingInstance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementStringSettingInstance",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementTemplate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementTemplate",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementTemplateSettingCategory(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementTemplateSettingCategory",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::DeviceManagementTroubleshootingEvent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementTroubleshootingEvent",
                    ),
                )
            }
            #[cfg(msgraph_beta_search)]
            Self::DeviceSetupConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceSetupConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceShellScript(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.deviceShellScript"),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Dimension(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.dimension"),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::DimensionValue(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.dimensionValue"),
                )
            }
            #[cfg(msgraph_beta_directory_or_search)]
            Self::Directory(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.directory"),
                )
            }
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::DirectoryAudit(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.directoryAudit"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::DirectoryDefinition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.directoryDefinition"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::DirectoryObject(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.directoryObject"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::DirectoryObjectPartnerReference(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.directoryObjectPartnerReference",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::DirectoryRole(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.directoryRole"),
                )
            }
            #[cfg(msgraph_beta_policies_or_search)]
            Self::DirectoryRoleAccessReviewPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.directoryRoleAccessReviewPolicy",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::DirectoryRoleTemplate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.directoryRoleTemplate"),
                )
            }
            #[cfg(msgraph_beta_core_or_settings)]
            Self::DirectorySetting(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.directorySetting"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::DirectorySettingTemplate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.directorySettingTemplate",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::DlpEvaluatePoliciesJobResponse(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.dlpEvaluatePoliciesJobResponse",
                    ),
                )
            }
            #[cfg(msgraph_beta_search)]
            Self::Document(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.document"),
                )
            }
            #[cfg(msgraph_beta_search)]
            Self::DocumentComment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.documentComment"),
                )
            }
            #[cfg(msgraph_beta_search)]
            Self::DocumentCommentReply(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.documentCommentReply"),
                )
            }
            #[cfg(msgraph_beta_domains_or_search)]
            Self::Domain(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.domain"),
                )
            }
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsCnameRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.domainDnsCnameRecord"),
                )
            }
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsMxRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.domainDnsMxRecord"),
                )
            }
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.domainDnsRecord"),
                )
            }
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsSrvRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.domainDnsSrvRecord"),
                )
            }
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsTxtRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.domainDnsTxtRecord"),
                )
            }
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsUnavailableRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.domainDnsUnavailableRecord",
                    ),
                )
            }
            #[cfg(msgraph_beta_search_or_security)]
            Self::DomainSecurityProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.domainSecurityProfile"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.drive"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::DriveItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.driveItem"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::DriveItemVersion(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.driveItemVersion"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::EBookInstallSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.eBookInstallSummary"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EasEmailProfileConfigurationBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.easEmailProfileConfigurationBase",
                    ),
                )
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::AddToReviewSetOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.ediscovery.addToReviewSetOperation",
                    ),
                )
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Case(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.ediscovery.case"),
                )
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::CaseExportOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.ediscovery.caseExportOperation",
                    ),
                )
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::CaseIndexOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.ediscovery.caseIndexOperation",
                    ),
                )
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::CaseOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.ediscovery.caseOperation",
                    ),
                )
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Custodian(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.ediscovery.custodian"),
                )
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::DataSource(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.ediscovery.dataSource"),
                )
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::DataSourceContainer(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.ediscovery.dataSourceContainer",
                    ),
                )
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Ediscoveryroot(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.ediscovery.ediscoveryroot",
                    ),
                )
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::EstimateStatisticsOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.ediscovery.estimateStatisticsOperation",
                    ),
                )
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::LegalHold(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.ediscovery.legalHold"),
                )
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::NoncustodialDataSource(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.ediscovery.noncustodialDataSource",
                    ),
                )
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::ReviewSet(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.ediscovery.reviewSet"),
                )
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::ReviewSetQuery(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.ediscovery.reviewSetQuery",
                    ),
                )
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::EdiscoverySettings(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.ediscovery.settings"),
                )
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::SiteSource(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.ediscovery.siteSource"),
                )
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::SourceCollection(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.ediscovery.sourceCollection",
                    ),
                )
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Tag(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.ediscovery.tag"),
                )
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::TagOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.ediscovery.tagOperation",
                    ),
                )
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::UnifiedGroupSource(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.ediscovery.unifiedGroupSource",
                    ),
                )
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::UserSource(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.ediscovery.userSource"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EditionUpgradeConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.editionUpgradeConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.educationAssignment"),
                )
            }
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignmentDefaults(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.educationAssignmentDefaults",
                    ),
                )
            }
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignmentResource(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.educationAssignmentResource",
                    ),
                )
            }
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignmentSettings(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.educationAssignmentSettings",
                    ),
                )
            }
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationCategory(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.educationCategory"),
                )
            }
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationClass(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.educationClass"),
                )
            }
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationFeedbackOutcome(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.educationFeedbackOutcome",
                    ),
                )
            }
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationOrganization(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.educationOrganization"),
                )
            }
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationOutcome(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.educationOutcome"),
                )
            }
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationPointsOutcome(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.educationPointsOutcome",
                    ),
                )
            }
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationRubric(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.educationRubric"),
                )
            }
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationRubricOutcome(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.educationRubricOutcome",
                    ),
                )
            }
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSchool(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.educationSchool"),
                )
            }
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSubmission(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.educationSubmission"),
                )
            }
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSubmissionResource(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.educationSubmissionResource",
                    ),
                )
            }
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSynchronizationError(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.educationSynchronizationError",
                    ),
                )
            }
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSynchronizationProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.educationSynchronizationProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSynchronizationProfileStatus(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.educationSynchronizationProfileStatus",
                    ),
                )
            }
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationUser(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.educationUser"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::EducationalActivity(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.educationalActivity"),
                )
            }
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::EmailActivityStatistics(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.emailActivityStatistics",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailActivitySummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.emailActivitySummary"),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailActivityUserDetail(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.emailActivityUserDetail",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageAppsUserCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.emailAppUsageAppsUserCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageUserCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.emailAppUsageUserCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageUserDetail(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.emailAppUsageUserDetail",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageVersionsUserCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.emailAppUsageVersionsUserCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::EmailAuthenticationMethod(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.emailAuthenticationMethod",
                    ),
                )
            }
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::EmailAuthenticationMethodConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.emailAuthenticationMethodConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::EmailFileAssessmentRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.emailFileAssessmentRequest",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EmbeddedSimActivationCodePool(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.embeddedSIMActivationCodePool",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EmbeddedSimActivationCodePoolAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.embeddedSIMActivationCodePoolAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EmbeddedSimDeviceState(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.embeddedSIMDeviceState",
                    ),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Employee(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.employee"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::Endpoint(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.endpoint"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::EnrollmentConfigurationAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.enrollmentConfigurationAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EnrollmentProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.enrollmentProfile"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::EnrollmentRestrictionsConfigurationPolicySetItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.enrollmentRestrictionsConfigurationPolicySetItem",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::EnrollmentTroubleshootingEvent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.enrollmentTroubleshootingEvent",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::EnterpriseCodeSigningCertificate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.enterpriseCodeSigningCertificate",
                    ),
                )
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::EntitlementManagement(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.entitlementManagement"),
                )
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::EntitlementManagementSettings(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.entitlementManagementSettings",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::EvaluateLabelJobResponse(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.evaluateLabelJobResponse",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::Event(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.event"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::EventMessage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.eventMessage"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::EventMessageRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.eventMessageRequest"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::EventMessageResponse(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.eventMessageResponse"),
                )
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchDataStore(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.exactMatchDataStore"),
                )
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchDataStoreBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.exactMatchDataStoreBase",
                    ),
                )
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchJobBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.exactMatchJobBase"),
                )
            }
            #[cfg(msgraph_beta_search)]
            Self::ExactMatchLookupJob(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.exactMatchLookupJob"),
                )
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchSession(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.exactMatchSession"),
                )
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchSessionBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.exactMatchSessionBase"),
                )
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchUploadAgent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.exactMatchUploadAgent"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::Extension(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.extension"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::ExtensionProperty(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.extensionProperty"),
                )
            }
            #[cfg(msgraph_beta_search)]
            Self::External(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.external"),
                )
            }
            #[cfg(msgraph_beta_search)]
            Self::ExternalConnection(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.externalConnection"),
                )
            }
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsConnectionOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.externalConnectors.connectionOperation",
                    ),
                )
            }
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalConnection(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.externalConnectors.externalConnection",
                    ),
                )
            }
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalGroup(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.externalConnectors.externalGroup",
                    ),
                )
            }
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalGroupMember(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.externalConnectors.externalGroupMember",
                    ),
                )
            }
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.externalConnectors.externalItem",
                    ),
                )
            }
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsSchema(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.externalConnectors.schema",
                    ),
                )
            }
            #[cfg(msgraph_beta_search)]
            Self::ExternalGroup(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.externalGroup"),
                )
            }
            #[cfg(msgraph_beta_search)]
            Self::ExternalGroupMember(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.externalGroupMember"),
                )
            }
            #[cfg(msgraph_beta_search)]
            Self::ExternalItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.externalItem"),
                )
            }
            #[cfg(msgraph_beta_directory_or_policies_or_search)]
            Self::FeatureRolloutPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.featureRolloutPolicy"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::Fido2AuthenticationMethod(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.fido2AuthenticationMethod",
                    ),
                )
            }
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::Fido2AuthenticationMethodConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.fido2AuthenticationMethodConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::FieldValueSet(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.fieldValueSet"),
                )
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::FileAssessmentRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.fileAssessmentRequest"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::FileAttachment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.fileAttachment"),
                )
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::FileClassificationRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.fileClassificationRequest",
                    ),
                )
            }
            #[cfg(msgraph_beta_search_or_security)]
            Self::FileSecurityProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.fileSecurityProfile"),
                )
            }
            #[cfg(msgraph_beta_core_or_filter_operators)]
            Self::FilterOperatorSchema(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.filterOperatorSchema"),
                )
            }
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::FocusActivityStatistics(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.focusActivityStatistics",
                    ),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::GeneralLedgerEntry(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.generalLedgerEntry"),
                )
            }
            #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
            Self::GovernancePolicyTemplate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.governancePolicyTemplate",
                    ),
                )
            }
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceResource(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.governanceResource"),
                )
            }
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.governanceRoleAssignment",
                    ),
                )
            }
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleAssignmentRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.governanceRoleAssignmentRequest",
                    ),
                )
            }
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleDefinition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.governanceRoleDefinition",
                    ),
                )
            }
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleSetting(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.governanceRoleSetting"),
                )
            }
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_5_more_80
            )]
            Self::GovernanceSubject(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.governanceSubject"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::Group(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.group"),
                )
            }
            #[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
            Self::GroupLifecyclePolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.groupLifecyclePolicy"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyCategory(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.groupPolicyCategory"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.groupPolicyConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyConfigurationAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.groupPolicyConfigurationAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyDefinition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.groupPolicyDefinition"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyDefinitionFile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.groupPolicyDefinitionFile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyDefinitionValue(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.groupPolicyDefinitionValue",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyMigrationReport(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.groupPolicyMigrationReport",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyObjectFile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.groupPolicyObjectFile"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.groupPolicyOperation"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.groupPolicyPresentation",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationCheckBox(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.groupPolicyPresentationCheckBox",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationComboBox(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.groupPolicyPresentationComboBox",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationDecimalTextBox(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.groupPolicyPresentationDecimalTextBox",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationDropdownList(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.groupPolicyPresentationDropdownList",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationListBox(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.groupPolicyPresentationListBox",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationLongDecimalTextBox(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.groupPolicyPresentationLongDecimalTextBox",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationMultiTextBox(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.groupPolicyPresentationMultiTextBox",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationText(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.groupPolicyPresentationText",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationTextBox(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.groupPolicyPresentationTextBox",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValue(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.groupPolicyPresentationValue",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueBoolean(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.groupPolicyPresentationValueBoolean",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueDecimal(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.groupPolicyPresentationValueDecimal",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueList(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.groupPolicyPresentationValueList",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueLongDecimal(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.groupPolicyPresentationValueLongDecimal",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueMultiText(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.groupPolicyPresentationValueMultiText",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueText(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.groupPolicyPresentationValueText",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicySettingMapping(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.groupPolicySettingMapping",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyUploadedDefinitionFile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.groupPolicyUploadedDefinitionFile",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::HomeRealmDiscoveryPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.homeRealmDiscoveryPolicy",
                    ),
                )
            }
            #[cfg(msgraph_beta_search_or_security)]
            Self::HostSecurityProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.hostSecurityProfile"),
                )
            }
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityApiConnector(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.identityApiConnector"),
                )
            }
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityBuiltInUserFlowAttribute(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.identityBuiltInUserFlowAttribute",
                    ),
                )
            }
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityCustomUserFlowAttribute(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.identityCustomUserFlowAttribute",
                    ),
                )
            }
            #[cfg(msgraph_beta_identity_providers_or_search)]
            Self::IdentityProvider(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.identityProvider"),
                )
            }
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityProviderBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.identityProviderBase"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.identitySecurityDefaultsEnforcementPolicy",
                    ),
                )
            }
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityUserFlow(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.identityUserFlow"),
                )
            }
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityUserFlowAttribute(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.identityUserFlowAttribute",
                    ),
                )
            }
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityUserFlowAttributeAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.identityUserFlowAttributeAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedAppleDeviceIdentity(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.importedAppleDeviceIdentity",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedAppleDeviceIdentityResult(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.importedAppleDeviceIdentityResult",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedDeviceIdentity(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.importedDeviceIdentity",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedDeviceIdentityResult(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.importedDeviceIdentityResult",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedWindowsAutopilotDeviceIdentity(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.importedWindowsAutopilotDeviceIdentity",
                    ),
                )
            }
            #[cfg(msgraph_beta_search)]
            Self::ImportedWindowsAutopilotDeviceIdentityUpload(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.importedWindowsAutopilotDeviceIdentityUpload",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::InferenceClassification(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.inferenceClassification",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::InferenceClassificationOverride(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.inferenceClassificationOverride",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::InformationProtection(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.informationProtection"),
                )
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::InformationProtectionLabel(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.informationProtectionLabel",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::InformationProtectionPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.informationProtectionPolicy",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IntuneBrandingProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.intuneBrandingProfile"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IntuneBrandingProfileAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.intuneBrandingProfileAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_invitations_or_search)]
            Self::Invitation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.invitation"),
                )
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::InviteParticipantsOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.inviteParticipantsOperation",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCertificateProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.iosCertificateProfile"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCertificateProfileBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.iosCertificateProfileBase",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCompliancePolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.iosCompliancePolicy"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCustomConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.iosCustomConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.iosDerivedCredentialAuthenticationConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosDeviceFeaturesConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.iosDeviceFeaturesConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEasEmailProfileConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.iosEasEmailProfileConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEduDeviceConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.iosEduDeviceConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEducationDeviceConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.iosEducationDeviceConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEnterpriseWiFiConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.iosEnterpriseWiFiConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosExpeditedCheckinConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.iosExpeditedCheckinConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosGeneralDeviceConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.iosGeneralDeviceConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosImportedPfxCertificateProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.iosImportedPFXCertificateProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.iosLobApp"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobAppProvisioningConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.iosLobAppProvisioningConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobAppProvisioningConfigurationAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.iosLobAppProvisioningConfigurationAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobAppProvisioningConfigurationPolicySetItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.iosLobAppProvisioningConfigurationPolicySetItem",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::IosManagedAppProtection(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.iosManagedAppProtection",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosManagedAppRegistration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.iosManagedAppRegistration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosMobileAppConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.iosMobileAppConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosPkcsCertificateProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.iosPkcsCertificateProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosScepCertificateProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.iosScepCertificateProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosStoreApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.iosStoreApp"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosTrustedRootCertificate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.iosTrustedRootCertificate",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosUpdateConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.iosUpdateConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosUpdateDeviceStatus(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.iosUpdateDeviceStatus"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosVpnConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.iosVpnConfiguration"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.iosVppApp"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppAppAssignedDeviceLicense(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.iosVppAppAssignedDeviceLicense",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppAppAssignedLicense(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.iosVppAppAssignedLicense",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppAppAssignedUserLicense(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.iosVppAppAssignedUserLicense",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppEBook(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.iosVppEBook"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppEBookAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.iosVppEBookAssignment"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosWiFiConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.iosWiFiConfiguration"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosikEv2VpnConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.iosikEv2VpnConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IpNamedLocation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.ipNamedLocation"),
                )
            }
            #[cfg(msgraph_beta_search_or_security)]
            Self::IpSecurityProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.ipSecurityProfile"),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Item(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.item"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ItemActivity(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.itemActivity"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ItemActivityOld(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.itemActivityOLD"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ItemActivityStat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.itemActivityStat"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::ItemAddress(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.itemAddress"),
                )
            }
            #[cfg(msgraph_beta_search)]
            Self::ItemAnalytics(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.itemAnalytics"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::ItemAttachment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.itemAttachment"),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::ItemCategory(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.itemCategory"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::ItemEmail(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.itemEmail"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::ItemFacet(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.itemFacet"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::ItemInsights(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.itemInsights"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::ItemInsightsSettings(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.itemInsightsSettings"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::ItemPatent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.itemPatent"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::ItemPhone(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.itemPhone"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::ItemPublication(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.itemPublication"),
                )
            }
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::JobResponseBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.jobResponseBase"),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Journal(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.journal"),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::JournalLine(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.journalLine"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::LanguageProficiency(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.languageProficiency"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::LicenseDetails(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.licenseDetails"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::LinkedResource(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.linkedResource"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.list"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ListItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.listItem"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ListItemVersion(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.listItemVersion"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::LocalizedNotificationMessage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.localizedNotificationMessage",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::LocationManagementCondition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.locationManagementCondition",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::LongRunningOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.longRunningOperation"),
                )
            }
            #[cfg(msgraph_beta_search)]
            Self::LookupResultRow(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.lookupResultRow"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCertificateProfileBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.macOSCertificateProfileBase",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCompliancePolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.macOSCompliancePolicy"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCustomAppConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.macOSCustomAppConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCustomConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.macOSCustomConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsDeviceFeaturesConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.macOSDeviceFeaturesConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsEndpointProtectionConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.macOSEndpointProtectionConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsEnterpriseWiFiConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.macOSEnterpriseWiFiConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsExtensionsConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.macOSExtensionsConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsGeneralDeviceConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.macOSGeneralDeviceConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsImportedPfxCertificateProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.macOSImportedPFXCertificateProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsLobApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.macOSLobApp"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsMdatpApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.macOSMdatpApp"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsMicrosoftEdgeApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.macOSMicrosoftEdgeApp"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsOfficeSuiteApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.macOSOfficeSuiteApp"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsPkcsCertificateProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.macOSPkcsCertificateProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsScepCertificateProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.macOSScepCertificateProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateAccountSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.macOSSoftwareUpdateAccountSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateCategorySummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.macOSSoftwareUpdateCategorySummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.macOSSoftwareUpdateConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateStateSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.macOSSoftwareUpdateStateSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsTrustedRootCertificate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.macOSTrustedRootCertificate",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsVpnConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.macOSVpnConfiguration"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsWiFiConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.macOSWiFiConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsWiredNetworkConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.macOSWiredNetworkConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsVppApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.macOsVppApp"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsVppAppAssignedLicense(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.macOsVppAppAssignedLicense",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::MailAssessmentRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.mailAssessmentRequest"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::MailFolder(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.mailFolder"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::MailSearchFolder(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.mailSearchFolder"),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageDetail(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.mailboxUsageDetail"),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageMailboxCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.mailboxUsageMailboxCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageQuotaStatusMailboxCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.mailboxUsageQuotaStatusMailboxCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageStorage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.mailboxUsageStorage"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MalwareStateForWindowsDevice(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.malwareStateForWindowsDevice",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagedAllDeviceCertificateState(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedAllDeviceCertificateState",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAndroidLobApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.managedAndroidLobApp"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAndroidStoreApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedAndroidStoreApp",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.managedApp"),
                )
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedAppConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.managedAppOperation"),
                )
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.managedAppPolicy"),
                )
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppPolicyDeploymentSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedAppPolicyDeploymentSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppProtection(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.managedAppProtection"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppProtectionPolicySetItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedAppProtectionPolicySetItem",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppRegistration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedAppRegistration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppStatus(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.managedAppStatus"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppStatusRaw(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.managedAppStatusRaw"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::ManagedDevice(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.managedDevice"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagedDeviceCertificateState(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedDeviceCertificateState",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagedDeviceEncryptionState(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedDeviceEncryptionState",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedDeviceMobileAppConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedDeviceMobileAppConfigurationAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceStatus(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedDeviceMobileAppConfigurationDeviceSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationPolicySetItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedDeviceMobileAppConfigurationPolicySetItem",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::ManagedDeviceMobileAppConfigurationState(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedDeviceMobileAppConfigurationState",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserStatus(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedDeviceMobileAppConfigurationUserStatus",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedDeviceMobileAppConfigurationUserSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_search)]
            Self::ManagedDeviceOverview(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.managedDeviceOverview"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedEBook(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.managedEBook"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedEBookAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedEBookAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedEBookCategory(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.managedEBookCategory"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedIosLobApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.managedIOSLobApp"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedIosStoreApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.managedIOSStoreApp"),
                )
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedMobileApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.managedMobileApp"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedMobileLobApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.managedMobileLobApp"),
                )
            }
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::AggregatedPolicyCompliance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedTenants.aggregatedPolicyCompliance",
                    ),
                )
            }
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::CloudPcConnection(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedTenants.cloudPcConnection",
                    ),
                )
            }
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::CloudPcDevice(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedTenants.cloudPcDevice",
                    ),
                )
            }
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ConditionalAccessPolicyCoverage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedTenants.conditionalAccessPolicyCoverage",
                    ),
                )
            }
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::CredentialUserRegistrationsSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedTenants.credentialUserRegistrationsSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsDeviceCompliancePolicySettingStateSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedTenants.deviceCompliancePolicySettingStateSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedDeviceCompliance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedTenants.managedDeviceCompliance",
                    ),
                )
            }
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedDeviceComplianceTrend(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedTenants.managedDeviceComplianceTrend",
                    ),
                )
            }
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenant(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedTenants.managedTenant",
                    ),
                )
            }
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsRiskyUser(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedTenants.riskyUser",
                    ),
                )
            }
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsWindowsDeviceMalwareState(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedTenants.windowsDeviceMalwareState",
                    ),
                )
            }
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsWindowsProtectionState(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedTenants.windowsProtectionState",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagementCondition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.managementCondition"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagementConditionStatement(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managementConditionStatement",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.mdmWindowsInformationProtectionPolicy",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MdmWindowsInformationProtectionPolicyPolicySetItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.mdmWindowsInformationProtectionPolicyPolicySetItem",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::MeetingActivityStatistics(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.meetingActivityStatistics",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_app_or_communications)]
            Self::MeetingAttendanceReport(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.meetingAttendanceReport",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::Mention(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.mention"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::Message(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.message"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::MessageRule(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.messageRule"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.microsoftAuthenticatorAuthenticationMethod",
                    ),
                )
            }
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration",
                    ),
                )
            }
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.microsoftAuthenticatorAuthenticationMethodTarget",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MicrosoftStoreForBusinessApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.microsoftStoreForBusinessApp",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MicrosoftStoreForBusinessContainedApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.microsoftStoreForBusinessContainedApp",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.microsoftTunnelConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelHealthThreshold(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.microsoftTunnelHealthThreshold",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelServer(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.microsoftTunnelServer"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelServerLogCollectionResponse(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.microsoftTunnelServerLogCollectionResponse",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelSite(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.microsoftTunnelSite"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.mobileApp"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.mobileAppAssignment"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppCategory(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.mobileAppCategory"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppContent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.mobileAppContent"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppContentFile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.mobileAppContentFile"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppDependency(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.mobileAppDependency"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppInstallStatus(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.mobileAppInstallStatus",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppInstallSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.mobileAppInstallSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::MobileAppIntentAndState(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.mobileAppIntentAndState",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppPolicySetItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.mobileAppPolicySetItem",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppProvisioningConfigGroupAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.mobileAppProvisioningConfigGroupAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppRelationship(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.mobileAppRelationship"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppSupersedence(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.mobileAppSupersedence"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::MobileAppTroubleshootingEvent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.mobileAppTroubleshootingEvent",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileContainedApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.mobileContainedApp"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileLobApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.mobileLobApp"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MobileThreatDefenseConnector(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.mobileThreatDefenseConnector",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::MultiValueLegacyExtendedProperty(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.multiValueLegacyExtendedProperty",
                    ),
                )
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::MuteParticipantOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.muteParticipantOperation",
                    ),
                )
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::MuteParticipantsOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.muteParticipantsOperation",
                    ),
                )
            }
            #[cfg(msgraph_beta_identity_or_search)]
            Self::NamedLocation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.namedLocation"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NdesConnector(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.ndesConnector"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NetworkIPv4ConfigurationManagementCondition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.networkIPv4ConfigurationManagementCondition",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NetworkIPv6ConfigurationManagementCondition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.networkIPv6ConfigurationManagementCondition",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NetworkManagementCondition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.networkManagementCondition",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::Note(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.note"),
                )
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Notebook(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.notebook"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::Notification(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.notification"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NotificationMessageTemplate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.notificationMessageTemplate",
                    ),
                )
            }
            #[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
            Self::OAuth2PermissionGrant(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.oAuth2PermissionGrant"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::OfferShiftRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.offerShiftRequest"),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActivationCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.office365ActivationCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActivationsUserCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.office365ActivationsUserCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActivationsUserDetail(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.office365ActivationsUserDetail",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActiveUserCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.office365ActiveUserCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActiveUserDetail(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.office365ActiveUserDetail",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.office365GroupsActivityCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityDetail(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.office365GroupsActivityDetail",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityFileCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.office365GroupsActivityFileCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityGroupCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.office365GroupsActivityGroupCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityStorage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.office365GroupsActivityStorage",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ServicesUserCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.office365ServicesUserCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::OfficeClientConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.officeClientConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::OfficeClientConfigurationAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.officeClientConfigurationAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::OfficeGraphInsights(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.officeGraphInsights"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::OfficeSuiteApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.officeSuiteApp"),
                )
            }
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::OnPremisesAgent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.onPremisesAgent"),
                )
            }
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::OnPremisesAgentGroup(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.onPremisesAgentGroup"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::OnPremisesConditionalAccessSettings(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onPremisesConditionalAccessSettings",
                    ),
                )
            }
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::OnPremisesPublishingProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onPremisesPublishingProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveActivityUserDetail(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.oneDriveActivityUserDetail",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveUsageAccountCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.oneDriveUsageAccountCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveUsageAccountDetail(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.oneDriveUsageAccountDetail",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveUsageFileCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.oneDriveUsageFileCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Onenote(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.onenote"),
                )
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteEntityBaseModel(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onenoteEntityBaseModel",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteEntityHierarchyModel(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onenoteEntityHierarchyModel",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteEntitySchemaObjectModel(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onenoteEntitySchemaObjectModel",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.onenoteOperation"),
                )
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenotePage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.onenotePage"),
                )
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteResource(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.onenoteResource"),
                )
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteSection(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.onenoteSection"),
                )
            }
            #[cfg(msgraph_beta_core_or_app_or_communications)]
            Self::OnlineMeeting(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.onlineMeeting"),
                )
            }
            #[cfg(msgraph_beta_identity_or_search)]
            Self::OpenIdConnectIdentityProvider(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.openIdConnectIdentityProvider",
                    ),
                )
            }
            #[cfg(msgraph_beta_identity_providers_or_search)]
            Self::OpenIdConnectProvider(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.openIdConnectProvider"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::OpenShift(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.openShift"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::OpenShiftChangeRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.openShiftChangeRequest",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::OpenTypeExtension(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.openTypeExtension"),
                )
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Operation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.operation"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::OrgContact(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.orgContact"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::Organization(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.organization"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::OrganizationSettings(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.organizationSettings"),
                )
            }
            #[cfg(msgraph_beta_core_or_branding)]
            Self::OrganizationalBranding(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.organizationalBranding",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_branding)]
            Self::OrganizationalBrandingLocalization(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.organizationalBrandingLocalization",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_branding)]
            Self::OrganizationalBrandingProperties(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.organizationalBrandingProperties",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::OutlookCategory(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.outlookCategory"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::OutlookItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.outlookItem"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::OutlookTask(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.outlookTask"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::OutlookTaskFolder(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.outlookTaskFolder"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::OutlookTaskGroup(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.outlookTaskGroup"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::OutlookUser(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.outlookUser"),
                )
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::Participant(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.participant"),
                )
            }
            #[cfg(msgraph_beta_search)]
            Self::ParticipantJoiningNotification(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.participantJoiningNotification",
                    ),
                )
            }
            #[cfg(msgraph_beta_search)]
            Self::ParticipantLeftNotification(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.participantLeftNotification",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::PasswordAuthenticationMethod(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.passwordAuthenticationMethod",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::PasswordlessMicrosoftAuthenticatorAuthenticationMethod(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.passwordlessMicrosoftAuthenticatorAuthenticationMethod",
                    ),
                )
            }
            #[cfg(msgraph_beta_payload_response_or_search)]
            Self::PayloadResponse(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.payloadResponse"),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PaymentMethod(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.paymentMethod"),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PaymentTerm(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.paymentTerm"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::Permission(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.permission"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::PermissionGrantConditionSet(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.permissionGrantConditionSet",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::PermissionGrantPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.permissionGrantPolicy"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::Person(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.person"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::PersonAnnotation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.personAnnotation"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::PersonAnnualEvent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.personAnnualEvent"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::PersonAward(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.personAward"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::PersonCertification(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.personCertification"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::PersonExtension(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.personExtension"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::PersonInterest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.personInterest"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::PersonName(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.personName"),
                )
            }
            #[cfg(msgraph_beta_search)]
            Self::PersonResponsibility(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.personResponsibility"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::PersonWebsite(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.personWebsite"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::PhoneAuthenticationMethod(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.phoneAuthenticationMethod",
                    ),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Picture(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.picture"),
                )
            }
            #[cfg(msgraph_beta_places_or_search)]
            Self::Place(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.place"),
                )
            }
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerAssignedToTaskBoardTaskFormat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.plannerAssignedToTaskBoardTaskFormat",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerBucket(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.plannerBucket"),
                )
            }
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerBucketTaskBoardTaskFormat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.plannerBucketTaskBoardTaskFormat",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerDelta(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.plannerDelta"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::PlannerGroup(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.plannerGroup"),
                )
            }
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerPlan(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.plannerPlan"),
                )
            }
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerPlanDetails(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.plannerPlanDetails"),
                )
            }
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerProgressTaskBoardTaskFormat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.plannerProgressTaskBoardTaskFormat",
                    ),
                )
            }
            #[cfg(msgraph_beta_planner_or_search)]
            Self::PlannerRoster(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.plannerRoster"),
                )
            }
            #[cfg(msgraph_beta_planner_or_search)]
            Self::PlannerRosterMember(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.plannerRosterMember"),
                )
            }
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerTask(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.plannerTask"),
                )
            }
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerTaskDetails(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.plannerTaskDetails"),
                )
            }
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerUser(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.plannerUser"),
                )
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::PlayPromptOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.playPromptOperation"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::PolicyBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.policyBase"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::PolicySet(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.policySet"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::PolicySetAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.policySetAssignment"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::PolicySetItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.policySetItem"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::Post(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.post"),
                )
            }
            #[cfg(msgraph_beta_core_or_communications)]
            Self::Presence(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.presence"),
                )
            }
            #[cfg(msgraph_beta_search)]
            Self::Presentation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.presentation"),
                )
            }
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintConnector(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.printConnector"),
                )
            }
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintDocument(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.printDocument"),
                )
            }
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintJob(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.printJob"),
                )
            }
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.printOperation"),
                )
            }
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintService(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.printService"),
                )
            }
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintServiceEndpoint(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.printServiceEndpoint"),
                )
            }
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintTask(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.printTask"),
                )
            }
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintTaskDefinition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.printTaskDefinition"),
                )
            }
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintTaskTrigger(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.printTaskTrigger"),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::PrintUsage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.printUsage"),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::PrintUsageByPrinter(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.printUsageByPrinter"),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::PrintUsageByUser(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.printUsageByUser"),
                )
            }
            #[cfg(msgraph_beta_print_or_search)]
            Self::Printer(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.printer"),
                )
            }
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrinterBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.printerBase"),
                )
            }
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrinterCreateOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.printerCreateOperation",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrinterShare(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.printerShare"),
                )
            }
            #[cfg(msgraph_beta_privileged_access_or_search)]
            Self::PrivilegedAccess(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.privilegedAccess"),
                )
            }
            #[cfg(msgraph_beta_privileged_approval_or_search)]
            Self::PrivilegedApproval(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.privilegedApproval"),
                )
            }
            #[cfg(msgraph_beta_privileged_operation_events_or_search)]
            Self::PrivilegedOperationEvent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.privilegedOperationEvent",
                    ),
                )
            }
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRole(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.privilegedRole"),
                )
            }
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRoleAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.privilegedRoleAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_privileged_role_assignment_requests_or_search)]
            Self::PrivilegedRoleAssignmentRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.privilegedRoleAssignmentRequest",
                    ),
                )
            }
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRoleSettings(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.privilegedRoleSettings",
                    ),
                )
            }
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRoleSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.privilegedRoleSummary"),
                )
            }
            #[cfg(msgraph_beta_privileged_signup_status_or_search)]
            Self::PrivilegedSignupStatus(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.privilegedSignupStatus",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::Profile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.profile"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::ProfileCardProperty(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.profileCardProperty"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::ProfilePhoto(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.profilePhoto"),
                )
            }
            #[cfg(msgraph_beta_program_controls_or_programs_or_search)]
            Self::Program(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.program"),
                )
            }
            #[cfg(msgraph_beta_program_controls_or_programs_or_search)]
            Self::ProgramControl(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.programControl"),
                )
            }
            #[cfg(msgraph_beta_program_control_types_or_search)]
            Self::ProgramControlType(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.programControlType"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::ProjectParticipation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.projectParticipation"),
                )
            }
            #[cfg(msgraph_beta_search_or_security)]
            Self::ProviderTenantSetting(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.providerTenantSetting"),
                )
            }
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::ProvisioningObjectSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.provisioningObjectSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::PublishedResource(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.publishedResource"),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PurchaseInvoice(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.purchaseInvoice"),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PurchaseInvoiceLine(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.purchaseInvoiceLine"),
                )
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::RbacApplication(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.rbacApplication"),
                )
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::RbacApplicationMultiple(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.rbacApplicationMultiple",
                    ),
                )
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::RecordOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.recordOperation"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::ReferenceAttachment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.referenceAttachment"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::RegionalAndLanguageSettings(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.regionalAndLanguageSettings",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::RelyingPartyDetailedSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.relyingPartyDetailedSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RemoteActionAudit(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.remoteActionAudit"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RemoteAssistancePartner(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.remoteAssistancePartner",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::ReportRoot(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.reportRoot"),
                )
            }
            #[cfg(msgraph_beta_core_or_role_management)]
            Self::Request(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.request"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ResourceOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.resourceOperation"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::ResourceSpecificPermissionGrant(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.resourceSpecificPermissionGrant",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RestrictedAppsViolation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.restrictedAppsViolation",
                    ),
                )
            }
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::RestrictedSignIn(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.restrictedSignIn"),
                )
            }
            #[cfg(msgraph_beta_identity_protection_or_risk_detections_or_search)]
            Self::RiskDetection(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.riskDetection"),
                )
            }
            #[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
            Self::RiskyUser(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.riskyUser"),
                )
            }
            #[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
            Self::RiskyUserHistoryItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.riskyUserHistoryItem"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.roleAssignment"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleDefinition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.roleDefinition"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleScopeTag(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.roleScopeTag"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleScopeTagAutoAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.roleScopeTagAutoAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_places_or_search)]
            Self::Room(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.room"),
                )
            }
            #[cfg(msgraph_beta_places_or_search)]
            Self::RoomList(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.roomList"),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesCreditMemo(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.salesCreditMemo"),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesCreditMemoLine(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.salesCreditMemoLine"),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesInvoice(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.salesInvoice"),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesInvoiceLine(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.salesInvoiceLine"),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesOrder(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.salesOrder"),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesOrderLine(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.salesOrderLine"),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesQuote(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.salesQuote"),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesQuoteLine(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.salesQuoteLine"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::Schedule(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.schedule"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::ScheduleChangeRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.scheduleChangeRequest"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::SchedulingGroup(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.schedulingGroup"),
                )
            }
            #[cfg(msgraph_beta_search)]
            Self::Schema(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.schema"),
                )
            }
            #[cfg(msgraph_beta_schema_extensions_or_search)]
            Self::SchemaExtension(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.schemaExtension"),
                )
            }
            #[cfg(msgraph_beta_core_or_scoped_role_memberships)]
            Self::ScopedRoleMembership(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.scopedRoleMembership"),
                )
            }
            #[cfg(msgraph_beta_search)]
            Self::SearchEntity(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.searchEntity"),
                )
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SectionGroup(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.sectionGroup"),
                )
            }
            #[cfg(msgraph_beta_search_or_security)]
            Self::SecureScore(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.secureScore"),
                )
            }
            #[cfg(msgraph_beta_search_or_security)]
            Self::SecureScoreControlProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.secureScoreControlProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_search_or_security)]
            Self::SecurityAction(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.securityAction"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineCategoryStateSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.securityBaselineCategoryStateSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineDeviceState(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.securityBaselineDeviceState",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::SecurityBaselineSettingState(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.securityBaselineSettingState",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::SecurityBaselineState(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.securityBaselineState"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineStateSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.securityBaselineStateSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineTemplate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.securityBaselineTemplate",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::SecurityConfigurationTask(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.securityConfigurationTask",
                    ),
                )
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::SensitiveType(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.sensitiveType"),
                )
            }
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::SensitivityLabel(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.sensitivityLabel"),
                )
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::SensitivityPolicySettings(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.sensitivityPolicySettings",
                    ),
                )
            }
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceAnnouncement(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.serviceAnnouncement"),
                )
            }
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceAnnouncementBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.serviceAnnouncementBase",
                    ),
                )
            }
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceHealth(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.serviceHealth"),
                )
            }
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceHealthIssue(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.serviceHealthIssue"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::ServicePrincipal(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.servicePrincipal"),
                )
            }
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceUpdateMessage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.serviceUpdateMessage"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SettingStateDeviceSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.settingStateDeviceSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointActivityPages(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.sharePointActivityPages",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointActivityUserCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.sharePointActivityUserCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointActivityUserDetail(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.sharePointActivityUserDetail",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsageDetail(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.sharePointSiteUsageDetail",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsageFileCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.sharePointSiteUsageFileCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsagePages(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.sharePointSiteUsagePages",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsageSiteCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.sharePointSiteUsageSiteCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.sharedDriveItem"),
                )
            }
            #[cfg(msgraph_beta_directory_or_search)]
            Self::SharedEmailDomain(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.sharedEmailDomain"),
                )
            }
            #[cfg(msgraph_beta_domains_or_search)]
            Self::SharedEmailDomainInvitation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.sharedEmailDomainInvitation",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::SharedInsight(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.sharedInsight"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SharedPcConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.sharedPCConfiguration"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::Shift(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.shift"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::ShiftPreferences(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.shiftPreferences"),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::ShipmentMethod(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.shipmentMethod"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::SideLoadingKey(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.sideLoadingKey"),
                )
            }
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::SignIn(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.signIn"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::SingleValueLegacyExtendedProperty(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.singleValueLegacyExtendedProperty",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.site"),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SiteActivitySummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.siteActivitySummary"),
                )
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.sitePage"),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SiteUsageStorage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.siteUsageStorage"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::SkillProficiency(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.skillProficiency"),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessActivityCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.skypeForBusinessActivityCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessActivityUserCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.skypeForBusinessActivityUserCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessActivityUserDetail(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.skypeForBusinessActivityUserDetail",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessDeviceUsageDistributionUserCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.skypeForBusinessDeviceUsageDistributionUserCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessDeviceUsageUserCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.skypeForBusinessDeviceUsageUserCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessDeviceUsageUserDetail(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.skypeForBusinessDeviceUsageUserDetail",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessOrganizerActivityCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.skypeForBusinessOrganizerActivityCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessOrganizerActivityMinuteCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.skypeForBusinessOrganizerActivityMinuteCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessOrganizerActivityUserCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.skypeForBusinessOrganizerActivityUserCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessParticipantActivityCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.skypeForBusinessParticipantActivityCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessParticipantActivityMinuteCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.skypeForBusinessParticipantActivityMinuteCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessParticipantActivityUserCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.skypeForBusinessParticipantActivityUserCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessPeerToPeerActivityCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.skypeForBusinessPeerToPeerActivityCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessPeerToPeerActivityMinuteCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.skypeForBusinessPeerToPeerActivityMinuteCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessPeerToPeerActivityUserCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.skypeForBusinessPeerToPeerActivityUserCounts",
                    ),
                )
            }
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.smsAuthenticationMethodConfiguration",
                    ),
                )
            }
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodTarget(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.smsAuthenticationMethodTarget",
                    ),
                )
            }
            #[cfg(msgraph_beta_identity_or_search)]
            Self::SocialIdentityProvider(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.socialIdentityProvider",
                    ),
                )
            }
            #[cfg(msgraph_beta_search)]
            Self::SoftwareUpdateStatusSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.softwareUpdateStatusSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::StsPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.stsPolicy"),
                )
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::SubscribeToToneOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.subscribeToToneOperation",
                    ),
                )
            }
            #[cfg(msgraph_beta_search_or_subscribed_skus)]
            Self::SubscribedSku(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.subscribedSku"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_3_more)]
            Self::Subscription(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.subscription"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::SwapShiftsChangeRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.swapShiftsChangeRequest",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::SymantecCodeSigningCertificate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.symantecCodeSigningCertificate",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::Synchronization(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.synchronization"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::SynchronizationJob(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.synchronizationJob"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::SynchronizationSchema(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.synchronizationSchema"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::SynchronizationTemplate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.synchronizationTemplate",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::TargetedManagedAppConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.targetedManagedAppConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::TargetedManagedAppConfigurationPolicySetItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.targetedManagedAppConfigurationPolicySetItem",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::TargetedManagedAppPolicyAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.targetedManagedAppPolicyAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::TargetedManagedAppProtection(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.targetedManagedAppProtection",
                    ),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::TaxArea(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.taxArea"),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::TaxGroup(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.taxGroup"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::Team(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.team"),
                )
            }
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamsApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.teamsApp"),
                )
            }
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamsAppDefinition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.teamsAppDefinition"),
                )
            }
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamsAppIcon(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.teamsAppIcon"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::TeamsAppInstallation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.teamsAppInstallation"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::TeamsAsyncOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.teamsAsyncOperation"),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsDeviceUsageDistributionUserCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.teamsDeviceUsageDistributionUserCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsDeviceUsageUserCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.teamsDeviceUsageUserCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsDeviceUsageUserDetail(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.teamsDeviceUsageUserDetail",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::TeamsTab(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.teamsTab"),
                )
            }
            #[cfg(msgraph_beta_search_or_teams_templates)]
            Self::TeamsTemplate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.teamsTemplate"),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.teamsUserActivityCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityDistributionUserCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.teamsUserActivityDistributionUserCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityUserCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.teamsUserActivityUserCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityUserDetail(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.teamsUserActivityUserDetail",
                    ),
                )
            }
            #[cfg(msgraph_beta_search_or_teamwork)]
            Self::Teamwork(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.teamwork"),
                )
            }
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamworkBot(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.teamworkBot"),
                )
            }
            #[cfg(msgraph_beta_core_or_app_catalogs)]
            Self::TeamworkHostedContent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.teamworkHostedContent"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::TeamworkTag(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.teamworkTag"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::TeamworkTagMember(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.teamworkTagMember"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TelecomExpenseManagementPartner(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.telecomExpenseManagementPartner",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::TemporaryAccessPassAuthenticationMethod(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.temporaryAccessPassAuthenticationMethod",
                    ),
                )
            }
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_privileged_signup_status_or_search)]
            Self::TenantSetupInfo(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.tenantSetupInfo"),
                )
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::TermStoreGroup(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.termStore.group"),
                )
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Relation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.termStore.relation"),
                )
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Set(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.termStore.set"),
                )
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Store(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.termStore.store"),
                )
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Term(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.termStore.term"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditions(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.termsAndConditions"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditionsAcceptanceStatus(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.termsAndConditionsAcceptanceStatus",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditionsAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.termsAndConditionsAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditionsGroupAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.termsAndConditionsGroupAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::TermsOfUseContainer(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.termsOfUseContainer"),
                )
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::TextClassificationRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.textClassificationRequest",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::ThreatAssessmentRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.threatAssessmentRequest",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::ThreatAssessmentResult(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.threatAssessmentResult",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ThumbnailSet(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.thumbnailSet"),
                )
            }
            #[cfg(msgraph_beta_search_or_security)]
            Self::TiIndicator(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.tiIndicator"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::TimeCard(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.timeCard"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::TimeOff(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.timeOff"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::TimeOffReason(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.timeOffReason"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::TimeOffRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.timeOffRequest"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::Todo(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.todo"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::TodoTask(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.todoTask"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::TodoTaskList(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.todoTaskList"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::TokenIssuancePolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.tokenIssuancePolicy"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::TokenLifetimePolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.tokenLifetimePolicy"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::Trending(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.trending"),
                )
            }
            #[cfg(msgraph_beta_search_or_trust_framework)]
            Self::TrustFrameworkKeySet(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.trustFrameworkKeySet"),
                )
            }
            #[cfg(msgraph_beta_search_or_trust_framework)]
            Self::TrustFrameworkPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.trustFrameworkPolicy"),
                )
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRbacResourceAction(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRbacResourceAction",
                    ),
                )
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRbacResourceNamespace(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRbacResourceNamespace",
                    ),
                )
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRbacResourceScope(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRbacResourceScope",
                    ),
                )
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.unifiedRoleAssignment"),
                )
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentMultiple(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleAssignmentMultiple",
                    ),
                )
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentSchedule(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleAssignmentSchedule",
                    ),
                )
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleInstance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleAssignmentScheduleInstance",
                    ),
                )
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleAssignmentScheduleRequest",
                    ),
                )
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleDefinition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.unifiedRoleDefinition"),
                )
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilitySchedule(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleEligibilitySchedule",
                    ),
                )
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleInstance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleEligibilityScheduleInstance",
                    ),
                )
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleEligibilityScheduleRequest",
                    ),
                )
            }
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleManagementPolicy",
                    ),
                )
            }
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyApprovalRule(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleManagementPolicyApprovalRule",
                    ),
                )
            }
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleManagementPolicyAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAuthenticationContextRule(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleManagementPolicyAuthenticationContextRule",
                    ),
                )
            }
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyEnablementRule(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleManagementPolicyEnablementRule",
                    ),
                )
            }
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyExpirationRule(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleManagementPolicyExpirationRule",
                    ),
                )
            }
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyNotificationRule(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleManagementPolicyNotificationRule",
                    ),
                )
            }
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyRule(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleManagementPolicyRule",
                    ),
                )
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleScheduleBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleScheduleBase",
                    ),
                )
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleScheduleInstanceBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleScheduleInstanceBase",
                    ),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::UnitOfMeasure(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.unitOfMeasure"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::UnmanagedDeviceDiscoveryTask(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unmanagedDeviceDiscoveryTask",
                    ),
                )
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::UnmuteParticipantOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unmuteParticipantOperation",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UnsupportedDeviceConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unsupportedDeviceConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UnsupportedGroupPolicyExtension(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unsupportedGroupPolicyExtension",
                    ),
                )
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::UpdateRecordingStatusOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.updateRecordingStatusOperation",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::UrlAssessmentRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.urlAssessmentRequest"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::UsageRight(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.usageRight"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::UsedInsight(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.usedInsight"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::User(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.user"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::UserAccountInformation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userAccountInformation",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::UserActivity(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.userActivity"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::UserAnalytics(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.userAnalytics"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::UserAppInstallStatus(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.userAppInstallStatus"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::UserConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.userConfiguration"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::UserConsentRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.userConsentRequest"),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::UserCredentialUsageDetails(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userCredentialUsageDetails",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersion(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersion",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByOSVersion",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthApplicationPerformance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsAppHealthApplicationPerformance",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDeviceModelPerformance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsAppHealthDeviceModelPerformance",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformance",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformanceDetails(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformanceDetails",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthOsVersionPerformance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsAppHealthOSVersionPerformance",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsBaseline(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsBaseline",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsCategory(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsCategory",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDevicePerformance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsDevicePerformance",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceScores(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsDeviceScores",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupHistory(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsDeviceStartupHistory",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcess(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsDeviceStartupProcess",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcessPerformance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsDeviceStartupProcessPerformance",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceWithoutCloudIdentity(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsDeviceWithoutCloudIdentity",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsImpactingProcess(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsImpactingProcess",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsMetric(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsMetric",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsMetricHistory(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsMetricHistory",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsNotAutopilotReadyDevice(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsNotAutopilotReadyDevice",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsOverview(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsOverview",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsRegressionSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsRegressionSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsRemoteConnection(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsRemoteConnection",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsResourcePerformance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsResourcePerformance",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsScoreHistory(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsScoreHistory",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereDevice(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevice",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereMetric(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsWorkFromAnywhereMetric",
                    ),
                )
            }
            #[cfg(msgraph_beta_identity_or_search)]
            Self::UserFlowLanguageConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userFlowLanguageConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_identity_or_search)]
            Self::UserFlowLanguagePage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.userFlowLanguagePage"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::UserInsightsSettings(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.userInsightsSettings"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::UserInstallStateSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userInstallStateSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserPfxCertificate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.userPFXCertificate"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::UserScopeTeamsAppInstallation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userScopeTeamsAppInstallation",
                    ),
                )
            }
            #[cfg(msgraph_beta_search_or_security)]
            Self::UserSecurityProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.userSecurityProfile"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::UserSettings(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.userSettings"),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::UserTeamwork(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.userTeamwork"),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Vendor(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.vendor"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::VirtualEndpoint(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.virtualEndpoint"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::VpnConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.vpnConfiguration"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::VppToken(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.vppToken"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::VulnerableManagedDevice(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.vulnerableManagedDevice",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::WebAccount(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.webAccount"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WebApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.webApp"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::Win32LobApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.win32LobApp"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10CertificateProfileBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows10CertificateProfileBase",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10CompliancePolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows10CompliancePolicy",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10CustomConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows10CustomConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows10DeviceFirmwareConfigurationInterface",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10EasEmailProfileConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows10EasEmailProfileConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10EndpointProtectionConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows10EndpointProtectionConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows10EnrollmentCompletionPageConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows10EnrollmentCompletionPageConfigurationPolicySetItem",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows10EnterpriseModernAppManagementConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10GeneralConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows10GeneralConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10ImportedPfxCertificateProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows10ImportedPFXCertificateProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10MobileCompliancePolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows10MobileCompliancePolicy",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10NetworkBoundaryConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows10NetworkBoundaryConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10PfxImportCertificateProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows10PFXImportCertificateProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10PkcsCertificateProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows10PkcsCertificateProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10SecureAssessmentConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows10SecureAssessmentConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10TeamGeneralConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows10TeamGeneralConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10VpnConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows10VpnConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XCertificateProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows10XCertificateProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XscepCertificateProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows10XSCEPCertificateProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XTrustedRootCertificate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows10XTrustedRootCertificate",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XVpnConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows10XVpnConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XWifiConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows10XWifiConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81CertificateProfileBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows81CertificateProfileBase",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81CompliancePolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows81CompliancePolicy",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81GeneralConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows81GeneralConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81ScepCertificateProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows81SCEPCertificateProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81TrustedRootCertificate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows81TrustedRootCertificate",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81VpnConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows81VpnConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81WifiImportConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows81WifiImportConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsAppX(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.windowsAppX"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAssignedAccessProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsAssignedAccessProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotDeploymentProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsAutopilotDeploymentProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotDeploymentProfileAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsAutopilotDeploymentProfileAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsAutopilotDeploymentProfilePolicySetItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsAutopilotDeploymentProfilePolicySetItem",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotDeviceIdentity(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsAutopilotDeviceIdentity",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotSettings(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsAutopilotSettings",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsCertificateProfileBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsCertificateProfileBase",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsDefenderAdvancedThreatProtectionConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsDefenderApplicationControlSupplementalPolicy",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicyAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicyDeploymentStatus(
                v,
            ) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyDeploymentStatus",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicyDeploymentSummary(
                v,
            ) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyDeploymentSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsDeliveryOptimizationConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsDeliveryOptimizationConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::WindowsDeviceMalwareState(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsDeviceMalwareState",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsDomainJoinConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsDomainJoinConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsFeatureUpdateCatalogItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsFeatureUpdateCatalogItem",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsFeatureUpdateProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsFeatureUpdateProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsFeatureUpdateProfileAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsFeatureUpdateProfileAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsHealthMonitoringConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsHealthMonitoringConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsHelloForBusinessAuthenticationMethod",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsIdentityProtectionConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsIdentityProtectionConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::WindowsInformationProtection(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsInformationProtection",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsInformationProtectionAppLearningSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsInformationProtectionAppLearningSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::WindowsInformationProtectionAppLockerFile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsInformationProtectionAppLockerFile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsInformationProtectionDeviceRegistration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsInformationProtectionDeviceRegistration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsInformationProtectionNetworkLearningSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsInformationProtectionNetworkLearningSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::WindowsInformationProtectionPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsInformationProtectionPolicy",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsInformationProtectionWipeAction(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsInformationProtectionWipeAction",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsKioskConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsKioskConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsMalwareInformation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsMalwareInformation",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::WindowsManagedDevice(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.windowsManagedDevice"),
                )
            }
            #[cfg(msgraph_beta_search)]
            Self::WindowsManagementApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.windowsManagementApp"),
                )
            }
            #[cfg(msgraph_beta_search)]
            Self::WindowsManagementAppHealthState(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsManagementAppHealthState",
                    ),
                )
            }
            #[cfg(msgraph_beta_search)]
            Self::WindowsManagementAppHealthSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsManagementAppHealthSummary",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsMicrosoftEdgeApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsMicrosoftEdgeApp",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsMobileMsi(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.windowsMobileMSI"),
                )
            }
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::WindowsOfficeClientConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsOfficeClientConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::WindowsOfficeClientSecurityConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsOfficeClientSecurityConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhone81AppX(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.windowsPhone81AppX"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhone81AppXBundle(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsPhone81AppXBundle",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81CertificateProfileBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsPhone81CertificateProfileBase",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81CompliancePolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsPhone81CompliancePolicy",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81CustomConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsPhone81CustomConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81GeneralConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsPhone81GeneralConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsPhone81ImportedPFXCertificateProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81ScepCertificateProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsPhone81SCEPCertificateProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhone81StoreApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsPhone81StoreApp",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81TrustedRootCertificate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsPhone81TrustedRootCertificate",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81VpnConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsPhone81VpnConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsPhoneEASEmailProfileConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhoneXap(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.windowsPhoneXAP"),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPrivacyDataAccessControlItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsPrivacyDataAccessControlItem",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::WindowsProtectionState(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsProtectionState",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsQualityUpdateCatalogItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsQualityUpdateCatalogItem",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsQualityUpdateProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsQualityUpdateProfile",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsQualityUpdateProfileAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsQualityUpdateProfileAssignment",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsStoreApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.windowsStoreApp"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsUniversalAppX(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.windowsUniversalAppX"),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsUniversalAppXContainedApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsUniversalAppXContainedApp",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsUpdateCatalogItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsUpdateCatalogItem",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsUpdateForBusinessConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsUpdateForBusinessConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsUpdateState(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.windowsUpdateState"),
                )
            }
            #[cfg(msgraph_beta_admin_or_search)]
            Self::AzureAdDevice(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsUpdates.azureADDevice",
                    ),
                )
            }
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Catalog(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsUpdates.catalog",
                    ),
                )
            }
            #[cfg(msgraph_beta_admin_or_search)]
            Self::CatalogEntry(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsUpdates.catalogEntry",
                    ),
                )
            }
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Deployment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsUpdates.deployment",
                    ),
                )
            }
            #[cfg(msgraph_beta_admin_or_search)]
            Self::DeploymentAudience(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsUpdates.deploymentAudience",
                    ),
                )
            }
            #[cfg(msgraph_beta_admin_or_search)]
            Self::FeatureUpdateCatalogEntry(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsUpdates.featureUpdateCatalogEntry",
                    ),
                )
            }
            #[cfg(msgraph_beta_admin_or_search)]
            Self::QualityUpdateCatalogEntry(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsUpdates.qualityUpdateCatalogEntry",
                    ),
                )
            }
            #[cfg(msgraph_beta_admin_or_search)]
            Self::SoftwareUpdateCatalogEntry(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsUpdates.softwareUpdateCatalogEntry",
                    ),
                )
            }
            #[cfg(msgraph_beta_admin_or_search)]
            Self::UpdatableAsset(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsUpdates.updatableAsset",
                    ),
                )
            }
            #[cfg(msgraph_beta_admin_or_search)]
            Self::UpdatableAssetGroup(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsUpdates.updatableAssetGroup",
                    ),
                )
            }
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Updates(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsUpdates.updates",
                    ),
                )
            }
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Windows(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsUpdates.windows",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsVpnConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsVpnConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsWifiConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsWifiConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsWifiEnterpriseEapConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsWifiEnterpriseEAPConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_beta_core)]
            Self::WorkPosition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workPosition"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::Workbook(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbook"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookApplication(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookApplication"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChart(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookChart"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAreaFormat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.workbookChartAreaFormat",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxes(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookChartAxes"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxis(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookChartAxis"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxisFormat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.workbookChartAxisFormat",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxisTitle(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.workbookChartAxisTitle",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxisTitleFormat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.workbookChartAxisTitleFormat",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartDataLabelFormat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.workbookChartDataLabelFormat",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartDataLabels(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.workbookChartDataLabels",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartFill(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookChartFill"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartFont(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookChartFont"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartGridlines(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.workbookChartGridlines",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartGridlinesFormat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.workbookChartGridlinesFormat",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartLegend(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookChartLegend"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartLegendFormat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.workbookChartLegendFormat",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartLineFormat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.workbookChartLineFormat",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartPoint(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookChartPoint"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartPointFormat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.workbookChartPointFormat",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartSeries(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookChartSeries"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartSeriesFormat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.workbookChartSeriesFormat",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartTitle(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookChartTitle"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartTitleFormat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.workbookChartTitleFormat",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookComment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookComment"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookCommentReply(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookCommentReply"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFilter(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookFilter"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFormatProtection(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.workbookFormatProtection",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFunctionResult(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.workbookFunctionResult",
                    ),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFunctions(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookFunctions"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookNamedItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookNamedItem"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookOperation"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookPivotTable(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookPivotTable"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRange(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookRange"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeBorder(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookRangeBorder"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeFill(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookRangeFill"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeFont(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookRangeFont"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeFormat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookRangeFormat"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeSort(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookRangeSort"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeView(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookRangeView"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTable(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookTable"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTableColumn(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookTableColumn"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTableRow(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookTableRow"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTableSort(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookTableSort"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookWorksheet(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookWorksheet"),
                )
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookWorksheetProtection(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.workbookWorksheetProtection",
                    ),
                )
            }
            #[cfg(msgraph_beta_search_or_teamwork)]
            Self::WorkforceIntegration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workforceIntegration"),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerActivitySummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.yammerActivitySummary"),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerActivityUserDetail(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.yammerActivityUserDetail",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerDeviceUsageDistributionUserCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.yammerDeviceUsageDistributionUserCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerDeviceUsageUserCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.yammerDeviceUsageUserCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerDeviceUsageUserDetail(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.yammerDeviceUsageUserDetail",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerGroupsActivityCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.yammerGroupsActivityCounts",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerGroupsActivityDetail(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.yammerGroupsActivityDetail",
                    ),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerGroupsActivityGroupCounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.yammerGroupsActivityGroupCounts",
                    ),
                )
            }
        }
    }
}
