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
        match rt::object::read_members(r, rt::Poly::members_mut(&mut v)) {
            ::std::result::Result::Ok(()) => ::std::result::Result::Ok(v),
            ::std::result::Result::Err(e) => ::std::result::Result::Err(e),
        }
    }
    #[inline]
    fn members(&self) -> &dyn rt::object::Members {
        match self {
            Self::Entity(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::AadUserConversationMember(v) => &**v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackage(v) => &**v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignment(v) => &**v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignmentPolicy(v) => &**v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequest(v) => &**v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignmentResourceRole(v) => &**v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageCatalog(v) => &**v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResource(v) => &**v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceEnvironment(v) => &**v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceRequest(v) => &**v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceRole(v) => &**v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceRoleScope(v) => &**v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceScope(v) => &**v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageSubject(v) => &**v,
            #[cfg(msgraph_beta_access_reviews_or_search)]
            Self::AccessReview(v) => &**v,
            #[cfg(msgraph_beta_access_review_decisions_or_access_reviews_or_search)]
            Self::AccessReviewDecision(v) => &**v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessReviewHistoryDefinition(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::AccessReviewInstance(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::AccessReviewInstanceDecisionItem(v) => &**v,
            #[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
            Self::AccessReviewPolicy(v) => &**v,
            #[cfg(msgraph_beta_access_reviews_or_search)]
            Self::AccessReviewReviewer(v) => &**v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessReviewScheduleDefinition(v) => &**v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessReviewSet(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Account(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::ActivityBasedTimeoutPolicy(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::ActivityHistoryItem(v) => &**v,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::ActivityStatistics(v) => &**v,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::AdminConsentRequestPolicy(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::AdministrativeUnit(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AdvancedThreatProtectionOnboardingDeviceSettingState(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AdvancedThreatProtectionOnboardingStateSummary(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::AgedAccountsPayable(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::AgedAccountsReceivable(v) => &**v,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::Agreement(v) => &**v,
            #[cfg(
                msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search
            )]
            Self::AgreementAcceptance(v) => &**v,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFile(v) => &**v,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFileLocalization(v) => &**v,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFileProperties(v) => &**v,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFileVersion(v) => &**v,
            #[cfg(msgraph_beta_search_or_security)]
            Self::Alert(v) => &**v,
            #[cfg(msgraph_beta_allowed_data_locations_or_search)]
            Self::AllowedDataLocation(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidCertificateProfileBase(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidCompliancePolicy(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidCustomConfiguration(v) => &**v,
            #[cfg(msgraph_beta_search)]
            Self::AndroidDeviceComplianceLocalActionBase(v) => &**v,
            #[cfg(msgraph_beta_search)]
            Self::AndroidDeviceComplianceLocalActionLockDevice(v) => &**v,
            #[cfg(msgraph_beta_search)]
            Self::AndroidDeviceComplianceLocalActionLockDeviceWithPasscode(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerCompliancePolicy(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &**v
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerEnrollmentProfile(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidEasEmailProfileConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidEnterpriseWiFiConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidForWorkApp(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkAppConfigurationSchema(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkCertificateProfileBase(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkCompliancePolicy(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkCustomConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkEasEmailProfileBase(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkEnrollmentProfile(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkGmailEasConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidForWorkMobileAppConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkPkcsCertificateProfile(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkScepCertificateProfile(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkSettings(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkTrustedRootCertificate(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkVpnConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkWiFiConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidGeneralDeviceConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidImportedPfxCertificateProfile(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidLobApp(v) => &**v,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::AndroidManagedAppProtection(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedAppRegistration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidManagedStoreAccountEnterpriseSettings(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedStoreApp(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedStoreAppConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidManagedStoreAppConfigurationSchema(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedStoreWebApp(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidOmaCpConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidPkcsCertificateProfile(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidScepCertificateProfile(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidStoreApp(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidTrustedRootCertificate(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidVpnConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWiFiConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileCertificateProfileBase(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileCompliancePolicy(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileCustomConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileScepCertificateProfile(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileTrustedRootCertificate(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileVpnConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileWiFiConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AospDeviceOwnerCompliancePolicy(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AospDeviceOwnerDeviceConfiguration(v) => &**v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AppConsentApprovalRoute(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::AppConsentRequest(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::AppLogCollectionRequest(v) => &**v,
            #[cfg(msgraph_beta_core_or_app_role_assignments)]
            Self::AppRoleAssignment(v) => &**v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::AppScope(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AppVulnerabilityManagedDevice(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AppVulnerabilityMobileApp(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AppVulnerabilityTask(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleDeviceFeaturesConfigurationBase(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleEnrollmentProfileAssignment(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleExpeditedCheckinConfigurationBase(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ApplePushNotificationCertificate(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleUserInitiatedEnrollmentProfile(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleVpnConfiguration(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::AppleVppTokenTroubleshootingEvent(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::Application(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::ApplicationSignInDetailedSummary(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::ApplicationSignInSummary(v) => &**v,
            #[cfg(msgraph_beta_application_templates_or_search)]
            Self::ApplicationTemplate(v) => &**v,
            #[cfg(msgraph_beta_core_or_role_management)]
            Self::Approval(v) => &**v,
            #[cfg(msgraph_beta_core_or_role_management)]
            Self::ApprovalStep(v) => &**v,
            #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
            Self::ApprovalWorkflowProvider(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::AssignmentFilterEvaluationStatusDetails(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::Attachment(v) => &**v,
            #[cfg(msgraph_beta_core_or_functions)]
            Self::AttributeMappingFunctionSchema(v) => &**v,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::AudioRoutingGroup(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AuditEvent(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::Authentication(v) => &**v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::AuthenticationContextClassReference(v) => &**v,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::AuthenticationFlowsPolicy(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::AuthenticationMethod(v) => &**v,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodConfiguration(v) => &**v,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodTarget(v) => &**v,
            #[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
            Self::AuthenticationMethodsPolicy(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AuthenticationMethodsRoot(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::AuthorizationPolicy(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AzureAdFeatureUsage(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AzureAdLicenseUsage(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AzureAdUserFeatureUsage(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => &**v,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::B2cAuthenticationMethodsPolicy(v) => &**v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::B2cIdentityUserFlow(v) => &**v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::B2xIdentityUserFlow(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::BaseItem(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::BaseItemVersion(v) => &**v,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::Bitlocker(v) => &**v,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::BitlockerRecoveryKey(v) => &**v,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingAppointment(v) => &**v,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingBusiness(v) => &**v,
            #[cfg(msgraph_beta_booking_currencies_or_search)]
            Self::BookingCurrency(v) => &**v,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingCustomer(v) => &**v,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingNamedEntity(v) => &**v,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingPerson(v) => &**v,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingService(v) => &**v,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingStaffMember(v) => &**v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::BuiltInIdentityProvider(v) => &**v,
            #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
            Self::BusinessFlow(v) => &**v,
            #[cfg(msgraph_beta_business_flow_templates_or_search)]
            Self::BusinessFlowTemplate(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::Calendar(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::CalendarGroup(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::CalendarPermission(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::CalendarSharingMessage(v) => &**v,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::Call(v) => &**v,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::CallActivityStatistics(v) => &**v,
            #[cfg(msgraph_beta_communications_or_search)]
            Self::CallRecord(v) => &**v,
            #[cfg(msgraph_beta_communications_or_search)]
            Self::Segment(v) => &**v,
            #[cfg(msgraph_beta_communications_or_search)]
            Self::Session(v) => &**v,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::CancelMediaProcessingOperation(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CartToClassAssociation(v) => &**v,
            #[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
            Self::CertificateBasedAuthConfiguration(v) => &**v,
            #[cfg(msgraph_beta_core_or_teamwork)]
            Self::ChangeTrackedEntity(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::Channel(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::Chat(v) => &**v,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::ChatActivityStatistics(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::ChatMessage(v) => &**v,
            #[cfg(msgraph_beta_core_or_app_catalogs)]
            Self::ChatMessageHostedContent(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ChromeOsOnboardingSettings(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CircularGeofenceManagementCondition(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::ClaimsMappingPolicy(v) => &**v,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ClassificationJobResponse(v) => &**v,
            #[cfg(msgraph_beta_search_or_security)]
            Self::CloudAppSecurityProfile(v) => &**v,
            #[cfg(msgraph_beta_communications_or_search)]
            Self::CloudCommunications(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPc(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcConnectivityIssue(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcAuditEvent(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcDeviceImage(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcOnPremisesConnection(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcProvisioningPolicy(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcProvisioningPolicyAssignment(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcUserSetting(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcUserSettingAssignment(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::ColumnDefinition(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::ColumnLink(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ComanagementEligibleDevice(v) => &**v,
            #[cfg(msgraph_beta_core_or_commands)]
            Self::Command(v) => &**v,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::CommsOperation(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Company(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CompanyInformation(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ComplianceManagementPartner(v) => &**v,
            #[cfg(msgraph_beta_identity_or_policies_or_search)]
            Self::ConditionalAccessPolicy(v) => &**v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::ConditionalAccessRoot(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ConfigManagerCollection(v) => &**v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::ConnectedOrganization(v) => &**v,
            #[cfg(msgraph_beta_search)]
            Self::ConnectionOperation(v) => &**v,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::Connector(v) => &**v,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::ConnectorGroup(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::Contact(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::ContactFolder(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::ContentType(v) => &**v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::ContinuousAccessEvaluationPolicy(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::Contract(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::Conversation(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::ConversationMember(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::ConversationThread(v) => &**v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::CountryNamedLocation(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CountryRegion(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::CredentialUsageSummary(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::CredentialUserRegistrationCount(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::CredentialUserRegistrationDetails(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Currency(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Customer(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CustomerPayment(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CustomerPaymentJournal(v) => &**v,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::DataClassificationService(v) => &**v,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::DataLossPreventionPolicy(v) => &**v,
            #[cfg(msgraph_beta_data_policy_operations_or_search)]
            Self::DataPolicyOperation(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DataSharingConsent(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DefaultDeviceCompliancePolicy(v) => &**v,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::DefaultManagedAppProtection(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::DelegatedPermissionClassification(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepEnrollmentBaseProfile(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepEnrollmentProfile(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepIosEnrollmentProfile(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepMacOsEnrollmentProfile(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepOnboardingSetting(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DetectedApp(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::Device(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceAndAppManagementAssignmentFilter(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceAndAppManagementRoleAssignment(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceAndAppManagementRoleDefinition(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceAppManagement(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceAppManagementTask(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::DeviceCategory(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::DeviceComanagementAuthorityConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceActionItem(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceDeviceOverview(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceDeviceStatus(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicy(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicyAssignment(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicyDeviceStateSummary(v) => &**v,
            #[cfg(msgraph_beta_search)]
            Self::DeviceCompliancePolicyGroupAssignment(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceCompliancePolicyPolicySetItem(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicySettingStateSummary(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::DeviceCompliancePolicyState(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScheduledActionForRule(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScript(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScriptDeviceState(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScriptRunSummary(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceSettingState(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceUserOverview(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceUserStatus(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationAssignment(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationConflictSummary(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationDeviceOverview(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationDeviceStateSummary(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationDeviceStatus(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationGroupAssignment(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceConfigurationPolicySetItem(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::DeviceConfigurationState(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationUserOverview(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationUserStateSummary(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationUserStatus(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCustomAttributeShellScript(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentConfiguration(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentLimitConfiguration(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScript(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScriptAssignment(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScriptDeviceState(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScriptRunSummary(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceInstallState(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::DeviceLogCollectionResponse(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagement(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAbstractComplexSettingDefinition(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAbstractComplexSettingInstance(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAutopilotEvent(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAutopilotPolicyStatusDetail(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementBooleanSettingInstance(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementCachedReportConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementCollectionSettingDefinition(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementCollectionSettingInstance(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementComplexSettingDefinition(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementComplexSettingInstance(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationCategory(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &**v
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationPolicy(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationPolicyAssignment(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationPolicyTemplate(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSetting(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingDefinition(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &**v
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingTemplate(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &**v
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementDerivedCredentialSettings(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementDomainJoinConnector(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementExchangeConnector(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementExchangeOnPremisesPolicy(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementExportJob(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntegerSettingInstance(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntent(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentAssignment(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentDeviceSettingStateSummary(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentDeviceState(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentDeviceStateSummary(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentSettingCategory(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentUserState(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentUserStateSummary(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementPartner(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementReportSchedule(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementReports(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementResourceAccessProfileAssignment(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementResourceAccessProfileBase(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementReusablePolicySetting(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScript(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptAssignment(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptDeviceState(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptGroupAssignment(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceManagementScriptPolicySetItem(v) => &**v,
            #[cfg(msgraph_beta_search)]
            Self::DeviceManagementScriptRunSummary(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptUserState(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementSettingCategory(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementSettingDefinition(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementSettingInstance(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementStringSettingInstance(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementTemplate(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementTemplateSettingCategory(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::DeviceManagementTroubleshootingEvent(v) => &**v,
            #[cfg(msgraph_beta_search)]
            Self::DeviceSetupConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceShellScript(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Dimension(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::DimensionValue(v) => &**v,
            #[cfg(msgraph_beta_directory_or_search)]
            Self::Directory(v) => &**v,
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::DirectoryAudit(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryDefinition(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryObject(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryObjectPartnerReference(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryRole(v) => &**v,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::DirectoryRoleAccessReviewPolicy(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryRoleTemplate(v) => &**v,
            #[cfg(msgraph_beta_core_or_settings)]
            Self::DirectorySetting(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::DirectorySettingTemplate(v) => &**v,
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::DlpEvaluatePoliciesJobResponse(v) => &**v,
            #[cfg(msgraph_beta_search)]
            Self::Document(v) => &**v,
            #[cfg(msgraph_beta_search)]
            Self::DocumentComment(v) => &**v,
            #[cfg(msgraph_beta_search)]
            Self::DocumentCommentReply(v) => &**v,
            #[cfg(msgraph_beta_domains_or_search)]
            Self::Domain(v) => &**v,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsCnameRecord(v) => &**v,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsMxRecord(v) => &**v,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsRecord(v) => &**v,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsSrvRecord(v) => &**v,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsTxtRecord(v) => &**v,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsUnavailableRecord(v) => &**v,
            #[cfg(msgraph_beta_search_or_security)]
            Self::DomainSecurityProfile(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::DriveItem(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::DriveItemVersion(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::EBookInstallSummary(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EasEmailProfileConfigurationBase(v) => &**v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::AddToReviewSetOperation(v) => &**v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Case(v) => &**v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::CaseExportOperation(v) => &**v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::CaseIndexOperation(v) => &**v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::CaseOperation(v) => &**v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Custodian(v) => &**v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::DataSource(v) => &**v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::DataSourceContainer(v) => &**v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Ediscoveryroot(v) => &**v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::EstimateStatisticsOperation(v) => &**v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::LegalHold(v) => &**v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::NoncustodialDataSource(v) => &**v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::ReviewSet(v) => &**v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::ReviewSetQuery(v) => &**v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::EdiscoverySettings(v) => &**v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::SiteSource(v) => &**v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::SourceCollection(v) => &**v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Tag(v) => &**v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::TagOperation(v) => &**v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::UnifiedGroupSource(v) => &**v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::UserSource(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EditionUpgradeConfiguration(v) => &**v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignment(v) => &**v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignmentDefaults(v) => &**v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignmentResource(v) => &**v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignmentSettings(v) => &**v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationCategory(v) => &**v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationClass(v) => &**v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationFeedbackOutcome(v) => &**v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationOrganization(v) => &**v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationOutcome(v) => &**v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationPointsOutcome(v) => &**v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationRubric(v) => &**v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationRubricOutcome(v) => &**v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSchool(v) => &**v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSubmission(v) => &**v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSubmissionResource(v) => &**v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSynchronizationError(v) => &**v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSynchronizationProfile(v) => &**v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSynchronizationProfileStatus(v) => &**v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationUser(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::EducationalActivity(v) => &**v,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::EmailActivityStatistics(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailActivitySummary(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailActivityUserDetail(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageAppsUserCounts(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageUserCounts(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageUserDetail(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageVersionsUserCounts(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::EmailAuthenticationMethod(v) => &**v,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::EmailAuthenticationMethodConfiguration(v) => &**v,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::EmailFileAssessmentRequest(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EmbeddedSimActivationCodePool(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EmbeddedSimActivationCodePoolAssignment(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EmbeddedSimDeviceState(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Employee(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::Endpoint(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::EnrollmentConfigurationAssignment(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EnrollmentProfile(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::EnrollmentRestrictionsConfigurationPolicySetItem(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::EnrollmentTroubleshootingEvent(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::EnterpriseCodeSigningCertificate(v) => &**v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::EntitlementManagement(v) => &**v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::EntitlementManagementSettings(v) => &**v,
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::EvaluateLabelJobResponse(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::Event(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::EventMessage(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::EventMessageRequest(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::EventMessageResponse(v) => &**v,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchDataStore(v) => &**v,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchDataStoreBase(v) => &**v,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchJobBase(v) => &**v,
            #[cfg(msgraph_beta_search)]
            Self::ExactMatchLookupJob(v) => &**v,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchSession(v) => &**v,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchSessionBase(v) => &**v,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchUploadAgent(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::Extension(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::ExtensionProperty(v) => &**v,
            #[cfg(msgraph_beta_search)]
            Self::External(v) => &**v,
            #[cfg(msgraph_beta_search)]
            Self::ExternalConnection(v) => &**v,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsConnectionOperation(v) => &**v,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalConnection(v) => &**v,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalGroup(v) => &**v,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalGroupMember(v) => &**v,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalItem(v) => &**v,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsSchema(v) => &**v,
            #[cfg(msgraph_beta_search)]
            Self::ExternalGroup(v) => &**v,
            #[cfg(msgraph_beta_search)]
            Self::ExternalGroupMember(v) => &**v,
            #[cfg(msgraph_beta_search)]
            Self::ExternalItem(v) => &**v,
            #[cfg(msgraph_beta_directory_or_policies_or_search)]
            Self::FeatureRolloutPolicy(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::Fido2AuthenticationMethod(v) => &**v,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::Fido2AuthenticationMethodConfiguration(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::FieldValueSet(v) => &**v,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::FileAssessmentRequest(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::FileAttachment(v) => &**v,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::FileClassificationRequest(v) => &**v,
            #[cfg(msgraph_beta_search_or_security)]
            Self::FileSecurityProfile(v) => &**v,
            #[cfg(msgraph_beta_core_or_filter_operators)]
            Self::FilterOperatorSchema(v) => &**v,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::FocusActivityStatistics(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::GeneralLedgerEntry(v) => &**v,
            #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
            Self::GovernancePolicyTemplate(v) => &**v,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceResource(v) => &**v,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleAssignment(v) => &**v,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleAssignmentRequest(v) => &**v,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleDefinition(v) => &**v,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleSetting(v) => &**v,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_5_more_80
            )]
            Self::GovernanceSubject(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::Group(v) => &**v,
            #[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
            Self::GroupLifecyclePolicy(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyCategory(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyConfigurationAssignment(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyDefinition(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyDefinitionFile(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyDefinitionValue(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyMigrationReport(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyObjectFile(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyOperation(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentation(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationCheckBox(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationComboBox(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationDecimalTextBox(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationDropdownList(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationListBox(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationLongDecimalTextBox(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationMultiTextBox(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationText(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationTextBox(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValue(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueBoolean(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueDecimal(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueList(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueLongDecimal(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueMultiText(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueText(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicySettingMapping(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyUploadedDefinitionFile(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::HomeRealmDiscoveryPolicy(v) => &**v,
            #[cfg(msgraph_beta_search_or_security)]
            Self::HostSecurityProfile(v) => &**v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityApiConnector(v) => &**v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityBuiltInUserFlowAttribute(v) => &**v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityCustomUserFlowAttribute(v) => &**v,
            #[cfg(msgraph_beta_identity_providers_or_search)]
            Self::IdentityProvider(v) => &**v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityProviderBase(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &**v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityUserFlow(v) => &**v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityUserFlowAttribute(v) => &**v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityUserFlowAttributeAssignment(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedAppleDeviceIdentity(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedAppleDeviceIdentityResult(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedDeviceIdentity(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedDeviceIdentityResult(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedWindowsAutopilotDeviceIdentity(v) => &**v,
            #[cfg(msgraph_beta_search)]
            Self::ImportedWindowsAutopilotDeviceIdentityUpload(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::InferenceClassification(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::InferenceClassificationOverride(v) => &**v,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::InformationProtection(v) => &**v,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::InformationProtectionLabel(v) => &**v,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::InformationProtectionPolicy(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IntuneBrandingProfile(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IntuneBrandingProfileAssignment(v) => &**v,
            #[cfg(msgraph_beta_invitations_or_search)]
            Self::Invitation(v) => &**v,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::InviteParticipantsOperation(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCertificateProfile(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCertificateProfileBase(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCompliancePolicy(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCustomConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosDeviceFeaturesConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEasEmailProfileConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEduDeviceConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEducationDeviceConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEnterpriseWiFiConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosExpeditedCheckinConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosGeneralDeviceConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosImportedPfxCertificateProfile(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobApp(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobAppProvisioningConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobAppProvisioningConfigurationAssignment(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobAppProvisioningConfigurationPolicySetItem(v) => &**v,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::IosManagedAppProtection(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosManagedAppRegistration(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosMobileAppConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosPkcsCertificateProfile(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosScepCertificateProfile(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosStoreApp(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosTrustedRootCertificate(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosUpdateConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosUpdateDeviceStatus(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosVpnConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppApp(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppAppAssignedDeviceLicense(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppAppAssignedLicense(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppAppAssignedUserLicense(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppEBook(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppEBookAssignment(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosWiFiConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosikEv2VpnConfiguration(v) => &**v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IpNamedLocation(v) => &**v,
            #[cfg(msgraph_beta_search_or_security)]
            Self::IpSecurityProfile(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Item(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ItemActivity(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ItemActivityOld(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ItemActivityStat(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::ItemAddress(v) => &**v,
            #[cfg(msgraph_beta_search)]
            Self::ItemAnalytics(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::ItemAttachment(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::ItemCategory(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::ItemEmail(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::ItemFacet(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::ItemInsights(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::ItemInsightsSettings(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::ItemPatent(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::ItemPhone(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::ItemPublication(v) => &**v,
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::JobResponseBase(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Journal(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::JournalLine(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::LanguageProficiency(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::LicenseDetails(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::LinkedResource(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ListItem(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ListItemVersion(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::LocalizedNotificationMessage(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::LocationManagementCondition(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::LongRunningOperation(v) => &**v,
            #[cfg(msgraph_beta_search)]
            Self::LookupResultRow(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCertificateProfileBase(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCompliancePolicy(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCustomAppConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCustomConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsDeviceFeaturesConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsEndpointProtectionConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsEnterpriseWiFiConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsExtensionsConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsGeneralDeviceConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsImportedPfxCertificateProfile(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsLobApp(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsMdatpApp(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsMicrosoftEdgeApp(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsOfficeSuiteApp(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsPkcsCertificateProfile(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsScepCertificateProfile(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateAccountSummary(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateCategorySummary(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateStateSummary(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsTrustedRootCertificate(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsVpnConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsWiFiConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsWiredNetworkConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsVppApp(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsVppAppAssignedLicense(v) => &**v,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::MailAssessmentRequest(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::MailFolder(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::MailSearchFolder(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageDetail(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageMailboxCounts(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageQuotaStatusMailboxCounts(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageStorage(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MalwareStateForWindowsDevice(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagedAllDeviceCertificateState(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAndroidLobApp(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAndroidStoreApp(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedApp(v) => &**v,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppOperation(v) => &**v,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppPolicy(v) => &**v,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppPolicyDeploymentSummary(v) => &**v,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppProtection(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppProtectionPolicySetItem(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppRegistration(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppStatus(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppStatusRaw(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::ManagedDevice(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagedDeviceCertificateState(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagedDeviceEncryptionState(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationAssignment(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceStatus(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceSummary(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationPolicySetItem(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::ManagedDeviceMobileAppConfigurationState(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserStatus(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserSummary(v) => &**v,
            #[cfg(msgraph_beta_search)]
            Self::ManagedDeviceOverview(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedEBook(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedEBookAssignment(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedEBookCategory(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedIosLobApp(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedIosStoreApp(v) => &**v,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedMobileApp(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedMobileLobApp(v) => &**v,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::AggregatedPolicyCompliance(v) => &**v,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::CloudPcConnection(v) => &**v,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::CloudPcDevice(v) => &**v,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ConditionalAccessPolicyCoverage(v) => &**v,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::CredentialUserRegistrationsSummary(v) => &**v,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsDeviceCompliancePolicySettingStateSummary(v) => &**v,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedDeviceCompliance(v) => &**v,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedDeviceComplianceTrend(v) => &**v,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenant(v) => &**v,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsRiskyUser(v) => &**v,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsWindowsDeviceMalwareState(v) => &**v,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsWindowsProtectionState(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagementCondition(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagementConditionStatement(v) => &**v,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::MdmWindowsInformationProtectionPolicy(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MdmWindowsInformationProtectionPolicyPolicySetItem(v) => &**v,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::MeetingActivityStatistics(v) => &**v,
            #[cfg(msgraph_beta_core_or_app_or_communications)]
            Self::MeetingAttendanceReport(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::Mention(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::Message(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::MessageRule(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => &**v,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(v) => &**v,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MicrosoftStoreForBusinessApp(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MicrosoftStoreForBusinessContainedApp(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelHealthThreshold(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelServer(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelServerLogCollectionResponse(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelSite(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileApp(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppAssignment(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppCategory(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppContent(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppContentFile(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppDependency(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppInstallStatus(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppInstallSummary(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::MobileAppIntentAndState(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppPolicySetItem(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppProvisioningConfigGroupAssignment(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppRelationship(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppSupersedence(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::MobileAppTroubleshootingEvent(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileContainedApp(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileLobApp(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MobileThreatDefenseConnector(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::MultiValueLegacyExtendedProperty(v) => &**v,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::MuteParticipantOperation(v) => &**v,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::MuteParticipantsOperation(v) => &**v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::NamedLocation(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NdesConnector(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NetworkManagementCondition(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::Note(v) => &**v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Notebook(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::Notification(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NotificationMessageTemplate(v) => &**v,
            #[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
            Self::OAuth2PermissionGrant(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::OfferShiftRequest(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActivationCounts(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActivationsUserCounts(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActivationsUserDetail(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActiveUserCounts(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActiveUserDetail(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityCounts(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityDetail(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityFileCounts(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityGroupCounts(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityStorage(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ServicesUserCounts(v) => &**v,
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::OfficeClientConfiguration(v) => &**v,
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::OfficeClientConfigurationAssignment(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::OfficeGraphInsights(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::OfficeSuiteApp(v) => &**v,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::OnPremisesAgent(v) => &**v,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::OnPremisesAgentGroup(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::OnPremisesConditionalAccessSettings(v) => &**v,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::OnPremisesPublishingProfile(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveActivityUserDetail(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveUsageAccountCounts(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveUsageAccountDetail(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveUsageFileCounts(v) => &**v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Onenote(v) => &**v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteEntityBaseModel(v) => &**v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteEntityHierarchyModel(v) => &**v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteEntitySchemaObjectModel(v) => &**v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteOperation(v) => &**v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenotePage(v) => &**v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteResource(v) => &**v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteSection(v) => &**v,
            #[cfg(msgraph_beta_core_or_app_or_communications)]
            Self::OnlineMeeting(v) => &**v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::OpenIdConnectIdentityProvider(v) => &**v,
            #[cfg(msgraph_beta_identity_providers_or_search)]
            Self::OpenIdConnectProvider(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::OpenShift(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::OpenShiftChangeRequest(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::OpenTypeExtension(v) => &**v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Operation(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::OrgContact(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::Organization(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::OrganizationSettings(v) => &**v,
            #[cfg(msgraph_beta_core_or_branding)]
            Self::OrganizationalBranding(v) => &**v,
            #[cfg(msgraph_beta_core_or_branding)]
            Self::OrganizationalBrandingLocalization(v) => &**v,
            #[cfg(msgraph_beta_core_or_branding)]
            Self::OrganizationalBrandingProperties(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::OutlookCategory(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::OutlookItem(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::OutlookTask(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::OutlookTaskFolder(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::OutlookTaskGroup(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::OutlookUser(v) => &**v,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::Participant(v) => &**v,
            #[cfg(msgraph_beta_search)]
            Self::ParticipantJoiningNotification(v) => &**v,
            #[cfg(msgraph_beta_search)]
            Self::ParticipantLeftNotification(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::PasswordAuthenticationMethod(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::PasswordlessMicrosoftAuthenticatorAuthenticationMethod(v) => &**v,
            #[cfg(msgraph_beta_payload_response_or_search)]
            Self::PayloadResponse(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PaymentMethod(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PaymentTerm(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::Permission(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::PermissionGrantConditionSet(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::PermissionGrantPolicy(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::Person(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::PersonAnnotation(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::PersonAnnualEvent(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::PersonAward(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::PersonCertification(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::PersonExtension(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::PersonInterest(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::PersonName(v) => &**v,
            #[cfg(msgraph_beta_search)]
            Self::PersonResponsibility(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::PersonWebsite(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::PhoneAuthenticationMethod(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Picture(v) => &**v,
            #[cfg(msgraph_beta_places_or_search)]
            Self::Place(v) => &**v,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerAssignedToTaskBoardTaskFormat(v) => &**v,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerBucket(v) => &**v,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerBucketTaskBoardTaskFormat(v) => &**v,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerDelta(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::PlannerGroup(v) => &**v,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerPlan(v) => &**v,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerPlanDetails(v) => &**v,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerProgressTaskBoardTaskFormat(v) => &**v,
            #[cfg(msgraph_beta_planner_or_search)]
            Self::PlannerRoster(v) => &**v,
            #[cfg(msgraph_beta_planner_or_search)]
            Self::PlannerRosterMember(v) => &**v,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerTask(v) => &**v,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerTaskDetails(v) => &**v,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerUser(v) => &**v,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::PlayPromptOperation(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::PolicyBase(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::PolicySet(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::PolicySetAssignment(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::PolicySetItem(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::Post(v) => &**v,
            #[cfg(msgraph_beta_core_or_communications)]
            Self::Presence(v) => &**v,
            #[cfg(msgraph_beta_search)]
            Self::Presentation(v) => &**v,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintConnector(v) => &**v,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintDocument(v) => &**v,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintJob(v) => &**v,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintOperation(v) => &**v,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintService(v) => &**v,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintServiceEndpoint(v) => &**v,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintTask(v) => &**v,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintTaskDefinition(v) => &**v,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintTaskTrigger(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::PrintUsage(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::PrintUsageByPrinter(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::PrintUsageByUser(v) => &**v,
            #[cfg(msgraph_beta_print_or_search)]
            Self::Printer(v) => &**v,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrinterBase(v) => &**v,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrinterCreateOperation(v) => &**v,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrinterShare(v) => &**v,
            #[cfg(msgraph_beta_privileged_access_or_search)]
            Self::PrivilegedAccess(v) => &**v,
            #[cfg(msgraph_beta_privileged_approval_or_search)]
            Self::PrivilegedApproval(v) => &**v,
            #[cfg(msgraph_beta_privileged_operation_events_or_search)]
            Self::PrivilegedOperationEvent(v) => &**v,
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRole(v) => &**v,
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRoleAssignment(v) => &**v,
            #[cfg(msgraph_beta_privileged_role_assignment_requests_or_search)]
            Self::PrivilegedRoleAssignmentRequest(v) => &**v,
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRoleSettings(v) => &**v,
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRoleSummary(v) => &**v,
            #[cfg(msgraph_beta_privileged_signup_status_or_search)]
            Self::PrivilegedSignupStatus(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::Profile(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::ProfileCardProperty(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::ProfilePhoto(v) => &**v,
            #[cfg(msgraph_beta_program_controls_or_programs_or_search)]
            Self::Program(v) => &**v,
            #[cfg(msgraph_beta_program_controls_or_programs_or_search)]
            Self::ProgramControl(v) => &**v,
            #[cfg(msgraph_beta_program_control_types_or_search)]
            Self::ProgramControlType(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::ProjectParticipation(v) => &**v,
            #[cfg(msgraph_beta_search_or_security)]
            Self::ProviderTenantSetting(v) => &**v,
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::ProvisioningObjectSummary(v) => &**v,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::PublishedResource(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PurchaseInvoice(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PurchaseInvoiceLine(v) => &**v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::RbacApplication(v) => &**v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::RbacApplicationMultiple(v) => &**v,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::RecordOperation(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::ReferenceAttachment(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::RegionalAndLanguageSettings(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::RelyingPartyDetailedSummary(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RemoteActionAudit(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RemoteAssistancePartner(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::ReportRoot(v) => &**v,
            #[cfg(msgraph_beta_core_or_role_management)]
            Self::Request(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ResourceOperation(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::ResourceSpecificPermissionGrant(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RestrictedAppsViolation(v) => &**v,
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::RestrictedSignIn(v) => &**v,
            #[cfg(msgraph_beta_identity_protection_or_risk_detections_or_search)]
            Self::RiskDetection(v) => &**v,
            #[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
            Self::RiskyUser(v) => &**v,
            #[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
            Self::RiskyUserHistoryItem(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleAssignment(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleDefinition(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleScopeTag(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleScopeTagAutoAssignment(v) => &**v,
            #[cfg(msgraph_beta_places_or_search)]
            Self::Room(v) => &**v,
            #[cfg(msgraph_beta_places_or_search)]
            Self::RoomList(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesCreditMemo(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesCreditMemoLine(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesInvoice(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesInvoiceLine(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesOrder(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesOrderLine(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesQuote(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesQuoteLine(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::Schedule(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::ScheduleChangeRequest(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::SchedulingGroup(v) => &**v,
            #[cfg(msgraph_beta_search)]
            Self::Schema(v) => &**v,
            #[cfg(msgraph_beta_schema_extensions_or_search)]
            Self::SchemaExtension(v) => &**v,
            #[cfg(msgraph_beta_core_or_scoped_role_memberships)]
            Self::ScopedRoleMembership(v) => &**v,
            #[cfg(msgraph_beta_search)]
            Self::SearchEntity(v) => &**v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SectionGroup(v) => &**v,
            #[cfg(msgraph_beta_search_or_security)]
            Self::SecureScore(v) => &**v,
            #[cfg(msgraph_beta_search_or_security)]
            Self::SecureScoreControlProfile(v) => &**v,
            #[cfg(msgraph_beta_search_or_security)]
            Self::SecurityAction(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineCategoryStateSummary(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineDeviceState(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::SecurityBaselineSettingState(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::SecurityBaselineState(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineStateSummary(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineTemplate(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::SecurityConfigurationTask(v) => &**v,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::SensitiveType(v) => &**v,
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::SensitivityLabel(v) => &**v,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::SensitivityPolicySettings(v) => &**v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceAnnouncement(v) => &**v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceAnnouncementBase(v) => &**v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceHealth(v) => &**v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceHealthIssue(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::ServicePrincipal(v) => &**v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceUpdateMessage(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SettingStateDeviceSummary(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointActivityPages(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointActivityUserCounts(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointActivityUserDetail(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsageDetail(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsageFileCounts(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsagePages(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsageSiteCounts(v) => &**v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(v) => &**v,
            #[cfg(msgraph_beta_directory_or_search)]
            Self::SharedEmailDomain(v) => &**v,
            #[cfg(msgraph_beta_domains_or_search)]
            Self::SharedEmailDomainInvitation(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::SharedInsight(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SharedPcConfiguration(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::Shift(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::ShiftPreferences(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::ShipmentMethod(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::SideLoadingKey(v) => &**v,
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::SignIn(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::SingleValueLegacyExtendedProperty(v) => &**v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SiteActivitySummary(v) => &**v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SiteUsageStorage(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::SkillProficiency(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessActivityCounts(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessActivityUserCounts(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessActivityUserDetail(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessDeviceUsageDistributionUserCounts(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessDeviceUsageUserCounts(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessDeviceUsageUserDetail(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessOrganizerActivityCounts(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessOrganizerActivityMinuteCounts(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessOrganizerActivityUserCounts(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessParticipantActivityCounts(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessParticipantActivityMinuteCounts(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessParticipantActivityUserCounts(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessPeerToPeerActivityCounts(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessPeerToPeerActivityMinuteCounts(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessPeerToPeerActivityUserCounts(v) => &**v,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodConfiguration(v) => &**v,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodTarget(v) => &**v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::SocialIdentityProvider(v) => &**v,
            #[cfg(msgraph_beta_search)]
            Self::SoftwareUpdateStatusSummary(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::StsPolicy(v) => &**v,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::SubscribeToToneOperation(v) => &**v,
            #[cfg(msgraph_beta_search_or_subscribed_skus)]
            Self::SubscribedSku(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_3_more)]
            Self::Subscription(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::SwapShiftsChangeRequest(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::SymantecCodeSigningCertificate(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::Synchronization(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::SynchronizationJob(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::SynchronizationSchema(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::SynchronizationTemplate(v) => &**v,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::TargetedManagedAppConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::TargetedManagedAppConfigurationPolicySetItem(v) => &**v,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::TargetedManagedAppPolicyAssignment(v) => &**v,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::TargetedManagedAppProtection(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::TaxArea(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::TaxGroup(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::Team(v) => &**v,
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamsApp(v) => &**v,
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamsAppDefinition(v) => &**v,
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamsAppIcon(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::TeamsAppInstallation(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::TeamsAsyncOperation(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsDeviceUsageDistributionUserCounts(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsDeviceUsageUserCounts(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsDeviceUsageUserDetail(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::TeamsTab(v) => &**v,
            #[cfg(msgraph_beta_search_or_teams_templates)]
            Self::TeamsTemplate(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityCounts(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityDistributionUserCounts(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityUserCounts(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityUserDetail(v) => &**v,
            #[cfg(msgraph_beta_search_or_teamwork)]
            Self::Teamwork(v) => &**v,
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamworkBot(v) => &**v,
            #[cfg(msgraph_beta_core_or_app_catalogs)]
            Self::TeamworkHostedContent(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::TeamworkTag(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::TeamworkTagMember(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TelecomExpenseManagementPartner(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::TemporaryAccessPassAuthenticationMethod(v) => &**v,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(v) => &**v,
            #[cfg(msgraph_beta_privileged_signup_status_or_search)]
            Self::TenantSetupInfo(v) => &**v,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::TermStoreGroup(v) => &**v,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Relation(v) => &**v,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Set(v) => &**v,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Store(v) => &**v,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Term(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditions(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditionsAcceptanceStatus(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditionsAssignment(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditionsGroupAssignment(v) => &**v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::TermsOfUseContainer(v) => &**v,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::TextClassificationRequest(v) => &**v,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::ThreatAssessmentRequest(v) => &**v,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::ThreatAssessmentResult(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ThumbnailSet(v) => &**v,
            #[cfg(msgraph_beta_search_or_security)]
            Self::TiIndicator(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::TimeCard(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::TimeOff(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffReason(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffRequest(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::Todo(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::TodoTask(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::TodoTaskList(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::TokenIssuancePolicy(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::TokenLifetimePolicy(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::Trending(v) => &**v,
            #[cfg(msgraph_beta_search_or_trust_framework)]
            Self::TrustFrameworkKeySet(v) => &**v,
            #[cfg(msgraph_beta_search_or_trust_framework)]
            Self::TrustFrameworkPolicy(v) => &**v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRbacResourceAction(v) => &**v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRbacResourceNamespace(v) => &**v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRbacResourceScope(v) => &**v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignment(v) => &**v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentMultiple(v) => &**v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentSchedule(v) => &**v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &**v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &**v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleDefinition(v) => &**v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilitySchedule(v) => &**v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &**v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &**v,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicy(v) => &**v,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyApprovalRule(v) => &**v,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAssignment(v) => &**v,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAuthenticationContextRule(v) => &**v,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyEnablementRule(v) => &**v,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyExpirationRule(v) => &**v,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyNotificationRule(v) => &**v,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyRule(v) => &**v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleScheduleBase(v) => &**v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleScheduleInstanceBase(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::UnitOfMeasure(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::UnmanagedDeviceDiscoveryTask(v) => &**v,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::UnmuteParticipantOperation(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UnsupportedDeviceConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UnsupportedGroupPolicyExtension(v) => &**v,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::UpdateRecordingStatusOperation(v) => &**v,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::UrlAssessmentRequest(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::UsageRight(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::UsedInsight(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::User(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::UserAccountInformation(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::UserActivity(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::UserAnalytics(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::UserAppInstallStatus(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::UserConfiguration(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::UserConsentRequest(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::UserCredentialUsageDetails(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersion(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthApplicationPerformance(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDeviceModelPerformance(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformance(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformanceDetails(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthOsVersionPerformance(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsBaseline(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsCategory(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDevicePerformance(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceScores(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupHistory(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcess(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcessPerformance(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceWithoutCloudIdentity(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsImpactingProcess(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsMetric(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsMetricHistory(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsNotAutopilotReadyDevice(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsOverview(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsRegressionSummary(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsRemoteConnection(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsResourcePerformance(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsScoreHistory(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereDevice(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereMetric(v) => &**v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::UserFlowLanguageConfiguration(v) => &**v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::UserFlowLanguagePage(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::UserInsightsSettings(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::UserInstallStateSummary(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserPfxCertificate(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::UserScopeTeamsAppInstallation(v) => &**v,
            #[cfg(msgraph_beta_search_or_security)]
            Self::UserSecurityProfile(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::UserSettings(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::UserTeamwork(v) => &**v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Vendor(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::VirtualEndpoint(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::VpnConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::VppToken(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::VulnerableManagedDevice(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::WebAccount(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WebApp(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::Win32LobApp(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10CertificateProfileBase(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10CompliancePolicy(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10CustomConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10EasEmailProfileConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10EndpointProtectionConfiguration(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10GeneralConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10ImportedPfxCertificateProfile(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10MobileCompliancePolicy(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10NetworkBoundaryConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10PfxImportCertificateProfile(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10PkcsCertificateProfile(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10SecureAssessmentConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10TeamGeneralConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10VpnConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XCertificateProfile(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XscepCertificateProfile(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XTrustedRootCertificate(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XVpnConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XWifiConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81CertificateProfileBase(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81CompliancePolicy(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81GeneralConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81ScepCertificateProfile(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81TrustedRootCertificate(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81VpnConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81WifiImportConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsAppX(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAssignedAccessProfile(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotDeploymentProfile(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotDeploymentProfileAssignment(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsAutopilotDeploymentProfilePolicySetItem(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotDeviceIdentity(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotSettings(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsCertificateProfileBase(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicy(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicyAssignment(v) => {
                &**v
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicyDeploymentStatus(
                v,
            ) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicyDeploymentSummary(
                v,
            ) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsDeliveryOptimizationConfiguration(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::WindowsDeviceMalwareState(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsDomainJoinConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsFeatureUpdateCatalogItem(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsFeatureUpdateProfile(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsFeatureUpdateProfileAssignment(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsHealthMonitoringConfiguration(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsIdentityProtectionConfiguration(v) => &**v,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::WindowsInformationProtection(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsInformationProtectionAppLearningSummary(v) => &**v,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::WindowsInformationProtectionAppLockerFile(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsInformationProtectionDeviceRegistration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsInformationProtectionNetworkLearningSummary(v) => &**v,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::WindowsInformationProtectionPolicy(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsInformationProtectionWipeAction(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsKioskConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsMalwareInformation(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::WindowsManagedDevice(v) => &**v,
            #[cfg(msgraph_beta_search)]
            Self::WindowsManagementApp(v) => &**v,
            #[cfg(msgraph_beta_search)]
            Self::WindowsManagementAppHealthState(v) => &**v,
            #[cfg(msgraph_beta_search)]
            Self::WindowsManagementAppHealthSummary(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsMicrosoftEdgeApp(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsMobileMsi(v) => &**v,
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::WindowsOfficeClientConfiguration(v) => &**v,
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::WindowsOfficeClientSecurityConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhone81AppX(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhone81AppXBundle(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81CertificateProfileBase(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81CompliancePolicy(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81CustomConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81GeneralConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81ScepCertificateProfile(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhone81StoreApp(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81TrustedRootCertificate(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81VpnConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhoneXap(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPrivacyDataAccessControlItem(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::WindowsProtectionState(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsQualityUpdateCatalogItem(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsQualityUpdateProfile(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsQualityUpdateProfileAssignment(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsStoreApp(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsUniversalAppX(v) => &**v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsUniversalAppXContainedApp(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsUpdateCatalogItem(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsUpdateForBusinessConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsUpdateState(v) => &**v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::AzureAdDevice(v) => &**v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Catalog(v) => &**v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::CatalogEntry(v) => &**v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Deployment(v) => &**v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::DeploymentAudience(v) => &**v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::FeatureUpdateCatalogEntry(v) => &**v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::QualityUpdateCatalogEntry(v) => &**v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::SoftwareUpdateCatalogEntry(v) => &**v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::UpdatableAsset(v) => &**v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::UpdatableAssetGroup(v) => &**v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Updates(v) => &**v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Windows(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsVpnConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsWifiConfiguration(v) => &**v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &**v,
            #[cfg(msgraph_beta_core)]
            Self::WorkPosition(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::Workbook(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookApplication(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChart(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAreaFormat(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxes(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxis(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxisFormat(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxisTitle(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxisTitleFormat(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartDataLabelFormat(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartDataLabels(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartFill(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartFont(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartGridlines(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartGridlinesFormat(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartLegend(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartLegendFormat(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartLineFormat(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartPoint(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartPointFormat(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartSeries(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartSeriesFormat(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartTitle(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartTitleFormat(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookComment(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookCommentReply(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFilter(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFormatProtection(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFunctionResult(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFunctions(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookNamedItem(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookOperation(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookPivotTable(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRange(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeBorder(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeFill(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeFont(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeFormat(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeSort(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeView(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTable(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTableColumn(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTableRow(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTableSort(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookWorksheet(v) => &**v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookWorksheetProtection(v) => &**v,
            #[cfg(msgraph_beta_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerActivitySummary(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerActivityUserDetail(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerDeviceUsageDistributionUserCounts(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerDeviceUsageUserCounts(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerDeviceUsageUserDetail(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerGroupsActivityCounts(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerGroupsActivityDetail(v) => &**v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerGroupsActivityGroupCounts(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Entity(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::AadUserConversationMember(v) => &mut **v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackage(v) => &mut **v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignmentPolicy(v) => &mut **v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequest(v) => &mut **v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignmentResourceRole(v) => &mut **v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageCatalog(v) => &mut **v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResource(v) => &mut **v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceEnvironment(v) => &mut **v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceRequest(v) => &mut **v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceRole(v) => &mut **v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceRoleScope(v) => &mut **v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceScope(v) => &mut **v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageSubject(v) => &mut **v,
            #[cfg(msgraph_beta_access_reviews_or_search)]
            Self::AccessReview(v) => &mut **v,
            #[cfg(msgraph_beta_access_review_decisions_or_access_reviews_or_search)]
            Self::AccessReviewDecision(v) => &mut **v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessReviewHistoryDefinition(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::AccessReviewInstance(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::AccessReviewInstanceDecisionItem(v) => &mut **v,
            #[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
            Self::AccessReviewPolicy(v) => &mut **v,
            #[cfg(msgraph_beta_access_reviews_or_search)]
            Self::AccessReviewReviewer(v) => &mut **v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessReviewScheduleDefinition(v) => &mut **v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessReviewSet(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Account(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::ActivityBasedTimeoutPolicy(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::ActivityHistoryItem(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::ActivityStatistics(v) => &mut **v,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::AdminConsentRequestPolicy(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::AdministrativeUnit(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AdvancedThreatProtectionOnboardingDeviceSettingState(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AdvancedThreatProtectionOnboardingStateSummary(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::AgedAccountsPayable(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::AgedAccountsReceivable(v) => &mut **v,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::Agreement(v) => &mut **v,
            #[cfg(
                msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search
            )]
            Self::AgreementAcceptance(v) => &mut **v,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFile(v) => &mut **v,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFileLocalization(v) => &mut **v,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFileProperties(v) => &mut **v,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFileVersion(v) => &mut **v,
            #[cfg(msgraph_beta_search_or_security)]
            Self::Alert(v) => &mut **v,
            #[cfg(msgraph_beta_allowed_data_locations_or_search)]
            Self::AllowedDataLocation(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidCertificateProfileBase(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidCompliancePolicy(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidCustomConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_search)]
            Self::AndroidDeviceComplianceLocalActionBase(v) => &mut **v,
            #[cfg(msgraph_beta_search)]
            Self::AndroidDeviceComplianceLocalActionLockDevice(v) => &mut **v,
            #[cfg(msgraph_beta_search)]
            Self::AndroidDeviceComplianceLocalActionLockDeviceWithPasscode(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerCompliancePolicy(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &mut **v
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerEnrollmentProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidEasEmailProfileConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidForWorkApp(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkAppConfigurationSchema(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkCertificateProfileBase(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkCompliancePolicy(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkCustomConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkEnrollmentProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidForWorkMobileAppConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkPkcsCertificateProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkScepCertificateProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkSettings(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkTrustedRootCertificate(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkVpnConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkWiFiConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidGeneralDeviceConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidImportedPfxCertificateProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidLobApp(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::AndroidManagedAppProtection(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedAppRegistration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidManagedStoreAccountEnterpriseSettings(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedStoreApp(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedStoreAppConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidManagedStoreAppConfigurationSchema(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedStoreWebApp(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidOmaCpConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidPkcsCertificateProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidScepCertificateProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidStoreApp(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidTrustedRootCertificate(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidVpnConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWiFiConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileCertificateProfileBase(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileCompliancePolicy(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileCustomConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileScepCertificateProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileTrustedRootCertificate(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileVpnConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AospDeviceOwnerCompliancePolicy(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AospDeviceOwnerDeviceConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AppConsentApprovalRoute(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::AppConsentRequest(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::AppLogCollectionRequest(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_app_role_assignments)]
            Self::AppRoleAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::AppScope(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AppVulnerabilityManagedDevice(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AppVulnerabilityMobileApp(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AppVulnerabilityTask(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleEnrollmentProfileAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleExpeditedCheckinConfigurationBase(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ApplePushNotificationCertificate(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleUserInitiatedEnrollmentProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleVpnConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::AppleVppTokenTroubleshootingEvent(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::Application(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::ApplicationSignInDetailedSummary(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::ApplicationSignInSummary(v) => &mut **v,
            #[cfg(msgraph_beta_application_templates_or_search)]
            Self::ApplicationTemplate(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_role_management)]
            Self::Approval(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_role_management)]
            Self::ApprovalStep(v) => &mut **v,
            #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
            Self::ApprovalWorkflowProvider(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::AssignmentFilterEvaluationStatusDetails(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::Attachment(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_functions)]
            Self::AttributeMappingFunctionSchema(v) => &mut **v,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::AudioRoutingGroup(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AuditEvent(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::Authentication(v) => &mut **v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::AuthenticationContextClassReference(v) => &mut **v,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::AuthenticationFlowsPolicy(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::AuthenticationMethod(v) => &mut **v,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodConfiguration(v) => &mut **v,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodTarget(v) => &mut **v,
            #[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
            Self::AuthenticationMethodsPolicy(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AuthenticationMethodsRoot(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::AuthorizationPolicy(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AzureAdFeatureUsage(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AzureAdLicenseUsage(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AzureAdUserFeatureUsage(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => &mut **v,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::B2cAuthenticationMethodsPolicy(v) => &mut **v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::B2cIdentityUserFlow(v) => &mut **v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::B2xIdentityUserFlow(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::BaseItem(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::BaseItemVersion(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::Bitlocker(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::BitlockerRecoveryKey(v) => &mut **v,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingAppointment(v) => &mut **v,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingBusiness(v) => &mut **v,
            #[cfg(msgraph_beta_booking_currencies_or_search)]
            Self::BookingCurrency(v) => &mut **v,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingCustomer(v) => &mut **v,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingNamedEntity(v) => &mut **v,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingPerson(v) => &mut **v,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingService(v) => &mut **v,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingStaffMember(v) => &mut **v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::BuiltInIdentityProvider(v) => &mut **v,
            #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
            Self::BusinessFlow(v) => &mut **v,
            #[cfg(msgraph_beta_business_flow_templates_or_search)]
            Self::BusinessFlowTemplate(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::Calendar(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::CalendarGroup(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::CalendarPermission(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::CalendarSharingMessage(v) => &mut **v,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::Call(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::CallActivityStatistics(v) => &mut **v,
            #[cfg(msgraph_beta_communications_or_search)]
            Self::CallRecord(v) => &mut **v,
            #[cfg(msgraph_beta_communications_or_search)]
            Self::Segment(v) => &mut **v,
            #[cfg(msgraph_beta_communications_or_search)]
            Self::Session(v) => &mut **v,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::CancelMediaProcessingOperation(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CartToClassAssociation(v) => &mut **v,
            #[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
            Self::CertificateBasedAuthConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_teamwork)]
            Self::ChangeTrackedEntity(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::Channel(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::Chat(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::ChatActivityStatistics(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::ChatMessage(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_app_catalogs)]
            Self::ChatMessageHostedContent(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ChromeOsOnboardingSettings(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CircularGeofenceManagementCondition(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::ClaimsMappingPolicy(v) => &mut **v,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ClassificationJobResponse(v) => &mut **v,
            #[cfg(msgraph_beta_search_or_security)]
            Self::CloudAppSecurityProfile(v) => &mut **v,
            #[cfg(msgraph_beta_communications_or_search)]
            Self::CloudCommunications(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPc(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcConnectivityIssue(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcAuditEvent(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcDeviceImage(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcOnPremisesConnection(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcProvisioningPolicy(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcProvisioningPolicyAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcUserSetting(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcUserSettingAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::ColumnDefinition(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::ColumnLink(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ComanagementEligibleDevice(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_commands)]
            Self::Command(v) => &mut **v,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::CommsOperation(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Company(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CompanyInformation(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ComplianceManagementPartner(v) => &mut **v,
            #[cfg(msgraph_beta_identity_or_policies_or_search)]
            Self::ConditionalAccessPolicy(v) => &mut **v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::ConditionalAccessRoot(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ConfigManagerCollection(v) => &mut **v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::ConnectedOrganization(v) => &mut **v,
            #[cfg(msgraph_beta_search)]
            Self::ConnectionOperation(v) => &mut **v,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::Connector(v) => &mut **v,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::ConnectorGroup(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::Contact(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::ContactFolder(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::ContentType(v) => &mut **v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::ContinuousAccessEvaluationPolicy(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::Contract(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::Conversation(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::ConversationMember(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::ConversationThread(v) => &mut **v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::CountryNamedLocation(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CountryRegion(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::CredentialUsageSummary(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::CredentialUserRegistrationCount(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::CredentialUserRegistrationDetails(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Currency(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Customer(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CustomerPayment(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CustomerPaymentJournal(v) => &mut **v,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::DataClassificationService(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::DataLossPreventionPolicy(v) => &mut **v,
            #[cfg(msgraph_beta_data_policy_operations_or_search)]
            Self::DataPolicyOperation(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DataSharingConsent(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DefaultDeviceCompliancePolicy(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::DefaultManagedAppProtection(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::DelegatedPermissionClassification(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepEnrollmentBaseProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepEnrollmentProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepIosEnrollmentProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepMacOsEnrollmentProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepOnboardingSetting(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DetectedApp(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::Device(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceAndAppManagementAssignmentFilter(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceAndAppManagementRoleAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceAndAppManagementRoleDefinition(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceAppManagement(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceAppManagementTask(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::DeviceCategory(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::DeviceComanagementAuthorityConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceActionItem(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceDeviceOverview(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceDeviceStatus(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicy(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicyAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicyDeviceStateSummary(v) => &mut **v,
            #[cfg(msgraph_beta_search)]
            Self::DeviceCompliancePolicyGroupAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceCompliancePolicyPolicySetItem(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicySettingStateSummary(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::DeviceCompliancePolicyState(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScheduledActionForRule(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScript(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScriptDeviceState(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScriptRunSummary(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceSettingState(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceUserOverview(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceUserStatus(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationConflictSummary(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationDeviceOverview(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationDeviceStateSummary(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationDeviceStatus(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationGroupAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceConfigurationPolicySetItem(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::DeviceConfigurationState(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationUserOverview(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationUserStateSummary(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationUserStatus(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCustomAttributeShellScript(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentLimitConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScript(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScriptAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScriptDeviceState(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScriptRunSummary(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceInstallState(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::DeviceLogCollectionResponse(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagement(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAbstractComplexSettingDefinition(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAbstractComplexSettingInstance(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAutopilotEvent(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAutopilotPolicyStatusDetail(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementBooleanSettingInstance(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementCachedReportConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementCollectionSettingDefinition(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementCollectionSettingInstance(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementComplexSettingDefinition(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementComplexSettingInstance(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationCategory(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut **v
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationPolicy(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationPolicyAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationPolicyTemplate(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSetting(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingDefinition(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut **v
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingTemplate(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut **v
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementDerivedCredentialSettings(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementDomainJoinConnector(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementExchangeConnector(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementExchangeOnPremisesPolicy(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementExportJob(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntegerSettingInstance(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntent(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentDeviceSettingStateSummary(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentDeviceState(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentDeviceStateSummary(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentSettingCategory(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentUserState(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentUserStateSummary(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementPartner(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementReportSchedule(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementReports(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementResourceAccessProfileAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementResourceAccessProfileBase(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementReusablePolicySetting(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScript(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptDeviceState(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptGroupAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceManagementScriptPolicySetItem(v) => &mut **v,
            #[cfg(msgraph_beta_search)]
            Self::DeviceManagementScriptRunSummary(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptUserState(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementSettingCategory(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementSettingDefinition(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementSettingInstance(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementStringSettingInstance(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementTemplate(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementTemplateSettingCategory(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::DeviceManagementTroubleshootingEvent(v) => &mut **v,
            #[cfg(msgraph_beta_search)]
            Self::DeviceSetupConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceShellScript(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Dimension(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::DimensionValue(v) => &mut **v,
            #[cfg(msgraph_beta_directory_or_search)]
            Self::Directory(v) => &mut **v,
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::DirectoryAudit(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryDefinition(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryObject(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryObjectPartnerReference(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryRole(v) => &mut **v,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::DirectoryRoleAccessReviewPolicy(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryRoleTemplate(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_settings)]
            Self::DirectorySetting(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::DirectorySettingTemplate(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::DlpEvaluatePoliciesJobResponse(v) => &mut **v,
            #[cfg(msgraph_beta_search)]
            Self::Document(v) => &mut **v,
            #[cfg(msgraph_beta_search)]
            Self::DocumentComment(v) => &mut **v,
            #[cfg(msgraph_beta_search)]
            Self::DocumentCommentReply(v) => &mut **v,
            #[cfg(msgraph_beta_domains_or_search)]
            Self::Domain(v) => &mut **v,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsCnameRecord(v) => &mut **v,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsMxRecord(v) => &mut **v,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsRecord(v) => &mut **v,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsSrvRecord(v) => &mut **v,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsTxtRecord(v) => &mut **v,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsUnavailableRecord(v) => &mut **v,
            #[cfg(msgraph_beta_search_or_security)]
            Self::DomainSecurityProfile(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::DriveItem(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::DriveItemVersion(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::EBookInstallSummary(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EasEmailProfileConfigurationBase(v) => &mut **v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::AddToReviewSetOperation(v) => &mut **v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Case(v) => &mut **v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::CaseExportOperation(v) => &mut **v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::CaseIndexOperation(v) => &mut **v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::CaseOperation(v) => &mut **v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Custodian(v) => &mut **v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::DataSource(v) => &mut **v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::DataSourceContainer(v) => &mut **v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Ediscoveryroot(v) => &mut **v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::EstimateStatisticsOperation(v) => &mut **v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::LegalHold(v) => &mut **v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::NoncustodialDataSource(v) => &mut **v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::ReviewSet(v) => &mut **v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::ReviewSetQuery(v) => &mut **v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::EdiscoverySettings(v) => &mut **v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::SiteSource(v) => &mut **v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::SourceCollection(v) => &mut **v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Tag(v) => &mut **v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::TagOperation(v) => &mut **v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::UnifiedGroupSource(v) => &mut **v,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::UserSource(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EditionUpgradeConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignmentDefaults(v) => &mut **v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignmentResource(v) => &mut **v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignmentSettings(v) => &mut **v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationCategory(v) => &mut **v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationClass(v) => &mut **v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationFeedbackOutcome(v) => &mut **v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationOrganization(v) => &mut **v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationOutcome(v) => &mut **v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationPointsOutcome(v) => &mut **v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationRubric(v) => &mut **v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationRubricOutcome(v) => &mut **v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSchool(v) => &mut **v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSubmission(v) => &mut **v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSubmissionResource(v) => &mut **v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSynchronizationError(v) => &mut **v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSynchronizationProfile(v) => &mut **v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSynchronizationProfileStatus(v) => &mut **v,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationUser(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::EducationalActivity(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::EmailActivityStatistics(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailActivitySummary(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailActivityUserDetail(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageAppsUserCounts(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageUserCounts(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageUserDetail(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageVersionsUserCounts(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::EmailAuthenticationMethod(v) => &mut **v,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::EmailAuthenticationMethodConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::EmailFileAssessmentRequest(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EmbeddedSimActivationCodePool(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EmbeddedSimActivationCodePoolAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EmbeddedSimDeviceState(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Employee(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::Endpoint(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::EnrollmentConfigurationAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EnrollmentProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::EnrollmentRestrictionsConfigurationPolicySetItem(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::EnrollmentTroubleshootingEvent(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::EnterpriseCodeSigningCertificate(v) => &mut **v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::EntitlementManagement(v) => &mut **v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::EntitlementManagementSettings(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::EvaluateLabelJobResponse(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::Event(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::EventMessage(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::EventMessageRequest(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::EventMessageResponse(v) => &mut **v,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchDataStore(v) => &mut **v,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchDataStoreBase(v) => &mut **v,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchJobBase(v) => &mut **v,
            #[cfg(msgraph_beta_search)]
            Self::ExactMatchLookupJob(v) => &mut **v,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchSession(v) => &mut **v,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchSessionBase(v) => &mut **v,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchUploadAgent(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::Extension(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::ExtensionProperty(v) => &mut **v,
            #[cfg(msgraph_beta_search)]
            Self::External(v) => &mut **v,
            #[cfg(msgraph_beta_search)]
            Self::ExternalConnection(v) => &mut **v,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsConnectionOperation(v) => &mut **v,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalConnection(v) => &mut **v,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalGroup(v) => &mut **v,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalGroupMember(v) => &mut **v,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalItem(v) => &mut **v,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsSchema(v) => &mut **v,
            #[cfg(msgraph_beta_search)]
            Self::ExternalGroup(v) => &mut **v,
            #[cfg(msgraph_beta_search)]
            Self::ExternalGroupMember(v) => &mut **v,
            #[cfg(msgraph_beta_search)]
            Self::ExternalItem(v) => &mut **v,
            #[cfg(msgraph_beta_directory_or_policies_or_search)]
            Self::FeatureRolloutPolicy(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::Fido2AuthenticationMethod(v) => &mut **v,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::Fido2AuthenticationMethodConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::FieldValueSet(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::FileAssessmentRequest(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::FileAttachment(v) => &mut **v,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::FileClassificationRequest(v) => &mut **v,
            #[cfg(msgraph_beta_search_or_security)]
            Self::FileSecurityProfile(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_filter_operators)]
            Self::FilterOperatorSchema(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::FocusActivityStatistics(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::GeneralLedgerEntry(v) => &mut **v,
            #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
            Self::GovernancePolicyTemplate(v) => &mut **v,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceResource(v) => &mut **v,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleAssignment(v) => &mut **v,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleAssignmentRequest(v) => &mut **v,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleDefinition(v) => &mut **v,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleSetting(v) => &mut **v,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_5_more_80
            )]
            Self::GovernanceSubject(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::Group(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
            Self::GroupLifecyclePolicy(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyCategory(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyConfigurationAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyDefinition(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyDefinitionFile(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyDefinitionValue(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyMigrationReport(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyObjectFile(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyOperation(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentation(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationCheckBox(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationComboBox(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationDecimalTextBox(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationDropdownList(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationListBox(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationLongDecimalTextBox(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationMultiTextBox(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationText(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationTextBox(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValue(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueBoolean(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueDecimal(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueList(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueLongDecimal(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueMultiText(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueText(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicySettingMapping(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyUploadedDefinitionFile(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::HomeRealmDiscoveryPolicy(v) => &mut **v,
            #[cfg(msgraph_beta_search_or_security)]
            Self::HostSecurityProfile(v) => &mut **v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityApiConnector(v) => &mut **v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityBuiltInUserFlowAttribute(v) => &mut **v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityCustomUserFlowAttribute(v) => &mut **v,
            #[cfg(msgraph_beta_identity_providers_or_search)]
            Self::IdentityProvider(v) => &mut **v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityProviderBase(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &mut **v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityUserFlow(v) => &mut **v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityUserFlowAttribute(v) => &mut **v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityUserFlowAttributeAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedAppleDeviceIdentity(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedAppleDeviceIdentityResult(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedDeviceIdentity(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedDeviceIdentityResult(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedWindowsAutopilotDeviceIdentity(v) => &mut **v,
            #[cfg(msgraph_beta_search)]
            Self::ImportedWindowsAutopilotDeviceIdentityUpload(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::InferenceClassification(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::InferenceClassificationOverride(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::InformationProtection(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::InformationProtectionLabel(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::InformationProtectionPolicy(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IntuneBrandingProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IntuneBrandingProfileAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_invitations_or_search)]
            Self::Invitation(v) => &mut **v,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::InviteParticipantsOperation(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCertificateProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCertificateProfileBase(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCompliancePolicy(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCustomConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosDeviceFeaturesConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEasEmailProfileConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEduDeviceConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEducationDeviceConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEnterpriseWiFiConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosExpeditedCheckinConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosGeneralDeviceConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosImportedPfxCertificateProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobApp(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobAppProvisioningConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobAppProvisioningConfigurationAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobAppProvisioningConfigurationPolicySetItem(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::IosManagedAppProtection(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosManagedAppRegistration(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosMobileAppConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosPkcsCertificateProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosScepCertificateProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosStoreApp(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosTrustedRootCertificate(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosUpdateConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosUpdateDeviceStatus(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosVpnConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppApp(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppAppAssignedDeviceLicense(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppAppAssignedLicense(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppAppAssignedUserLicense(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppEBook(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppEBookAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosWiFiConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosikEv2VpnConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IpNamedLocation(v) => &mut **v,
            #[cfg(msgraph_beta_search_or_security)]
            Self::IpSecurityProfile(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Item(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ItemActivity(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ItemActivityOld(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ItemActivityStat(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::ItemAddress(v) => &mut **v,
            #[cfg(msgraph_beta_search)]
            Self::ItemAnalytics(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::ItemAttachment(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::ItemCategory(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::ItemEmail(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::ItemFacet(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::ItemInsights(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::ItemInsightsSettings(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::ItemPatent(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::ItemPhone(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::ItemPublication(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::JobResponseBase(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Journal(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::JournalLine(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::LanguageProficiency(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::LicenseDetails(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::LinkedResource(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ListItem(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ListItemVersion(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::LocalizedNotificationMessage(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::LocationManagementCondition(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::LongRunningOperation(v) => &mut **v,
            #[cfg(msgraph_beta_search)]
            Self::LookupResultRow(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCertificateProfileBase(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCompliancePolicy(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCustomAppConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCustomConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsEndpointProtectionConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsExtensionsConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsGeneralDeviceConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsImportedPfxCertificateProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsLobApp(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsMdatpApp(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsMicrosoftEdgeApp(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsOfficeSuiteApp(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsPkcsCertificateProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsScepCertificateProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateAccountSummary(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateCategorySummary(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateStateSummary(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsTrustedRootCertificate(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsVpnConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsWiFiConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsWiredNetworkConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsVppApp(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsVppAppAssignedLicense(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::MailAssessmentRequest(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::MailFolder(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::MailSearchFolder(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageDetail(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageMailboxCounts(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageQuotaStatusMailboxCounts(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageStorage(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MalwareStateForWindowsDevice(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagedAllDeviceCertificateState(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAndroidLobApp(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAndroidStoreApp(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedApp(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppOperation(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppPolicy(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppPolicyDeploymentSummary(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppProtection(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppProtectionPolicySetItem(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppRegistration(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppStatus(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppStatusRaw(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::ManagedDevice(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagedDeviceCertificateState(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagedDeviceEncryptionState(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceStatus(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceSummary(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationPolicySetItem(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::ManagedDeviceMobileAppConfigurationState(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserStatus(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserSummary(v) => &mut **v,
            #[cfg(msgraph_beta_search)]
            Self::ManagedDeviceOverview(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedEBook(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedEBookAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedEBookCategory(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedIosLobApp(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedIosStoreApp(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedMobileApp(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedMobileLobApp(v) => &mut **v,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::AggregatedPolicyCompliance(v) => &mut **v,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::CloudPcConnection(v) => &mut **v,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::CloudPcDevice(v) => &mut **v,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ConditionalAccessPolicyCoverage(v) => &mut **v,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::CredentialUserRegistrationsSummary(v) => &mut **v,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsDeviceCompliancePolicySettingStateSummary(v) => &mut **v,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedDeviceCompliance(v) => &mut **v,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedDeviceComplianceTrend(v) => &mut **v,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenant(v) => &mut **v,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsRiskyUser(v) => &mut **v,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsWindowsDeviceMalwareState(v) => &mut **v,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsWindowsProtectionState(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagementCondition(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagementConditionStatement(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MdmWindowsInformationProtectionPolicyPolicySetItem(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::MeetingActivityStatistics(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_app_or_communications)]
            Self::MeetingAttendanceReport(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::Mention(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::Message(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::MessageRule(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => &mut **v,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(v) => &mut **v,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MicrosoftStoreForBusinessApp(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MicrosoftStoreForBusinessContainedApp(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelHealthThreshold(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelServer(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelServerLogCollectionResponse(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelSite(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileApp(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppCategory(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppContent(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppContentFile(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppDependency(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppInstallStatus(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppInstallSummary(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::MobileAppIntentAndState(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppPolicySetItem(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppProvisioningConfigGroupAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppRelationship(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppSupersedence(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::MobileAppTroubleshootingEvent(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileContainedApp(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileLobApp(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MobileThreatDefenseConnector(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::MultiValueLegacyExtendedProperty(v) => &mut **v,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::MuteParticipantOperation(v) => &mut **v,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::MuteParticipantsOperation(v) => &mut **v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::NamedLocation(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NdesConnector(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NetworkManagementCondition(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::Note(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Notebook(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::Notification(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NotificationMessageTemplate(v) => &mut **v,
            #[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
            Self::OAuth2PermissionGrant(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::OfferShiftRequest(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActivationCounts(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActivationsUserCounts(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActivationsUserDetail(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActiveUserCounts(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActiveUserDetail(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityCounts(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityDetail(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityFileCounts(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityGroupCounts(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityStorage(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ServicesUserCounts(v) => &mut **v,
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::OfficeClientConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::OfficeClientConfigurationAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::OfficeGraphInsights(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::OfficeSuiteApp(v) => &mut **v,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::OnPremisesAgent(v) => &mut **v,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::OnPremisesAgentGroup(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::OnPremisesConditionalAccessSettings(v) => &mut **v,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::OnPremisesPublishingProfile(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveActivityUserDetail(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveUsageAccountCounts(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveUsageAccountDetail(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveUsageFileCounts(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Onenote(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteEntityBaseModel(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteEntityHierarchyModel(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteEntitySchemaObjectModel(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteOperation(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenotePage(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteResource(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteSection(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_app_or_communications)]
            Self::OnlineMeeting(v) => &mut **v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::OpenIdConnectIdentityProvider(v) => &mut **v,
            #[cfg(msgraph_beta_identity_providers_or_search)]
            Self::OpenIdConnectProvider(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::OpenShift(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::OpenShiftChangeRequest(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::OpenTypeExtension(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Operation(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::OrgContact(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::Organization(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::OrganizationSettings(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_branding)]
            Self::OrganizationalBranding(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_branding)]
            Self::OrganizationalBrandingLocalization(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_branding)]
            Self::OrganizationalBrandingProperties(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::OutlookCategory(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::OutlookItem(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::OutlookTask(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::OutlookTaskFolder(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::OutlookTaskGroup(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::OutlookUser(v) => &mut **v,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::Participant(v) => &mut **v,
            #[cfg(msgraph_beta_search)]
            Self::ParticipantJoiningNotification(v) => &mut **v,
            #[cfg(msgraph_beta_search)]
            Self::ParticipantLeftNotification(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::PasswordAuthenticationMethod(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::PasswordlessMicrosoftAuthenticatorAuthenticationMethod(v) => &mut **v,
            #[cfg(msgraph_beta_payload_response_or_search)]
            Self::PayloadResponse(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PaymentMethod(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PaymentTerm(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::Permission(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::PermissionGrantConditionSet(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::PermissionGrantPolicy(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::Person(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::PersonAnnotation(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::PersonAnnualEvent(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::PersonAward(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::PersonCertification(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::PersonExtension(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::PersonInterest(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::PersonName(v) => &mut **v,
            #[cfg(msgraph_beta_search)]
            Self::PersonResponsibility(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::PersonWebsite(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::PhoneAuthenticationMethod(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Picture(v) => &mut **v,
            #[cfg(msgraph_beta_places_or_search)]
            Self::Place(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerAssignedToTaskBoardTaskFormat(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerBucket(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerBucketTaskBoardTaskFormat(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerDelta(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::PlannerGroup(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerPlan(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerPlanDetails(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerProgressTaskBoardTaskFormat(v) => &mut **v,
            #[cfg(msgraph_beta_planner_or_search)]
            Self::PlannerRoster(v) => &mut **v,
            #[cfg(msgraph_beta_planner_or_search)]
            Self::PlannerRosterMember(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerTask(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerTaskDetails(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerUser(v) => &mut **v,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::PlayPromptOperation(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::PolicyBase(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::PolicySet(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::PolicySetAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::PolicySetItem(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::Post(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_communications)]
            Self::Presence(v) => &mut **v,
            #[cfg(msgraph_beta_search)]
            Self::Presentation(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintConnector(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintDocument(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintJob(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintOperation(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintService(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintServiceEndpoint(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintTask(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintTaskDefinition(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintTaskTrigger(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::PrintUsage(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::PrintUsageByPrinter(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::PrintUsageByUser(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_search)]
            Self::Printer(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrinterBase(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrinterCreateOperation(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrinterShare(v) => &mut **v,
            #[cfg(msgraph_beta_privileged_access_or_search)]
            Self::PrivilegedAccess(v) => &mut **v,
            #[cfg(msgraph_beta_privileged_approval_or_search)]
            Self::PrivilegedApproval(v) => &mut **v,
            #[cfg(msgraph_beta_privileged_operation_events_or_search)]
            Self::PrivilegedOperationEvent(v) => &mut **v,
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRole(v) => &mut **v,
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRoleAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_privileged_role_assignment_requests_or_search)]
            Self::PrivilegedRoleAssignmentRequest(v) => &mut **v,
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRoleSettings(v) => &mut **v,
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRoleSummary(v) => &mut **v,
            #[cfg(msgraph_beta_privileged_signup_status_or_search)]
            Self::PrivilegedSignupStatus(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::Profile(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::ProfileCardProperty(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::ProfilePhoto(v) => &mut **v,
            #[cfg(msgraph_beta_program_controls_or_programs_or_search)]
            Self::Program(v) => &mut **v,
            #[cfg(msgraph_beta_program_controls_or_programs_or_search)]
            Self::ProgramControl(v) => &mut **v,
            #[cfg(msgraph_beta_program_control_types_or_search)]
            Self::ProgramControlType(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::ProjectParticipation(v) => &mut **v,
            #[cfg(msgraph_beta_search_or_security)]
            Self::ProviderTenantSetting(v) => &mut **v,
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::ProvisioningObjectSummary(v) => &mut **v,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::PublishedResource(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PurchaseInvoice(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PurchaseInvoiceLine(v) => &mut **v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::RbacApplication(v) => &mut **v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::RbacApplicationMultiple(v) => &mut **v,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::RecordOperation(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::ReferenceAttachment(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::RegionalAndLanguageSettings(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::RelyingPartyDetailedSummary(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RemoteActionAudit(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RemoteAssistancePartner(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::ReportRoot(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_role_management)]
            Self::Request(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ResourceOperation(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::ResourceSpecificPermissionGrant(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RestrictedAppsViolation(v) => &mut **v,
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::RestrictedSignIn(v) => &mut **v,
            #[cfg(msgraph_beta_identity_protection_or_risk_detections_or_search)]
            Self::RiskDetection(v) => &mut **v,
            #[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
            Self::RiskyUser(v) => &mut **v,
            #[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
            Self::RiskyUserHistoryItem(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleDefinition(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleScopeTag(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleScopeTagAutoAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_places_or_search)]
            Self::Room(v) => &mut **v,
            #[cfg(msgraph_beta_places_or_search)]
            Self::RoomList(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesCreditMemo(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesCreditMemoLine(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesInvoice(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesInvoiceLine(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesOrder(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesOrderLine(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesQuote(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesQuoteLine(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::Schedule(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::ScheduleChangeRequest(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::SchedulingGroup(v) => &mut **v,
            #[cfg(msgraph_beta_search)]
            Self::Schema(v) => &mut **v,
            #[cfg(msgraph_beta_schema_extensions_or_search)]
            Self::SchemaExtension(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_scoped_role_memberships)]
            Self::ScopedRoleMembership(v) => &mut **v,
            #[cfg(msgraph_beta_search)]
            Self::SearchEntity(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SectionGroup(v) => &mut **v,
            #[cfg(msgraph_beta_search_or_security)]
            Self::SecureScore(v) => &mut **v,
            #[cfg(msgraph_beta_search_or_security)]
            Self::SecureScoreControlProfile(v) => &mut **v,
            #[cfg(msgraph_beta_search_or_security)]
            Self::SecurityAction(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineCategoryStateSummary(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineDeviceState(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::SecurityBaselineSettingState(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::SecurityBaselineState(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineStateSummary(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineTemplate(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::SecurityConfigurationTask(v) => &mut **v,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::SensitiveType(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::SensitivityLabel(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::SensitivityPolicySettings(v) => &mut **v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceAnnouncement(v) => &mut **v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceAnnouncementBase(v) => &mut **v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceHealth(v) => &mut **v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceHealthIssue(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::ServicePrincipal(v) => &mut **v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceUpdateMessage(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SettingStateDeviceSummary(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointActivityPages(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointActivityUserCounts(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointActivityUserDetail(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsageDetail(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsageFileCounts(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsagePages(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsageSiteCounts(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(v) => &mut **v,
            #[cfg(msgraph_beta_directory_or_search)]
            Self::SharedEmailDomain(v) => &mut **v,
            #[cfg(msgraph_beta_domains_or_search)]
            Self::SharedEmailDomainInvitation(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::SharedInsight(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SharedPcConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::Shift(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::ShiftPreferences(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::ShipmentMethod(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::SideLoadingKey(v) => &mut **v,
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::SignIn(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::SingleValueLegacyExtendedProperty(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SiteActivitySummary(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SiteUsageStorage(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::SkillProficiency(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessActivityCounts(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessActivityUserCounts(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessActivityUserDetail(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessDeviceUsageDistributionUserCounts(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessDeviceUsageUserCounts(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessDeviceUsageUserDetail(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessOrganizerActivityCounts(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessOrganizerActivityMinuteCounts(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessOrganizerActivityUserCounts(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessParticipantActivityCounts(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessParticipantActivityMinuteCounts(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessParticipantActivityUserCounts(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessPeerToPeerActivityCounts(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessPeerToPeerActivityMinuteCounts(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessPeerToPeerActivityUserCounts(v) => &mut **v,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodConfiguration(v) => &mut **v,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodTarget(v) => &mut **v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::SocialIdentityProvider(v) => &mut **v,
            #[cfg(msgraph_beta_search)]
            Self::SoftwareUpdateStatusSummary(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::StsPolicy(v) => &mut **v,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::SubscribeToToneOperation(v) => &mut **v,
            #[cfg(msgraph_beta_search_or_subscribed_skus)]
            Self::SubscribedSku(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_3_more)]
            Self::Subscription(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::SwapShiftsChangeRequest(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::SymantecCodeSigningCertificate(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::Synchronization(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::SynchronizationJob(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::SynchronizationSchema(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::SynchronizationTemplate(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::TargetedManagedAppConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::TargetedManagedAppConfigurationPolicySetItem(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::TargetedManagedAppPolicyAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::TargetedManagedAppProtection(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::TaxArea(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::TaxGroup(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::Team(v) => &mut **v,
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamsApp(v) => &mut **v,
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamsAppDefinition(v) => &mut **v,
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamsAppIcon(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::TeamsAppInstallation(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::TeamsAsyncOperation(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsDeviceUsageDistributionUserCounts(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsDeviceUsageUserCounts(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsDeviceUsageUserDetail(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::TeamsTab(v) => &mut **v,
            #[cfg(msgraph_beta_search_or_teams_templates)]
            Self::TeamsTemplate(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityCounts(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityDistributionUserCounts(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityUserCounts(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityUserDetail(v) => &mut **v,
            #[cfg(msgraph_beta_search_or_teamwork)]
            Self::Teamwork(v) => &mut **v,
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamworkBot(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_app_catalogs)]
            Self::TeamworkHostedContent(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::TeamworkTag(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::TeamworkTagMember(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TelecomExpenseManagementPartner(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::TemporaryAccessPassAuthenticationMethod(v) => &mut **v,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_privileged_signup_status_or_search)]
            Self::TenantSetupInfo(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::TermStoreGroup(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Relation(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Set(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Store(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Term(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditions(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditionsAcceptanceStatus(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditionsAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditionsGroupAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::TermsOfUseContainer(v) => &mut **v,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::TextClassificationRequest(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::ThreatAssessmentRequest(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::ThreatAssessmentResult(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ThumbnailSet(v) => &mut **v,
            #[cfg(msgraph_beta_search_or_security)]
            Self::TiIndicator(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::TimeCard(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::TimeOff(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffReason(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffRequest(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::Todo(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::TodoTask(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::TodoTaskList(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::TokenIssuancePolicy(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::TokenLifetimePolicy(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::Trending(v) => &mut **v,
            #[cfg(msgraph_beta_search_or_trust_framework)]
            Self::TrustFrameworkKeySet(v) => &mut **v,
            #[cfg(msgraph_beta_search_or_trust_framework)]
            Self::TrustFrameworkPolicy(v) => &mut **v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRbacResourceAction(v) => &mut **v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRbacResourceNamespace(v) => &mut **v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRbacResourceScope(v) => &mut **v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentMultiple(v) => &mut **v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentSchedule(v) => &mut **v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &mut **v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &mut **v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleDefinition(v) => &mut **v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilitySchedule(v) => &mut **v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &mut **v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &mut **v,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicy(v) => &mut **v,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyApprovalRule(v) => &mut **v,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAuthenticationContextRule(v) => &mut **v,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyEnablementRule(v) => &mut **v,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyExpirationRule(v) => &mut **v,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyNotificationRule(v) => &mut **v,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyRule(v) => &mut **v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleScheduleBase(v) => &mut **v,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleScheduleInstanceBase(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::UnitOfMeasure(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::UnmanagedDeviceDiscoveryTask(v) => &mut **v,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::UnmuteParticipantOperation(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UnsupportedDeviceConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UnsupportedGroupPolicyExtension(v) => &mut **v,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::UpdateRecordingStatusOperation(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::UrlAssessmentRequest(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::UsageRight(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::UsedInsight(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::User(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::UserAccountInformation(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::UserActivity(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::UserAnalytics(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::UserAppInstallStatus(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::UserConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::UserConsentRequest(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::UserCredentialUsageDetails(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersion(v) => {
                &mut **v
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion(v) => {
                &mut **v
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthApplicationPerformance(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDeviceModelPerformance(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformance(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformanceDetails(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthOsVersionPerformance(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsBaseline(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsCategory(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDevicePerformance(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceScores(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupHistory(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcess(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcessPerformance(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceWithoutCloudIdentity(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsImpactingProcess(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsMetric(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsMetricHistory(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsNotAutopilotReadyDevice(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsOverview(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsRegressionSummary(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsRemoteConnection(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsResourcePerformance(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsScoreHistory(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereDevice(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereMetric(v) => &mut **v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::UserFlowLanguageConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::UserFlowLanguagePage(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::UserInsightsSettings(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::UserInstallStateSummary(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserPfxCertificate(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::UserScopeTeamsAppInstallation(v) => &mut **v,
            #[cfg(msgraph_beta_search_or_security)]
            Self::UserSecurityProfile(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::UserSettings(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::UserTeamwork(v) => &mut **v,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Vendor(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::VirtualEndpoint(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::VpnConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::VppToken(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::VulnerableManagedDevice(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::WebAccount(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WebApp(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::Win32LobApp(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10CertificateProfileBase(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10CompliancePolicy(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10CustomConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10EasEmailProfileConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10EndpointProtectionConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem(v) => {
                &mut **v
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10GeneralConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10ImportedPfxCertificateProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10MobileCompliancePolicy(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10NetworkBoundaryConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10PfxImportCertificateProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10PkcsCertificateProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10SecureAssessmentConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10TeamGeneralConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10VpnConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XCertificateProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XscepCertificateProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XTrustedRootCertificate(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XVpnConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XWifiConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81CertificateProfileBase(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81CompliancePolicy(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81GeneralConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81ScepCertificateProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81TrustedRootCertificate(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81VpnConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81WifiImportConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsAppX(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAssignedAccessProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotDeploymentProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotDeploymentProfileAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsAutopilotDeploymentProfilePolicySetItem(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotDeviceIdentity(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotSettings(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsCertificateProfileBase(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicy(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicyAssignment(v) => {
                &mut **v
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicyDeploymentStatus(
                v,
            ) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicyDeploymentSummary(
                v,
            ) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsDeliveryOptimizationConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::WindowsDeviceMalwareState(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsDomainJoinConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsFeatureUpdateCatalogItem(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsFeatureUpdateProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsFeatureUpdateProfileAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsHealthMonitoringConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsIdentityProtectionConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::WindowsInformationProtection(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsInformationProtectionAppLearningSummary(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::WindowsInformationProtectionAppLockerFile(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsInformationProtectionDeviceRegistration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsInformationProtectionNetworkLearningSummary(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::WindowsInformationProtectionPolicy(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsInformationProtectionWipeAction(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsKioskConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsMalwareInformation(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::WindowsManagedDevice(v) => &mut **v,
            #[cfg(msgraph_beta_search)]
            Self::WindowsManagementApp(v) => &mut **v,
            #[cfg(msgraph_beta_search)]
            Self::WindowsManagementAppHealthState(v) => &mut **v,
            #[cfg(msgraph_beta_search)]
            Self::WindowsManagementAppHealthSummary(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsMicrosoftEdgeApp(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsMobileMsi(v) => &mut **v,
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::WindowsOfficeClientConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::WindowsOfficeClientSecurityConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhone81AppX(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhone81AppXBundle(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81CertificateProfileBase(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81CompliancePolicy(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81CustomConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81GeneralConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81ScepCertificateProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhone81StoreApp(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81TrustedRootCertificate(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81VpnConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhoneXap(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPrivacyDataAccessControlItem(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::WindowsProtectionState(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsQualityUpdateCatalogItem(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsQualityUpdateProfile(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsQualityUpdateProfileAssignment(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsStoreApp(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsUniversalAppX(v) => &mut **v,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsUniversalAppXContainedApp(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsUpdateCatalogItem(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsUpdateForBusinessConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsUpdateState(v) => &mut **v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::AzureAdDevice(v) => &mut **v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Catalog(v) => &mut **v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::CatalogEntry(v) => &mut **v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Deployment(v) => &mut **v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::DeploymentAudience(v) => &mut **v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::FeatureUpdateCatalogEntry(v) => &mut **v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::QualityUpdateCatalogEntry(v) => &mut **v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::SoftwareUpdateCatalogEntry(v) => &mut **v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::UpdatableAsset(v) => &mut **v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::UpdatableAssetGroup(v) => &mut **v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Updates(v) => &mut **v,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Windows(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsVpnConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsWifiConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut **v,
            #[cfg(msgraph_beta_core)]
            Self::WorkPosition(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::Workbook(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookApplication(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChart(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAreaFormat(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxes(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxis(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxisFormat(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxisTitle(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxisTitleFormat(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartDataLabelFormat(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartDataLabels(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartFill(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartFont(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartGridlines(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartGridlinesFormat(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartLegend(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartLegendFormat(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartLineFormat(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartPoint(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartPointFormat(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartSeries(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartSeriesFormat(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartTitle(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartTitleFormat(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookComment(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookCommentReply(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFilter(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFormatProtection(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFunctionResult(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFunctions(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookNamedItem(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookOperation(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookPivotTable(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRange(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeBorder(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeFill(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeFont(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeFormat(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeSort(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeView(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTable(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTableColumn(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTableRow(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTableSort(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookWorksheet(v) => &mut **v,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookWorksheetProtection(v) => &mut **v,
            #[cfg(msgraph_beta_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerActivitySummary(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerActivityUserDetail(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerDeviceUsageDistributionUserCounts(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerDeviceUsageUserCounts(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerDeviceUsageUserDetail(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerGroupsActivityCounts(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerGroupsActivityDetail(v) => &mut **v,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerGroupsActivityGroupCounts(v) => &mut **v,
        }
    }
}
