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
        let mut v = match tag {
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.aadUserConversationMember") => {
                Self::AadUserConversationMember(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessPackage") => {
                Self::AccessPackage(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessPackageAssignment") => {
                Self::AccessPackageAssignment(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageAssignmentPolicy",
            ) => Self::AccessPackageAssignmentPolicy(rt::object::new_boxed()),
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageAssignmentRequest",
            ) => Self::AccessPackageAssignmentRequest(rt::object::new_boxed()),
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageAssignmentResourceRole",
            ) => Self::AccessPackageAssignmentResourceRole(rt::object::new_boxed()),
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessPackageCatalog") => {
                Self::AccessPackageCatalog(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessPackageResource") => {
                Self::AccessPackageResource(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageResourceEnvironment",
            ) => Self::AccessPackageResourceEnvironment(rt::object::new_boxed()),
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageResourceRequest",
            ) => Self::AccessPackageResourceRequest(rt::object::new_boxed()),
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessPackageResourceRole") => {
                Self::AccessPackageResourceRole(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageResourceRoleScope",
            ) => Self::AccessPackageResourceRoleScope(rt::object::new_boxed()),
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessPackageResourceScope") => {
                Self::AccessPackageResourceScope(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessPackageSubject") => {
                Self::AccessPackageSubject(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_access_reviews_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessReview") => {
                Self::AccessReview(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_access_review_decisions_or_access_reviews_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessReviewDecision") => {
                Self::AccessReviewDecision(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessReviewHistoryDefinition",
            ) => Self::AccessReviewHistoryDefinition(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.accessReviewInstance") => {
                Self::AccessReviewInstance(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.accessReviewInstanceDecisionItem",
            ) => Self::AccessReviewInstanceDecisionItem(rt::object::new_boxed()),
            #[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessReviewPolicy") => {
                Self::AccessReviewPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_access_reviews_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessReviewReviewer") => {
                Self::AccessReviewReviewer(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessReviewScheduleDefinition",
            ) => Self::AccessReviewScheduleDefinition(rt::object::new_boxed()),
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessReviewSet") => {
                Self::AccessReviewSet(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.account") => {
                Self::Account(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.activeDirectoryWindowsAutopilotDeploymentProfile",
            ) => {
                Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.activityBasedTimeoutPolicy") => {
                Self::ActivityBasedTimeoutPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.activityHistoryItem") => {
                Self::ActivityHistoryItem(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            ::std::option::Option::Some("microsoft.graph.activityStatistics") => {
                Self::ActivityStatistics(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_policies_or_search)]
            ::std::option::Option::Some("microsoft.graph.adminConsentRequestPolicy") => {
                Self::AdminConsentRequestPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.administrativeUnit") => {
                Self::AdministrativeUnit(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.advancedThreatProtectionOnboardingDeviceSettingState",
            ) => {
                Self::AdvancedThreatProtectionOnboardingDeviceSettingState(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.advancedThreatProtectionOnboardingStateSummary",
            ) => {
                Self::AdvancedThreatProtectionOnboardingStateSummary(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.agedAccountsPayable") => {
                Self::AgedAccountsPayable(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.agedAccountsReceivable") => {
                Self::AgedAccountsReceivable(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.agreement") => {
                Self::Agreement(rt::object::new_boxed())
            }
            #[cfg(
                msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search
            )]
            ::std::option::Option::Some("microsoft.graph.agreementAcceptance") => {
                Self::AgreementAcceptance(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.agreementFile") => {
                Self::AgreementFile(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.agreementFileLocalization") => {
                Self::AgreementFileLocalization(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.agreementFileProperties") => {
                Self::AgreementFileProperties(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.agreementFileVersion") => {
                Self::AgreementFileVersion(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.alert") => {
                Self::Alert(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_allowed_data_locations_or_search)]
            ::std::option::Option::Some("microsoft.graph.allowedDataLocation") => {
                Self::AllowedDataLocation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidCertificateProfileBase",
            ) => Self::AndroidCertificateProfileBase(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.androidCompliancePolicy") => {
                Self::AndroidCompliancePolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.androidCustomConfiguration") => {
                Self::AndroidCustomConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceComplianceLocalActionBase",
            ) => Self::AndroidDeviceComplianceLocalActionBase(rt::object::new_boxed()),
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceComplianceLocalActionLockDevice",
            ) => {
                Self::AndroidDeviceComplianceLocalActionLockDevice(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceComplianceLocalActionLockDeviceWithPasscode",
            ) => {
                Self::AndroidDeviceComplianceLocalActionLockDeviceWithPasscode(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerCertificateProfileBase",
            ) => Self::AndroidDeviceOwnerCertificateProfileBase(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerCompliancePolicy",
            ) => Self::AndroidDeviceOwnerCompliancePolicy(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerDerivedCredentialAuthenticationConfiguration",
            ) => {
                Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerEnrollmentProfile",
            ) => Self::AndroidDeviceOwnerEnrollmentProfile(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerEnterpriseWiFiConfiguration",
            ) => {
                Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerGeneralDeviceConfiguration",
            ) => {
                Self::AndroidDeviceOwnerGeneralDeviceConfiguration(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerImportedPFXCertificateProfile",
            ) => {
                Self::AndroidDeviceOwnerImportedPfxCertificateProfile(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerPkcsCertificateProfile",
            ) => Self::AndroidDeviceOwnerPkcsCertificateProfile(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerScepCertificateProfile",
            ) => Self::AndroidDeviceOwnerScepCertificateProfile(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerTrustedRootCertificate",
            ) => Self::AndroidDeviceOwnerTrustedRootCertificate(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerVpnConfiguration",
            ) => Self::AndroidDeviceOwnerVpnConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidDeviceOwnerWiFiConfiguration",
            ) => Self::AndroidDeviceOwnerWiFiConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidEasEmailProfileConfiguration",
            ) => Self::AndroidEasEmailProfileConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidEnterpriseWiFiConfiguration",
            ) => Self::AndroidEnterpriseWiFiConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.androidForWorkApp") => {
                Self::AndroidForWorkApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkAppConfigurationSchema",
            ) => Self::AndroidForWorkAppConfigurationSchema(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkCertificateProfileBase",
            ) => Self::AndroidForWorkCertificateProfileBase(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkCompliancePolicy",
            ) => Self::AndroidForWorkCompliancePolicy(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkCustomConfiguration",
            ) => Self::AndroidForWorkCustomConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkEasEmailProfileBase",
            ) => Self::AndroidForWorkEasEmailProfileBase(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkEnrollmentProfile",
            ) => Self::AndroidForWorkEnrollmentProfile(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkEnterpriseWiFiConfiguration",
            ) => Self::AndroidForWorkEnterpriseWiFiConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkGeneralDeviceConfiguration",
            ) => Self::AndroidForWorkGeneralDeviceConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkGmailEasConfiguration",
            ) => Self::AndroidForWorkGmailEasConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkImportedPFXCertificateProfile",
            ) => {
                Self::AndroidForWorkImportedPfxCertificateProfile(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkMobileAppConfiguration",
            ) => Self::AndroidForWorkMobileAppConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkNineWorkEasConfiguration",
            ) => Self::AndroidForWorkNineWorkEasConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkPkcsCertificateProfile",
            ) => Self::AndroidForWorkPkcsCertificateProfile(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkScepCertificateProfile",
            ) => Self::AndroidForWorkScepCertificateProfile(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.androidForWorkSettings") => {
                Self::AndroidForWorkSettings(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkTrustedRootCertificate",
            ) => Self::AndroidForWorkTrustedRootCertificate(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkVpnConfiguration",
            ) => Self::AndroidForWorkVpnConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidForWorkWiFiConfiguration",
            ) => Self::AndroidForWorkWiFiConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidGeneralDeviceConfiguration",
            ) => Self::AndroidGeneralDeviceConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidImportedPFXCertificateProfile",
            ) => Self::AndroidImportedPfxCertificateProfile(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.androidLobApp") => {
                Self::AndroidLobApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.androidManagedAppProtection",
            ) => Self::AndroidManagedAppProtection(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidManagedAppRegistration",
            ) => Self::AndroidManagedAppRegistration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidManagedStoreAccountEnterpriseSettings",
            ) => {
                Self::AndroidManagedStoreAccountEnterpriseSettings(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.androidManagedStoreApp") => {
                Self::AndroidManagedStoreApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidManagedStoreAppConfiguration",
            ) => Self::AndroidManagedStoreAppConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidManagedStoreAppConfigurationSchema",
            ) => Self::AndroidManagedStoreAppConfigurationSchema(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.androidManagedStoreWebApp") => {
                Self::AndroidManagedStoreWebApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.androidOmaCpConfiguration") => {
                Self::AndroidOmaCpConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidPkcsCertificateProfile",
            ) => Self::AndroidPkcsCertificateProfile(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidScepCertificateProfile",
            ) => Self::AndroidScepCertificateProfile(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.androidStoreApp") => {
                Self::AndroidStoreApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidTrustedRootCertificate",
            ) => Self::AndroidTrustedRootCertificate(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.androidVpnConfiguration") => {
                Self::AndroidVpnConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.androidWiFiConfiguration") => {
                Self::AndroidWiFiConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileCertificateProfileBase",
            ) => Self::AndroidWorkProfileCertificateProfileBase(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileCompliancePolicy",
            ) => Self::AndroidWorkProfileCompliancePolicy(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileCustomConfiguration",
            ) => Self::AndroidWorkProfileCustomConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileEasEmailProfileBase",
            ) => Self::AndroidWorkProfileEasEmailProfileBase(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileEnterpriseWiFiConfiguration",
            ) => {
                Self::AndroidWorkProfileEnterpriseWiFiConfiguration(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileGeneralDeviceConfiguration",
            ) => {
                Self::AndroidWorkProfileGeneralDeviceConfiguration(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileGmailEasConfiguration",
            ) => Self::AndroidWorkProfileGmailEasConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileNineWorkEasConfiguration",
            ) => {
                Self::AndroidWorkProfileNineWorkEasConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfilePkcsCertificateProfile",
            ) => Self::AndroidWorkProfilePkcsCertificateProfile(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileScepCertificateProfile",
            ) => Self::AndroidWorkProfileScepCertificateProfile(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileTrustedRootCertificate",
            ) => Self::AndroidWorkProfileTrustedRootCertificate(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileVpnConfiguration",
            ) => Self::AndroidWorkProfileVpnConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileWiFiConfiguration",
            ) => Self::AndroidWorkProfileWiFiConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.aospDeviceOwnerCompliancePolicy",
            ) => Self::AospDeviceOwnerCompliancePolicy(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.aospDeviceOwnerDeviceConfiguration",
            ) => Self::AospDeviceOwnerDeviceConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.appConsentApprovalRoute") => {
                Self::AppConsentApprovalRoute(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.appConsentRequest") => {
                Self::AppConsentRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.appLogCollectionRequest") => {
                Self::AppLogCollectionRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_app_role_assignments)]
            ::std::option::Option::Some("microsoft.graph.appRoleAssignment") => {
                Self::AppRoleAssignment(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.appScope") => {
                Self::AppScope(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.appVulnerabilityManagedDevice",
            ) => Self::AppVulnerabilityManagedDevice(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.appVulnerabilityMobileApp") => {
                Self::AppVulnerabilityMobileApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.appVulnerabilityTask") => {
                Self::AppVulnerabilityTask(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.appleDeviceFeaturesConfigurationBase",
            ) => Self::AppleDeviceFeaturesConfigurationBase(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.appleEnrollmentProfileAssignment",
            ) => Self::AppleEnrollmentProfileAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.appleExpeditedCheckinConfigurationBase",
            ) => Self::AppleExpeditedCheckinConfigurationBase(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.applePushNotificationCertificate",
            ) => Self::ApplePushNotificationCertificate(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.appleUserInitiatedEnrollmentProfile",
            ) => Self::AppleUserInitiatedEnrollmentProfile(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.appleVpnConfiguration") => {
                Self::AppleVpnConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.appleVppTokenTroubleshootingEvent",
            ) => Self::AppleVppTokenTroubleshootingEvent(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.application") => {
                Self::Application(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.applicationSignInDetailedSummary",
            ) => Self::ApplicationSignInDetailedSummary(rt::object::new_boxed()),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.applicationSignInSummary") => {
                Self::ApplicationSignInSummary(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_application_templates_or_search)]
            ::std::option::Option::Some("microsoft.graph.applicationTemplate") => {
                Self::ApplicationTemplate(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_role_management)]
            ::std::option::Option::Some("microsoft.graph.approval") => {
                Self::Approval(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_role_management)]
            ::std::option::Option::Some("microsoft.graph.approvalStep") => {
                Self::ApprovalStep(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
            ::std::option::Option::Some("microsoft.graph.approvalWorkflowProvider") => {
                Self::ApprovalWorkflowProvider(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.assignmentFilterEvaluationStatusDetails",
            ) => Self::AssignmentFilterEvaluationStatusDetails(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.attachment") => {
                Self::Attachment(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_functions)]
            ::std::option::Option::Some(
                "microsoft.graph.attributeMappingFunctionSchema",
            ) => Self::AttributeMappingFunctionSchema(rt::object::new_boxed()),
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.audioRoutingGroup") => {
                Self::AudioRoutingGroup(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.auditEvent") => {
                Self::AuditEvent(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.authentication") => {
                Self::Authentication(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.authenticationContextClassReference",
            ) => Self::AuthenticationContextClassReference(rt::object::new_boxed()),
            #[cfg(msgraph_beta_policies_or_search)]
            ::std::option::Option::Some("microsoft.graph.authenticationFlowsPolicy") => {
                Self::AuthenticationFlowsPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.authenticationMethod") => {
                Self::AuthenticationMethod(rt::object::new_boxed())
            }
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.authenticationMethodConfiguration",
            ) => Self::AuthenticationMethodConfiguration(rt::object::new_boxed()),
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some("microsoft.graph.authenticationMethodTarget") => {
                Self::AuthenticationMethodTarget(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.authenticationMethodsPolicy",
            ) => Self::AuthenticationMethodsPolicy(rt::object::new_boxed()),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.authenticationMethodsRoot") => {
                Self::AuthenticationMethodsRoot(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.authorizationPolicy") => {
                Self::AuthorizationPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.azureADFeatureUsage") => {
                Self::AzureAdFeatureUsage(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.azureADLicenseUsage") => {
                Self::AzureAdLicenseUsage(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.azureADUserFeatureUsage") => {
                Self::AzureAdUserFeatureUsage(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.azureADWindowsAutopilotDeploymentProfile",
            ) => Self::AzureAdWindowsAutopilotDeploymentProfile(rt::object::new_boxed()),
            #[cfg(msgraph_beta_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.b2cAuthenticationMethodsPolicy",
            ) => Self::B2cAuthenticationMethodsPolicy(rt::object::new_boxed()),
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.b2cIdentityUserFlow") => {
                Self::B2cIdentityUserFlow(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.b2xIdentityUserFlow") => {
                Self::B2xIdentityUserFlow(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.baseItem") => {
                Self::BaseItem(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.baseItemVersion") => {
                Self::BaseItemVersion(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            ::std::option::Option::Some("microsoft.graph.bitlocker") => {
                Self::Bitlocker(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            ::std::option::Option::Some("microsoft.graph.bitlockerRecoveryKey") => {
                Self::BitlockerRecoveryKey(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            ::std::option::Option::Some("microsoft.graph.bookingAppointment") => {
                Self::BookingAppointment(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            ::std::option::Option::Some("microsoft.graph.bookingBusiness") => {
                Self::BookingBusiness(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_booking_currencies_or_search)]
            ::std::option::Option::Some("microsoft.graph.bookingCurrency") => {
                Self::BookingCurrency(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            ::std::option::Option::Some("microsoft.graph.bookingCustomer") => {
                Self::BookingCustomer(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            ::std::option::Option::Some("microsoft.graph.bookingNamedEntity") => {
                Self::BookingNamedEntity(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            ::std::option::Option::Some("microsoft.graph.bookingPerson") => {
                Self::BookingPerson(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            ::std::option::Option::Some("microsoft.graph.bookingService") => {
                Self::BookingService(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            ::std::option::Option::Some("microsoft.graph.bookingStaffMember") => {
                Self::BookingStaffMember(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.builtInIdentityProvider") => {
                Self::BuiltInIdentityProvider(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
            ::std::option::Option::Some("microsoft.graph.businessFlow") => {
                Self::BusinessFlow(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_business_flow_templates_or_search)]
            ::std::option::Option::Some("microsoft.graph.businessFlowTemplate") => {
                Self::BusinessFlowTemplate(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.calendar") => {
                Self::Calendar(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.calendarGroup") => {
                Self::CalendarGroup(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.calendarPermission") => {
                Self::CalendarPermission(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.calendarSharingMessage") => {
                Self::CalendarSharingMessage(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.call") => {
                Self::Call(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            ::std::option::Option::Some("microsoft.graph.callActivityStatistics") => {
                Self::CallActivityStatistics(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.callRecords.callRecord") => {
                Self::CallRecord(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.callRecords.segment") => {
                Self::Segment(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.callRecords.session") => {
                Self::Session(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.cancelMediaProcessingOperation",
            ) => Self::CancelMediaProcessingOperation(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.cartToClassAssociation") => {
                Self::CartToClassAssociation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.certificateBasedAuthConfiguration",
            ) => Self::CertificateBasedAuthConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.changeTrackedEntity") => {
                Self::ChangeTrackedEntity(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.channel") => {
                Self::Channel(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.chat") => {
                Self::Chat(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            ::std::option::Option::Some("microsoft.graph.chatActivityStatistics") => {
                Self::ChatActivityStatistics(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.chatMessage") => {
                Self::ChatMessage(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_app_catalogs)]
            ::std::option::Option::Some("microsoft.graph.chatMessageHostedContent") => {
                Self::ChatMessageHostedContent(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.chromeOSOnboardingSettings") => {
                Self::ChromeOsOnboardingSettings(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.circularGeofenceManagementCondition",
            ) => Self::CircularGeofenceManagementCondition(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.claimsMappingPolicy") => {
                Self::ClaimsMappingPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            ::std::option::Option::Some("microsoft.graph.classificationJobResponse") => {
                Self::ClassificationJobResponse(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.cloudAppSecurityProfile") => {
                Self::CloudAppSecurityProfile(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.cloudCommunications") => {
                Self::CloudCommunications(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.cloudPC") => {
                Self::CloudPc(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.cloudPCConnectivityIssue") => {
                Self::CloudPcConnectivityIssue(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.cloudPcAuditEvent") => {
                Self::CloudPcAuditEvent(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.cloudPcDeviceImage") => {
                Self::CloudPcDeviceImage(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.cloudPcOnPremisesConnection",
            ) => Self::CloudPcOnPremisesConnection(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.cloudPcProvisioningPolicy") => {
                Self::CloudPcProvisioningPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.cloudPcProvisioningPolicyAssignment",
            ) => Self::CloudPcProvisioningPolicyAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.cloudPcUserSetting") => {
                Self::CloudPcUserSetting(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.cloudPcUserSettingAssignment",
            ) => Self::CloudPcUserSettingAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.columnDefinition") => {
                Self::ColumnDefinition(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.columnLink") => {
                Self::ColumnLink(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.comanagementEligibleDevice") => {
                Self::ComanagementEligibleDevice(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_commands)]
            ::std::option::Option::Some("microsoft.graph.command") => {
                Self::Command(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.commsOperation") => {
                Self::CommsOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.company") => {
                Self::Company(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.companyInformation") => {
                Self::CompanyInformation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.complianceManagementPartner",
            ) => Self::ComplianceManagementPartner(rt::object::new_boxed()),
            #[cfg(msgraph_beta_identity_or_policies_or_search)]
            ::std::option::Option::Some("microsoft.graph.conditionalAccessPolicy") => {
                Self::ConditionalAccessPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.conditionalAccessRoot") => {
                Self::ConditionalAccessRoot(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.configManagerCollection") => {
                Self::ConfigManagerCollection(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.connectedOrganization") => {
                Self::ConnectedOrganization(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.connectionOperation") => {
                Self::ConnectionOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            ::std::option::Option::Some("microsoft.graph.connector") => {
                Self::Connector(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            ::std::option::Option::Some("microsoft.graph.connectorGroup") => {
                Self::ConnectorGroup(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.contact") => {
                Self::Contact(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.contactFolder") => {
                Self::ContactFolder(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.contentType") => {
                Self::ContentType(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.continuousAccessEvaluationPolicy",
            ) => Self::ContinuousAccessEvaluationPolicy(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.contract") => {
                Self::Contract(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.conversation") => {
                Self::Conversation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.conversationMember") => {
                Self::ConversationMember(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.conversationThread") => {
                Self::ConversationThread(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.countryNamedLocation") => {
                Self::CountryNamedLocation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.countryRegion") => {
                Self::CountryRegion(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.credentialUsageSummary") => {
                Self::CredentialUsageSummary(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.credentialUserRegistrationCount",
            ) => Self::CredentialUserRegistrationCount(rt::object::new_boxed()),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.credentialUserRegistrationDetails",
            ) => Self::CredentialUserRegistrationDetails(rt::object::new_boxed()),
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.currency") => {
                Self::Currency(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.customer") => {
                Self::Customer(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.customerPayment") => {
                Self::CustomerPayment(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.customerPaymentJournal") => {
                Self::CustomerPaymentJournal(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            ::std::option::Option::Some("microsoft.graph.dataClassificationService") => {
                Self::DataClassificationService(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            ::std::option::Option::Some("microsoft.graph.dataLossPreventionPolicy") => {
                Self::DataLossPreventionPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_data_policy_operations_or_search)]
            ::std::option::Option::Some("microsoft.graph.dataPolicyOperation") => {
                Self::DataPolicyOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.dataSharingConsent") => {
                Self::DataSharingConsent(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.defaultDeviceCompliancePolicy",
            ) => Self::DefaultDeviceCompliancePolicy(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.defaultManagedAppProtection",
            ) => Self::DefaultManagedAppProtection(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.delegatedPermissionClassification",
            ) => Self::DelegatedPermissionClassification(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.depEnrollmentBaseProfile") => {
                Self::DepEnrollmentBaseProfile(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.depEnrollmentProfile") => {
                Self::DepEnrollmentProfile(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.depIOSEnrollmentProfile") => {
                Self::DepIosEnrollmentProfile(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.depMacOSEnrollmentProfile") => {
                Self::DepMacOsEnrollmentProfile(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.depOnboardingSetting") => {
                Self::DepOnboardingSetting(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.detectedApp") => {
                Self::DetectedApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.device") => {
                Self::Device(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceAndAppManagementAssignmentFilter",
            ) => Self::DeviceAndAppManagementAssignmentFilter(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceAndAppManagementRoleAssignment",
            ) => Self::DeviceAndAppManagementRoleAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceAndAppManagementRoleDefinition",
            ) => Self::DeviceAndAppManagementRoleDefinition(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceAppManagement") => {
                Self::DeviceAppManagement(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceAppManagementTask") => {
                Self::DeviceAppManagementTask(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.deviceCategory") => {
                Self::DeviceCategory(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceComanagementAuthorityConfiguration",
            ) => Self::DeviceComanagementAuthorityConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceComplianceActionItem") => {
                Self::DeviceComplianceActionItem(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceComplianceDeviceOverview",
            ) => Self::DeviceComplianceDeviceOverview(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceComplianceDeviceStatus",
            ) => Self::DeviceComplianceDeviceStatus(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceCompliancePolicy") => {
                Self::DeviceCompliancePolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceCompliancePolicyAssignment",
            ) => Self::DeviceCompliancePolicyAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceCompliancePolicyDeviceStateSummary",
            ) => Self::DeviceCompliancePolicyDeviceStateSummary(rt::object::new_boxed()),
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceCompliancePolicyGroupAssignment",
            ) => Self::DeviceCompliancePolicyGroupAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceCompliancePolicyPolicySetItem",
            ) => Self::DeviceCompliancePolicyPolicySetItem(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceCompliancePolicySettingStateSummary",
            ) => Self::DeviceCompliancePolicySettingStateSummary(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceCompliancePolicyState",
            ) => Self::DeviceCompliancePolicyState(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceComplianceScheduledActionForRule",
            ) => Self::DeviceComplianceScheduledActionForRule(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceComplianceScript") => {
                Self::DeviceComplianceScript(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceComplianceScriptDeviceState",
            ) => Self::DeviceComplianceScriptDeviceState(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceComplianceScriptRunSummary",
            ) => Self::DeviceComplianceScriptRunSummary(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceComplianceSettingState",
            ) => Self::DeviceComplianceSettingState(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceComplianceUserOverview",
            ) => Self::DeviceComplianceUserOverview(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceComplianceUserStatus") => {
                Self::DeviceComplianceUserStatus(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceConfiguration") => {
                Self::DeviceConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceConfigurationAssignment",
            ) => Self::DeviceConfigurationAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceConfigurationConflictSummary",
            ) => Self::DeviceConfigurationConflictSummary(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceConfigurationDeviceOverview",
            ) => Self::DeviceConfigurationDeviceOverview(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceConfigurationDeviceStateSummary",
            ) => Self::DeviceConfigurationDeviceStateSummary(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceConfigurationDeviceStatus",
            ) => Self::DeviceConfigurationDeviceStatus(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceConfigurationGroupAssignment",
            ) => Self::DeviceConfigurationGroupAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceConfigurationPolicySetItem",
            ) => Self::DeviceConfigurationPolicySetItem(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.deviceConfigurationState") => {
                Self::DeviceConfigurationState(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceConfigurationUserOverview",
            ) => Self::DeviceConfigurationUserOverview(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceConfigurationUserStateSummary",
            ) => Self::DeviceConfigurationUserStateSummary(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceConfigurationUserStatus",
            ) => Self::DeviceConfigurationUserStatus(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceCustomAttributeShellScript",
            ) => Self::DeviceCustomAttributeShellScript(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceEnrollmentConfiguration",
            ) => Self::DeviceEnrollmentConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceEnrollmentLimitConfiguration",
            ) => Self::DeviceEnrollmentLimitConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceEnrollmentPlatformRestrictionsConfiguration",
            ) => {
                Self::DeviceEnrollmentPlatformRestrictionsConfiguration(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceEnrollmentWindowsHelloForBusinessConfiguration",
            ) => {
                Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceHealthScript") => {
                Self::DeviceHealthScript(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceHealthScriptAssignment",
            ) => Self::DeviceHealthScriptAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceHealthScriptDeviceState",
            ) => Self::DeviceHealthScriptDeviceState(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceHealthScriptRunSummary",
            ) => Self::DeviceHealthScriptRunSummary(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceInstallState") => {
                Self::DeviceInstallState(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceLogCollectionResponse",
            ) => Self::DeviceLogCollectionResponse(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceManagement") => {
                Self::DeviceManagement(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementAbstractComplexSettingDefinition",
            ) => {
                Self::DeviceManagementAbstractComplexSettingDefinition(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementAbstractComplexSettingInstance",
            ) => {
                Self::DeviceManagementAbstractComplexSettingInstance(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementAutopilotEvent",
            ) => Self::DeviceManagementAutopilotEvent(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementAutopilotPolicyStatusDetail",
            ) => {
                Self::DeviceManagementAutopilotPolicyStatusDetail(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementBooleanSettingInstance",
            ) => Self::DeviceManagementBooleanSettingInstance(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementCachedReportConfiguration",
            ) => Self::DeviceManagementCachedReportConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementCollectionSettingDefinition",
            ) => {
                Self::DeviceManagementCollectionSettingDefinition(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementCollectionSettingInstance",
            ) => Self::DeviceManagementCollectionSettingInstance(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementComplexSettingDefinition",
            ) => Self::DeviceManagementComplexSettingDefinition(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementComplexSettingInstance",
            ) => Self::DeviceManagementComplexSettingInstance(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationCategory",
            ) => Self::DeviceManagementConfigurationCategory(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationChoiceSettingCollectionDefinition",
            ) => {
                Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationChoiceSettingDefinition",
            ) => {
                Self::DeviceManagementConfigurationChoiceSettingDefinition(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationPolicy",
            ) => Self::DeviceManagementConfigurationPolicy(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationPolicyAssignment",
            ) => {
                Self::DeviceManagementConfigurationPolicyAssignment(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationPolicyTemplate",
            ) => {
                Self::DeviceManagementConfigurationPolicyTemplate(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationSetting",
            ) => Self::DeviceManagementConfigurationSetting(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationSettingDefinition",
            ) => {
                Self::DeviceManagementConfigurationSettingDefinition(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationSettingGroupCollectionDefinition",
            ) => {
                Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationSettingGroupDefinition",
            ) => {
                Self::DeviceManagementConfigurationSettingGroupDefinition(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationSettingTemplate",
            ) => {
                Self::DeviceManagementConfigurationSettingTemplate(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationSimpleSettingCollectionDefinition",
            ) => {
                Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementConfigurationSimpleSettingDefinition",
            ) => {
                Self::DeviceManagementConfigurationSimpleSettingDefinition(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementDerivedCredentialSettings",
            ) => Self::DeviceManagementDerivedCredentialSettings(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementDomainJoinConnector",
            ) => Self::DeviceManagementDomainJoinConnector(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementExchangeConnector",
            ) => Self::DeviceManagementExchangeConnector(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementExchangeOnPremisesPolicy",
            ) => Self::DeviceManagementExchangeOnPremisesPolicy(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceManagementExportJob") => {
                Self::DeviceManagementExportJob(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementIntegerSettingInstance",
            ) => Self::DeviceManagementIntegerSettingInstance(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceManagementIntent") => {
                Self::DeviceManagementIntent(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementIntentAssignment",
            ) => Self::DeviceManagementIntentAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementIntentDeviceSettingStateSummary",
            ) => {
                Self::DeviceManagementIntentDeviceSettingStateSummary(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementIntentDeviceState",
            ) => Self::DeviceManagementIntentDeviceState(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementIntentDeviceStateSummary",
            ) => Self::DeviceManagementIntentDeviceStateSummary(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementIntentSettingCategory",
            ) => Self::DeviceManagementIntentSettingCategory(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementIntentUserState",
            ) => Self::DeviceManagementIntentUserState(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementIntentUserStateSummary",
            ) => Self::DeviceManagementIntentUserStateSummary(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceManagementPartner") => {
                Self::DeviceManagementPartner(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementReportSchedule",
            ) => Self::DeviceManagementReportSchedule(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceManagementReports") => {
                Self::DeviceManagementReports(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementResourceAccessProfileAssignment",
            ) => {
                Self::DeviceManagementResourceAccessProfileAssignment(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementResourceAccessProfileBase",
            ) => Self::DeviceManagementResourceAccessProfileBase(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementReusablePolicySetting",
            ) => Self::DeviceManagementReusablePolicySetting(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceManagementScript") => {
                Self::DeviceManagementScript(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementScriptAssignment",
            ) => Self::DeviceManagementScriptAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementScriptDeviceState",
            ) => Self::DeviceManagementScriptDeviceState(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementScriptGroupAssignment",
            ) => Self::DeviceManagementScriptGroupAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementScriptPolicySetItem",
            ) => Self::DeviceManagementScriptPolicySetItem(rt::object::new_boxed()),
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementScriptRunSummary",
            ) => Self::DeviceManagementScriptRunSummary(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementScriptUserState",
            ) => Self::DeviceManagementScriptUserState(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementSettingCategory",
            ) => Self::DeviceManagementSettingCategory(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementSettingDefinition",
            ) => Self::DeviceManagementSettingDefinition(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementSettingInstance",
            ) => Self::DeviceManagementSettingInstance(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementStringSettingInstance",
            ) => Self::DeviceManagementStringSettingInstance(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceManagementTemplate") => {
                Self::DeviceManagementTemplate(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementTemplateSettingCategory",
            ) => Self::DeviceManagementTemplateSettingCategory(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementTroubleshootingEvent",
            ) => Self::DeviceManagementTroubleshootingEvent(rt::object::new_boxed()),
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.deviceSetupConfiguration") => {
                Self::DeviceSetupConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceShellScript") => {
                Self::DeviceShellScript(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.dimension") => {
                Self::Dimension(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.dimensionValue") => {
                Self::DimensionValue(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_directory_or_search)]
            ::std::option::Option::Some("microsoft.graph.directory") => {
                Self::Directory(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_audit_logs_or_search)]
            ::std::option::Option::Some("microsoft.graph.directoryAudit") => {
                Self::DirectoryAudit(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.directoryDefinition") => {
                Self::DirectoryDefinition(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.directoryObject") => {
                Self::DirectoryObject(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.directoryObjectPartnerReference",
            ) => Self::DirectoryObjectPartnerReference(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.directoryRole") => {
                Self::DirectoryRole(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.directoryRoleAccessReviewPolicy",
            ) => Self::DirectoryRoleAccessReviewPolicy(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.directoryRoleTemplate") => {
                Self::DirectoryRoleTemplate(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_settings)]
            ::std::option::Option::Some("microsoft.graph.directorySetting") => {
                Self::DirectorySetting(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.directorySettingTemplate") => {
                Self::DirectorySettingTemplate(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            ::std::option::Option::Some(
                "microsoft.graph.dlpEvaluatePoliciesJobResponse",
            ) => Self::DlpEvaluatePoliciesJobResponse(rt::object::new_boxed()),
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.document") => {
                Self::Document(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.documentComment") => {
                Self::DocumentComment(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.documentCommentReply") => {
                Self::DocumentCommentReply(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_domains_or_search)]
            ::std::option::Option::Some("microsoft.graph.domain") => {
                Self::Domain(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            ::std::option::Option::Some("microsoft.graph.domainDnsCnameRecord") => {
                Self::DomainDnsCnameRecord(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            ::std::option::Option::Some("microsoft.graph.domainDnsMxRecord") => {
                Self::DomainDnsMxRecord(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            ::std::option::Option::Some("microsoft.graph.domainDnsRecord") => {
                Self::DomainDnsRecord(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            ::std::option::Option::Some("microsoft.graph.domainDnsSrvRecord") => {
                Self::DomainDnsSrvRecord(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            ::std::option::Option::Some("microsoft.graph.domainDnsTxtRecord") => {
                Self::DomainDnsTxtRecord(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            ::std::option::Option::Some("microsoft.graph.domainDnsUnavailableRecord") => {
                Self::DomainDnsUnavailableRecord(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.domainSecurityProfile") => {
                Self::DomainSecurityProfile(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.drive") => {
                Self::Drive(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.driveItem") => {
                Self::DriveItem(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.driveItemVersion") => {
                Self::DriveItemVersion(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.eBookInstallSummary") => {
                Self::EBookInstallSummary(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.easEmailProfileConfigurationBase",
            ) => Self::EasEmailProfileConfigurationBase(rt::object::new_boxed()),
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.ediscovery.addToReviewSetOperation",
            ) => Self::AddToReviewSetOperation(rt::object::new_boxed()),
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some("microsoft.graph.ediscovery.case") => {
                Self::Case(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.ediscovery.caseExportOperation",
            ) => Self::CaseExportOperation(rt::object::new_boxed()),
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.ediscovery.caseIndexOperation",
            ) => Self::CaseIndexOperation(rt::object::new_boxed()),
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some("microsoft.graph.ediscovery.caseOperation") => {
                Self::CaseOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some("microsoft.graph.ediscovery.custodian") => {
                Self::Custodian(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some("microsoft.graph.ediscovery.dataSource") => {
                Self::DataSource(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.ediscovery.dataSourceContainer",
            ) => Self::DataSourceContainer(rt::object::new_boxed()),
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some("microsoft.graph.ediscovery.ediscoveryroot") => {
                Self::Ediscoveryroot(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.ediscovery.estimateStatisticsOperation",
            ) => Self::EstimateStatisticsOperation(rt::object::new_boxed()),
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some("microsoft.graph.ediscovery.legalHold") => {
                Self::LegalHold(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.ediscovery.noncustodialDataSource",
            ) => Self::NoncustodialDataSource(rt::object::new_boxed()),
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some("microsoft.graph.ediscovery.reviewSet") => {
                Self::ReviewSet(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some("microsoft.graph.ediscovery.reviewSetQuery") => {
                Self::ReviewSetQuery(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some("microsoft.graph.ediscovery.settings") => {
                Self::EdiscoverySettings(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some("microsoft.graph.ediscovery.siteSource") => {
                Self::SiteSource(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.ediscovery.sourceCollection",
            ) => Self::SourceCollection(rt::object::new_boxed()),
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some("microsoft.graph.ediscovery.tag") => {
                Self::Tag(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some("microsoft.graph.ediscovery.tagOperation") => {
                Self::TagOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.ediscovery.unifiedGroupSource",
            ) => Self::UnifiedGroupSource(rt::object::new_boxed()),
            #[cfg(msgraph_beta_compliance_or_search)]
            ::std::option::Option::Some("microsoft.graph.ediscovery.userSource") => {
                Self::UserSource(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.editionUpgradeConfiguration",
            ) => Self::EditionUpgradeConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationAssignment") => {
                Self::EducationAssignment(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.educationAssignmentDefaults",
            ) => Self::EducationAssignmentDefaults(rt::object::new_boxed()),
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.educationAssignmentResource",
            ) => Self::EducationAssignmentResource(rt::object::new_boxed()),
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.educationAssignmentSettings",
            ) => Self::EducationAssignmentSettings(rt::object::new_boxed()),
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationCategory") => {
                Self::EducationCategory(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationClass") => {
                Self::EducationClass(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationFeedbackOutcome") => {
                Self::EducationFeedbackOutcome(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationOrganization") => {
                Self::EducationOrganization(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationOutcome") => {
                Self::EducationOutcome(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationPointsOutcome") => {
                Self::EducationPointsOutcome(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationRubric") => {
                Self::EducationRubric(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationRubricOutcome") => {
                Self::EducationRubricOutcome(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationSchool") => {
                Self::EducationSchool(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationSubmission") => {
                Self::EducationSubmission(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.educationSubmissionResource",
            ) => Self::EducationSubmissionResource(rt::object::new_boxed()),
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.educationSynchronizationError",
            ) => Self::EducationSynchronizationError(rt::object::new_boxed()),
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.educationSynchronizationProfile",
            ) => Self::EducationSynchronizationProfile(rt::object::new_boxed()),
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.educationSynchronizationProfileStatus",
            ) => Self::EducationSynchronizationProfileStatus(rt::object::new_boxed()),
            #[cfg(msgraph_beta_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationUser") => {
                Self::EducationUser(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.educationalActivity") => {
                Self::EducationalActivity(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            ::std::option::Option::Some("microsoft.graph.emailActivityStatistics") => {
                Self::EmailActivityStatistics(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.emailActivitySummary") => {
                Self::EmailActivitySummary(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.emailActivityUserDetail") => {
                Self::EmailActivityUserDetail(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.emailAppUsageAppsUserCounts",
            ) => Self::EmailAppUsageAppsUserCounts(rt::object::new_boxed()),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.emailAppUsageUserCounts") => {
                Self::EmailAppUsageUserCounts(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.emailAppUsageUserDetail") => {
                Self::EmailAppUsageUserDetail(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.emailAppUsageVersionsUserCounts",
            ) => Self::EmailAppUsageVersionsUserCounts(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.emailAuthenticationMethod") => {
                Self::EmailAuthenticationMethod(rt::object::new_boxed())
            }
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.emailAuthenticationMethodConfiguration",
            ) => Self::EmailAuthenticationMethodConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core_or_information_protection)]
            ::std::option::Option::Some("microsoft.graph.emailFileAssessmentRequest") => {
                Self::EmailFileAssessmentRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.embeddedSIMActivationCodePool",
            ) => Self::EmbeddedSimActivationCodePool(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.embeddedSIMActivationCodePoolAssignment",
            ) => Self::EmbeddedSimActivationCodePoolAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.embeddedSIMDeviceState") => {
                Self::EmbeddedSimDeviceState(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.employee") => {
                Self::Employee(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.endpoint") => {
                Self::Endpoint(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.enrollmentConfigurationAssignment",
            ) => Self::EnrollmentConfigurationAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.enrollmentProfile") => {
                Self::EnrollmentProfile(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.enrollmentRestrictionsConfigurationPolicySetItem",
            ) => {
                Self::EnrollmentRestrictionsConfigurationPolicySetItem(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.enrollmentTroubleshootingEvent",
            ) => Self::EnrollmentTroubleshootingEvent(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.enterpriseCodeSigningCertificate",
            ) => Self::EnterpriseCodeSigningCertificate(rt::object::new_boxed()),
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.entitlementManagement") => {
                Self::EntitlementManagement(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.entitlementManagementSettings",
            ) => Self::EntitlementManagementSettings(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            ::std::option::Option::Some("microsoft.graph.evaluateLabelJobResponse") => {
                Self::EvaluateLabelJobResponse(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.event") => {
                Self::Event(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.eventMessage") => {
                Self::EventMessage(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.eventMessageRequest") => {
                Self::EventMessageRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.eventMessageResponse") => {
                Self::EventMessageResponse(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            ::std::option::Option::Some("microsoft.graph.exactMatchDataStore") => {
                Self::ExactMatchDataStore(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            ::std::option::Option::Some("microsoft.graph.exactMatchDataStoreBase") => {
                Self::ExactMatchDataStoreBase(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            ::std::option::Option::Some("microsoft.graph.exactMatchJobBase") => {
                Self::ExactMatchJobBase(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.exactMatchLookupJob") => {
                Self::ExactMatchLookupJob(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            ::std::option::Option::Some("microsoft.graph.exactMatchSession") => {
                Self::ExactMatchSession(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            ::std::option::Option::Some("microsoft.graph.exactMatchSessionBase") => {
                Self::ExactMatchSessionBase(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            ::std::option::Option::Some("microsoft.graph.exactMatchUploadAgent") => {
                Self::ExactMatchUploadAgent(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.extension") => {
                Self::Extension(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.extensionProperty") => {
                Self::ExtensionProperty(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.external") => {
                Self::External(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.externalConnection") => {
                Self::ExternalConnection(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.externalConnectors.connectionOperation",
            ) => Self::ExternalConnectorsConnectionOperation(rt::object::new_boxed()),
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.externalConnectors.externalConnection",
            ) => Self::ExternalConnectorsExternalConnection(rt::object::new_boxed()),
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.externalConnectors.externalGroup",
            ) => Self::ExternalConnectorsExternalGroup(rt::object::new_boxed()),
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.externalConnectors.externalGroupMember",
            ) => Self::ExternalConnectorsExternalGroupMember(rt::object::new_boxed()),
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.externalConnectors.externalItem",
            ) => Self::ExternalConnectorsExternalItem(rt::object::new_boxed()),
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            ::std::option::Option::Some("microsoft.graph.externalConnectors.schema") => {
                Self::ExternalConnectorsSchema(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.externalGroup") => {
                Self::ExternalGroup(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.externalGroupMember") => {
                Self::ExternalGroupMember(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.externalItem") => {
                Self::ExternalItem(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_directory_or_policies_or_search)]
            ::std::option::Option::Some("microsoft.graph.featureRolloutPolicy") => {
                Self::FeatureRolloutPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.fido2AuthenticationMethod") => {
                Self::Fido2AuthenticationMethod(rt::object::new_boxed())
            }
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.fido2AuthenticationMethodConfiguration",
            ) => Self::Fido2AuthenticationMethodConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.fieldValueSet") => {
                Self::FieldValueSet(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            ::std::option::Option::Some("microsoft.graph.fileAssessmentRequest") => {
                Self::FileAssessmentRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.fileAttachment") => {
                Self::FileAttachment(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            ::std::option::Option::Some("microsoft.graph.fileClassificationRequest") => {
                Self::FileClassificationRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.fileSecurityProfile") => {
                Self::FileSecurityProfile(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_filter_operators)]
            ::std::option::Option::Some("microsoft.graph.filterOperatorSchema") => {
                Self::FilterOperatorSchema(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            ::std::option::Option::Some("microsoft.graph.focusActivityStatistics") => {
                Self::FocusActivityStatistics(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.generalLedgerEntry") => {
                Self::GeneralLedgerEntry(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
            ::std::option::Option::Some("microsoft.graph.governancePolicyTemplate") => {
                Self::GovernancePolicyTemplate(rt::object::new_boxed())
            }
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            ::std::option::Option::Some("microsoft.graph.governanceResource") => {
                Self::GovernanceResource(rt::object::new_boxed())
            }
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            ::std::option::Option::Some("microsoft.graph.governanceRoleAssignment") => {
                Self::GovernanceRoleAssignment(rt::object::new_boxed())
            }
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            ::std::option::Option::Some(
                "microsoft.graph.governanceRoleAssignmentRequest",
            ) => Self::GovernanceRoleAssignmentRequest(rt::object::new_boxed()),
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            ::std::option::Option::Some("microsoft.graph.governanceRoleDefinition") => {
                Self::GovernanceRoleDefinition(rt::object::new_boxed())
            }
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            ::std::option::Option::Some("microsoft.graph.governanceRoleSetting") => {
                Self::GovernanceRoleSetting(rt::object::new_boxed())
            }
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_5_more_80
            )]
            ::std::option::Option::Some("microsoft.graph.governanceSubject") => {
                Self::GovernanceSubject(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.group") => {
                Self::Group(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
            ::std::option::Option::Some("microsoft.graph.groupLifecyclePolicy") => {
                Self::GroupLifecyclePolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.groupPolicyCategory") => {
                Self::GroupPolicyCategory(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.groupPolicyConfiguration") => {
                Self::GroupPolicyConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyConfigurationAssignment",
            ) => Self::GroupPolicyConfigurationAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.groupPolicyDefinition") => {
                Self::GroupPolicyDefinition(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.groupPolicyDefinitionFile") => {
                Self::GroupPolicyDefinitionFile(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.groupPolicyDefinitionValue") => {
                Self::GroupPolicyDefinitionValue(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.groupPolicyMigrationReport") => {
                Self::GroupPolicyMigrationReport(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.groupPolicyObjectFile") => {
                Self::GroupPolicyObjectFile(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.groupPolicyOperation") => {
                Self::GroupPolicyOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.groupPolicyPresentation") => {
                Self::GroupPolicyPresentation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationCheckBox",
            ) => Self::GroupPolicyPresentationCheckBox(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationComboBox",
            ) => Self::GroupPolicyPresentationComboBox(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationDecimalTextBox",
            ) => Self::GroupPolicyPresentationDecimalTextBox(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationDropdownList",
            ) => Self::GroupPolicyPresentationDropdownList(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationListBox",
            ) => Self::GroupPolicyPresentationListBox(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationLongDecimalTextBox",
            ) => Self::GroupPolicyPresentationLongDecimalTextBox(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationMultiTextBox",
            ) => Self::GroupPolicyPresentationMultiTextBox(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationText",
            ) => Self::GroupPolicyPresentationText(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationTextBox",
            ) => Self::GroupPolicyPresentationTextBox(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationValue",
            ) => Self::GroupPolicyPresentationValue(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationValueBoolean",
            ) => Self::GroupPolicyPresentationValueBoolean(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationValueDecimal",
            ) => Self::GroupPolicyPresentationValueDecimal(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationValueList",
            ) => Self::GroupPolicyPresentationValueList(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationValueLongDecimal",
            ) => Self::GroupPolicyPresentationValueLongDecimal(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationValueMultiText",
            ) => Self::GroupPolicyPresentationValueMultiText(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyPresentationValueText",
            ) => Self::GroupPolicyPresentationValueText(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.groupPolicySettingMapping") => {
                Self::GroupPolicySettingMapping(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.groupPolicyUploadedDefinitionFile",
            ) => Self::GroupPolicyUploadedDefinitionFile(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.homeRealmDiscoveryPolicy") => {
                Self::HomeRealmDiscoveryPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.hostSecurityProfile") => {
                Self::HostSecurityProfile(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.identityApiConnector") => {
                Self::IdentityApiConnector(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.identityBuiltInUserFlowAttribute",
            ) => Self::IdentityBuiltInUserFlowAttribute(rt::object::new_boxed()),
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.identityCustomUserFlowAttribute",
            ) => Self::IdentityCustomUserFlowAttribute(rt::object::new_boxed()),
            #[cfg(msgraph_beta_identity_providers_or_search)]
            ::std::option::Option::Some("microsoft.graph.identityProvider") => {
                Self::IdentityProvider(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.identityProviderBase") => {
                Self::IdentityProviderBase(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.identitySecurityDefaultsEnforcementPolicy",
            ) => Self::IdentitySecurityDefaultsEnforcementPolicy(rt::object::new_boxed()),
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.identityUserFlow") => {
                Self::IdentityUserFlow(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.identityUserFlowAttribute") => {
                Self::IdentityUserFlowAttribute(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.identityUserFlowAttributeAssignment",
            ) => Self::IdentityUserFlowAttributeAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.importedAppleDeviceIdentity",
            ) => Self::ImportedAppleDeviceIdentity(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.importedAppleDeviceIdentityResult",
            ) => Self::ImportedAppleDeviceIdentityResult(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.importedDeviceIdentity") => {
                Self::ImportedDeviceIdentity(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.importedDeviceIdentityResult",
            ) => Self::ImportedDeviceIdentityResult(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.importedWindowsAutopilotDeviceIdentity",
            ) => Self::ImportedWindowsAutopilotDeviceIdentity(rt::object::new_boxed()),
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some(
                "microsoft.graph.importedWindowsAutopilotDeviceIdentityUpload",
            ) => {
                Self::ImportedWindowsAutopilotDeviceIdentityUpload(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.inferenceClassification") => {
                Self::InferenceClassification(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.inferenceClassificationOverride",
            ) => Self::InferenceClassificationOverride(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core_or_information_protection)]
            ::std::option::Option::Some("microsoft.graph.informationProtection") => {
                Self::InformationProtection(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            ::std::option::Option::Some("microsoft.graph.informationProtectionLabel") => {
                Self::InformationProtectionLabel(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            ::std::option::Option::Some(
                "microsoft.graph.informationProtectionPolicy",
            ) => Self::InformationProtectionPolicy(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.intuneBrandingProfile") => {
                Self::IntuneBrandingProfile(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.intuneBrandingProfileAssignment",
            ) => Self::IntuneBrandingProfileAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_beta_invitations_or_search)]
            ::std::option::Option::Some("microsoft.graph.invitation") => {
                Self::Invitation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.inviteParticipantsOperation",
            ) => Self::InviteParticipantsOperation(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosCertificateProfile") => {
                Self::IosCertificateProfile(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosCertificateProfileBase") => {
                Self::IosCertificateProfileBase(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosCompliancePolicy") => {
                Self::IosCompliancePolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosCustomConfiguration") => {
                Self::IosCustomConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.iosDerivedCredentialAuthenticationConfiguration",
            ) => {
                Self::IosDerivedCredentialAuthenticationConfiguration(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.iosDeviceFeaturesConfiguration",
            ) => Self::IosDeviceFeaturesConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.iosEasEmailProfileConfiguration",
            ) => Self::IosEasEmailProfileConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosEduDeviceConfiguration") => {
                Self::IosEduDeviceConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.iosEducationDeviceConfiguration",
            ) => Self::IosEducationDeviceConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.iosEnterpriseWiFiConfiguration",
            ) => Self::IosEnterpriseWiFiConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.iosExpeditedCheckinConfiguration",
            ) => Self::IosExpeditedCheckinConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.iosGeneralDeviceConfiguration",
            ) => Self::IosGeneralDeviceConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.iosImportedPFXCertificateProfile",
            ) => Self::IosImportedPfxCertificateProfile(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosLobApp") => {
                Self::IosLobApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.iosLobAppProvisioningConfiguration",
            ) => Self::IosLobAppProvisioningConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.iosLobAppProvisioningConfigurationAssignment",
            ) => {
                Self::IosLobAppProvisioningConfigurationAssignment(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.iosLobAppProvisioningConfigurationPolicySetItem",
            ) => {
                Self::IosLobAppProvisioningConfigurationPolicySetItem(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            ::std::option::Option::Some("microsoft.graph.iosManagedAppProtection") => {
                Self::IosManagedAppProtection(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosManagedAppRegistration") => {
                Self::IosManagedAppRegistration(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosMobileAppConfiguration") => {
                Self::IosMobileAppConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosPkcsCertificateProfile") => {
                Self::IosPkcsCertificateProfile(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosScepCertificateProfile") => {
                Self::IosScepCertificateProfile(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosStoreApp") => {
                Self::IosStoreApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosTrustedRootCertificate") => {
                Self::IosTrustedRootCertificate(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosUpdateConfiguration") => {
                Self::IosUpdateConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosUpdateDeviceStatus") => {
                Self::IosUpdateDeviceStatus(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosVpnConfiguration") => {
                Self::IosVpnConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosVppApp") => {
                Self::IosVppApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.iosVppAppAssignedDeviceLicense",
            ) => Self::IosVppAppAssignedDeviceLicense(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosVppAppAssignedLicense") => {
                Self::IosVppAppAssignedLicense(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.iosVppAppAssignedUserLicense",
            ) => Self::IosVppAppAssignedUserLicense(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosVppEBook") => {
                Self::IosVppEBook(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosVppEBookAssignment") => {
                Self::IosVppEBookAssignment(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosWiFiConfiguration") => {
                Self::IosWiFiConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosikEv2VpnConfiguration") => {
                Self::IosikEv2VpnConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.ipNamedLocation") => {
                Self::IpNamedLocation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.ipSecurityProfile") => {
                Self::IpSecurityProfile(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.item") => {
                Self::Item(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.itemActivity") => {
                Self::ItemActivity(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.itemActivityOLD") => {
                Self::ItemActivityOld(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.itemActivityStat") => {
                Self::ItemActivityStat(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.itemAddress") => {
                Self::ItemAddress(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.itemAnalytics") => {
                Self::ItemAnalytics(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.itemAttachment") => {
                Self::ItemAttachment(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.itemCategory") => {
                Self::ItemCategory(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.itemEmail") => {
                Self::ItemEmail(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.itemFacet") => {
                Self::ItemFacet(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.itemInsights") => {
                Self::ItemInsights(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.itemInsightsSettings") => {
                Self::ItemInsightsSettings(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.itemPatent") => {
                Self::ItemPatent(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.itemPhone") => {
                Self::ItemPhone(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.itemPublication") => {
                Self::ItemPublication(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            ::std::option::Option::Some("microsoft.graph.jobResponseBase") => {
                Self::JobResponseBase(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.journal") => {
                Self::Journal(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.journalLine") => {
                Self::JournalLine(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.languageProficiency") => {
                Self::LanguageProficiency(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.licenseDetails") => {
                Self::LicenseDetails(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.linkedResource") => {
                Self::LinkedResource(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.list") => {
                Self::List(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.listItem") => {
                Self::ListItem(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.listItemVersion") => {
                Self::ListItemVersion(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.localizedNotificationMessage",
            ) => Self::LocalizedNotificationMessage(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.locationManagementCondition",
            ) => Self::LocationManagementCondition(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.longRunningOperation") => {
                Self::LongRunningOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.lookupResultRow") => {
                Self::LookupResultRow(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSCertificateProfileBase",
            ) => Self::MacOsCertificateProfileBase(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOSCompliancePolicy") => {
                Self::MacOsCompliancePolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSCustomAppConfiguration",
            ) => Self::MacOsCustomAppConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOSCustomConfiguration") => {
                Self::MacOsCustomConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSDeviceFeaturesConfiguration",
            ) => Self::MacOsDeviceFeaturesConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSEndpointProtectionConfiguration",
            ) => Self::MacOsEndpointProtectionConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSEnterpriseWiFiConfiguration",
            ) => Self::MacOsEnterpriseWiFiConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSExtensionsConfiguration",
            ) => Self::MacOsExtensionsConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSGeneralDeviceConfiguration",
            ) => Self::MacOsGeneralDeviceConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSImportedPFXCertificateProfile",
            ) => Self::MacOsImportedPfxCertificateProfile(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOSLobApp") => {
                Self::MacOsLobApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOSMdatpApp") => {
                Self::MacOsMdatpApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOSMicrosoftEdgeApp") => {
                Self::MacOsMicrosoftEdgeApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOSOfficeSuiteApp") => {
                Self::MacOsOfficeSuiteApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSPkcsCertificateProfile",
            ) => Self::MacOsPkcsCertificateProfile(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSScepCertificateProfile",
            ) => Self::MacOsScepCertificateProfile(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSSoftwareUpdateAccountSummary",
            ) => Self::MacOsSoftwareUpdateAccountSummary(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSSoftwareUpdateCategorySummary",
            ) => Self::MacOsSoftwareUpdateCategorySummary(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSSoftwareUpdateConfiguration",
            ) => Self::MacOsSoftwareUpdateConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSSoftwareUpdateStateSummary",
            ) => Self::MacOsSoftwareUpdateStateSummary(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSTrustedRootCertificate",
            ) => Self::MacOsTrustedRootCertificate(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOSVpnConfiguration") => {
                Self::MacOsVpnConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOSWiFiConfiguration") => {
                Self::MacOsWiFiConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSWiredNetworkConfiguration",
            ) => Self::MacOsWiredNetworkConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOsVppApp") => {
                Self::MacOsVppApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOsVppAppAssignedLicense") => {
                Self::MacOsVppAppAssignedLicense(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            ::std::option::Option::Some("microsoft.graph.mailAssessmentRequest") => {
                Self::MailAssessmentRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.mailFolder") => {
                Self::MailFolder(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.mailSearchFolder") => {
                Self::MailSearchFolder(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.mailboxUsageDetail") => {
                Self::MailboxUsageDetail(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.mailboxUsageMailboxCounts") => {
                Self::MailboxUsageMailboxCounts(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.mailboxUsageQuotaStatusMailboxCounts",
            ) => Self::MailboxUsageQuotaStatusMailboxCounts(rt::object::new_boxed()),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.mailboxUsageStorage") => {
                Self::MailboxUsageStorage(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.malwareStateForWindowsDevice",
            ) => Self::MalwareStateForWindowsDevice(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedAllDeviceCertificateState",
            ) => Self::ManagedAllDeviceCertificateState(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedAndroidLobApp") => {
                Self::ManagedAndroidLobApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedAndroidStoreApp") => {
                Self::ManagedAndroidStoreApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedApp") => {
                Self::ManagedApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            ::std::option::Option::Some("microsoft.graph.managedAppConfiguration") => {
                Self::ManagedAppConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedAppOperation") => {
                Self::ManagedAppOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            ::std::option::Option::Some("microsoft.graph.managedAppPolicy") => {
                Self::ManagedAppPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.managedAppPolicyDeploymentSummary",
            ) => Self::ManagedAppPolicyDeploymentSummary(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core_or_device_app_management)]
            ::std::option::Option::Some("microsoft.graph.managedAppProtection") => {
                Self::ManagedAppProtection(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedAppProtectionPolicySetItem",
            ) => Self::ManagedAppProtectionPolicySetItem(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedAppRegistration") => {
                Self::ManagedAppRegistration(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedAppStatus") => {
                Self::ManagedAppStatus(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedAppStatusRaw") => {
                Self::ManagedAppStatusRaw(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.managedDevice") => {
                Self::ManagedDevice(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedDeviceCertificateState",
            ) => Self::ManagedDeviceCertificateState(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedDeviceEncryptionState",
            ) => Self::ManagedDeviceEncryptionState(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedDeviceMobileAppConfiguration",
            ) => Self::ManagedDeviceMobileAppConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedDeviceMobileAppConfigurationAssignment",
            ) => {
                Self::ManagedDeviceMobileAppConfigurationAssignment(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus",
            ) => {
                Self::ManagedDeviceMobileAppConfigurationDeviceStatus(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedDeviceMobileAppConfigurationDeviceSummary",
            ) => {
                Self::ManagedDeviceMobileAppConfigurationDeviceSummary(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedDeviceMobileAppConfigurationPolicySetItem",
            ) => {
                Self::ManagedDeviceMobileAppConfigurationPolicySetItem(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.managedDeviceMobileAppConfigurationState",
            ) => Self::ManagedDeviceMobileAppConfigurationState(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedDeviceMobileAppConfigurationUserStatus",
            ) => {
                Self::ManagedDeviceMobileAppConfigurationUserStatus(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedDeviceMobileAppConfigurationUserSummary",
            ) => {
                Self::ManagedDeviceMobileAppConfigurationUserSummary(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.managedDeviceOverview") => {
                Self::ManagedDeviceOverview(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedEBook") => {
                Self::ManagedEBook(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedEBookAssignment") => {
                Self::ManagedEBookAssignment(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedEBookCategory") => {
                Self::ManagedEBookCategory(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedIOSLobApp") => {
                Self::ManagedIosLobApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedIOSStoreApp") => {
                Self::ManagedIosStoreApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            ::std::option::Option::Some("microsoft.graph.managedMobileApp") => {
                Self::ManagedMobileApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedMobileLobApp") => {
                Self::ManagedMobileLobApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.managedTenants.aggregatedPolicyCompliance",
            ) => Self::AggregatedPolicyCompliance(rt::object::new_boxed()),
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.managedTenants.cloudPcConnection",
            ) => Self::CloudPcConnection(rt::object::new_boxed()),
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.managedTenants.cloudPcDevice",
            ) => Self::CloudPcDevice(rt::object::new_boxed()),
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.managedTenants.conditionalAccessPolicyCoverage",
            ) => Self::ConditionalAccessPolicyCoverage(rt::object::new_boxed()),
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.managedTenants.credentialUserRegistrationsSummary",
            ) => Self::CredentialUserRegistrationsSummary(rt::object::new_boxed()),
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.managedTenants.deviceCompliancePolicySettingStateSummary",
            ) => {
                Self::ManagedTenantsDeviceCompliancePolicySettingStateSummary(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.managedTenants.managedDeviceCompliance",
            ) => Self::ManagedDeviceCompliance(rt::object::new_boxed()),
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.managedTenants.managedDeviceComplianceTrend",
            ) => Self::ManagedDeviceComplianceTrend(rt::object::new_boxed()),
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.managedTenants.managedTenant",
            ) => Self::ManagedTenant(rt::object::new_boxed()),
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            ::std::option::Option::Some("microsoft.graph.managedTenants.riskyUser") => {
                Self::ManagedTenantsRiskyUser(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.managedTenants.windowsDeviceMalwareState",
            ) => Self::ManagedTenantsWindowsDeviceMalwareState(rt::object::new_boxed()),
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.managedTenants.windowsProtectionState",
            ) => Self::ManagedTenantsWindowsProtectionState(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managementCondition") => {
                Self::ManagementCondition(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managementConditionStatement",
            ) => Self::ManagementConditionStatement(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.mdmWindowsInformationProtectionPolicy",
            ) => Self::MdmWindowsInformationProtectionPolicy(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.mdmWindowsInformationProtectionPolicyPolicySetItem",
            ) => {
                Self::MdmWindowsInformationProtectionPolicyPolicySetItem(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            ::std::option::Option::Some("microsoft.graph.meetingActivityStatistics") => {
                Self::MeetingActivityStatistics(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_app_or_communications)]
            ::std::option::Option::Some("microsoft.graph.meetingAttendanceReport") => {
                Self::MeetingAttendanceReport(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.mention") => {
                Self::Mention(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.message") => {
                Self::Message(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.messageRule") => {
                Self::MessageRule(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.microsoftAuthenticatorAuthenticationMethod",
            ) => {
                Self::MicrosoftAuthenticatorAuthenticationMethod(rt::object::new_boxed())
            }
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration",
            ) => {
                Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.microsoftAuthenticatorAuthenticationMethodTarget",
            ) => {
                Self::MicrosoftAuthenticatorAuthenticationMethodTarget(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.microsoftStoreForBusinessApp",
            ) => Self::MicrosoftStoreForBusinessApp(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.microsoftStoreForBusinessContainedApp",
            ) => Self::MicrosoftStoreForBusinessContainedApp(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.microsoftTunnelConfiguration",
            ) => Self::MicrosoftTunnelConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.microsoftTunnelHealthThreshold",
            ) => Self::MicrosoftTunnelHealthThreshold(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.microsoftTunnelServer") => {
                Self::MicrosoftTunnelServer(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.microsoftTunnelServerLogCollectionResponse",
            ) => {
                Self::MicrosoftTunnelServerLogCollectionResponse(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.microsoftTunnelSite") => {
                Self::MicrosoftTunnelSite(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileApp") => {
                Self::MobileApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileAppAssignment") => {
                Self::MobileAppAssignment(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileAppCategory") => {
                Self::MobileAppCategory(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileAppContent") => {
                Self::MobileAppContent(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileAppContentFile") => {
                Self::MobileAppContentFile(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileAppDependency") => {
                Self::MobileAppDependency(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileAppInstallStatus") => {
                Self::MobileAppInstallStatus(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileAppInstallSummary") => {
                Self::MobileAppInstallSummary(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.mobileAppIntentAndState") => {
                Self::MobileAppIntentAndState(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileAppPolicySetItem") => {
                Self::MobileAppPolicySetItem(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.mobileAppProvisioningConfigGroupAssignment",
            ) => {
                Self::MobileAppProvisioningConfigGroupAssignment(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileAppRelationship") => {
                Self::MobileAppRelationship(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileAppSupersedence") => {
                Self::MobileAppSupersedence(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.mobileAppTroubleshootingEvent",
            ) => Self::MobileAppTroubleshootingEvent(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileContainedApp") => {
                Self::MobileContainedApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileLobApp") => {
                Self::MobileLobApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.mobileThreatDefenseConnector",
            ) => Self::MobileThreatDefenseConnector(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.multiValueLegacyExtendedProperty",
            ) => Self::MultiValueLegacyExtendedProperty(rt::object::new_boxed()),
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.muteParticipantOperation") => {
                Self::MuteParticipantOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.muteParticipantsOperation") => {
                Self::MuteParticipantsOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.namedLocation") => {
                Self::NamedLocation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.ndesConnector") => {
                Self::NdesConnector(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.networkIPv4ConfigurationManagementCondition",
            ) => {
                Self::NetworkIPv4ConfigurationManagementCondition(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.networkIPv6ConfigurationManagementCondition",
            ) => {
                Self::NetworkIPv6ConfigurationManagementCondition(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.networkManagementCondition") => {
                Self::NetworkManagementCondition(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.note") => {
                Self::Note(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.notebook") => {
                Self::Notebook(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.notification") => {
                Self::Notification(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.notificationMessageTemplate",
            ) => Self::NotificationMessageTemplate(rt::object::new_boxed()),
            #[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
            ::std::option::Option::Some("microsoft.graph.oAuth2PermissionGrant") => {
                Self::OAuth2PermissionGrant(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.offerShiftRequest") => {
                Self::OfferShiftRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.office365ActivationCounts") => {
                Self::Office365ActivationCounts(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.office365ActivationsUserCounts",
            ) => Self::Office365ActivationsUserCounts(rt::object::new_boxed()),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.office365ActivationsUserDetail",
            ) => Self::Office365ActivationsUserDetail(rt::object::new_boxed()),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.office365ActiveUserCounts") => {
                Self::Office365ActiveUserCounts(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.office365ActiveUserDetail") => {
                Self::Office365ActiveUserDetail(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.office365GroupsActivityCounts",
            ) => Self::Office365GroupsActivityCounts(rt::object::new_boxed()),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.office365GroupsActivityDetail",
            ) => Self::Office365GroupsActivityDetail(rt::object::new_boxed()),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.office365GroupsActivityFileCounts",
            ) => Self::Office365GroupsActivityFileCounts(rt::object::new_boxed()),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.office365GroupsActivityGroupCounts",
            ) => Self::Office365GroupsActivityGroupCounts(rt::object::new_boxed()),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.office365GroupsActivityStorage",
            ) => Self::Office365GroupsActivityStorage(rt::object::new_boxed()),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.office365ServicesUserCounts",
            ) => Self::Office365ServicesUserCounts(rt::object::new_boxed()),
            #[cfg(msgraph_beta_office_configuration_or_search)]
            ::std::option::Option::Some("microsoft.graph.officeClientConfiguration") => {
                Self::OfficeClientConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_office_configuration_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.officeClientConfigurationAssignment",
            ) => Self::OfficeClientConfigurationAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.officeGraphInsights") => {
                Self::OfficeGraphInsights(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.officeSuiteApp") => {
                Self::OfficeSuiteApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            ::std::option::Option::Some("microsoft.graph.onPremisesAgent") => {
                Self::OnPremisesAgent(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            ::std::option::Option::Some("microsoft.graph.onPremisesAgentGroup") => {
                Self::OnPremisesAgentGroup(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onPremisesConditionalAccessSettings",
            ) => Self::OnPremisesConditionalAccessSettings(rt::object::new_boxed()),
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onPremisesPublishingProfile",
            ) => Self::OnPremisesPublishingProfile(rt::object::new_boxed()),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.oneDriveActivityUserDetail") => {
                Self::OneDriveActivityUserDetail(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.oneDriveUsageAccountCounts") => {
                Self::OneDriveUsageAccountCounts(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.oneDriveUsageAccountDetail") => {
                Self::OneDriveUsageAccountDetail(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.oneDriveUsageFileCounts") => {
                Self::OneDriveUsageFileCounts(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.onenote") => {
                Self::Onenote(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.onenoteEntityBaseModel") => {
                Self::OnenoteEntityBaseModel(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            ::std::option::Option::Some(
                "microsoft.graph.onenoteEntityHierarchyModel",
            ) => Self::OnenoteEntityHierarchyModel(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            ::std::option::Option::Some(
                "microsoft.graph.onenoteEntitySchemaObjectModel",
            ) => Self::OnenoteEntitySchemaObjectModel(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.onenoteOperation") => {
                Self::OnenoteOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.onenotePage") => {
                Self::OnenotePage(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.onenoteResource") => {
                Self::OnenoteResource(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.onenoteSection") => {
                Self::OnenoteSection(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_app_or_communications)]
            ::std::option::Option::Some("microsoft.graph.onlineMeeting") => {
                Self::OnlineMeeting(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.openIdConnectIdentityProvider",
            ) => Self::OpenIdConnectIdentityProvider(rt::object::new_boxed()),
            #[cfg(msgraph_beta_identity_providers_or_search)]
            ::std::option::Option::Some("microsoft.graph.openIdConnectProvider") => {
                Self::OpenIdConnectProvider(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.openShift") => {
                Self::OpenShift(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.openShiftChangeRequest") => {
                Self::OpenShiftChangeRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.openTypeExtension") => {
                Self::OpenTypeExtension(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.operation") => {
                Self::Operation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.orgContact") => {
                Self::OrgContact(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.organization") => {
                Self::Organization(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.organizationSettings") => {
                Self::OrganizationSettings(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_branding)]
            ::std::option::Option::Some("microsoft.graph.organizationalBranding") => {
                Self::OrganizationalBranding(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_branding)]
            ::std::option::Option::Some(
                "microsoft.graph.organizationalBrandingLocalization",
            ) => Self::OrganizationalBrandingLocalization(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core_or_branding)]
            ::std::option::Option::Some(
                "microsoft.graph.organizationalBrandingProperties",
            ) => Self::OrganizationalBrandingProperties(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.outlookCategory") => {
                Self::OutlookCategory(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.outlookItem") => {
                Self::OutlookItem(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.outlookTask") => {
                Self::OutlookTask(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.outlookTaskFolder") => {
                Self::OutlookTaskFolder(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.outlookTaskGroup") => {
                Self::OutlookTaskGroup(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.outlookUser") => {
                Self::OutlookUser(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.participant") => {
                Self::Participant(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some(
                "microsoft.graph.participantJoiningNotification",
            ) => Self::ParticipantJoiningNotification(rt::object::new_boxed()),
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some(
                "microsoft.graph.participantLeftNotification",
            ) => Self::ParticipantLeftNotification(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.passwordAuthenticationMethod",
            ) => Self::PasswordAuthenticationMethod(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.passwordlessMicrosoftAuthenticatorAuthenticationMethod",
            ) => {
                Self::PasswordlessMicrosoftAuthenticatorAuthenticationMethod(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_payload_response_or_search)]
            ::std::option::Option::Some("microsoft.graph.payloadResponse") => {
                Self::PayloadResponse(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.paymentMethod") => {
                Self::PaymentMethod(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.paymentTerm") => {
                Self::PaymentTerm(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.permission") => {
                Self::Permission(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.permissionGrantConditionSet",
            ) => Self::PermissionGrantConditionSet(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.permissionGrantPolicy") => {
                Self::PermissionGrantPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.person") => {
                Self::Person(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.personAnnotation") => {
                Self::PersonAnnotation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.personAnnualEvent") => {
                Self::PersonAnnualEvent(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.personAward") => {
                Self::PersonAward(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.personCertification") => {
                Self::PersonCertification(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.personExtension") => {
                Self::PersonExtension(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.personInterest") => {
                Self::PersonInterest(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.personName") => {
                Self::PersonName(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.personResponsibility") => {
                Self::PersonResponsibility(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.personWebsite") => {
                Self::PersonWebsite(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.phoneAuthenticationMethod") => {
                Self::PhoneAuthenticationMethod(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.picture") => {
                Self::Picture(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.place") => {
                Self::Place(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_planner)]
            ::std::option::Option::Some(
                "microsoft.graph.plannerAssignedToTaskBoardTaskFormat",
            ) => Self::PlannerAssignedToTaskBoardTaskFormat(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core_or_planner)]
            ::std::option::Option::Some("microsoft.graph.plannerBucket") => {
                Self::PlannerBucket(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_planner)]
            ::std::option::Option::Some(
                "microsoft.graph.plannerBucketTaskBoardTaskFormat",
            ) => Self::PlannerBucketTaskBoardTaskFormat(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core_or_planner)]
            ::std::option::Option::Some("microsoft.graph.plannerDelta") => {
                Self::PlannerDelta(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.plannerGroup") => {
                Self::PlannerGroup(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_planner)]
            ::std::option::Option::Some("microsoft.graph.plannerPlan") => {
                Self::PlannerPlan(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_planner)]
            ::std::option::Option::Some("microsoft.graph.plannerPlanDetails") => {
                Self::PlannerPlanDetails(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_planner)]
            ::std::option::Option::Some(
                "microsoft.graph.plannerProgressTaskBoardTaskFormat",
            ) => Self::PlannerProgressTaskBoardTaskFormat(rt::object::new_boxed()),
            #[cfg(msgraph_beta_planner_or_search)]
            ::std::option::Option::Some("microsoft.graph.plannerRoster") => {
                Self::PlannerRoster(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_planner_or_search)]
            ::std::option::Option::Some("microsoft.graph.plannerRosterMember") => {
                Self::PlannerRosterMember(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_planner)]
            ::std::option::Option::Some("microsoft.graph.plannerTask") => {
                Self::PlannerTask(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_planner)]
            ::std::option::Option::Some("microsoft.graph.plannerTaskDetails") => {
                Self::PlannerTaskDetails(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_planner)]
            ::std::option::Option::Some("microsoft.graph.plannerUser") => {
                Self::PlannerUser(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.playPromptOperation") => {
                Self::PlayPromptOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.policyBase") => {
                Self::PolicyBase(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.policySet") => {
                Self::PolicySet(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.policySetAssignment") => {
                Self::PolicySetAssignment(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.policySetItem") => {
                Self::PolicySetItem(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.post") => {
                Self::Post(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_communications)]
            ::std::option::Option::Some("microsoft.graph.presence") => {
                Self::Presence(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.presentation") => {
                Self::Presentation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printConnector") => {
                Self::PrintConnector(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printDocument") => {
                Self::PrintDocument(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printJob") => {
                Self::PrintJob(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printOperation") => {
                Self::PrintOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printService") => {
                Self::PrintService(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printServiceEndpoint") => {
                Self::PrintServiceEndpoint(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printTask") => {
                Self::PrintTask(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printTaskDefinition") => {
                Self::PrintTaskDefinition(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printTaskTrigger") => {
                Self::PrintTaskTrigger(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.printUsage") => {
                Self::PrintUsage(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.printUsageByPrinter") => {
                Self::PrintUsageByPrinter(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.printUsageByUser") => {
                Self::PrintUsageByUser(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printer") => {
                Self::Printer(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printerBase") => {
                Self::PrinterBase(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printerCreateOperation") => {
                Self::PrinterCreateOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printerShare") => {
                Self::PrinterShare(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_privileged_access_or_search)]
            ::std::option::Option::Some("microsoft.graph.privilegedAccess") => {
                Self::PrivilegedAccess(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_privileged_approval_or_search)]
            ::std::option::Option::Some("microsoft.graph.privilegedApproval") => {
                Self::PrivilegedApproval(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_privileged_operation_events_or_search)]
            ::std::option::Option::Some("microsoft.graph.privilegedOperationEvent") => {
                Self::PrivilegedOperationEvent(rt::object::new_boxed())
            }
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            ::std::option::Option::Some("microsoft.graph.privilegedRole") => {
                Self::PrivilegedRole(rt::object::new_boxed())
            }
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            ::std::option::Option::Some("microsoft.graph.privilegedRoleAssignment") => {
                Self::PrivilegedRoleAssignment(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_privileged_role_assignment_requests_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.privilegedRoleAssignmentRequest",
            ) => Self::PrivilegedRoleAssignmentRequest(rt::object::new_boxed()),
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            ::std::option::Option::Some("microsoft.graph.privilegedRoleSettings") => {
                Self::PrivilegedRoleSettings(rt::object::new_boxed())
            }
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            ::std::option::Option::Some("microsoft.graph.privilegedRoleSummary") => {
                Self::PrivilegedRoleSummary(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_privileged_signup_status_or_search)]
            ::std::option::Option::Some("microsoft.graph.privilegedSignupStatus") => {
                Self::PrivilegedSignupStatus(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.profile") => {
                Self::Profile(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.profileCardProperty") => {
                Self::ProfileCardProperty(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.profilePhoto") => {
                Self::ProfilePhoto(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_program_controls_or_programs_or_search)]
            ::std::option::Option::Some("microsoft.graph.program") => {
                Self::Program(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_program_controls_or_programs_or_search)]
            ::std::option::Option::Some("microsoft.graph.programControl") => {
                Self::ProgramControl(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_program_control_types_or_search)]
            ::std::option::Option::Some("microsoft.graph.programControlType") => {
                Self::ProgramControlType(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.projectParticipation") => {
                Self::ProjectParticipation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.providerTenantSetting") => {
                Self::ProviderTenantSetting(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_audit_logs_or_search)]
            ::std::option::Option::Some("microsoft.graph.provisioningObjectSummary") => {
                Self::ProvisioningObjectSummary(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            ::std::option::Option::Some("microsoft.graph.publishedResource") => {
                Self::PublishedResource(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.purchaseInvoice") => {
                Self::PurchaseInvoice(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.purchaseInvoiceLine") => {
                Self::PurchaseInvoiceLine(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.rbacApplication") => {
                Self::RbacApplication(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.rbacApplicationMultiple") => {
                Self::RbacApplicationMultiple(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.recordOperation") => {
                Self::RecordOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.referenceAttachment") => {
                Self::ReferenceAttachment(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.regionalAndLanguageSettings",
            ) => Self::RegionalAndLanguageSettings(rt::object::new_boxed()),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.relyingPartyDetailedSummary",
            ) => Self::RelyingPartyDetailedSummary(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.remoteActionAudit") => {
                Self::RemoteActionAudit(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.remoteAssistancePartner") => {
                Self::RemoteAssistancePartner(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.reportRoot") => {
                Self::ReportRoot(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_role_management)]
            ::std::option::Option::Some("microsoft.graph.request") => {
                Self::Request(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.resourceOperation") => {
                Self::ResourceOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.resourceSpecificPermissionGrant",
            ) => Self::ResourceSpecificPermissionGrant(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.restrictedAppsViolation") => {
                Self::RestrictedAppsViolation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_audit_logs_or_search)]
            ::std::option::Option::Some("microsoft.graph.restrictedSignIn") => {
                Self::RestrictedSignIn(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_identity_protection_or_risk_detections_or_search)]
            ::std::option::Option::Some("microsoft.graph.riskDetection") => {
                Self::RiskDetection(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
            ::std::option::Option::Some("microsoft.graph.riskyUser") => {
                Self::RiskyUser(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
            ::std::option::Option::Some("microsoft.graph.riskyUserHistoryItem") => {
                Self::RiskyUserHistoryItem(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.roleAssignment") => {
                Self::RoleAssignment(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.roleDefinition") => {
                Self::RoleDefinition(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.roleScopeTag") => {
                Self::RoleScopeTag(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.roleScopeTagAutoAssignment") => {
                Self::RoleScopeTagAutoAssignment(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.room") => {
                Self::Room(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.roomList") => {
                Self::RoomList(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.salesCreditMemo") => {
                Self::SalesCreditMemo(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.salesCreditMemoLine") => {
                Self::SalesCreditMemoLine(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.salesInvoice") => {
                Self::SalesInvoice(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.salesInvoiceLine") => {
                Self::SalesInvoiceLine(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.salesOrder") => {
                Self::SalesOrder(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.salesOrderLine") => {
                Self::SalesOrderLine(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.salesQuote") => {
                Self::SalesQuote(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.salesQuoteLine") => {
                Self::SalesQuoteLine(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.schedule") => {
                Self::Schedule(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.scheduleChangeRequest") => {
                Self::ScheduleChangeRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.schedulingGroup") => {
                Self::SchedulingGroup(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.schema") => {
                Self::Schema(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_schema_extensions_or_search)]
            ::std::option::Option::Some("microsoft.graph.schemaExtension") => {
                Self::SchemaExtension(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_scoped_role_memberships)]
            ::std::option::Option::Some("microsoft.graph.scopedRoleMembership") => {
                Self::ScopedRoleMembership(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.searchEntity") => {
                Self::SearchEntity(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.sectionGroup") => {
                Self::SectionGroup(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.secureScore") => {
                Self::SecureScore(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.secureScoreControlProfile") => {
                Self::SecureScoreControlProfile(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.securityAction") => {
                Self::SecurityAction(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.securityBaselineCategoryStateSummary",
            ) => Self::SecurityBaselineCategoryStateSummary(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.securityBaselineDeviceState",
            ) => Self::SecurityBaselineDeviceState(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.securityBaselineSettingState",
            ) => Self::SecurityBaselineSettingState(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.securityBaselineState") => {
                Self::SecurityBaselineState(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.securityBaselineStateSummary",
            ) => Self::SecurityBaselineStateSummary(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.securityBaselineTemplate") => {
                Self::SecurityBaselineTemplate(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.securityConfigurationTask") => {
                Self::SecurityConfigurationTask(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            ::std::option::Option::Some("microsoft.graph.sensitiveType") => {
                Self::SensitiveType(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            ::std::option::Option::Some("microsoft.graph.sensitivityLabel") => {
                Self::SensitivityLabel(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            ::std::option::Option::Some("microsoft.graph.sensitivityPolicySettings") => {
                Self::SensitivityPolicySettings(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.serviceAnnouncement") => {
                Self::ServiceAnnouncement(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.serviceAnnouncementBase") => {
                Self::ServiceAnnouncementBase(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.serviceHealth") => {
                Self::ServiceHealth(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.serviceHealthIssue") => {
                Self::ServiceHealthIssue(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.servicePrincipal") => {
                Self::ServicePrincipal(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.serviceUpdateMessage") => {
                Self::ServiceUpdateMessage(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.settingStateDeviceSummary") => {
                Self::SettingStateDeviceSummary(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.sharePointActivityPages") => {
                Self::SharePointActivityPages(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.sharePointActivityUserCounts",
            ) => Self::SharePointActivityUserCounts(rt::object::new_boxed()),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.sharePointActivityUserDetail",
            ) => Self::SharePointActivityUserDetail(rt::object::new_boxed()),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.sharePointSiteUsageDetail") => {
                Self::SharePointSiteUsageDetail(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.sharePointSiteUsageFileCounts",
            ) => Self::SharePointSiteUsageFileCounts(rt::object::new_boxed()),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.sharePointSiteUsagePages") => {
                Self::SharePointSiteUsagePages(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.sharePointSiteUsageSiteCounts",
            ) => Self::SharePointSiteUsageSiteCounts(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.sharedDriveItem") => {
                Self::SharedDriveItem(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_directory_or_search)]
            ::std::option::Option::Some("microsoft.graph.sharedEmailDomain") => {
                Self::SharedEmailDomain(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_domains_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.sharedEmailDomainInvitation",
            ) => Self::SharedEmailDomainInvitation(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.sharedInsight") => {
                Self::SharedInsight(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.sharedPCConfiguration") => {
                Self::SharedPcConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.shift") => {
                Self::Shift(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.shiftPreferences") => {
                Self::ShiftPreferences(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.shipmentMethod") => {
                Self::ShipmentMethod(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.sideLoadingKey") => {
                Self::SideLoadingKey(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_audit_logs_or_search)]
            ::std::option::Option::Some("microsoft.graph.signIn") => {
                Self::SignIn(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.singleValueLegacyExtendedProperty",
            ) => Self::SingleValueLegacyExtendedProperty(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.site") => {
                Self::Site(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.siteActivitySummary") => {
                Self::SiteActivitySummary(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.sitePage") => {
                Self::SitePage(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.siteUsageStorage") => {
                Self::SiteUsageStorage(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.skillProficiency") => {
                Self::SkillProficiency(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessActivityCounts",
            ) => Self::SkypeForBusinessActivityCounts(rt::object::new_boxed()),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessActivityUserCounts",
            ) => Self::SkypeForBusinessActivityUserCounts(rt::object::new_boxed()),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessActivityUserDetail",
            ) => Self::SkypeForBusinessActivityUserDetail(rt::object::new_boxed()),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessDeviceUsageDistributionUserCounts",
            ) => {
                Self::SkypeForBusinessDeviceUsageDistributionUserCounts(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessDeviceUsageUserCounts",
            ) => Self::SkypeForBusinessDeviceUsageUserCounts(rt::object::new_boxed()),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessDeviceUsageUserDetail",
            ) => Self::SkypeForBusinessDeviceUsageUserDetail(rt::object::new_boxed()),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessOrganizerActivityCounts",
            ) => Self::SkypeForBusinessOrganizerActivityCounts(rt::object::new_boxed()),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessOrganizerActivityMinuteCounts",
            ) => {
                Self::SkypeForBusinessOrganizerActivityMinuteCounts(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessOrganizerActivityUserCounts",
            ) => {
                Self::SkypeForBusinessOrganizerActivityUserCounts(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessParticipantActivityCounts",
            ) => Self::SkypeForBusinessParticipantActivityCounts(rt::object::new_boxed()),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessParticipantActivityMinuteCounts",
            ) => {
                Self::SkypeForBusinessParticipantActivityMinuteCounts(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessParticipantActivityUserCounts",
            ) => {
                Self::SkypeForBusinessParticipantActivityUserCounts(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessPeerToPeerActivityCounts",
            ) => Self::SkypeForBusinessPeerToPeerActivityCounts(rt::object::new_boxed()),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessPeerToPeerActivityMinuteCounts",
            ) => {
                Self::SkypeForBusinessPeerToPeerActivityMinuteCounts(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessPeerToPeerActivityUserCounts",
            ) => {
                Self::SkypeForBusinessPeerToPeerActivityUserCounts(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.smsAuthenticationMethodConfiguration",
            ) => Self::SmsAuthenticationMethodConfiguration(rt::object::new_boxed()),
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.smsAuthenticationMethodTarget",
            ) => Self::SmsAuthenticationMethodTarget(rt::object::new_boxed()),
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.socialIdentityProvider") => {
                Self::SocialIdentityProvider(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some(
                "microsoft.graph.softwareUpdateStatusSummary",
            ) => Self::SoftwareUpdateStatusSummary(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.stsPolicy") => {
                Self::StsPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.subscribeToToneOperation") => {
                Self::SubscribeToToneOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search_or_subscribed_skus)]
            ::std::option::Option::Some("microsoft.graph.subscribedSku") => {
                Self::SubscribedSku(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_3_more)]
            ::std::option::Option::Some("microsoft.graph.subscription") => {
                Self::Subscription(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.swapShiftsChangeRequest") => {
                Self::SwapShiftsChangeRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.symantecCodeSigningCertificate",
            ) => Self::SymantecCodeSigningCertificate(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.synchronization") => {
                Self::Synchronization(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.synchronizationJob") => {
                Self::SynchronizationJob(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.synchronizationSchema") => {
                Self::SynchronizationSchema(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.synchronizationTemplate") => {
                Self::SynchronizationTemplate(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.targetedManagedAppConfiguration",
            ) => Self::TargetedManagedAppConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.targetedManagedAppConfigurationPolicySetItem",
            ) => {
                Self::TargetedManagedAppConfigurationPolicySetItem(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.targetedManagedAppPolicyAssignment",
            ) => Self::TargetedManagedAppPolicyAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.targetedManagedAppProtection",
            ) => Self::TargetedManagedAppProtection(rt::object::new_boxed()),
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.taxArea") => {
                Self::TaxArea(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.taxGroup") => {
                Self::TaxGroup(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.team") => {
                Self::Team(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            ::std::option::Option::Some("microsoft.graph.teamsApp") => {
                Self::TeamsApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            ::std::option::Option::Some("microsoft.graph.teamsAppDefinition") => {
                Self::TeamsAppDefinition(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            ::std::option::Option::Some("microsoft.graph.teamsAppIcon") => {
                Self::TeamsAppIcon(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.teamsAppInstallation") => {
                Self::TeamsAppInstallation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.teamsAsyncOperation") => {
                Self::TeamsAsyncOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.teamsDeviceUsageDistributionUserCounts",
            ) => Self::TeamsDeviceUsageDistributionUserCounts(rt::object::new_boxed()),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.teamsDeviceUsageUserCounts") => {
                Self::TeamsDeviceUsageUserCounts(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.teamsDeviceUsageUserDetail") => {
                Self::TeamsDeviceUsageUserDetail(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.teamsTab") => {
                Self::TeamsTab(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search_or_teams_templates)]
            ::std::option::Option::Some("microsoft.graph.teamsTemplate") => {
                Self::TeamsTemplate(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.teamsUserActivityCounts") => {
                Self::TeamsUserActivityCounts(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.teamsUserActivityDistributionUserCounts",
            ) => Self::TeamsUserActivityDistributionUserCounts(rt::object::new_boxed()),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.teamsUserActivityUserCounts",
            ) => Self::TeamsUserActivityUserCounts(rt::object::new_boxed()),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.teamsUserActivityUserDetail",
            ) => Self::TeamsUserActivityUserDetail(rt::object::new_boxed()),
            #[cfg(msgraph_beta_search_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.teamwork") => {
                Self::Teamwork(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            ::std::option::Option::Some("microsoft.graph.teamworkBot") => {
                Self::TeamworkBot(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_app_catalogs)]
            ::std::option::Option::Some("microsoft.graph.teamworkHostedContent") => {
                Self::TeamworkHostedContent(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.teamworkTag") => {
                Self::TeamworkTag(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.teamworkTagMember") => {
                Self::TeamworkTagMember(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.telecomExpenseManagementPartner",
            ) => Self::TelecomExpenseManagementPartner(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.temporaryAccessPassAuthenticationMethod",
            ) => Self::TemporaryAccessPassAuthenticationMethod(rt::object::new_boxed()),
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration",
            ) => {
                Self::TemporaryAccessPassAuthenticationMethodConfiguration(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_privileged_signup_status_or_search)]
            ::std::option::Option::Some("microsoft.graph.tenantSetupInfo") => {
                Self::TenantSetupInfo(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            ::std::option::Option::Some("microsoft.graph.termStore.group") => {
                Self::TermStoreGroup(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            ::std::option::Option::Some("microsoft.graph.termStore.relation") => {
                Self::Relation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            ::std::option::Option::Some("microsoft.graph.termStore.set") => {
                Self::Set(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            ::std::option::Option::Some("microsoft.graph.termStore.store") => {
                Self::Store(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            ::std::option::Option::Some("microsoft.graph.termStore.term") => {
                Self::Term(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.termsAndConditions") => {
                Self::TermsAndConditions(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.termsAndConditionsAcceptanceStatus",
            ) => Self::TermsAndConditionsAcceptanceStatus(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.termsAndConditionsAssignment",
            ) => Self::TermsAndConditionsAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.termsAndConditionsGroupAssignment",
            ) => Self::TermsAndConditionsGroupAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_beta_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.termsOfUseContainer") => {
                Self::TermsOfUseContainer(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            ::std::option::Option::Some("microsoft.graph.textClassificationRequest") => {
                Self::TextClassificationRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            ::std::option::Option::Some("microsoft.graph.threatAssessmentRequest") => {
                Self::ThreatAssessmentRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            ::std::option::Option::Some("microsoft.graph.threatAssessmentResult") => {
                Self::ThreatAssessmentResult(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.thumbnailSet") => {
                Self::ThumbnailSet(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.tiIndicator") => {
                Self::TiIndicator(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.timeCard") => {
                Self::TimeCard(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.timeOff") => {
                Self::TimeOff(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.timeOffReason") => {
                Self::TimeOffReason(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.timeOffRequest") => {
                Self::TimeOffRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.todo") => {
                Self::Todo(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.todoTask") => {
                Self::TodoTask(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.todoTaskList") => {
                Self::TodoTaskList(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.tokenIssuancePolicy") => {
                Self::TokenIssuancePolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.tokenLifetimePolicy") => {
                Self::TokenLifetimePolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.trending") => {
                Self::Trending(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search_or_trust_framework)]
            ::std::option::Option::Some("microsoft.graph.trustFrameworkKeySet") => {
                Self::TrustFrameworkKeySet(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search_or_trust_framework)]
            ::std::option::Option::Some("microsoft.graph.trustFrameworkPolicy") => {
                Self::TrustFrameworkPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.unifiedRbacResourceAction") => {
                Self::UnifiedRbacResourceAction(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRbacResourceNamespace",
            ) => Self::UnifiedRbacResourceNamespace(rt::object::new_boxed()),
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.unifiedRbacResourceScope") => {
                Self::UnifiedRbacResourceScope(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.unifiedRoleAssignment") => {
                Self::UnifiedRoleAssignment(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleAssignmentMultiple",
            ) => Self::UnifiedRoleAssignmentMultiple(rt::object::new_boxed()),
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleAssignmentSchedule",
            ) => Self::UnifiedRoleAssignmentSchedule(rt::object::new_boxed()),
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleAssignmentScheduleInstance",
            ) => Self::UnifiedRoleAssignmentScheduleInstance(rt::object::new_boxed()),
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleAssignmentScheduleRequest",
            ) => Self::UnifiedRoleAssignmentScheduleRequest(rt::object::new_boxed()),
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.unifiedRoleDefinition") => {
                Self::UnifiedRoleDefinition(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleEligibilitySchedule",
            ) => Self::UnifiedRoleEligibilitySchedule(rt::object::new_boxed()),
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleEligibilityScheduleInstance",
            ) => Self::UnifiedRoleEligibilityScheduleInstance(rt::object::new_boxed()),
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleEligibilityScheduleRequest",
            ) => Self::UnifiedRoleEligibilityScheduleRequest(rt::object::new_boxed()),
            #[cfg(msgraph_beta_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicy",
            ) => Self::UnifiedRoleManagementPolicy(rt::object::new_boxed()),
            #[cfg(msgraph_beta_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicyApprovalRule",
            ) => Self::UnifiedRoleManagementPolicyApprovalRule(rt::object::new_boxed()),
            #[cfg(msgraph_beta_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicyAssignment",
            ) => Self::UnifiedRoleManagementPolicyAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_beta_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicyAuthenticationContextRule",
            ) => {
                Self::UnifiedRoleManagementPolicyAuthenticationContextRule(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicyEnablementRule",
            ) => Self::UnifiedRoleManagementPolicyEnablementRule(rt::object::new_boxed()),
            #[cfg(msgraph_beta_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicyExpirationRule",
            ) => Self::UnifiedRoleManagementPolicyExpirationRule(rt::object::new_boxed()),
            #[cfg(msgraph_beta_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicyNotificationRule",
            ) => {
                Self::UnifiedRoleManagementPolicyNotificationRule(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicyRule",
            ) => Self::UnifiedRoleManagementPolicyRule(rt::object::new_boxed()),
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.unifiedRoleScheduleBase") => {
                Self::UnifiedRoleScheduleBase(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleScheduleInstanceBase",
            ) => Self::UnifiedRoleScheduleInstanceBase(rt::object::new_boxed()),
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.unitOfMeasure") => {
                Self::UnitOfMeasure(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unmanagedDeviceDiscoveryTask",
            ) => Self::UnmanagedDeviceDiscoveryTask(rt::object::new_boxed()),
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.unmuteParticipantOperation") => {
                Self::UnmuteParticipantOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unsupportedDeviceConfiguration",
            ) => Self::UnsupportedDeviceConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unsupportedGroupPolicyExtension",
            ) => Self::UnsupportedGroupPolicyExtension(rt::object::new_boxed()),
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.updateRecordingStatusOperation",
            ) => Self::UpdateRecordingStatusOperation(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core_or_information_protection)]
            ::std::option::Option::Some("microsoft.graph.urlAssessmentRequest") => {
                Self::UrlAssessmentRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.usageRight") => {
                Self::UsageRight(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.usedInsight") => {
                Self::UsedInsight(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.user") => {
                Self::User(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.userAccountInformation") => {
                Self::UserAccountInformation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.userActivity") => {
                Self::UserActivity(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.userAnalytics") => {
                Self::UserAnalytics(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.userAppInstallStatus") => {
                Self::UserAppInstallStatus(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.userConfiguration") => {
                Self::UserConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.userConsentRequest") => {
                Self::UserConsentRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.userCredentialUsageDetails") => {
                Self::UserCredentialUsageDetails(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersion",
            ) => {
                Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersion(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByOSVersion",
            ) => {
                Self::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsAppHealthApplicationPerformance",
            ) => {
                Self::UserExperienceAnalyticsAppHealthApplicationPerformance(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsAppHealthDeviceModelPerformance",
            ) => {
                Self::UserExperienceAnalyticsAppHealthDeviceModelPerformance(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformance",
            ) => {
                Self::UserExperienceAnalyticsAppHealthDevicePerformance(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformanceDetails",
            ) => {
                Self::UserExperienceAnalyticsAppHealthDevicePerformanceDetails(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsAppHealthOSVersionPerformance",
            ) => {
                Self::UserExperienceAnalyticsAppHealthOsVersionPerformance(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsBaseline",
            ) => Self::UserExperienceAnalyticsBaseline(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsCategory",
            ) => Self::UserExperienceAnalyticsCategory(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsDevicePerformance",
            ) => Self::UserExperienceAnalyticsDevicePerformance(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsDeviceScores",
            ) => Self::UserExperienceAnalyticsDeviceScores(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsDeviceStartupHistory",
            ) => {
                Self::UserExperienceAnalyticsDeviceStartupHistory(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsDeviceStartupProcess",
            ) => {
                Self::UserExperienceAnalyticsDeviceStartupProcess(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsDeviceStartupProcessPerformance",
            ) => {
                Self::UserExperienceAnalyticsDeviceStartupProcessPerformance(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsDeviceWithoutCloudIdentity",
            ) => {
                Self::UserExperienceAnalyticsDeviceWithoutCloudIdentity(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsImpactingProcess",
            ) => Self::UserExperienceAnalyticsImpactingProcess(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsMetric",
            ) => Self::UserExperienceAnalyticsMetric(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsMetricHistory",
            ) => Self::UserExperienceAnalyticsMetricHistory(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsNotAutopilotReadyDevice",
            ) => {
                Self::UserExperienceAnalyticsNotAutopilotReadyDevice(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsOverview",
            ) => Self::UserExperienceAnalyticsOverview(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsRegressionSummary",
            ) => Self::UserExperienceAnalyticsRegressionSummary(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsRemoteConnection",
            ) => Self::UserExperienceAnalyticsRemoteConnection(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsResourcePerformance",
            ) => {
                Self::UserExperienceAnalyticsResourcePerformance(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsScoreHistory",
            ) => Self::UserExperienceAnalyticsScoreHistory(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevice",
            ) => {
                Self::UserExperienceAnalyticsWorkFromAnywhereDevice(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereMetric",
            ) => {
                Self::UserExperienceAnalyticsWorkFromAnywhereMetric(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userFlowLanguageConfiguration",
            ) => Self::UserFlowLanguageConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.userFlowLanguagePage") => {
                Self::UserFlowLanguagePage(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.userInsightsSettings") => {
                Self::UserInsightsSettings(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.userInstallStateSummary") => {
                Self::UserInstallStateSummary(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.userPFXCertificate") => {
                Self::UserPfxCertificate(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.userScopeTeamsAppInstallation",
            ) => Self::UserScopeTeamsAppInstallation(rt::object::new_boxed()),
            #[cfg(msgraph_beta_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.userSecurityProfile") => {
                Self::UserSecurityProfile(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.userSettings") => {
                Self::UserSettings(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.userTeamwork") => {
                Self::UserTeamwork(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_financials_or_search)]
            ::std::option::Option::Some("microsoft.graph.vendor") => {
                Self::Vendor(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.virtualEndpoint") => {
                Self::VirtualEndpoint(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.vpnConfiguration") => {
                Self::VpnConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.vppToken") => {
                Self::VppToken(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.vulnerableManagedDevice") => {
                Self::VulnerableManagedDevice(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.webAccount") => {
                Self::WebAccount(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.webApp") => {
                Self::WebApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.win32LobApp") => {
                Self::Win32LobApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10CertificateProfileBase",
            ) => Self::Windows10CertificateProfileBase(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windows10CompliancePolicy") => {
                Self::Windows10CompliancePolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10CustomConfiguration",
            ) => Self::Windows10CustomConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10DeviceFirmwareConfigurationInterface",
            ) => {
                Self::Windows10DeviceFirmwareConfigurationInterface(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10EasEmailProfileConfiguration",
            ) => Self::Windows10EasEmailProfileConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10EndpointProtectionConfiguration",
            ) => Self::Windows10EndpointProtectionConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10EnrollmentCompletionPageConfiguration",
            ) => {
                Self::Windows10EnrollmentCompletionPageConfiguration(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10EnrollmentCompletionPageConfigurationPolicySetItem",
            ) => {
                Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10EnterpriseModernAppManagementConfiguration",
            ) => {
                Self::Windows10EnterpriseModernAppManagementConfiguration(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10GeneralConfiguration",
            ) => Self::Windows10GeneralConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10ImportedPFXCertificateProfile",
            ) => Self::Windows10ImportedPfxCertificateProfile(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10MobileCompliancePolicy",
            ) => Self::Windows10MobileCompliancePolicy(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10NetworkBoundaryConfiguration",
            ) => Self::Windows10NetworkBoundaryConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10PFXImportCertificateProfile",
            ) => Self::Windows10PfxImportCertificateProfile(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10PkcsCertificateProfile",
            ) => Self::Windows10PkcsCertificateProfile(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10SecureAssessmentConfiguration",
            ) => Self::Windows10SecureAssessmentConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10TeamGeneralConfiguration",
            ) => Self::Windows10TeamGeneralConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windows10VpnConfiguration") => {
                Self::Windows10VpnConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10XCertificateProfile",
            ) => Self::Windows10XCertificateProfile(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10XSCEPCertificateProfile",
            ) => Self::Windows10XscepCertificateProfile(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10XTrustedRootCertificate",
            ) => Self::Windows10XTrustedRootCertificate(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windows10XVpnConfiguration") => {
                Self::Windows10XVpnConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10XWifiConfiguration",
            ) => Self::Windows10XWifiConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows81CertificateProfileBase",
            ) => Self::Windows81CertificateProfileBase(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windows81CompliancePolicy") => {
                Self::Windows81CompliancePolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows81GeneralConfiguration",
            ) => Self::Windows81GeneralConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows81SCEPCertificateProfile",
            ) => Self::Windows81ScepCertificateProfile(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows81TrustedRootCertificate",
            ) => Self::Windows81TrustedRootCertificate(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windows81VpnConfiguration") => {
                Self::Windows81VpnConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows81WifiImportConfiguration",
            ) => Self::Windows81WifiImportConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsAppX") => {
                Self::WindowsAppX(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsAssignedAccessProfile",
            ) => Self::WindowsAssignedAccessProfile(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsAutopilotDeploymentProfile",
            ) => Self::WindowsAutopilotDeploymentProfile(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsAutopilotDeploymentProfileAssignment",
            ) => {
                Self::WindowsAutopilotDeploymentProfileAssignment(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsAutopilotDeploymentProfilePolicySetItem",
            ) => {
                Self::WindowsAutopilotDeploymentProfilePolicySetItem(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsAutopilotDeviceIdentity",
            ) => Self::WindowsAutopilotDeviceIdentity(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsAutopilotSettings") => {
                Self::WindowsAutopilotSettings(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsCertificateProfileBase",
            ) => Self::WindowsCertificateProfileBase(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsDefenderAdvancedThreatProtectionConfiguration",
            ) => {
                Self::WindowsDefenderAdvancedThreatProtectionConfiguration(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsDefenderApplicationControlSupplementalPolicy",
            ) => {
                Self::WindowsDefenderApplicationControlSupplementalPolicy(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyAssignment",
            ) => {
                Self::WindowsDefenderApplicationControlSupplementalPolicyAssignment(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyDeploymentStatus",
            ) => {
                Self::WindowsDefenderApplicationControlSupplementalPolicyDeploymentStatus(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyDeploymentSummary",
            ) => {
                Self::WindowsDefenderApplicationControlSupplementalPolicyDeploymentSummary(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsDeliveryOptimizationConfiguration",
            ) => Self::WindowsDeliveryOptimizationConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.windowsDeviceMalwareState") => {
                Self::WindowsDeviceMalwareState(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsDomainJoinConfiguration",
            ) => Self::WindowsDomainJoinConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsFeatureUpdateCatalogItem",
            ) => Self::WindowsFeatureUpdateCatalogItem(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsFeatureUpdateProfile",
            ) => Self::WindowsFeatureUpdateProfile(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsFeatureUpdateProfileAssignment",
            ) => Self::WindowsFeatureUpdateProfileAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsHealthMonitoringConfiguration",
            ) => Self::WindowsHealthMonitoringConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsHelloForBusinessAuthenticationMethod",
            ) => {
                Self::WindowsHelloForBusinessAuthenticationMethod(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsIdentityProtectionConfiguration",
            ) => Self::WindowsIdentityProtectionConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtection",
            ) => Self::WindowsInformationProtection(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtectionAppLearningSummary",
            ) => {
                Self::WindowsInformationProtectionAppLearningSummary(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtectionAppLockerFile",
            ) => Self::WindowsInformationProtectionAppLockerFile(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtectionDeviceRegistration",
            ) => {
                Self::WindowsInformationProtectionDeviceRegistration(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtectionNetworkLearningSummary",
            ) => {
                Self::WindowsInformationProtectionNetworkLearningSummary(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtectionPolicy",
            ) => Self::WindowsInformationProtectionPolicy(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtectionWipeAction",
            ) => Self::WindowsInformationProtectionWipeAction(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsKioskConfiguration") => {
                Self::WindowsKioskConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsMalwareInformation") => {
                Self::WindowsMalwareInformation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.windowsManagedDevice") => {
                Self::WindowsManagedDevice(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some("microsoft.graph.windowsManagementApp") => {
                Self::WindowsManagementApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsManagementAppHealthState",
            ) => Self::WindowsManagementAppHealthState(rt::object::new_boxed()),
            #[cfg(msgraph_beta_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsManagementAppHealthSummary",
            ) => Self::WindowsManagementAppHealthSummary(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsMicrosoftEdgeApp") => {
                Self::WindowsMicrosoftEdgeApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsMobileMSI") => {
                Self::WindowsMobileMsi(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_office_configuration_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsOfficeClientConfiguration",
            ) => Self::WindowsOfficeClientConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_office_configuration_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsOfficeClientSecurityConfiguration",
            ) => Self::WindowsOfficeClientSecurityConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsPhone81AppX") => {
                Self::WindowsPhone81AppX(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsPhone81AppXBundle") => {
                Self::WindowsPhone81AppXBundle(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81CertificateProfileBase",
            ) => Self::WindowsPhone81CertificateProfileBase(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81CompliancePolicy",
            ) => Self::WindowsPhone81CompliancePolicy(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81CustomConfiguration",
            ) => Self::WindowsPhone81CustomConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81GeneralConfiguration",
            ) => Self::WindowsPhone81GeneralConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81ImportedPFXCertificateProfile",
            ) => {
                Self::WindowsPhone81ImportedPfxCertificateProfile(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81SCEPCertificateProfile",
            ) => Self::WindowsPhone81ScepCertificateProfile(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsPhone81StoreApp") => {
                Self::WindowsPhone81StoreApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81TrustedRootCertificate",
            ) => Self::WindowsPhone81TrustedRootCertificate(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81VpnConfiguration",
            ) => Self::WindowsPhone81VpnConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhoneEASEmailProfileConfiguration",
            ) => Self::WindowsPhoneEasEmailProfileConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsPhoneXAP") => {
                Self::WindowsPhoneXap(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsPrivacyDataAccessControlItem",
            ) => Self::WindowsPrivacyDataAccessControlItem(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.windowsProtectionState") => {
                Self::WindowsProtectionState(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsQualityUpdateCatalogItem",
            ) => Self::WindowsQualityUpdateCatalogItem(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsQualityUpdateProfile",
            ) => Self::WindowsQualityUpdateProfile(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsQualityUpdateProfileAssignment",
            ) => Self::WindowsQualityUpdateProfileAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsStoreApp") => {
                Self::WindowsStoreApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsUniversalAppX") => {
                Self::WindowsUniversalAppX(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsUniversalAppXContainedApp",
            ) => Self::WindowsUniversalAppXContainedApp(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsUpdateCatalogItem") => {
                Self::WindowsUpdateCatalogItem(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsUpdateForBusinessConfiguration",
            ) => Self::WindowsUpdateForBusinessConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsUpdateState") => {
                Self::WindowsUpdateState(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsUpdates.azureADDevice",
            ) => Self::AzureAdDevice(rt::object::new_boxed()),
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsUpdates.catalog") => {
                Self::Catalog(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsUpdates.catalogEntry",
            ) => Self::CatalogEntry(rt::object::new_boxed()),
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsUpdates.deployment") => {
                Self::Deployment(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsUpdates.deploymentAudience",
            ) => Self::DeploymentAudience(rt::object::new_boxed()),
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsUpdates.featureUpdateCatalogEntry",
            ) => Self::FeatureUpdateCatalogEntry(rt::object::new_boxed()),
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsUpdates.qualityUpdateCatalogEntry",
            ) => Self::QualityUpdateCatalogEntry(rt::object::new_boxed()),
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsUpdates.softwareUpdateCatalogEntry",
            ) => Self::SoftwareUpdateCatalogEntry(rt::object::new_boxed()),
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsUpdates.updatableAsset",
            ) => Self::UpdatableAsset(rt::object::new_boxed()),
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsUpdates.updatableAssetGroup",
            ) => Self::UpdatableAssetGroup(rt::object::new_boxed()),
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsUpdates.updates") => {
                Self::Updates(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsUpdates.windows") => {
                Self::Windows(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsVpnConfiguration") => {
                Self::WindowsVpnConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsWifiConfiguration") => {
                Self::WindowsWifiConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsWifiEnterpriseEAPConfiguration",
            ) => Self::WindowsWifiEnterpriseEapConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core)]
            ::std::option::Option::Some("microsoft.graph.workPosition") => {
                Self::WorkPosition(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbook") => {
                Self::Workbook(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookApplication") => {
                Self::WorkbookApplication(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChart") => {
                Self::WorkbookChart(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartAreaFormat") => {
                Self::WorkbookChartAreaFormat(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartAxes") => {
                Self::WorkbookChartAxes(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartAxis") => {
                Self::WorkbookChartAxis(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartAxisFormat") => {
                Self::WorkbookChartAxisFormat(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartAxisTitle") => {
                Self::WorkbookChartAxisTitle(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some(
                "microsoft.graph.workbookChartAxisTitleFormat",
            ) => Self::WorkbookChartAxisTitleFormat(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some(
                "microsoft.graph.workbookChartDataLabelFormat",
            ) => Self::WorkbookChartDataLabelFormat(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartDataLabels") => {
                Self::WorkbookChartDataLabels(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartFill") => {
                Self::WorkbookChartFill(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartFont") => {
                Self::WorkbookChartFont(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartGridlines") => {
                Self::WorkbookChartGridlines(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some(
                "microsoft.graph.workbookChartGridlinesFormat",
            ) => Self::WorkbookChartGridlinesFormat(rt::object::new_boxed()),
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartLegend") => {
                Self::WorkbookChartLegend(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartLegendFormat") => {
                Self::WorkbookChartLegendFormat(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartLineFormat") => {
                Self::WorkbookChartLineFormat(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartPoint") => {
                Self::WorkbookChartPoint(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartPointFormat") => {
                Self::WorkbookChartPointFormat(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartSeries") => {
                Self::WorkbookChartSeries(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartSeriesFormat") => {
                Self::WorkbookChartSeriesFormat(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartTitle") => {
                Self::WorkbookChartTitle(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookChartTitleFormat") => {
                Self::WorkbookChartTitleFormat(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookComment") => {
                Self::WorkbookComment(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookCommentReply") => {
                Self::WorkbookCommentReply(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookFilter") => {
                Self::WorkbookFilter(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookFormatProtection") => {
                Self::WorkbookFormatProtection(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookFunctionResult") => {
                Self::WorkbookFunctionResult(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookFunctions") => {
                Self::WorkbookFunctions(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookNamedItem") => {
                Self::WorkbookNamedItem(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookOperation") => {
                Self::WorkbookOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookPivotTable") => {
                Self::WorkbookPivotTable(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookRange") => {
                Self::WorkbookRange(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookRangeBorder") => {
                Self::WorkbookRangeBorder(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookRangeFill") => {
                Self::WorkbookRangeFill(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookRangeFont") => {
                Self::WorkbookRangeFont(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookRangeFormat") => {
                Self::WorkbookRangeFormat(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookRangeSort") => {
                Self::WorkbookRangeSort(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookRangeView") => {
                Self::WorkbookRangeView(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookTable") => {
                Self::WorkbookTable(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookTableColumn") => {
                Self::WorkbookTableColumn(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookTableRow") => {
                Self::WorkbookTableRow(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookTableSort") => {
                Self::WorkbookTableSort(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some("microsoft.graph.workbookWorksheet") => {
                Self::WorkbookWorksheet(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            ::std::option::Option::Some(
                "microsoft.graph.workbookWorksheetProtection",
            ) => Self::WorkbookWorksheetProtection(rt::object::new_boxed()),
            #[cfg(msgraph_beta_search_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.workforceIntegration") => {
                Self::WorkforceIntegration(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.yammerActivitySummary") => {
                Self::YammerActivitySummary(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.yammerActivityUserDetail") => {
                Self::YammerActivityUserDetail(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.yammerDeviceUsageDistributionUserCounts",
            ) => Self::YammerDeviceUsageDistributionUserCounts(rt::object::new_boxed()),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.yammerDeviceUsageUserCounts",
            ) => Self::YammerDeviceUsageUserCounts(rt::object::new_boxed()),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.yammerDeviceUsageUserDetail",
            ) => Self::YammerDeviceUsageUserDetail(rt::object::new_boxed()),
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.yammerGroupsActivityCounts") => {
                Self::YammerGroupsActivityCounts(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.yammerGroupsActivityDetail") => {
                Self::YammerGroupsActivityDetail(rt::object::new_boxed())
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.yammerGroupsActivityGroupCounts",
            ) => Self::YammerGroupsActivityGroupCounts(rt::object::new_boxed()),
            _ => Self::Entity(rt::object::new_boxed()),
        };
        let obj: &mut dyn rt::object::Members = match &mut v {
            Self::Entity(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::AadUserConversationMember(o) => &mut **o,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackage(o) => &mut **o,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignmentPolicy(o) => &mut **o,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequest(o) => &mut **o,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignmentResourceRole(o) => &mut **o,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageCatalog(o) => &mut **o,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResource(o) => &mut **o,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceEnvironment(o) => &mut **o,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceRequest(o) => &mut **o,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceRole(o) => &mut **o,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceRoleScope(o) => &mut **o,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceScope(o) => &mut **o,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageSubject(o) => &mut **o,
            #[cfg(msgraph_beta_access_reviews_or_search)]
            Self::AccessReview(o) => &mut **o,
            #[cfg(msgraph_beta_access_review_decisions_or_access_reviews_or_search)]
            Self::AccessReviewDecision(o) => &mut **o,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessReviewHistoryDefinition(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::AccessReviewInstance(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::AccessReviewInstanceDecisionItem(o) => &mut **o,
            #[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
            Self::AccessReviewPolicy(o) => &mut **o,
            #[cfg(msgraph_beta_access_reviews_or_search)]
            Self::AccessReviewReviewer(o) => &mut **o,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessReviewScheduleDefinition(o) => &mut **o,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessReviewSet(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Account(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::ActivityBasedTimeoutPolicy(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::ActivityHistoryItem(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::ActivityStatistics(o) => &mut **o,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::AdminConsentRequestPolicy(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::AdministrativeUnit(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AdvancedThreatProtectionOnboardingDeviceSettingState(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AdvancedThreatProtectionOnboardingStateSummary(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::AgedAccountsPayable(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::AgedAccountsReceivable(o) => &mut **o,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::Agreement(o) => &mut **o,
            #[cfg(
                msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search
            )]
            Self::AgreementAcceptance(o) => &mut **o,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFile(o) => &mut **o,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFileLocalization(o) => &mut **o,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFileProperties(o) => &mut **o,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFileVersion(o) => &mut **o,
            #[cfg(msgraph_beta_search_or_security)]
            Self::Alert(o) => &mut **o,
            #[cfg(msgraph_beta_allowed_data_locations_or_search)]
            Self::AllowedDataLocation(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidCertificateProfileBase(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidCompliancePolicy(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidCustomConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_search)]
            Self::AndroidDeviceComplianceLocalActionBase(o) => &mut **o,
            #[cfg(msgraph_beta_search)]
            Self::AndroidDeviceComplianceLocalActionLockDevice(o) => &mut **o,
            #[cfg(msgraph_beta_search)]
            Self::AndroidDeviceComplianceLocalActionLockDeviceWithPasscode(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerCertificateProfileBase(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerCompliancePolicy(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(o) => {
                &mut **o
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerEnrollmentProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerPkcsCertificateProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerScepCertificateProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerTrustedRootCertificate(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerVpnConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerWiFiConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidEasEmailProfileConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidEnterpriseWiFiConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidForWorkApp(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkAppConfigurationSchema(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkCertificateProfileBase(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkCompliancePolicy(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkCustomConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkEasEmailProfileBase(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkEnrollmentProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkEnterpriseWiFiConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkGeneralDeviceConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkGmailEasConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkImportedPfxCertificateProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidForWorkMobileAppConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkNineWorkEasConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkPkcsCertificateProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkScepCertificateProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkSettings(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkTrustedRootCertificate(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkVpnConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkWiFiConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidGeneralDeviceConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidImportedPfxCertificateProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidLobApp(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::AndroidManagedAppProtection(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedAppRegistration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidManagedStoreAccountEnterpriseSettings(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedStoreApp(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedStoreAppConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidManagedStoreAppConfigurationSchema(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedStoreWebApp(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidOmaCpConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidPkcsCertificateProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidScepCertificateProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidStoreApp(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidTrustedRootCertificate(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidVpnConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWiFiConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileCertificateProfileBase(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileCompliancePolicy(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileCustomConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileEasEmailProfileBase(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileGeneralDeviceConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileGmailEasConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileNineWorkEasConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfilePkcsCertificateProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileScepCertificateProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileTrustedRootCertificate(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileVpnConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileWiFiConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AospDeviceOwnerCompliancePolicy(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AospDeviceOwnerDeviceConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AppConsentApprovalRoute(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::AppConsentRequest(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::AppLogCollectionRequest(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_app_role_assignments)]
            Self::AppRoleAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::AppScope(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AppVulnerabilityManagedDevice(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AppVulnerabilityMobileApp(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AppVulnerabilityTask(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleDeviceFeaturesConfigurationBase(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleEnrollmentProfileAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleExpeditedCheckinConfigurationBase(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ApplePushNotificationCertificate(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleUserInitiatedEnrollmentProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleVpnConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::AppleVppTokenTroubleshootingEvent(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::Application(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::ApplicationSignInDetailedSummary(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::ApplicationSignInSummary(o) => &mut **o,
            #[cfg(msgraph_beta_application_templates_or_search)]
            Self::ApplicationTemplate(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_role_management)]
            Self::Approval(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_role_management)]
            Self::ApprovalStep(o) => &mut **o,
            #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
            Self::ApprovalWorkflowProvider(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::AssignmentFilterEvaluationStatusDetails(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::Attachment(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_functions)]
            Self::AttributeMappingFunctionSchema(o) => &mut **o,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::AudioRoutingGroup(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AuditEvent(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::Authentication(o) => &mut **o,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::AuthenticationContextClassReference(o) => &mut **o,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::AuthenticationFlowsPolicy(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::AuthenticationMethod(o) => &mut **o,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodConfiguration(o) => &mut **o,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodTarget(o) => &mut **o,
            #[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
            Self::AuthenticationMethodsPolicy(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AuthenticationMethodsRoot(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::AuthorizationPolicy(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AzureAdFeatureUsage(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AzureAdLicenseUsage(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AzureAdUserFeatureUsage(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AzureAdWindowsAutopilotDeploymentProfile(o) => &mut **o,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::B2cAuthenticationMethodsPolicy(o) => &mut **o,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::B2cIdentityUserFlow(o) => &mut **o,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::B2xIdentityUserFlow(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::BaseItem(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::BaseItemVersion(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::Bitlocker(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::BitlockerRecoveryKey(o) => &mut **o,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingAppointment(o) => &mut **o,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingBusiness(o) => &mut **o,
            #[cfg(msgraph_beta_booking_currencies_or_search)]
            Self::BookingCurrency(o) => &mut **o,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingCustomer(o) => &mut **o,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingNamedEntity(o) => &mut **o,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingPerson(o) => &mut **o,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingService(o) => &mut **o,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingStaffMember(o) => &mut **o,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::BuiltInIdentityProvider(o) => &mut **o,
            #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
            Self::BusinessFlow(o) => &mut **o,
            #[cfg(msgraph_beta_business_flow_templates_or_search)]
            Self::BusinessFlowTemplate(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::Calendar(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::CalendarGroup(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::CalendarPermission(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::CalendarSharingMessage(o) => &mut **o,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::Call(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::CallActivityStatistics(o) => &mut **o,
            #[cfg(msgraph_beta_communications_or_search)]
            Self::CallRecord(o) => &mut **o,
            #[cfg(msgraph_beta_communications_or_search)]
            Self::Segment(o) => &mut **o,
            #[cfg(msgraph_beta_communications_or_search)]
            Self::Session(o) => &mut **o,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::CancelMediaProcessingOperation(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CartToClassAssociation(o) => &mut **o,
            #[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
            Self::CertificateBasedAuthConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_teamwork)]
            Self::ChangeTrackedEntity(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::Channel(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::Chat(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::ChatActivityStatistics(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::ChatMessage(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_app_catalogs)]
            Self::ChatMessageHostedContent(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ChromeOsOnboardingSettings(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CircularGeofenceManagementCondition(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::ClaimsMappingPolicy(o) => &mut **o,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ClassificationJobResponse(o) => &mut **o,
            #[cfg(msgraph_beta_search_or_security)]
            Self::CloudAppSecurityProfile(o) => &mut **o,
            #[cfg(msgraph_beta_communications_or_search)]
            Self::CloudCommunications(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPc(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcConnectivityIssue(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcAuditEvent(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcDeviceImage(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcOnPremisesConnection(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcProvisioningPolicy(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcProvisioningPolicyAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcUserSetting(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcUserSettingAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::ColumnDefinition(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::ColumnLink(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ComanagementEligibleDevice(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_commands)]
            Self::Command(o) => &mut **o,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::CommsOperation(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Company(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CompanyInformation(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ComplianceManagementPartner(o) => &mut **o,
            #[cfg(msgraph_beta_identity_or_policies_or_search)]
            Self::ConditionalAccessPolicy(o) => &mut **o,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::ConditionalAccessRoot(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ConfigManagerCollection(o) => &mut **o,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::ConnectedOrganization(o) => &mut **o,
            #[cfg(msgraph_beta_search)]
            Self::ConnectionOperation(o) => &mut **o,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::Connector(o) => &mut **o,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::ConnectorGroup(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::Contact(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::ContactFolder(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::ContentType(o) => &mut **o,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::ContinuousAccessEvaluationPolicy(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::Contract(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::Conversation(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::ConversationMember(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::ConversationThread(o) => &mut **o,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::CountryNamedLocation(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CountryRegion(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::CredentialUsageSummary(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::CredentialUserRegistrationCount(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::CredentialUserRegistrationDetails(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Currency(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Customer(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CustomerPayment(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CustomerPaymentJournal(o) => &mut **o,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::DataClassificationService(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::DataLossPreventionPolicy(o) => &mut **o,
            #[cfg(msgraph_beta_data_policy_operations_or_search)]
            Self::DataPolicyOperation(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DataSharingConsent(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DefaultDeviceCompliancePolicy(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::DefaultManagedAppProtection(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::DelegatedPermissionClassification(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepEnrollmentBaseProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepEnrollmentProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepIosEnrollmentProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepMacOsEnrollmentProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepOnboardingSetting(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DetectedApp(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::Device(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceAndAppManagementAssignmentFilter(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceAndAppManagementRoleAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceAndAppManagementRoleDefinition(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceAppManagement(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceAppManagementTask(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::DeviceCategory(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::DeviceComanagementAuthorityConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceActionItem(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceDeviceOverview(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceDeviceStatus(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicy(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicyAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicyDeviceStateSummary(o) => &mut **o,
            #[cfg(msgraph_beta_search)]
            Self::DeviceCompliancePolicyGroupAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceCompliancePolicyPolicySetItem(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicySettingStateSummary(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::DeviceCompliancePolicyState(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScheduledActionForRule(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScript(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScriptDeviceState(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScriptRunSummary(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceSettingState(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceUserOverview(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceUserStatus(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationConflictSummary(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationDeviceOverview(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationDeviceStateSummary(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationDeviceStatus(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationGroupAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceConfigurationPolicySetItem(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::DeviceConfigurationState(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationUserOverview(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationUserStateSummary(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationUserStatus(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCustomAttributeShellScript(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentLimitConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScript(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScriptAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScriptDeviceState(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScriptRunSummary(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceInstallState(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::DeviceLogCollectionResponse(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagement(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAbstractComplexSettingDefinition(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAbstractComplexSettingInstance(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAutopilotEvent(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAutopilotPolicyStatusDetail(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementBooleanSettingInstance(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementCachedReportConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementCollectionSettingDefinition(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementCollectionSettingInstance(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementComplexSettingDefinition(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementComplexSettingInstance(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationCategory(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(o) => {
                &mut **o
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationChoiceSettingDefinition(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationPolicy(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationPolicyAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationPolicyTemplate(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSetting(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingDefinition(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(o) => {
                &mut **o
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingGroupDefinition(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingTemplate(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(o) => {
                &mut **o
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSimpleSettingDefinition(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementDerivedCredentialSettings(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementDomainJoinConnector(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementExchangeConnector(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementExchangeOnPremisesPolicy(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementExportJob(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntegerSettingInstance(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntent(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentDeviceSettingStateSummary(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentDeviceState(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentDeviceStateSummary(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentSettingCategory(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentUserState(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentUserStateSummary(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementPartner(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementReportSchedule(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementReports(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementResourceAccessProfileAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementResourceAccessProfileBase(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementReusablePolicySetting(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScript(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptDeviceState(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptGroupAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceManagementScriptPolicySetItem(o) => &mut **o,
            #[cfg(msgraph_beta_search)]
            Self::DeviceManagementScriptRunSummary(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptUserState(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementSettingCategory(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementSettingDefinition(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementSettingInstance(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementStringSettingInstance(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementTemplate(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementTemplateSettingCategory(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::DeviceManagementTroubleshootingEvent(o) => &mut **o,
            #[cfg(msgraph_beta_search)]
            Self::DeviceSetupConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceShellScript(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Dimension(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::DimensionValue(o) => &mut **o,
            #[cfg(msgraph_beta_directory_or_search)]
            Self::Directory(o) => &mut **o,
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::DirectoryAudit(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryDefinition(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryObject(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryObjectPartnerReference(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryRole(o) => &mut **o,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::DirectoryRoleAccessReviewPolicy(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryRoleTemplate(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_settings)]
            Self::DirectorySetting(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::DirectorySettingTemplate(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::DlpEvaluatePoliciesJobResponse(o) => &mut **o,
            #[cfg(msgraph_beta_search)]
            Self::Document(o) => &mut **o,
            #[cfg(msgraph_beta_search)]
            Self::DocumentComment(o) => &mut **o,
            #[cfg(msgraph_beta_search)]
            Self::DocumentCommentReply(o) => &mut **o,
            #[cfg(msgraph_beta_domains_or_search)]
            Self::Domain(o) => &mut **o,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsCnameRecord(o) => &mut **o,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsMxRecord(o) => &mut **o,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsRecord(o) => &mut **o,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsSrvRecord(o) => &mut **o,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsTxtRecord(o) => &mut **o,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsUnavailableRecord(o) => &mut **o,
            #[cfg(msgraph_beta_search_or_security)]
            Self::DomainSecurityProfile(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::DriveItem(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::DriveItemVersion(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::EBookInstallSummary(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EasEmailProfileConfigurationBase(o) => &mut **o,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::AddToReviewSetOperation(o) => &mut **o,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Case(o) => &mut **o,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::CaseExportOperation(o) => &mut **o,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::CaseIndexOperation(o) => &mut **o,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::CaseOperation(o) => &mut **o,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Custodian(o) => &mut **o,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::DataSource(o) => &mut **o,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::DataSourceContainer(o) => &mut **o,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Ediscoveryroot(o) => &mut **o,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::EstimateStatisticsOperation(o) => &mut **o,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::LegalHold(o) => &mut **o,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::NoncustodialDataSource(o) => &mut **o,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::ReviewSet(o) => &mut **o,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::ReviewSetQuery(o) => &mut **o,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::EdiscoverySettings(o) => &mut **o,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::SiteSource(o) => &mut **o,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::SourceCollection(o) => &mut **o,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Tag(o) => &mut **o,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::TagOperation(o) => &mut **o,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::UnifiedGroupSource(o) => &mut **o,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::UserSource(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EditionUpgradeConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignmentDefaults(o) => &mut **o,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignmentResource(o) => &mut **o,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignmentSettings(o) => &mut **o,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationCategory(o) => &mut **o,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationClass(o) => &mut **o,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationFeedbackOutcome(o) => &mut **o,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationOrganization(o) => &mut **o,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationOutcome(o) => &mut **o,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationPointsOutcome(o) => &mut **o,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationRubric(o) => &mut **o,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationRubricOutcome(o) => &mut **o,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSchool(o) => &mut **o,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSubmission(o) => &mut **o,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSubmissionResource(o) => &mut **o,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSynchronizationError(o) => &mut **o,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSynchronizationProfile(o) => &mut **o,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSynchronizationProfileStatus(o) => &mut **o,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationUser(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::EducationalActivity(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::EmailActivityStatistics(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailActivitySummary(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailActivityUserDetail(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageAppsUserCounts(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageUserCounts(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageUserDetail(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageVersionsUserCounts(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::EmailAuthenticationMethod(o) => &mut **o,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::EmailAuthenticationMethodConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::EmailFileAssessmentRequest(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EmbeddedSimActivationCodePool(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EmbeddedSimActivationCodePoolAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EmbeddedSimDeviceState(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Employee(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::Endpoint(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::EnrollmentConfigurationAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EnrollmentProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::EnrollmentRestrictionsConfigurationPolicySetItem(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::EnrollmentTroubleshootingEvent(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::EnterpriseCodeSigningCertificate(o) => &mut **o,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::EntitlementManagement(o) => &mut **o,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::EntitlementManagementSettings(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::EvaluateLabelJobResponse(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::Event(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::EventMessage(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::EventMessageRequest(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::EventMessageResponse(o) => &mut **o,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchDataStore(o) => &mut **o,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchDataStoreBase(o) => &mut **o,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchJobBase(o) => &mut **o,
            #[cfg(msgraph_beta_search)]
            Self::ExactMatchLookupJob(o) => &mut **o,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchSession(o) => &mut **o,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchSessionBase(o) => &mut **o,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchUploadAgent(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::Extension(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::ExtensionProperty(o) => &mut **o,
            #[cfg(msgraph_beta_search)]
            Self::External(o) => &mut **o,
            #[cfg(msgraph_beta_search)]
            Self::ExternalConnection(o) => &mut **o,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsConnectionOperation(o) => &mut **o,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalConnection(o) => &mut **o,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalGroup(o) => &mut **o,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalGroupMember(o) => &mut **o,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalItem(o) => &mut **o,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsSchema(o) => &mut **o,
            #[cfg(msgraph_beta_search)]
            Self::ExternalGroup(o) => &mut **o,
            #[cfg(msgraph_beta_search)]
            Self::ExternalGroupMember(o) => &mut **o,
            #[cfg(msgraph_beta_search)]
            Self::ExternalItem(o) => &mut **o,
            #[cfg(msgraph_beta_directory_or_policies_or_search)]
            Self::FeatureRolloutPolicy(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::Fido2AuthenticationMethod(o) => &mut **o,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::Fido2AuthenticationMethodConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::FieldValueSet(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::FileAssessmentRequest(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::FileAttachment(o) => &mut **o,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::FileClassificationRequest(o) => &mut **o,
            #[cfg(msgraph_beta_search_or_security)]
            Self::FileSecurityProfile(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_filter_operators)]
            Self::FilterOperatorSchema(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::FocusActivityStatistics(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::GeneralLedgerEntry(o) => &mut **o,
            #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
            Self::GovernancePolicyTemplate(o) => &mut **o,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceResource(o) => &mut **o,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleAssignment(o) => &mut **o,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleAssignmentRequest(o) => &mut **o,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleDefinition(o) => &mut **o,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleSetting(o) => &mut **o,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_5_more_80
            )]
            Self::GovernanceSubject(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::Group(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
            Self::GroupLifecyclePolicy(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyCategory(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyConfigurationAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyDefinition(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyDefinitionFile(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyDefinitionValue(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyMigrationReport(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyObjectFile(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyOperation(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentation(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationCheckBox(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationComboBox(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationDecimalTextBox(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationDropdownList(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationListBox(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationLongDecimalTextBox(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationMultiTextBox(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationText(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationTextBox(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValue(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueBoolean(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueDecimal(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueList(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueLongDecimal(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueMultiText(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueText(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicySettingMapping(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyUploadedDefinitionFile(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::HomeRealmDiscoveryPolicy(o) => &mut **o,
            #[cfg(msgraph_beta_search_or_security)]
            Self::HostSecurityProfile(o) => &mut **o,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityApiConnector(o) => &mut **o,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityBuiltInUserFlowAttribute(o) => &mut **o,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityCustomUserFlowAttribute(o) => &mut **o,
            #[cfg(msgraph_beta_identity_providers_or_search)]
            Self::IdentityProvider(o) => &mut **o,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityProviderBase(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::IdentitySecurityDefaultsEnforcementPolicy(o) => &mut **o,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityUserFlow(o) => &mut **o,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityUserFlowAttribute(o) => &mut **o,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityUserFlowAttributeAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedAppleDeviceIdentity(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedAppleDeviceIdentityResult(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedDeviceIdentity(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedDeviceIdentityResult(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedWindowsAutopilotDeviceIdentity(o) => &mut **o,
            #[cfg(msgraph_beta_search)]
            Self::ImportedWindowsAutopilotDeviceIdentityUpload(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::InferenceClassification(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::InferenceClassificationOverride(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::InformationProtection(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::InformationProtectionLabel(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::InformationProtectionPolicy(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IntuneBrandingProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IntuneBrandingProfileAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_invitations_or_search)]
            Self::Invitation(o) => &mut **o,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::InviteParticipantsOperation(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCertificateProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCertificateProfileBase(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCompliancePolicy(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCustomConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosDerivedCredentialAuthenticationConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosDeviceFeaturesConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEasEmailProfileConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEduDeviceConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEducationDeviceConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEnterpriseWiFiConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosExpeditedCheckinConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosGeneralDeviceConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosImportedPfxCertificateProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobApp(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobAppProvisioningConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobAppProvisioningConfigurationAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobAppProvisioningConfigurationPolicySetItem(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::IosManagedAppProtection(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosManagedAppRegistration(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosMobileAppConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosPkcsCertificateProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosScepCertificateProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosStoreApp(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosTrustedRootCertificate(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosUpdateConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosUpdateDeviceStatus(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosVpnConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppApp(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppAppAssignedDeviceLicense(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppAppAssignedLicense(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppAppAssignedUserLicense(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppEBook(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppEBookAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosWiFiConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosikEv2VpnConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IpNamedLocation(o) => &mut **o,
            #[cfg(msgraph_beta_search_or_security)]
            Self::IpSecurityProfile(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Item(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ItemActivity(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ItemActivityOld(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ItemActivityStat(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::ItemAddress(o) => &mut **o,
            #[cfg(msgraph_beta_search)]
            Self::ItemAnalytics(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::ItemAttachment(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::ItemCategory(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::ItemEmail(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::ItemFacet(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::ItemInsights(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::ItemInsightsSettings(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::ItemPatent(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::ItemPhone(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::ItemPublication(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::JobResponseBase(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Journal(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::JournalLine(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::LanguageProficiency(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::LicenseDetails(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::LinkedResource(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ListItem(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ListItemVersion(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::LocalizedNotificationMessage(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::LocationManagementCondition(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::LongRunningOperation(o) => &mut **o,
            #[cfg(msgraph_beta_search)]
            Self::LookupResultRow(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCertificateProfileBase(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCompliancePolicy(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCustomAppConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCustomConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsDeviceFeaturesConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsEndpointProtectionConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsEnterpriseWiFiConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsExtensionsConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsGeneralDeviceConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsImportedPfxCertificateProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsLobApp(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsMdatpApp(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsMicrosoftEdgeApp(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsOfficeSuiteApp(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsPkcsCertificateProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsScepCertificateProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateAccountSummary(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateCategorySummary(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateStateSummary(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsTrustedRootCertificate(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsVpnConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsWiFiConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsWiredNetworkConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsVppApp(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsVppAppAssignedLicense(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::MailAssessmentRequest(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::MailFolder(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::MailSearchFolder(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageDetail(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageMailboxCounts(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageQuotaStatusMailboxCounts(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageStorage(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MalwareStateForWindowsDevice(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagedAllDeviceCertificateState(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAndroidLobApp(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAndroidStoreApp(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedApp(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppOperation(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppPolicy(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppPolicyDeploymentSummary(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppProtection(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppProtectionPolicySetItem(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppRegistration(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppStatus(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppStatusRaw(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::ManagedDevice(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagedDeviceCertificateState(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagedDeviceEncryptionState(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceStatus(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceSummary(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationPolicySetItem(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::ManagedDeviceMobileAppConfigurationState(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserStatus(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserSummary(o) => &mut **o,
            #[cfg(msgraph_beta_search)]
            Self::ManagedDeviceOverview(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedEBook(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedEBookAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedEBookCategory(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedIosLobApp(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedIosStoreApp(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedMobileApp(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedMobileLobApp(o) => &mut **o,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::AggregatedPolicyCompliance(o) => &mut **o,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::CloudPcConnection(o) => &mut **o,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::CloudPcDevice(o) => &mut **o,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ConditionalAccessPolicyCoverage(o) => &mut **o,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::CredentialUserRegistrationsSummary(o) => &mut **o,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsDeviceCompliancePolicySettingStateSummary(o) => &mut **o,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedDeviceCompliance(o) => &mut **o,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedDeviceComplianceTrend(o) => &mut **o,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenant(o) => &mut **o,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsRiskyUser(o) => &mut **o,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsWindowsDeviceMalwareState(o) => &mut **o,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsWindowsProtectionState(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagementCondition(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagementConditionStatement(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::MdmWindowsInformationProtectionPolicy(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MdmWindowsInformationProtectionPolicyPolicySetItem(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::MeetingActivityStatistics(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_app_or_communications)]
            Self::MeetingAttendanceReport(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::Mention(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::Message(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::MessageRule(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::MicrosoftAuthenticatorAuthenticationMethod(o) => &mut **o,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(o) => &mut **o,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MicrosoftStoreForBusinessApp(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MicrosoftStoreForBusinessContainedApp(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelHealthThreshold(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelServer(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelServerLogCollectionResponse(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelSite(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileApp(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppCategory(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppContent(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppContentFile(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppDependency(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppInstallStatus(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppInstallSummary(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::MobileAppIntentAndState(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppPolicySetItem(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppProvisioningConfigGroupAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppRelationship(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppSupersedence(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::MobileAppTroubleshootingEvent(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileContainedApp(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileLobApp(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MobileThreatDefenseConnector(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::MultiValueLegacyExtendedProperty(o) => &mut **o,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::MuteParticipantOperation(o) => &mut **o,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::MuteParticipantsOperation(o) => &mut **o,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::NamedLocation(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NdesConnector(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NetworkIPv4ConfigurationManagementCondition(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NetworkIPv6ConfigurationManagementCondition(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NetworkManagementCondition(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::Note(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Notebook(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::Notification(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NotificationMessageTemplate(o) => &mut **o,
            #[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
            Self::OAuth2PermissionGrant(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::OfferShiftRequest(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActivationCounts(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActivationsUserCounts(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActivationsUserDetail(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActiveUserCounts(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActiveUserDetail(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityCounts(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityDetail(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityFileCounts(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityGroupCounts(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityStorage(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ServicesUserCounts(o) => &mut **o,
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::OfficeClientConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::OfficeClientConfigurationAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::OfficeGraphInsights(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::OfficeSuiteApp(o) => &mut **o,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::OnPremisesAgent(o) => &mut **o,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::OnPremisesAgentGroup(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::OnPremisesConditionalAccessSettings(o) => &mut **o,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::OnPremisesPublishingProfile(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveActivityUserDetail(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveUsageAccountCounts(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveUsageAccountDetail(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveUsageFileCounts(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Onenote(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteEntityBaseModel(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteEntityHierarchyModel(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteEntitySchemaObjectModel(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteOperation(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenotePage(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteResource(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteSection(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_app_or_communications)]
            Self::OnlineMeeting(o) => &mut **o,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::OpenIdConnectIdentityProvider(o) => &mut **o,
            #[cfg(msgraph_beta_identity_providers_or_search)]
            Self::OpenIdConnectProvider(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::OpenShift(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::OpenShiftChangeRequest(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::OpenTypeExtension(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Operation(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::OrgContact(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::Organization(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::OrganizationSettings(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_branding)]
            Self::OrganizationalBranding(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_branding)]
            Self::OrganizationalBrandingLocalization(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_branding)]
            Self::OrganizationalBrandingProperties(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::OutlookCategory(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::OutlookItem(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::OutlookTask(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::OutlookTaskFolder(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::OutlookTaskGroup(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::OutlookUser(o) => &mut **o,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::Participant(o) => &mut **o,
            #[cfg(msgraph_beta_search)]
            Self::ParticipantJoiningNotification(o) => &mut **o,
            #[cfg(msgraph_beta_search)]
            Self::ParticipantLeftNotification(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::PasswordAuthenticationMethod(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::PasswordlessMicrosoftAuthenticatorAuthenticationMethod(o) => &mut **o,
            #[cfg(msgraph_beta_payload_response_or_search)]
            Self::PayloadResponse(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PaymentMethod(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PaymentTerm(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::Permission(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::PermissionGrantConditionSet(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::PermissionGrantPolicy(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::Person(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::PersonAnnotation(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::PersonAnnualEvent(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::PersonAward(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::PersonCertification(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::PersonExtension(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::PersonInterest(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::PersonName(o) => &mut **o,
            #[cfg(msgraph_beta_search)]
            Self::PersonResponsibility(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::PersonWebsite(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::PhoneAuthenticationMethod(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Picture(o) => &mut **o,
            #[cfg(msgraph_beta_places_or_search)]
            Self::Place(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerAssignedToTaskBoardTaskFormat(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerBucket(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerBucketTaskBoardTaskFormat(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerDelta(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::PlannerGroup(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerPlan(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerPlanDetails(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerProgressTaskBoardTaskFormat(o) => &mut **o,
            #[cfg(msgraph_beta_planner_or_search)]
            Self::PlannerRoster(o) => &mut **o,
            #[cfg(msgraph_beta_planner_or_search)]
            Self::PlannerRosterMember(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerTask(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerTaskDetails(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerUser(o) => &mut **o,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::PlayPromptOperation(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::PolicyBase(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::PolicySet(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::PolicySetAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::PolicySetItem(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::Post(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_communications)]
            Self::Presence(o) => &mut **o,
            #[cfg(msgraph_beta_search)]
            Self::Presentation(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintConnector(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintDocument(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintJob(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintOperation(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintService(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintServiceEndpoint(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintTask(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintTaskDefinition(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintTaskTrigger(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::PrintUsage(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::PrintUsageByPrinter(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::PrintUsageByUser(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_search)]
            Self::Printer(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrinterBase(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrinterCreateOperation(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrinterShare(o) => &mut **o,
            #[cfg(msgraph_beta_privileged_access_or_search)]
            Self::PrivilegedAccess(o) => &mut **o,
            #[cfg(msgraph_beta_privileged_approval_or_search)]
            Self::PrivilegedApproval(o) => &mut **o,
            #[cfg(msgraph_beta_privileged_operation_events_or_search)]
            Self::PrivilegedOperationEvent(o) => &mut **o,
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRole(o) => &mut **o,
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRoleAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_privileged_role_assignment_requests_or_search)]
            Self::PrivilegedRoleAssignmentRequest(o) => &mut **o,
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRoleSettings(o) => &mut **o,
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRoleSummary(o) => &mut **o,
            #[cfg(msgraph_beta_privileged_signup_status_or_search)]
            Self::PrivilegedSignupStatus(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::Profile(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::ProfileCardProperty(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::ProfilePhoto(o) => &mut **o,
            #[cfg(msgraph_beta_program_controls_or_programs_or_search)]
            Self::Program(o) => &mut **o,
            #[cfg(msgraph_beta_program_controls_or_programs_or_search)]
            Self::ProgramControl(o) => &mut **o,
            #[cfg(msgraph_beta_program_control_types_or_search)]
            Self::ProgramControlType(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::ProjectParticipation(o) => &mut **o,
            #[cfg(msgraph_beta_search_or_security)]
            Self::ProviderTenantSetting(o) => &mut **o,
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::ProvisioningObjectSummary(o) => &mut **o,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::PublishedResource(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PurchaseInvoice(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PurchaseInvoiceLine(o) => &mut **o,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::RbacApplication(o) => &mut **o,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::RbacApplicationMultiple(o) => &mut **o,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::RecordOperation(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::ReferenceAttachment(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::RegionalAndLanguageSettings(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::RelyingPartyDetailedSummary(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RemoteActionAudit(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RemoteAssistancePartner(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::ReportRoot(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_role_management)]
            Self::Request(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ResourceOperation(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::ResourceSpecificPermissionGrant(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RestrictedAppsViolation(o) => &mut **o,
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::RestrictedSignIn(o) => &mut **o,
            #[cfg(msgraph_beta_identity_protection_or_risk_detections_or_search)]
            Self::RiskDetection(o) => &mut **o,
            #[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
            Self::RiskyUser(o) => &mut **o,
            #[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
            Self::RiskyUserHistoryItem(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleDefinition(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleScopeTag(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleScopeTagAutoAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_places_or_search)]
            Self::Room(o) => &mut **o,
            #[cfg(msgraph_beta_places_or_search)]
            Self::RoomList(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesCreditMemo(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesCreditMemoLine(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesInvoice(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesInvoiceLine(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesOrder(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesOrderLine(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesQuote(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesQuoteLine(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::Schedule(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::ScheduleChangeRequest(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::SchedulingGroup(o) => &mut **o,
            #[cfg(msgraph_beta_search)]
            Self::Schema(o) => &mut **o,
            #[cfg(msgraph_beta_schema_extensions_or_search)]
            Self::SchemaExtension(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_scoped_role_memberships)]
            Self::ScopedRoleMembership(o) => &mut **o,
            #[cfg(msgraph_beta_search)]
            Self::SearchEntity(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SectionGroup(o) => &mut **o,
            #[cfg(msgraph_beta_search_or_security)]
            Self::SecureScore(o) => &mut **o,
            #[cfg(msgraph_beta_search_or_security)]
            Self::SecureScoreControlProfile(o) => &mut **o,
            #[cfg(msgraph_beta_search_or_security)]
            Self::SecurityAction(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineCategoryStateSummary(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineDeviceState(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::SecurityBaselineSettingState(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::SecurityBaselineState(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineStateSummary(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineTemplate(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::SecurityConfigurationTask(o) => &mut **o,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::SensitiveType(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::SensitivityLabel(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::SensitivityPolicySettings(o) => &mut **o,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceAnnouncement(o) => &mut **o,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceAnnouncementBase(o) => &mut **o,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceHealth(o) => &mut **o,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceHealthIssue(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::ServicePrincipal(o) => &mut **o,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceUpdateMessage(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SettingStateDeviceSummary(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointActivityPages(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointActivityUserCounts(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointActivityUserDetail(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsageDetail(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsageFileCounts(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsagePages(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsageSiteCounts(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(o) => &mut **o,
            #[cfg(msgraph_beta_directory_or_search)]
            Self::SharedEmailDomain(o) => &mut **o,
            #[cfg(msgraph_beta_domains_or_search)]
            Self::SharedEmailDomainInvitation(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::SharedInsight(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SharedPcConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::Shift(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::ShiftPreferences(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::ShipmentMethod(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::SideLoadingKey(o) => &mut **o,
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::SignIn(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::SingleValueLegacyExtendedProperty(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SiteActivitySummary(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SiteUsageStorage(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::SkillProficiency(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessActivityCounts(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessActivityUserCounts(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessActivityUserDetail(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessDeviceUsageDistributionUserCounts(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessDeviceUsageUserCounts(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessDeviceUsageUserDetail(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessOrganizerActivityCounts(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessOrganizerActivityMinuteCounts(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessOrganizerActivityUserCounts(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessParticipantActivityCounts(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessParticipantActivityMinuteCounts(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessParticipantActivityUserCounts(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessPeerToPeerActivityCounts(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessPeerToPeerActivityMinuteCounts(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessPeerToPeerActivityUserCounts(o) => &mut **o,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodConfiguration(o) => &mut **o,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodTarget(o) => &mut **o,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::SocialIdentityProvider(o) => &mut **o,
            #[cfg(msgraph_beta_search)]
            Self::SoftwareUpdateStatusSummary(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::StsPolicy(o) => &mut **o,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::SubscribeToToneOperation(o) => &mut **o,
            #[cfg(msgraph_beta_search_or_subscribed_skus)]
            Self::SubscribedSku(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_3_more)]
            Self::Subscription(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::SwapShiftsChangeRequest(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::SymantecCodeSigningCertificate(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::Synchronization(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::SynchronizationJob(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::SynchronizationSchema(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::SynchronizationTemplate(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::TargetedManagedAppConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::TargetedManagedAppConfigurationPolicySetItem(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::TargetedManagedAppPolicyAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::TargetedManagedAppProtection(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::TaxArea(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::TaxGroup(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::Team(o) => &mut **o,
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamsApp(o) => &mut **o,
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamsAppDefinition(o) => &mut **o,
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamsAppIcon(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::TeamsAppInstallation(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::TeamsAsyncOperation(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsDeviceUsageDistributionUserCounts(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsDeviceUsageUserCounts(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsDeviceUsageUserDetail(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::TeamsTab(o) => &mut **o,
            #[cfg(msgraph_beta_search_or_teams_templates)]
            Self::TeamsTemplate(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityCounts(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityDistributionUserCounts(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityUserCounts(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityUserDetail(o) => &mut **o,
            #[cfg(msgraph_beta_search_or_teamwork)]
            Self::Teamwork(o) => &mut **o,
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamworkBot(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_app_catalogs)]
            Self::TeamworkHostedContent(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::TeamworkTag(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::TeamworkTagMember(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TelecomExpenseManagementPartner(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::TemporaryAccessPassAuthenticationMethod(o) => &mut **o,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_privileged_signup_status_or_search)]
            Self::TenantSetupInfo(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::TermStoreGroup(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Relation(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Set(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Store(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Term(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditions(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditionsAcceptanceStatus(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditionsAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditionsGroupAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::TermsOfUseContainer(o) => &mut **o,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::TextClassificationRequest(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::ThreatAssessmentRequest(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::ThreatAssessmentResult(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ThumbnailSet(o) => &mut **o,
            #[cfg(msgraph_beta_search_or_security)]
            Self::TiIndicator(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::TimeCard(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::TimeOff(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffReason(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffRequest(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::Todo(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::TodoTask(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::TodoTaskList(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::TokenIssuancePolicy(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::TokenLifetimePolicy(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::Trending(o) => &mut **o,
            #[cfg(msgraph_beta_search_or_trust_framework)]
            Self::TrustFrameworkKeySet(o) => &mut **o,
            #[cfg(msgraph_beta_search_or_trust_framework)]
            Self::TrustFrameworkPolicy(o) => &mut **o,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRbacResourceAction(o) => &mut **o,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRbacResourceNamespace(o) => &mut **o,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRbacResourceScope(o) => &mut **o,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentMultiple(o) => &mut **o,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentSchedule(o) => &mut **o,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleInstance(o) => &mut **o,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(o) => &mut **o,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleDefinition(o) => &mut **o,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilitySchedule(o) => &mut **o,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleInstance(o) => &mut **o,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(o) => &mut **o,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicy(o) => &mut **o,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyApprovalRule(o) => &mut **o,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAuthenticationContextRule(o) => &mut **o,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyEnablementRule(o) => &mut **o,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyExpirationRule(o) => &mut **o,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyNotificationRule(o) => &mut **o,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyRule(o) => &mut **o,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleScheduleBase(o) => &mut **o,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleScheduleInstanceBase(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::UnitOfMeasure(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::UnmanagedDeviceDiscoveryTask(o) => &mut **o,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::UnmuteParticipantOperation(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UnsupportedDeviceConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UnsupportedGroupPolicyExtension(o) => &mut **o,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::UpdateRecordingStatusOperation(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::UrlAssessmentRequest(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::UsageRight(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::UsedInsight(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::User(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::UserAccountInformation(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::UserActivity(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::UserAnalytics(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::UserAppInstallStatus(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::UserConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::UserConsentRequest(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::UserCredentialUsageDetails(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersion(o) => {
                &mut **o
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion(o) => {
                &mut **o
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthApplicationPerformance(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDeviceModelPerformance(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformance(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformanceDetails(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthOsVersionPerformance(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsBaseline(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsCategory(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDevicePerformance(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceScores(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupHistory(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcess(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcessPerformance(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceWithoutCloudIdentity(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsImpactingProcess(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsMetric(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsMetricHistory(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsNotAutopilotReadyDevice(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsOverview(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsRegressionSummary(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsRemoteConnection(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsResourcePerformance(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsScoreHistory(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereDevice(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereMetric(o) => &mut **o,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::UserFlowLanguageConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::UserFlowLanguagePage(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::UserInsightsSettings(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::UserInstallStateSummary(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserPfxCertificate(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::UserScopeTeamsAppInstallation(o) => &mut **o,
            #[cfg(msgraph_beta_search_or_security)]
            Self::UserSecurityProfile(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::UserSettings(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::UserTeamwork(o) => &mut **o,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Vendor(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::VirtualEndpoint(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::VpnConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::VppToken(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::VulnerableManagedDevice(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::WebAccount(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WebApp(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::Win32LobApp(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10CertificateProfileBase(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10CompliancePolicy(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10CustomConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10DeviceFirmwareConfigurationInterface(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10EasEmailProfileConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10EndpointProtectionConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::Windows10EnrollmentCompletionPageConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem(o) => {
                &mut **o
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10EnterpriseModernAppManagementConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10GeneralConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10ImportedPfxCertificateProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10MobileCompliancePolicy(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10NetworkBoundaryConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10PfxImportCertificateProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10PkcsCertificateProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10SecureAssessmentConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10TeamGeneralConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10VpnConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XCertificateProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XscepCertificateProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XTrustedRootCertificate(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XVpnConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XWifiConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81CertificateProfileBase(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81CompliancePolicy(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81GeneralConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81ScepCertificateProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81TrustedRootCertificate(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81VpnConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81WifiImportConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsAppX(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAssignedAccessProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotDeploymentProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotDeploymentProfileAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsAutopilotDeploymentProfilePolicySetItem(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotDeviceIdentity(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotSettings(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsCertificateProfileBase(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicy(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicyAssignment(o) => {
                &mut **o
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicyDeploymentStatus(
                o,
            ) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicyDeploymentSummary(
                o,
            ) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsDeliveryOptimizationConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::WindowsDeviceMalwareState(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsDomainJoinConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsFeatureUpdateCatalogItem(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsFeatureUpdateProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsFeatureUpdateProfileAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsHealthMonitoringConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::WindowsHelloForBusinessAuthenticationMethod(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsIdentityProtectionConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::WindowsInformationProtection(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsInformationProtectionAppLearningSummary(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::WindowsInformationProtectionAppLockerFile(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsInformationProtectionDeviceRegistration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsInformationProtectionNetworkLearningSummary(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::WindowsInformationProtectionPolicy(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsInformationProtectionWipeAction(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsKioskConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsMalwareInformation(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::WindowsManagedDevice(o) => &mut **o,
            #[cfg(msgraph_beta_search)]
            Self::WindowsManagementApp(o) => &mut **o,
            #[cfg(msgraph_beta_search)]
            Self::WindowsManagementAppHealthState(o) => &mut **o,
            #[cfg(msgraph_beta_search)]
            Self::WindowsManagementAppHealthSummary(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsMicrosoftEdgeApp(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsMobileMsi(o) => &mut **o,
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::WindowsOfficeClientConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::WindowsOfficeClientSecurityConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhone81AppX(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhone81AppXBundle(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81CertificateProfileBase(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81CompliancePolicy(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81CustomConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81GeneralConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81ImportedPfxCertificateProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81ScepCertificateProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhone81StoreApp(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81TrustedRootCertificate(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81VpnConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhoneEasEmailProfileConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhoneXap(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPrivacyDataAccessControlItem(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::WindowsProtectionState(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsQualityUpdateCatalogItem(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsQualityUpdateProfile(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsQualityUpdateProfileAssignment(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsStoreApp(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsUniversalAppX(o) => &mut **o,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsUniversalAppXContainedApp(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsUpdateCatalogItem(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsUpdateForBusinessConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsUpdateState(o) => &mut **o,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::AzureAdDevice(o) => &mut **o,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Catalog(o) => &mut **o,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::CatalogEntry(o) => &mut **o,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Deployment(o) => &mut **o,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::DeploymentAudience(o) => &mut **o,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::FeatureUpdateCatalogEntry(o) => &mut **o,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::QualityUpdateCatalogEntry(o) => &mut **o,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::SoftwareUpdateCatalogEntry(o) => &mut **o,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::UpdatableAsset(o) => &mut **o,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::UpdatableAssetGroup(o) => &mut **o,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Updates(o) => &mut **o,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Windows(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsVpnConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsWifiConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsWifiEnterpriseEapConfiguration(o) => &mut **o,
            #[cfg(msgraph_beta_core)]
            Self::WorkPosition(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::Workbook(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookApplication(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChart(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAreaFormat(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxes(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxis(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxisFormat(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxisTitle(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxisTitleFormat(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartDataLabelFormat(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartDataLabels(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartFill(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartFont(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartGridlines(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartGridlinesFormat(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartLegend(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartLegendFormat(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartLineFormat(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartPoint(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartPointFormat(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartSeries(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartSeriesFormat(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartTitle(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartTitleFormat(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookComment(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookCommentReply(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFilter(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFormatProtection(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFunctionResult(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFunctions(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookNamedItem(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookOperation(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookPivotTable(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRange(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeBorder(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeFill(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeFont(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeFormat(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeSort(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeView(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTable(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTableColumn(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTableRow(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTableSort(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookWorksheet(o) => &mut **o,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookWorksheetProtection(o) => &mut **o,
            #[cfg(msgraph_beta_search_or_teamwork)]
            Self::WorkforceIntegration(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerActivitySummary(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerActivityUserDetail(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerDeviceUsageDistributionUserCounts(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerDeviceUsageUserCounts(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerDeviceUsageUserDetail(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerGroupsActivityCounts(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerGroupsActivityDetail(o) => &mut **o,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerGroupsActivityGroupCounts(o) => &mut **o,
        };
        match rt::object::read_members(r, obj) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
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
