//! Types of `microsoft.graph` by the first letters of their names (`entity_4`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_any_area)]
impl AnyEntity {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::Entity(_) => "microsoft.graph.entity",
            #[cfg(msgraph_beta_core)]
            Self::AadUserConversationMember(_) => {
                "microsoft.graph.aadUserConversationMember"
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackage(_) => "microsoft.graph.accessPackage",
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignment(_) => "microsoft.graph.accessPackageAssignment",
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignmentPolicy(_) => {
                "microsoft.graph.accessPackageAssignmentPolicy"
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequest(_) => {
                "microsoft.graph.accessPackageAssignmentRequest"
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignmentResourceRole(_) => {
                "microsoft.graph.accessPackageAssignmentResourceRole"
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageCatalog(_) => "microsoft.graph.accessPackageCatalog",
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResource(_) => "microsoft.graph.accessPackageResource",
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceEnvironment(_) => {
                "microsoft.graph.accessPackageResourceEnvironment"
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceRequest(_) => {
                "microsoft.graph.accessPackageResourceRequest"
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceRole(_) => {
                "microsoft.graph.accessPackageResourceRole"
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceRoleScope(_) => {
                "microsoft.graph.accessPackageResourceRoleScope"
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceScope(_) => {
                "microsoft.graph.accessPackageResourceScope"
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageSubject(_) => "microsoft.graph.accessPackageSubject",
            #[cfg(msgraph_beta_access_reviews_or_search)]
            Self::AccessReview(_) => "microsoft.graph.accessReview",
            #[cfg(msgraph_beta_access_review_decisions_or_access_reviews_or_search)]
            Self::AccessReviewDecision(_) => "microsoft.graph.accessReviewDecision",
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessReviewHistoryDefinition(_) => {
                "microsoft.graph.accessReviewHistoryDefinition"
            }
            #[cfg(msgraph_beta_core)]
            Self::AccessReviewInstance(_) => "microsoft.graph.accessReviewInstance",
            #[cfg(msgraph_beta_core)]
            Self::AccessReviewInstanceDecisionItem(_) => {
                "microsoft.graph.accessReviewInstanceDecisionItem"
            }
            #[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
            Self::AccessReviewPolicy(_) => "microsoft.graph.accessReviewPolicy",
            #[cfg(msgraph_beta_access_reviews_or_search)]
            Self::AccessReviewReviewer(_) => "microsoft.graph.accessReviewReviewer",
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessReviewScheduleDefinition(_) => {
                "microsoft.graph.accessReviewScheduleDefinition"
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessReviewSet(_) => "microsoft.graph.accessReviewSet",
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Account(_) => "microsoft.graph.account",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(_) => {
                "microsoft.graph.activeDirectoryWindowsAutopilotDeploymentProfile"
            }
            #[cfg(msgraph_beta_core)]
            Self::ActivityBasedTimeoutPolicy(_) => {
                "microsoft.graph.activityBasedTimeoutPolicy"
            }
            #[cfg(msgraph_beta_core)]
            Self::ActivityHistoryItem(_) => "microsoft.graph.activityHistoryItem",
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::ActivityStatistics(_) => "microsoft.graph.activityStatistics",
            #[cfg(msgraph_beta_policies_or_search)]
            Self::AdminConsentRequestPolicy(_) => {
                "microsoft.graph.adminConsentRequestPolicy"
            }
            #[cfg(msgraph_beta_core)]
            Self::AdministrativeUnit(_) => "microsoft.graph.administrativeUnit",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AdvancedThreatProtectionOnboardingDeviceSettingState(_) => {
                "microsoft.graph.advancedThreatProtectionOnboardingDeviceSettingState"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AdvancedThreatProtectionOnboardingStateSummary(_) => {
                "microsoft.graph.advancedThreatProtectionOnboardingStateSummary"
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::AgedAccountsPayable(_) => "microsoft.graph.agedAccountsPayable",
            #[cfg(msgraph_beta_financials_or_search)]
            Self::AgedAccountsReceivable(_) => "microsoft.graph.agedAccountsReceivable",
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::Agreement(_) => "microsoft.graph.agreement",
            #[cfg(
                msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search
            )]
            Self::AgreementAcceptance(_) => "microsoft.graph.agreementAcceptance",
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFile(_) => "microsoft.graph.agreementFile",
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFileLocalization(_) => {
                "microsoft.graph.agreementFileLocalization"
            }
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFileProperties(_) => "microsoft.graph.agreementFileProperties",
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFileVersion(_) => "microsoft.graph.agreementFileVersion",
            #[cfg(msgraph_beta_search_or_security)]
            Self::Alert(_) => "microsoft.graph.alert",
            #[cfg(msgraph_beta_allowed_data_locations_or_search)]
            Self::AllowedDataLocation(_) => "microsoft.graph.allowedDataLocation",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidCertificateProfileBase(_) => {
                "microsoft.graph.androidCertificateProfileBase"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidCompliancePolicy(_) => "microsoft.graph.androidCompliancePolicy",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidCustomConfiguration(_) => {
                "microsoft.graph.androidCustomConfiguration"
            }
            #[cfg(msgraph_beta_search)]
            Self::AndroidDeviceComplianceLocalActionBase(_) => {
                "microsoft.graph.androidDeviceComplianceLocalActionBase"
            }
            #[cfg(msgraph_beta_search)]
            Self::AndroidDeviceComplianceLocalActionLockDevice(_) => {
                "microsoft.graph.androidDeviceComplianceLocalActionLockDevice"
            }
            #[cfg(msgraph_beta_search)]
            Self::AndroidDeviceComplianceLocalActionLockDeviceWithPasscode(_) => {
                "microsoft.graph.androidDeviceComplianceLocalActionLockDeviceWithPasscode"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerCertificateProfileBase(_) => {
                "microsoft.graph.androidDeviceOwnerCertificateProfileBase"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerCompliancePolicy(_) => {
                "microsoft.graph.androidDeviceOwnerCompliancePolicy"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(_) => {
                "microsoft.graph.androidDeviceOwnerDerivedCredentialAuthenticationConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerEnrollmentProfile(_) => {
                "microsoft.graph.androidDeviceOwnerEnrollmentProfile"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(_) => {
                "microsoft.graph.androidDeviceOwnerEnterpriseWiFiConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(_) => {
                "microsoft.graph.androidDeviceOwnerGeneralDeviceConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(_) => {
                "microsoft.graph.androidDeviceOwnerImportedPFXCertificateProfile"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerPkcsCertificateProfile(_) => {
                "microsoft.graph.androidDeviceOwnerPkcsCertificateProfile"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerScepCertificateProfile(_) => {
                "microsoft.graph.androidDeviceOwnerScepCertificateProfile"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerTrustedRootCertificate(_) => {
                "microsoft.graph.androidDeviceOwnerTrustedRootCertificate"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerVpnConfiguration(_) => {
                "microsoft.graph.androidDeviceOwnerVpnConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerWiFiConfiguration(_) => {
                "microsoft.graph.androidDeviceOwnerWiFiConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidEasEmailProfileConfiguration(_) => {
                "microsoft.graph.androidEasEmailProfileConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidEnterpriseWiFiConfiguration(_) => {
                "microsoft.graph.androidEnterpriseWiFiConfiguration"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidForWorkApp(_) => "microsoft.graph.androidForWorkApp",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkAppConfigurationSchema(_) => {
                "microsoft.graph.androidForWorkAppConfigurationSchema"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkCertificateProfileBase(_) => {
                "microsoft.graph.androidForWorkCertificateProfileBase"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkCompliancePolicy(_) => {
                "microsoft.graph.androidForWorkCompliancePolicy"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkCustomConfiguration(_) => {
                "microsoft.graph.androidForWorkCustomConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkEasEmailProfileBase(_) => {
                "microsoft.graph.androidForWorkEasEmailProfileBase"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkEnrollmentProfile(_) => {
                "microsoft.graph.androidForWorkEnrollmentProfile"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkEnterpriseWiFiConfiguration(_) => {
                "microsoft.graph.androidForWorkEnterpriseWiFiConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkGeneralDeviceConfiguration(_) => {
                "microsoft.graph.androidForWorkGeneralDeviceConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkGmailEasConfiguration(_) => {
                "microsoft.graph.androidForWorkGmailEasConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkImportedPfxCertificateProfile(_) => {
                "microsoft.graph.androidForWorkImportedPFXCertificateProfile"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidForWorkMobileAppConfiguration(_) => {
                "microsoft.graph.androidForWorkMobileAppConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkNineWorkEasConfiguration(_) => {
                "microsoft.graph.androidForWorkNineWorkEasConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkPkcsCertificateProfile(_) => {
                "microsoft.graph.androidForWorkPkcsCertificateProfile"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkScepCertificateProfile(_) => {
                "microsoft.graph.androidForWorkScepCertificateProfile"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkSettings(_) => "microsoft.graph.androidForWorkSettings",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkTrustedRootCertificate(_) => {
                "microsoft.graph.androidForWorkTrustedRootCertificate"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkVpnConfiguration(_) => {
                "microsoft.graph.androidForWorkVpnConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkWiFiConfiguration(_) => {
                "microsoft.graph.androidForWorkWiFiConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidGeneralDeviceConfiguration(_) => {
                "microsoft.graph.androidGeneralDeviceConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidImportedPfxCertificateProfile(_) => {
                "microsoft.graph.androidImportedPFXCertificateProfile"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidLobApp(_) => "microsoft.graph.androidLobApp",
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::AndroidManagedAppProtection(_) => {
                "microsoft.graph.androidManagedAppProtection"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedAppRegistration(_) => {
                "microsoft.graph.androidManagedAppRegistration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidManagedStoreAccountEnterpriseSettings(_) => {
                "microsoft.graph.androidManagedStoreAccountEnterpriseSettings"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedStoreApp(_) => "microsoft.graph.androidManagedStoreApp",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedStoreAppConfiguration(_) => {
                "microsoft.graph.androidManagedStoreAppConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidManagedStoreAppConfigurationSchema(_) => {
                "microsoft.graph.androidManagedStoreAppConfigurationSchema"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedStoreWebApp(_) => {
                "microsoft.graph.androidManagedStoreWebApp"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidOmaCpConfiguration(_) => {
                "microsoft.graph.androidOmaCpConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidPkcsCertificateProfile(_) => {
                "microsoft.graph.androidPkcsCertificateProfile"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidScepCertificateProfile(_) => {
                "microsoft.graph.androidScepCertificateProfile"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidStoreApp(_) => "microsoft.graph.androidStoreApp",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidTrustedRootCertificate(_) => {
                "microsoft.graph.androidTrustedRootCertificate"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidVpnConfiguration(_) => "microsoft.graph.androidVpnConfiguration",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWiFiConfiguration(_) => {
                "microsoft.graph.androidWiFiConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileCertificateProfileBase(_) => {
                "microsoft.graph.androidWorkProfileCertificateProfileBase"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileCompliancePolicy(_) => {
                "microsoft.graph.androidWorkProfileCompliancePolicy"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileCustomConfiguration(_) => {
                "microsoft.graph.androidWorkProfileCustomConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileEasEmailProfileBase(_) => {
                "microsoft.graph.androidWorkProfileEasEmailProfileBase"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(_) => {
                "microsoft.graph.androidWorkProfileEnterpriseWiFiConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileGeneralDeviceConfiguration(_) => {
                "microsoft.graph.androidWorkProfileGeneralDeviceConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileGmailEasConfiguration(_) => {
                "microsoft.graph.androidWorkProfileGmailEasConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileNineWorkEasConfiguration(_) => {
                "microsoft.graph.androidWorkProfileNineWorkEasConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfilePkcsCertificateProfile(_) => {
                "microsoft.graph.androidWorkProfilePkcsCertificateProfile"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileScepCertificateProfile(_) => {
                "microsoft.graph.androidWorkProfileScepCertificateProfile"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileTrustedRootCertificate(_) => {
                "microsoft.graph.androidWorkProfileTrustedRootCertificate"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileVpnConfiguration(_) => {
                "microsoft.graph.androidWorkProfileVpnConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileWiFiConfiguration(_) => {
                "microsoft.graph.androidWorkProfileWiFiConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AospDeviceOwnerCompliancePolicy(_) => {
                "microsoft.graph.aospDeviceOwnerCompliancePolicy"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AospDeviceOwnerDeviceConfiguration(_) => {
                "microsoft.graph.aospDeviceOwnerDeviceConfiguration"
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AppConsentApprovalRoute(_) => "microsoft.graph.appConsentApprovalRoute",
            #[cfg(msgraph_beta_core)]
            Self::AppConsentRequest(_) => "microsoft.graph.appConsentRequest",
            #[cfg(msgraph_beta_core)]
            Self::AppLogCollectionRequest(_) => "microsoft.graph.appLogCollectionRequest",
            #[cfg(msgraph_beta_core_or_app_role_assignments)]
            Self::AppRoleAssignment(_) => "microsoft.graph.appRoleAssignment",
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::AppScope(_) => "microsoft.graph.appScope",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AppVulnerabilityManagedDevice(_) => {
                "microsoft.graph.appVulnerabilityManagedDevice"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AppVulnerabilityMobileApp(_) => {
                "microsoft.graph.appVulnerabilityMobileApp"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AppVulnerabilityTask(_) => "microsoft.graph.appVulnerabilityTask",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleDeviceFeaturesConfigurationBase(_) => {
                "microsoft.graph.appleDeviceFeaturesConfigurationBase"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleEnrollmentProfileAssignment(_) => {
                "microsoft.graph.appleEnrollmentProfileAssignment"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleExpeditedCheckinConfigurationBase(_) => {
                "microsoft.graph.appleExpeditedCheckinConfigurationBase"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ApplePushNotificationCertificate(_) => {
                "microsoft.graph.applePushNotificationCertificate"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleUserInitiatedEnrollmentProfile(_) => {
                "microsoft.graph.appleUserInitiatedEnrollmentProfile"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleVpnConfiguration(_) => "microsoft.graph.appleVpnConfiguration",
            #[cfg(msgraph_beta_core)]
            Self::AppleVppTokenTroubleshootingEvent(_) => {
                "microsoft.graph.appleVppTokenTroubleshootingEvent"
            }
            #[cfg(msgraph_beta_core)]
            Self::Application(_) => "microsoft.graph.application",
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::ApplicationSignInDetailedSummary(_) => {
                "microsoft.graph.applicationSignInDetailedSummary"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::ApplicationSignInSummary(_) => {
                "microsoft.graph.applicationSignInSummary"
            }
            #[cfg(msgraph_beta_application_templates_or_search)]
            Self::ApplicationTemplate(_) => "microsoft.graph.applicationTemplate",
            #[cfg(msgraph_beta_core_or_role_management)]
            Self::Approval(_) => "microsoft.graph.approval",
            #[cfg(msgraph_beta_core_or_role_management)]
            Self::ApprovalStep(_) => "microsoft.graph.approvalStep",
            #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
            Self::ApprovalWorkflowProvider(_) => {
                "microsoft.graph.approvalWorkflowProvider"
            }
            #[cfg(msgraph_beta_core)]
            Self::AssignmentFilterEvaluationStatusDetails(_) => {
                "microsoft.graph.assignmentFilterEvaluationStatusDetails"
            }
            #[cfg(msgraph_beta_core)]
            Self::Attachment(_) => "microsoft.graph.attachment",
            #[cfg(msgraph_beta_core_or_functions)]
            Self::AttributeMappingFunctionSchema(_) => {
                "microsoft.graph.attributeMappingFunctionSchema"
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::AudioRoutingGroup(_) => "microsoft.graph.audioRoutingGroup",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AuditEvent(_) => "microsoft.graph.auditEvent",
            #[cfg(msgraph_beta_core)]
            Self::Authentication(_) => "microsoft.graph.authentication",
            #[cfg(msgraph_beta_identity_or_search)]
            Self::AuthenticationContextClassReference(_) => {
                "microsoft.graph.authenticationContextClassReference"
            }
            #[cfg(msgraph_beta_policies_or_search)]
            Self::AuthenticationFlowsPolicy(_) => {
                "microsoft.graph.authenticationFlowsPolicy"
            }
            #[cfg(msgraph_beta_core)]
            Self::AuthenticationMethod(_) => "microsoft.graph.authenticationMethod",
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodConfiguration(_) => {
                "microsoft.graph.authenticationMethodConfiguration"
            }
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodTarget(_) => {
                "microsoft.graph.authenticationMethodTarget"
            }
            #[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
            Self::AuthenticationMethodsPolicy(_) => {
                "microsoft.graph.authenticationMethodsPolicy"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AuthenticationMethodsRoot(_) => {
                "microsoft.graph.authenticationMethodsRoot"
            }
            #[cfg(msgraph_beta_core)]
            Self::AuthorizationPolicy(_) => "microsoft.graph.authorizationPolicy",
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AzureAdFeatureUsage(_) => "microsoft.graph.azureADFeatureUsage",
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AzureAdLicenseUsage(_) => "microsoft.graph.azureADLicenseUsage",
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AzureAdUserFeatureUsage(_) => "microsoft.graph.azureADUserFeatureUsage",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AzureAdWindowsAutopilotDeploymentProfile(_) => {
                "microsoft.graph.azureADWindowsAutopilotDeploymentProfile"
            }
            #[cfg(msgraph_beta_policies_or_search)]
            Self::B2cAuthenticationMethodsPolicy(_) => {
                "microsoft.graph.b2cAuthenticationMethodsPolicy"
            }
            #[cfg(msgraph_beta_identity_or_search)]
            Self::B2cIdentityUserFlow(_) => "microsoft.graph.b2cIdentityUserFlow",
            #[cfg(msgraph_beta_identity_or_search)]
            Self::B2xIdentityUserFlow(_) => "microsoft.graph.b2xIdentityUserFlow",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::BaseItem(_) => "microsoft.graph.baseItem",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::BaseItemVersion(_) => "microsoft.graph.baseItemVersion",
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::Bitlocker(_) => "microsoft.graph.bitlocker",
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::BitlockerRecoveryKey(_) => "microsoft.graph.bitlockerRecoveryKey",
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingAppointment(_) => "microsoft.graph.bookingAppointment",
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingBusiness(_) => "microsoft.graph.bookingBusiness",
            #[cfg(msgraph_beta_booking_currencies_or_search)]
            Self::BookingCurrency(_) => "microsoft.graph.bookingCurrency",
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingCustomer(_) => "microsoft.graph.bookingCustomer",
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingNamedEntity(_) => "microsoft.graph.bookingNamedEntity",
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingPerson(_) => "microsoft.graph.bookingPerson",
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingService(_) => "microsoft.graph.bookingService",
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingStaffMember(_) => "microsoft.graph.bookingStaffMember",
            #[cfg(msgraph_beta_identity_or_search)]
            Self::BuiltInIdentityProvider(_) => "microsoft.graph.builtInIdentityProvider",
            #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
            Self::BusinessFlow(_) => "microsoft.graph.businessFlow",
            #[cfg(msgraph_beta_business_flow_templates_or_search)]
            Self::BusinessFlowTemplate(_) => "microsoft.graph.businessFlowTemplate",
            #[cfg(msgraph_beta_core)]
            Self::Calendar(_) => "microsoft.graph.calendar",
            #[cfg(msgraph_beta_core)]
            Self::CalendarGroup(_) => "microsoft.graph.calendarGroup",
            #[cfg(msgraph_beta_core)]
            Self::CalendarPermission(_) => "microsoft.graph.calendarPermission",
            #[cfg(msgraph_beta_core)]
            Self::CalendarSharingMessage(_) => "microsoft.graph.calendarSharingMessage",
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::Call(_) => "microsoft.graph.call",
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::CallActivityStatistics(_) => "microsoft.graph.callActivityStatistics",
            #[cfg(msgraph_beta_communications_or_search)]
            Self::CallRecord(_) => "microsoft.graph.callRecords.callRecord",
            #[cfg(msgraph_beta_communications_or_search)]
            Self::Segment(_) => "microsoft.graph.callRecords.segment",
            #[cfg(msgraph_beta_communications_or_search)]
            Self::Session(_) => "microsoft.graph.callRecords.session",
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::CancelMediaProcessingOperation(_) => {
                "microsoft.graph.cancelMediaProcessingOperation"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CartToClassAssociation(_) => "microsoft.graph.cartToClassAssociation",
            #[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
            Self::CertificateBasedAuthConfiguration(_) => {
                "microsoft.graph.certificateBasedAuthConfiguration"
            }
            #[cfg(msgraph_beta_core_or_teamwork)]
            Self::ChangeTrackedEntity(_) => "microsoft.graph.changeTrackedEntity",
            #[cfg(msgraph_beta_core)]
            Self::Channel(_) => "microsoft.graph.channel",
            #[cfg(msgraph_beta_core)]
            Self::Chat(_) => "microsoft.graph.chat",
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::ChatActivityStatistics(_) => "microsoft.graph.chatActivityStatistics",
            #[cfg(msgraph_beta_core)]
            Self::ChatMessage(_) => "microsoft.graph.chatMessage",
            #[cfg(msgraph_beta_core_or_app_catalogs)]
            Self::ChatMessageHostedContent(_) => {
                "microsoft.graph.chatMessageHostedContent"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ChromeOsOnboardingSettings(_) => {
                "microsoft.graph.chromeOSOnboardingSettings"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CircularGeofenceManagementCondition(_) => {
                "microsoft.graph.circularGeofenceManagementCondition"
            }
            #[cfg(msgraph_beta_core)]
            Self::ClaimsMappingPolicy(_) => "microsoft.graph.claimsMappingPolicy",
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ClassificationJobResponse(_) => {
                "microsoft.graph.classificationJobResponse"
            }
            #[cfg(msgraph_beta_search_or_security)]
            Self::CloudAppSecurityProfile(_) => "microsoft.graph.cloudAppSecurityProfile",
            #[cfg(msgraph_beta_communications_or_search)]
            Self::CloudCommunications(_) => "microsoft.graph.cloudCommunications",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPc(_) => "microsoft.graph.cloudPC",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcConnectivityIssue(_) => {
                "microsoft.graph.cloudPCConnectivityIssue"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcAuditEvent(_) => "microsoft.graph.cloudPcAuditEvent",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcDeviceImage(_) => "microsoft.graph.cloudPcDeviceImage",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcOnPremisesConnection(_) => {
                "microsoft.graph.cloudPcOnPremisesConnection"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcProvisioningPolicy(_) => {
                "microsoft.graph.cloudPcProvisioningPolicy"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcProvisioningPolicyAssignment(_) => {
                "microsoft.graph.cloudPcProvisioningPolicyAssignment"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcUserSetting(_) => "microsoft.graph.cloudPcUserSetting",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcUserSettingAssignment(_) => {
                "microsoft.graph.cloudPcUserSettingAssignment"
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::ColumnDefinition(_) => "microsoft.graph.columnDefinition",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::ColumnLink(_) => "microsoft.graph.columnLink",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ComanagementEligibleDevice(_) => {
                "microsoft.graph.comanagementEligibleDevice"
            }
            #[cfg(msgraph_beta_core_or_commands)]
            Self::Command(_) => "microsoft.graph.command",
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::CommsOperation(_) => "microsoft.graph.commsOperation",
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Company(_) => "microsoft.graph.company",
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CompanyInformation(_) => "microsoft.graph.companyInformation",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ComplianceManagementPartner(_) => {
                "microsoft.graph.complianceManagementPartner"
            }
            #[cfg(msgraph_beta_identity_or_policies_or_search)]
            Self::ConditionalAccessPolicy(_) => "microsoft.graph.conditionalAccessPolicy",
            #[cfg(msgraph_beta_identity_or_search)]
            Self::ConditionalAccessRoot(_) => "microsoft.graph.conditionalAccessRoot",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ConfigManagerCollection(_) => "microsoft.graph.configManagerCollection",
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::ConnectedOrganization(_) => "microsoft.graph.connectedOrganization",
            #[cfg(msgraph_beta_search)]
            Self::ConnectionOperation(_) => "microsoft.graph.connectionOperation",
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::Connector(_) => "microsoft.graph.connector",
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::ConnectorGroup(_) => "microsoft.graph.connectorGroup",
            #[cfg(msgraph_beta_core)]
            Self::Contact(_) => "microsoft.graph.contact",
            #[cfg(msgraph_beta_core)]
            Self::ContactFolder(_) => "microsoft.graph.contactFolder",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::ContentType(_) => "microsoft.graph.contentType",
            #[cfg(msgraph_beta_identity_or_search)]
            Self::ContinuousAccessEvaluationPolicy(_) => {
                "microsoft.graph.continuousAccessEvaluationPolicy"
            }
            #[cfg(msgraph_beta_core)]
            Self::Contract(_) => "microsoft.graph.contract",
            #[cfg(msgraph_beta_core)]
            Self::Conversation(_) => "microsoft.graph.conversation",
            #[cfg(msgraph_beta_core)]
            Self::ConversationMember(_) => "microsoft.graph.conversationMember",
            #[cfg(msgraph_beta_core)]
            Self::ConversationThread(_) => "microsoft.graph.conversationThread",
            #[cfg(msgraph_beta_identity_or_search)]
            Self::CountryNamedLocation(_) => "microsoft.graph.countryNamedLocation",
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CountryRegion(_) => "microsoft.graph.countryRegion",
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::CredentialUsageSummary(_) => "microsoft.graph.credentialUsageSummary",
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::CredentialUserRegistrationCount(_) => {
                "microsoft.graph.credentialUserRegistrationCount"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::CredentialUserRegistrationDetails(_) => {
                "microsoft.graph.credentialUserRegistrationDetails"
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Currency(_) => "microsoft.graph.currency",
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Customer(_) => "microsoft.graph.customer",
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CustomerPayment(_) => "microsoft.graph.customerPayment",
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CustomerPaymentJournal(_) => "microsoft.graph.customerPaymentJournal",
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::DataClassificationService(_) => {
                "microsoft.graph.dataClassificationService"
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::DataLossPreventionPolicy(_) => {
                "microsoft.graph.dataLossPreventionPolicy"
            }
            #[cfg(msgraph_beta_data_policy_operations_or_search)]
            Self::DataPolicyOperation(_) => "microsoft.graph.dataPolicyOperation",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DataSharingConsent(_) => "microsoft.graph.dataSharingConsent",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DefaultDeviceCompliancePolicy(_) => {
                "microsoft.graph.defaultDeviceCompliancePolicy"
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::DefaultManagedAppProtection(_) => {
                "microsoft.graph.defaultManagedAppProtection"
            }
            #[cfg(msgraph_beta_core)]
            Self::DelegatedPermissionClassification(_) => {
                "microsoft.graph.delegatedPermissionClassification"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepEnrollmentBaseProfile(_) => {
                "microsoft.graph.depEnrollmentBaseProfile"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepEnrollmentProfile(_) => "microsoft.graph.depEnrollmentProfile",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepIosEnrollmentProfile(_) => "microsoft.graph.depIOSEnrollmentProfile",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepMacOsEnrollmentProfile(_) => {
                "microsoft.graph.depMacOSEnrollmentProfile"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepOnboardingSetting(_) => "microsoft.graph.depOnboardingSetting",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DetectedApp(_) => "microsoft.graph.detectedApp",
            #[cfg(msgraph_beta_core)]
            Self::Device(_) => "microsoft.graph.device",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceAndAppManagementAssignmentFilter(_) => {
                "microsoft.graph.deviceAndAppManagementAssignmentFilter"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceAndAppManagementRoleAssignment(_) => {
                "microsoft.graph.deviceAndAppManagementRoleAssignment"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceAndAppManagementRoleDefinition(_) => {
                "microsoft.graph.deviceAndAppManagementRoleDefinition"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceAppManagement(_) => "microsoft.graph.deviceAppManagement",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceAppManagementTask(_) => "microsoft.graph.deviceAppManagementTask",
            #[cfg(msgraph_beta_core)]
            Self::DeviceCategory(_) => "microsoft.graph.deviceCategory",
            #[cfg(msgraph_beta_core)]
            Self::DeviceComanagementAuthorityConfiguration(_) => {
                "microsoft.graph.deviceComanagementAuthorityConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceActionItem(_) => {
                "microsoft.graph.deviceComplianceActionItem"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceDeviceOverview(_) => {
                "microsoft.graph.deviceComplianceDeviceOverview"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceDeviceStatus(_) => {
                "microsoft.graph.deviceComplianceDeviceStatus"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicy(_) => "microsoft.graph.deviceCompliancePolicy",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicyAssignment(_) => {
                "microsoft.graph.deviceCompliancePolicyAssignment"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicyDeviceStateSummary(_) => {
                "microsoft.graph.deviceCompliancePolicyDeviceStateSummary"
            }
            #[cfg(msgraph_beta_search)]
            Self::DeviceCompliancePolicyGroupAssignment(_) => {
                "microsoft.graph.deviceCompliancePolicyGroupAssignment"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceCompliancePolicyPolicySetItem(_) => {
                "microsoft.graph.deviceCompliancePolicyPolicySetItem"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicySettingStateSummary(_) => {
                "microsoft.graph.deviceCompliancePolicySettingStateSummary"
            }
            #[cfg(msgraph_beta_core)]
            Self::DeviceCompliancePolicyState(_) => {
                "microsoft.graph.deviceCompliancePolicyState"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScheduledActionForRule(_) => {
                "microsoft.graph.deviceComplianceScheduledActionForRule"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScript(_) => "microsoft.graph.deviceComplianceScript",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScriptDeviceState(_) => {
                "microsoft.graph.deviceComplianceScriptDeviceState"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScriptRunSummary(_) => {
                "microsoft.graph.deviceComplianceScriptRunSummary"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceSettingState(_) => {
                "microsoft.graph.deviceComplianceSettingState"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceUserOverview(_) => {
                "microsoft.graph.deviceComplianceUserOverview"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceUserStatus(_) => {
                "microsoft.graph.deviceComplianceUserStatus"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfiguration(_) => "microsoft.graph.deviceConfiguration",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationAssignment(_) => {
                "microsoft.graph.deviceConfigurationAssignment"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationConflictSummary(_) => {
                "microsoft.graph.deviceConfigurationConflictSummary"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationDeviceOverview(_) => {
                "microsoft.graph.deviceConfigurationDeviceOverview"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationDeviceStateSummary(_) => {
                "microsoft.graph.deviceConfigurationDeviceStateSummary"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationDeviceStatus(_) => {
                "microsoft.graph.deviceConfigurationDeviceStatus"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationGroupAssignment(_) => {
                "microsoft.graph.deviceConfigurationGroupAssignment"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceConfigurationPolicySetItem(_) => {
                "microsoft.graph.deviceConfigurationPolicySetItem"
            }
            #[cfg(msgraph_beta_core)]
            Self::DeviceConfigurationState(_) => {
                "microsoft.graph.deviceConfigurationState"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationUserOverview(_) => {
                "microsoft.graph.deviceConfigurationUserOverview"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationUserStateSummary(_) => {
                "microsoft.graph.deviceConfigurationUserStateSummary"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationUserStatus(_) => {
                "microsoft.graph.deviceConfigurationUserStatus"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCustomAttributeShellScript(_) => {
                "microsoft.graph.deviceCustomAttributeShellScript"
            }
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentConfiguration(_) => {
                "microsoft.graph.deviceEnrollmentConfiguration"
            }
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentLimitConfiguration(_) => {
                "microsoft.graph.deviceEnrollmentLimitConfiguration"
            }
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(_) => {
                "microsoft.graph.deviceEnrollmentPlatformRestrictionsConfiguration"
            }
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(_) => {
                "microsoft.graph.deviceEnrollmentWindowsHelloForBusinessConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScript(_) => "microsoft.graph.deviceHealthScript",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScriptAssignment(_) => {
                "microsoft.graph.deviceHealthScriptAssignment"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScriptDeviceState(_) => {
                "microsoft.graph.deviceHealthScriptDeviceState"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScriptRunSummary(_) => {
                "microsoft.graph.deviceHealthScriptRunSummary"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceInstallState(_) => "microsoft.graph.deviceInstallState",
            #[cfg(msgraph_beta_core)]
            Self::DeviceLogCollectionResponse(_) => {
                "microsoft.graph.deviceLogCollectionResponse"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagement(_) => "microsoft.graph.deviceManagement",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAbstractComplexSettingDefinition(_) => {
                "microsoft.graph.deviceManagementAbstractComplexSettingDefinition"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAbstractComplexSettingInstance(_) => {
                "microsoft.graph.deviceManagementAbstractComplexSettingInstance"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAutopilotEvent(_) => {
                "microsoft.graph.deviceManagementAutopilotEvent"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAutopilotPolicyStatusDetail(_) => {
                "microsoft.graph.deviceManagementAutopilotPolicyStatusDetail"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementBooleanSettingInstance(_) => {
                "microsoft.graph.deviceManagementBooleanSettingInstance"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementCachedReportConfiguration(_) => {
                "microsoft.graph.deviceManagementCachedReportConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementCollectionSettingDefinition(_) => {
                "microsoft.graph.deviceManagementCollectionSettingDefinition"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementCollectionSettingInstance(_) => {
                "microsoft.graph.deviceManagementCollectionSettingInstance"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementComplexSettingDefinition(_) => {
                "microsoft.graph.deviceManagementComplexSettingDefinition"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementComplexSettingInstance(_) => {
                "microsoft.graph.deviceManagementComplexSettingInstance"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationCategory(_) => {
                "microsoft.graph.deviceManagementConfigurationCategory"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(_) => {
                "microsoft.graph.deviceManagementConfigurationChoiceSettingCollectionDefinition"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationChoiceSettingDefinition(_) => {
                "microsoft.graph.deviceManagementConfigurationChoiceSettingDefinition"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationPolicy(_) => {
                "microsoft.graph.deviceManagementConfigurationPolicy"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationPolicyAssignment(_) => {
                "microsoft.graph.deviceManagementConfigurationPolicyAssignment"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationPolicyTemplate(_) => {
                "microsoft.graph.deviceManagementConfigurationPolicyTemplate"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSetting(_) => {
                "microsoft.graph.deviceManagementConfigurationSetting"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingDefinition(_) => {
                "microsoft.graph.deviceManagementConfigurationSettingDefinition"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(_) => {
                "microsoft.graph.deviceManagementConfigurationSettingGroupCollectionDefinition"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingGroupDefinition(_) => {
                "microsoft.graph.deviceManagementConfigurationSettingGroupDefinition"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingTemplate(_) => {
                "microsoft.graph.deviceManagementConfigurationSettingTemplate"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(_) => {
                "microsoft.graph.deviceManagementConfigurationSimpleSettingCollectionDefinition"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSimpleSettingDefinition(_) => {
                "microsoft.graph.deviceManagementConfigurationSimpleSettingDefinition"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementDerivedCredentialSettings(_) => {
                "microsoft.graph.deviceManagementDerivedCredentialSettings"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementDomainJoinConnector(_) => {
                "microsoft.graph.deviceManagementDomainJoinConnector"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementExchangeConnector(_) => {
                "microsoft.graph.deviceManagementExchangeConnector"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementExchangeOnPremisesPolicy(_) => {
                "microsoft.graph.deviceManagementExchangeOnPremisesPolicy"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementExportJob(_) => {
                "microsoft.graph.deviceManagementExportJob"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntegerSettingInstance(_) => {
                "microsoft.graph.deviceManagementIntegerSettingInstance"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntent(_) => "microsoft.graph.deviceManagementIntent",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentAssignment(_) => {
                "microsoft.graph.deviceManagementIntentAssignment"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentDeviceSettingStateSummary(_) => {
                "microsoft.graph.deviceManagementIntentDeviceSettingStateSummary"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentDeviceState(_) => {
                "microsoft.graph.deviceManagementIntentDeviceState"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentDeviceStateSummary(_) => {
                "microsoft.graph.deviceManagementIntentDeviceStateSummary"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentSettingCategory(_) => {
                "microsoft.graph.deviceManagementIntentSettingCategory"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentUserState(_) => {
                "microsoft.graph.deviceManagementIntentUserState"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentUserStateSummary(_) => {
                "microsoft.graph.deviceManagementIntentUserStateSummary"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementPartner(_) => "microsoft.graph.deviceManagementPartner",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementReportSchedule(_) => {
                "microsoft.graph.deviceManagementReportSchedule"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementReports(_) => "microsoft.graph.deviceManagementReports",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementResourceAccessProfileAssignment(_) => {
                "microsoft.graph.deviceManagementResourceAccessProfileAssignment"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementResourceAccessProfileBase(_) => {
                "microsoft.graph.deviceManagementResourceAccessProfileBase"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementReusablePolicySetting(_) => {
                "microsoft.graph.deviceManagementReusablePolicySetting"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScript(_) => "microsoft.graph.deviceManagementScript",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptAssignment(_) => {
                "microsoft.graph.deviceManagementScriptAssignment"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptDeviceState(_) => {
                "microsoft.graph.deviceManagementScriptDeviceState"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptGroupAssignment(_) => {
                "microsoft.graph.deviceManagementScriptGroupAssignment"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceManagementScriptPolicySetItem(_) => {
                "microsoft.graph.deviceManagementScriptPolicySetItem"
            }
            #[cfg(msgraph_beta_search)]
            Self::DeviceManagementScriptRunSummary(_) => {
                "microsoft.graph.deviceManagementScriptRunSummary"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptUserState(_) => {
                "microsoft.graph.deviceManagementScriptUserState"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementSettingCategory(_) => {
                "microsoft.graph.deviceManagementSettingCategory"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementSettingDefinition(_) => {
                "microsoft.graph.deviceManagementSettingDefinition"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementSettingInstance(_) => {
                "microsoft.graph.deviceManagementSettingInstance"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementStringSettingInstance(_) => {
                "microsoft.graph.deviceManagementStringSettingInstance"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementTemplate(_) => {
                "microsoft.graph.deviceManagementTemplate"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementTemplateSettingCategory(_) => {
                "microsoft.graph.deviceManagementTemplateSettingCategory"
            }
            #[cfg(msgraph_beta_core)]
            Self::DeviceManagementTroubleshootingEvent(_) => {
                "microsoft.graph.deviceManagementTroubleshootingEvent"
            }
            #[cfg(msgraph_beta_search)]
            Self::DeviceSetupConfiguration(_) => {
                "microsoft.graph.deviceSetupConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceShellScript(_) => "microsoft.graph.deviceShellScript",
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Dimension(_) => "microsoft.graph.dimension",
            #[cfg(msgraph_beta_financials_or_search)]
            Self::DimensionValue(_) => "microsoft.graph.dimensionValue",
            #[cfg(msgraph_beta_directory_or_search)]
            Self::Directory(_) => "microsoft.graph.directory",
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::DirectoryAudit(_) => "microsoft.graph.directoryAudit",
            #[cfg(msgraph_beta_core)]
            Self::DirectoryDefinition(_) => "microsoft.graph.directoryDefinition",
            #[cfg(msgraph_beta_core)]
            Self::DirectoryObject(_) => "microsoft.graph.directoryObject",
            #[cfg(msgraph_beta_core)]
            Self::DirectoryObjectPartnerReference(_) => {
                "microsoft.graph.directoryObjectPartnerReference"
            }
            #[cfg(msgraph_beta_core)]
            Self::DirectoryRole(_) => "microsoft.graph.directoryRole",
            #[cfg(msgraph_beta_policies_or_search)]
            Self::DirectoryRoleAccessReviewPolicy(_) => {
                "microsoft.graph.directoryRoleAccessReviewPolicy"
            }
            #[cfg(msgraph_beta_core)]
            Self::DirectoryRoleTemplate(_) => "microsoft.graph.directoryRoleTemplate",
            #[cfg(msgraph_beta_core_or_settings)]
            Self::DirectorySetting(_) => "microsoft.graph.directorySetting",
            #[cfg(msgraph_beta_core)]
            Self::DirectorySettingTemplate(_) => {
                "microsoft.graph.directorySettingTemplate"
            }
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::DlpEvaluatePoliciesJobResponse(_) => {
                "microsoft.graph.dlpEvaluatePoliciesJobResponse"
            }
            #[cfg(msgraph_beta_search)]
            Self::Document(_) => "microsoft.graph.document",
            #[cfg(msgraph_beta_search)]
            Self::DocumentComment(_) => "microsoft.graph.documentComment",
            #[cfg(msgraph_beta_search)]
            Self::DocumentCommentReply(_) => "microsoft.graph.documentCommentReply",
            #[cfg(msgraph_beta_domains_or_search)]
            Self::Domain(_) => "microsoft.graph.domain",
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsCnameRecord(_) => "microsoft.graph.domainDnsCnameRecord",
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsMxRecord(_) => "microsoft.graph.domainDnsMxRecord",
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsRecord(_) => "microsoft.graph.domainDnsRecord",
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsSrvRecord(_) => "microsoft.graph.domainDnsSrvRecord",
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsTxtRecord(_) => "microsoft.graph.domainDnsTxtRecord",
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsUnavailableRecord(_) => {
                "microsoft.graph.domainDnsUnavailableRecord"
            }
            #[cfg(msgraph_beta_search_or_security)]
            Self::DomainSecurityProfile(_) => "microsoft.graph.domainSecurityProfile",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(_) => "microsoft.graph.drive",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::DriveItem(_) => "microsoft.graph.driveItem",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::DriveItemVersion(_) => "microsoft.graph.driveItemVersion",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::EBookInstallSummary(_) => "microsoft.graph.eBookInstallSummary",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EasEmailProfileConfigurationBase(_) => {
                "microsoft.graph.easEmailProfileConfigurationBase"
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::AddToReviewSetOperation(_) => {
                "microsoft.graph.ediscovery.addToReviewSetOperation"
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Case(_) => "microsoft.graph.ediscovery.case",
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::CaseExportOperation(_) => {
                "microsoft.graph.ediscovery.caseExportOperation"
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::CaseIndexOperation(_) => {
                "microsoft.graph.ediscovery.caseIndexOperation"
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::CaseOperation(_) => "microsoft.graph.ediscovery.caseOperation",
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Custodian(_) => "microsoft.graph.ediscovery.custodian",
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::DataSource(_) => "microsoft.graph.ediscovery.dataSource",
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::DataSourceContainer(_) => {
                "microsoft.graph.ediscovery.dataSourceContainer"
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Ediscoveryroot(_) => "microsoft.graph.ediscovery.ediscoveryroot",
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::EstimateStatisticsOperation(_) => {
                "microsoft.graph.ediscovery.estimateStatisticsOperation"
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::LegalHold(_) => "microsoft.graph.ediscovery.legalHold",
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::NoncustodialDataSource(_) => {
                "microsoft.graph.ediscovery.noncustodialDataSource"
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::ReviewSet(_) => "microsoft.graph.ediscovery.reviewSet",
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::ReviewSetQuery(_) => "microsoft.graph.ediscovery.reviewSetQuery",
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::EdiscoverySettings(_) => "microsoft.graph.ediscovery.settings",
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::SiteSource(_) => "microsoft.graph.ediscovery.siteSource",
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::SourceCollection(_) => "microsoft.graph.ediscovery.sourceCollection",
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Tag(_) => "microsoft.graph.ediscovery.tag",
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::TagOperation(_) => "microsoft.graph.ediscovery.tagOperation",
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::UnifiedGroupSource(_) => {
                "microsoft.graph.ediscovery.unifiedGroupSource"
            }
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::UserSource(_) => "microsoft.graph.ediscovery.userSource",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EditionUpgradeConfiguration(_) => {
                "microsoft.graph.editionUpgradeConfiguration"
            }
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignment(_) => "microsoft.graph.educationAssignment",
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignmentDefaults(_) => {
                "microsoft.graph.educationAssignmentDefaults"
            }
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignmentResource(_) => {
                "microsoft.graph.educationAssignmentResource"
            }
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignmentSettings(_) => {
                "microsoft.graph.educationAssignmentSettings"
            }
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationCategory(_) => "microsoft.graph.educationCategory",
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationClass(_) => "microsoft.graph.educationClass",
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationFeedbackOutcome(_) => {
                "microsoft.graph.educationFeedbackOutcome"
            }
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationOrganization(_) => "microsoft.graph.educationOrganization",
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationOutcome(_) => "microsoft.graph.educationOutcome",
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationPointsOutcome(_) => "microsoft.graph.educationPointsOutcome",
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationRubric(_) => "microsoft.graph.educationRubric",
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationRubricOutcome(_) => "microsoft.graph.educationRubricOutcome",
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSchool(_) => "microsoft.graph.educationSchool",
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSubmission(_) => "microsoft.graph.educationSubmission",
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSubmissionResource(_) => {
                "microsoft.graph.educationSubmissionResource"
            }
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSynchronizationError(_) => {
                "microsoft.graph.educationSynchronizationError"
            }
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSynchronizationProfile(_) => {
                "microsoft.graph.educationSynchronizationProfile"
            }
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSynchronizationProfileStatus(_) => {
                "microsoft.graph.educationSynchronizationProfileStatus"
            }
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationUser(_) => "microsoft.graph.educationUser",
            #[cfg(msgraph_beta_core)]
            Self::EducationalActivity(_) => "microsoft.graph.educationalActivity",
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::EmailActivityStatistics(_) => "microsoft.graph.emailActivityStatistics",
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailActivitySummary(_) => "microsoft.graph.emailActivitySummary",
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailActivityUserDetail(_) => "microsoft.graph.emailActivityUserDetail",
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageAppsUserCounts(_) => {
                "microsoft.graph.emailAppUsageAppsUserCounts"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageUserCounts(_) => "microsoft.graph.emailAppUsageUserCounts",
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageUserDetail(_) => "microsoft.graph.emailAppUsageUserDetail",
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageVersionsUserCounts(_) => {
                "microsoft.graph.emailAppUsageVersionsUserCounts"
            }
            #[cfg(msgraph_beta_core)]
            Self::EmailAuthenticationMethod(_) => {
                "microsoft.graph.emailAuthenticationMethod"
            }
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::EmailAuthenticationMethodConfiguration(_) => {
                "microsoft.graph.emailAuthenticationMethodConfiguration"
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::EmailFileAssessmentRequest(_) => {
                "microsoft.graph.emailFileAssessmentRequest"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EmbeddedSimActivationCodePool(_) => {
                "microsoft.graph.embeddedSIMActivationCodePool"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EmbeddedSimActivationCodePoolAssignment(_) => {
                "microsoft.graph.embeddedSIMActivationCodePoolAssignment"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EmbeddedSimDeviceState(_) => "microsoft.graph.embeddedSIMDeviceState",
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Employee(_) => "microsoft.graph.employee",
            #[cfg(msgraph_beta_core)]
            Self::Endpoint(_) => "microsoft.graph.endpoint",
            #[cfg(msgraph_beta_core)]
            Self::EnrollmentConfigurationAssignment(_) => {
                "microsoft.graph.enrollmentConfigurationAssignment"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EnrollmentProfile(_) => "microsoft.graph.enrollmentProfile",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::EnrollmentRestrictionsConfigurationPolicySetItem(_) => {
                "microsoft.graph.enrollmentRestrictionsConfigurationPolicySetItem"
            }
            #[cfg(msgraph_beta_core)]
            Self::EnrollmentTroubleshootingEvent(_) => {
                "microsoft.graph.enrollmentTroubleshootingEvent"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::EnterpriseCodeSigningCertificate(_) => {
                "microsoft.graph.enterpriseCodeSigningCertificate"
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::EntitlementManagement(_) => "microsoft.graph.entitlementManagement",
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::EntitlementManagementSettings(_) => {
                "microsoft.graph.entitlementManagementSettings"
            }
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::EvaluateLabelJobResponse(_) => {
                "microsoft.graph.evaluateLabelJobResponse"
            }
            #[cfg(msgraph_beta_core)]
            Self::Event(_) => "microsoft.graph.event",
            #[cfg(msgraph_beta_core)]
            Self::EventMessage(_) => "microsoft.graph.eventMessage",
            #[cfg(msgraph_beta_core)]
            Self::EventMessageRequest(_) => "microsoft.graph.eventMessageRequest",
            #[cfg(msgraph_beta_core)]
            Self::EventMessageResponse(_) => "microsoft.graph.eventMessageResponse",
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchDataStore(_) => "microsoft.graph.exactMatchDataStore",
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchDataStoreBase(_) => "microsoft.graph.exactMatchDataStoreBase",
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchJobBase(_) => "microsoft.graph.exactMatchJobBase",
            #[cfg(msgraph_beta_search)]
            Self::ExactMatchLookupJob(_) => "microsoft.graph.exactMatchLookupJob",
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchSession(_) => "microsoft.graph.exactMatchSession",
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchSessionBase(_) => "microsoft.graph.exactMatchSessionBase",
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchUploadAgent(_) => "microsoft.graph.exactMatchUploadAgent",
            #[cfg(msgraph_beta_core)]
            Self::Extension(_) => "microsoft.graph.extension",
            #[cfg(msgraph_beta_core)]
            Self::ExtensionProperty(_) => "microsoft.graph.extensionProperty",
            #[cfg(msgraph_beta_search)]
            Self::External(_) => "microsoft.graph.external",
            #[cfg(msgraph_beta_search)]
            Self::ExternalConnection(_) => "microsoft.graph.externalConnection",
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsConnectionOperation(_) => {
                "microsoft.graph.externalConnectors.connectionOperation"
            }
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalConnection(_) => {
                "microsoft.graph.externalConnectors.externalConnection"
            }
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalGroup(_) => {
                "microsoft.graph.externalConnectors.externalGroup"
            }
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalGroupMember(_) => {
                "microsoft.graph.externalConnectors.externalGroupMember"
            }
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalItem(_) => {
                "microsoft.graph.externalConnectors.externalItem"
            }
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsSchema(_) => {
                "microsoft.graph.externalConnectors.schema"
            }
            #[cfg(msgraph_beta_search)]
            Self::ExternalGroup(_) => "microsoft.graph.externalGroup",
            #[cfg(msgraph_beta_search)]
            Self::ExternalGroupMember(_) => "microsoft.graph.externalGroupMember",
            #[cfg(msgraph_beta_search)]
            Self::ExternalItem(_) => "microsoft.graph.externalItem",
            #[cfg(msgraph_beta_directory_or_policies_or_search)]
            Self::FeatureRolloutPolicy(_) => "microsoft.graph.featureRolloutPolicy",
            #[cfg(msgraph_beta_core)]
            Self::Fido2AuthenticationMethod(_) => {
                "microsoft.graph.fido2AuthenticationMethod"
            }
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::Fido2AuthenticationMethodConfiguration(_) => {
                "microsoft.graph.fido2AuthenticationMethodConfiguration"
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::FieldValueSet(_) => "microsoft.graph.fieldValueSet",
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::FileAssessmentRequest(_) => "microsoft.graph.fileAssessmentRequest",
            #[cfg(msgraph_beta_core)]
            Self::FileAttachment(_) => "microsoft.graph.fileAttachment",
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::FileClassificationRequest(_) => {
                "microsoft.graph.fileClassificationRequest"
            }
            #[cfg(msgraph_beta_search_or_security)]
            Self::FileSecurityProfile(_) => "microsoft.graph.fileSecurityProfile",
            #[cfg(msgraph_beta_core_or_filter_operators)]
            Self::FilterOperatorSchema(_) => "microsoft.graph.filterOperatorSchema",
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::FocusActivityStatistics(_) => "microsoft.graph.focusActivityStatistics",
            #[cfg(msgraph_beta_financials_or_search)]
            Self::GeneralLedgerEntry(_) => "microsoft.graph.generalLedgerEntry",
            #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
            Self::GovernancePolicyTemplate(_) => {
                "microsoft.graph.governancePolicyTemplate"
            }
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceResource(_) => "microsoft.graph.governanceResource",
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleAssignment(_) => {
                "microsoft.graph.governanceRoleAssignment"
            }
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleAssignmentRequest(_) => {
                "microsoft.graph.governanceRoleAssignmentRequest"
            }
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleDefinition(_) => {
                "microsoft.graph.governanceRoleDefinition"
            }
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleSetting(_) => "microsoft.graph.governanceRoleSetting",
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_5_more_80
            )]
            Self::GovernanceSubject(_) => "microsoft.graph.governanceSubject",
            #[cfg(msgraph_beta_core)]
            Self::Group(_) => "microsoft.graph.group",
            #[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
            Self::GroupLifecyclePolicy(_) => "microsoft.graph.groupLifecyclePolicy",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyCategory(_) => "microsoft.graph.groupPolicyCategory",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyConfiguration(_) => {
                "microsoft.graph.groupPolicyConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyConfigurationAssignment(_) => {
                "microsoft.graph.groupPolicyConfigurationAssignment"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyDefinition(_) => "microsoft.graph.groupPolicyDefinition",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyDefinitionFile(_) => {
                "microsoft.graph.groupPolicyDefinitionFile"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyDefinitionValue(_) => {
                "microsoft.graph.groupPolicyDefinitionValue"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyMigrationReport(_) => {
                "microsoft.graph.groupPolicyMigrationReport"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyObjectFile(_) => "microsoft.graph.groupPolicyObjectFile",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyOperation(_) => "microsoft.graph.groupPolicyOperation",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentation(_) => "microsoft.graph.groupPolicyPresentation",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationCheckBox(_) => {
                "microsoft.graph.groupPolicyPresentationCheckBox"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationComboBox(_) => {
                "microsoft.graph.groupPolicyPresentationComboBox"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationDecimalTextBox(_) => {
                "microsoft.graph.groupPolicyPresentationDecimalTextBox"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationDropdownList(_) => {
                "microsoft.graph.groupPolicyPresentationDropdownList"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationListBox(_) => {
                "microsoft.graph.groupPolicyPresentationListBox"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationLongDecimalTextBox(_) => {
                "microsoft.graph.groupPolicyPresentationLongDecimalTextBox"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationMultiTextBox(_) => {
                "microsoft.graph.groupPolicyPresentationMultiTextBox"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationText(_) => {
                "microsoft.graph.groupPolicyPresentationText"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationTextBox(_) => {
                "microsoft.graph.groupPolicyPresentationTextBox"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValue(_) => {
                "microsoft.graph.groupPolicyPresentationValue"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueBoolean(_) => {
                "microsoft.graph.groupPolicyPresentationValueBoolean"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueDecimal(_) => {
                "microsoft.graph.groupPolicyPresentationValueDecimal"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueList(_) => {
                "microsoft.graph.groupPolicyPresentationValueList"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueLongDecimal(_) => {
                "microsoft.graph.groupPolicyPresentationValueLongDecimal"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueMultiText(_) => {
                "microsoft.graph.groupPolicyPresentationValueMultiText"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueText(_) => {
                "microsoft.graph.groupPolicyPresentationValueText"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicySettingMapping(_) => {
                "microsoft.graph.groupPolicySettingMapping"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyUploadedDefinitionFile(_) => {
                "microsoft.graph.groupPolicyUploadedDefinitionFile"
            }
            #[cfg(msgraph_beta_core)]
            Self::HomeRealmDiscoveryPolicy(_) => {
                "microsoft.graph.homeRealmDiscoveryPolicy"
            }
            #[cfg(msgraph_beta_search_or_security)]
            Self::HostSecurityProfile(_) => "microsoft.graph.hostSecurityProfile",
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityApiConnector(_) => "microsoft.graph.identityApiConnector",
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityBuiltInUserFlowAttribute(_) => {
                "microsoft.graph.identityBuiltInUserFlowAttribute"
            }
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityCustomUserFlowAttribute(_) => {
                "microsoft.graph.identityCustomUserFlowAttribute"
            }
            #[cfg(msgraph_beta_identity_providers_or_search)]
            Self::IdentityProvider(_) => "microsoft.graph.identityProvider",
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityProviderBase(_) => "microsoft.graph.identityProviderBase",
            #[cfg(msgraph_beta_core)]
            Self::IdentitySecurityDefaultsEnforcementPolicy(_) => {
                "microsoft.graph.identitySecurityDefaultsEnforcementPolicy"
            }
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityUserFlow(_) => "microsoft.graph.identityUserFlow",
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityUserFlowAttribute(_) => {
                "microsoft.graph.identityUserFlowAttribute"
            }
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityUserFlowAttributeAssignment(_) => {
                "microsoft.graph.identityUserFlowAttributeAssignment"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedAppleDeviceIdentity(_) => {
                "microsoft.graph.importedAppleDeviceIdentity"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedAppleDeviceIdentityResult(_) => {
                "microsoft.graph.importedAppleDeviceIdentityResult"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedDeviceIdentity(_) => "microsoft.graph.importedDeviceIdentity",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedDeviceIdentityResult(_) => {
                "microsoft.graph.importedDeviceIdentityResult"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedWindowsAutopilotDeviceIdentity(_) => {
                "microsoft.graph.importedWindowsAutopilotDeviceIdentity"
            }
            #[cfg(msgraph_beta_search)]
            Self::ImportedWindowsAutopilotDeviceIdentityUpload(_) => {
                "microsoft.graph.importedWindowsAutopilotDeviceIdentityUpload"
            }
            #[cfg(msgraph_beta_core)]
            Self::InferenceClassification(_) => "microsoft.graph.inferenceClassification",
            #[cfg(msgraph_beta_core)]
            Self::InferenceClassificationOverride(_) => {
                "microsoft.graph.inferenceClassificationOverride"
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::InformationProtection(_) => "microsoft.graph.informationProtection",
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::InformationProtectionLabel(_) => {
                "microsoft.graph.informationProtectionLabel"
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::InformationProtectionPolicy(_) => {
                "microsoft.graph.informationProtectionPolicy"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IntuneBrandingProfile(_) => "microsoft.graph.intuneBrandingProfile",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IntuneBrandingProfileAssignment(_) => {
                "microsoft.graph.intuneBrandingProfileAssignment"
            }
            #[cfg(msgraph_beta_invitations_or_search)]
            Self::Invitation(_) => "microsoft.graph.invitation",
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::InviteParticipantsOperation(_) => {
                "microsoft.graph.inviteParticipantsOperation"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCertificateProfile(_) => "microsoft.graph.iosCertificateProfile",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCertificateProfileBase(_) => {
                "microsoft.graph.iosCertificateProfileBase"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCompliancePolicy(_) => "microsoft.graph.iosCompliancePolicy",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCustomConfiguration(_) => "microsoft.graph.iosCustomConfiguration",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosDerivedCredentialAuthenticationConfiguration(_) => {
                "microsoft.graph.iosDerivedCredentialAuthenticationConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosDeviceFeaturesConfiguration(_) => {
                "microsoft.graph.iosDeviceFeaturesConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEasEmailProfileConfiguration(_) => {
                "microsoft.graph.iosEasEmailProfileConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEduDeviceConfiguration(_) => {
                "microsoft.graph.iosEduDeviceConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEducationDeviceConfiguration(_) => {
                "microsoft.graph.iosEducationDeviceConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEnterpriseWiFiConfiguration(_) => {
                "microsoft.graph.iosEnterpriseWiFiConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosExpeditedCheckinConfiguration(_) => {
                "microsoft.graph.iosExpeditedCheckinConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosGeneralDeviceConfiguration(_) => {
                "microsoft.graph.iosGeneralDeviceConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosImportedPfxCertificateProfile(_) => {
                "microsoft.graph.iosImportedPFXCertificateProfile"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobApp(_) => "microsoft.graph.iosLobApp",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobAppProvisioningConfiguration(_) => {
                "microsoft.graph.iosLobAppProvisioningConfiguration"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobAppProvisioningConfigurationAssignment(_) => {
                "microsoft.graph.iosLobAppProvisioningConfigurationAssignment"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobAppProvisioningConfigurationPolicySetItem(_) => {
                "microsoft.graph.iosLobAppProvisioningConfigurationPolicySetItem"
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::IosManagedAppProtection(_) => "microsoft.graph.iosManagedAppProtection",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosManagedAppRegistration(_) => {
                "microsoft.graph.iosManagedAppRegistration"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosMobileAppConfiguration(_) => {
                "microsoft.graph.iosMobileAppConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosPkcsCertificateProfile(_) => {
                "microsoft.graph.iosPkcsCertificateProfile"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosScepCertificateProfile(_) => {
                "microsoft.graph.iosScepCertificateProfile"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosStoreApp(_) => "microsoft.graph.iosStoreApp",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosTrustedRootCertificate(_) => {
                "microsoft.graph.iosTrustedRootCertificate"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosUpdateConfiguration(_) => "microsoft.graph.iosUpdateConfiguration",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosUpdateDeviceStatus(_) => "microsoft.graph.iosUpdateDeviceStatus",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosVpnConfiguration(_) => "microsoft.graph.iosVpnConfiguration",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppApp(_) => "microsoft.graph.iosVppApp",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppAppAssignedDeviceLicense(_) => {
                "microsoft.graph.iosVppAppAssignedDeviceLicense"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppAppAssignedLicense(_) => {
                "microsoft.graph.iosVppAppAssignedLicense"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppAppAssignedUserLicense(_) => {
                "microsoft.graph.iosVppAppAssignedUserLicense"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppEBook(_) => "microsoft.graph.iosVppEBook",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppEBookAssignment(_) => "microsoft.graph.iosVppEBookAssignment",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosWiFiConfiguration(_) => "microsoft.graph.iosWiFiConfiguration",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosikEv2VpnConfiguration(_) => {
                "microsoft.graph.iosikEv2VpnConfiguration"
            }
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IpNamedLocation(_) => "microsoft.graph.ipNamedLocation",
            #[cfg(msgraph_beta_search_or_security)]
            Self::IpSecurityProfile(_) => "microsoft.graph.ipSecurityProfile",
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Item(_) => "microsoft.graph.item",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ItemActivity(_) => "microsoft.graph.itemActivity",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ItemActivityOld(_) => "microsoft.graph.itemActivityOLD",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ItemActivityStat(_) => "microsoft.graph.itemActivityStat",
            #[cfg(msgraph_beta_core)]
            Self::ItemAddress(_) => "microsoft.graph.itemAddress",
            #[cfg(msgraph_beta_search)]
            Self::ItemAnalytics(_) => "microsoft.graph.itemAnalytics",
            #[cfg(msgraph_beta_core)]
            Self::ItemAttachment(_) => "microsoft.graph.itemAttachment",
            #[cfg(msgraph_beta_financials_or_search)]
            Self::ItemCategory(_) => "microsoft.graph.itemCategory",
            #[cfg(msgraph_beta_core)]
            Self::ItemEmail(_) => "microsoft.graph.itemEmail",
            #[cfg(msgraph_beta_core)]
            Self::ItemFacet(_) => "microsoft.graph.itemFacet",
            #[cfg(msgraph_beta_core)]
            Self::ItemInsights(_) => "microsoft.graph.itemInsights",
            #[cfg(msgraph_beta_core)]
            Self::ItemInsightsSettings(_) => "microsoft.graph.itemInsightsSettings",
            #[cfg(msgraph_beta_core)]
            Self::ItemPatent(_) => "microsoft.graph.itemPatent",
            #[cfg(msgraph_beta_core)]
            Self::ItemPhone(_) => "microsoft.graph.itemPhone",
            #[cfg(msgraph_beta_core)]
            Self::ItemPublication(_) => "microsoft.graph.itemPublication",
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::JobResponseBase(_) => "microsoft.graph.jobResponseBase",
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Journal(_) => "microsoft.graph.journal",
            #[cfg(msgraph_beta_financials_or_search)]
            Self::JournalLine(_) => "microsoft.graph.journalLine",
            #[cfg(msgraph_beta_core)]
            Self::LanguageProficiency(_) => "microsoft.graph.languageProficiency",
            #[cfg(msgraph_beta_core)]
            Self::LicenseDetails(_) => "microsoft.graph.licenseDetails",
            #[cfg(msgraph_beta_core)]
            Self::LinkedResource(_) => "microsoft.graph.linkedResource",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(_) => "microsoft.graph.list",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ListItem(_) => "microsoft.graph.listItem",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ListItemVersion(_) => "microsoft.graph.listItemVersion",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::LocalizedNotificationMessage(_) => {
                "microsoft.graph.localizedNotificationMessage"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::LocationManagementCondition(_) => {
                "microsoft.graph.locationManagementCondition"
            }
            #[cfg(msgraph_beta_core)]
            Self::LongRunningOperation(_) => "microsoft.graph.longRunningOperation",
            #[cfg(msgraph_beta_search)]
            Self::LookupResultRow(_) => "microsoft.graph.lookupResultRow",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCertificateProfileBase(_) => {
                "microsoft.graph.macOSCertificateProfileBase"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCompliancePolicy(_) => "microsoft.graph.macOSCompliancePolicy",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCustomAppConfiguration(_) => {
                "microsoft.graph.macOSCustomAppConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCustomConfiguration(_) => {
                "microsoft.graph.macOSCustomConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsDeviceFeaturesConfiguration(_) => {
                "microsoft.graph.macOSDeviceFeaturesConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsEndpointProtectionConfiguration(_) => {
                "microsoft.graph.macOSEndpointProtectionConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsEnterpriseWiFiConfiguration(_) => {
                "microsoft.graph.macOSEnterpriseWiFiConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsExtensionsConfiguration(_) => {
                "microsoft.graph.macOSExtensionsConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsGeneralDeviceConfiguration(_) => {
                "microsoft.graph.macOSGeneralDeviceConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsImportedPfxCertificateProfile(_) => {
                "microsoft.graph.macOSImportedPFXCertificateProfile"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsLobApp(_) => "microsoft.graph.macOSLobApp",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsMdatpApp(_) => "microsoft.graph.macOSMdatpApp",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsMicrosoftEdgeApp(_) => "microsoft.graph.macOSMicrosoftEdgeApp",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsOfficeSuiteApp(_) => "microsoft.graph.macOSOfficeSuiteApp",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsPkcsCertificateProfile(_) => {
                "microsoft.graph.macOSPkcsCertificateProfile"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsScepCertificateProfile(_) => {
                "microsoft.graph.macOSScepCertificateProfile"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateAccountSummary(_) => {
                "microsoft.graph.macOSSoftwareUpdateAccountSummary"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateCategorySummary(_) => {
                "microsoft.graph.macOSSoftwareUpdateCategorySummary"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateConfiguration(_) => {
                "microsoft.graph.macOSSoftwareUpdateConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateStateSummary(_) => {
                "microsoft.graph.macOSSoftwareUpdateStateSummary"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsTrustedRootCertificate(_) => {
                "microsoft.graph.macOSTrustedRootCertificate"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsVpnConfiguration(_) => "microsoft.graph.macOSVpnConfiguration",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsWiFiConfiguration(_) => "microsoft.graph.macOSWiFiConfiguration",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsWiredNetworkConfiguration(_) => {
                "microsoft.graph.macOSWiredNetworkConfiguration"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsVppApp(_) => "microsoft.graph.macOsVppApp",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsVppAppAssignedLicense(_) => {
                "microsoft.graph.macOsVppAppAssignedLicense"
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::MailAssessmentRequest(_) => "microsoft.graph.mailAssessmentRequest",
            #[cfg(msgraph_beta_core)]
            Self::MailFolder(_) => "microsoft.graph.mailFolder",
            #[cfg(msgraph_beta_core)]
            Self::MailSearchFolder(_) => "microsoft.graph.mailSearchFolder",
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageDetail(_) => "microsoft.graph.mailboxUsageDetail",
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageMailboxCounts(_) => {
                "microsoft.graph.mailboxUsageMailboxCounts"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageQuotaStatusMailboxCounts(_) => {
                "microsoft.graph.mailboxUsageQuotaStatusMailboxCounts"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageStorage(_) => "microsoft.graph.mailboxUsageStorage",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MalwareStateForWindowsDevice(_) => {
                "microsoft.graph.malwareStateForWindowsDevice"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagedAllDeviceCertificateState(_) => {
                "microsoft.graph.managedAllDeviceCertificateState"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAndroidLobApp(_) => "microsoft.graph.managedAndroidLobApp",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAndroidStoreApp(_) => "microsoft.graph.managedAndroidStoreApp",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedApp(_) => "microsoft.graph.managedApp",
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppConfiguration(_) => "microsoft.graph.managedAppConfiguration",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppOperation(_) => "microsoft.graph.managedAppOperation",
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppPolicy(_) => "microsoft.graph.managedAppPolicy",
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppPolicyDeploymentSummary(_) => {
                "microsoft.graph.managedAppPolicyDeploymentSummary"
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppProtection(_) => "microsoft.graph.managedAppProtection",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppProtectionPolicySetItem(_) => {
                "microsoft.graph.managedAppProtectionPolicySetItem"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppRegistration(_) => "microsoft.graph.managedAppRegistration",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppStatus(_) => "microsoft.graph.managedAppStatus",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppStatusRaw(_) => "microsoft.graph.managedAppStatusRaw",
            #[cfg(msgraph_beta_core)]
            Self::ManagedDevice(_) => "microsoft.graph.managedDevice",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagedDeviceCertificateState(_) => {
                "microsoft.graph.managedDeviceCertificateState"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagedDeviceEncryptionState(_) => {
                "microsoft.graph.managedDeviceEncryptionState"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfiguration(_) => {
                "microsoft.graph.managedDeviceMobileAppConfiguration"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationAssignment(_) => {
                "microsoft.graph.managedDeviceMobileAppConfigurationAssignment"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceStatus(_) => {
                "microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceSummary(_) => {
                "microsoft.graph.managedDeviceMobileAppConfigurationDeviceSummary"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationPolicySetItem(_) => {
                "microsoft.graph.managedDeviceMobileAppConfigurationPolicySetItem"
            }
            #[cfg(msgraph_beta_core)]
            Self::ManagedDeviceMobileAppConfigurationState(_) => {
                "microsoft.graph.managedDeviceMobileAppConfigurationState"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserStatus(_) => {
                "microsoft.graph.managedDeviceMobileAppConfigurationUserStatus"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserSummary(_) => {
                "microsoft.graph.managedDeviceMobileAppConfigurationUserSummary"
            }
            #[cfg(msgraph_beta_search)]
            Self::ManagedDeviceOverview(_) => "microsoft.graph.managedDeviceOverview",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedEBook(_) => "microsoft.graph.managedEBook",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedEBookAssignment(_) => "microsoft.graph.managedEBookAssignment",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedEBookCategory(_) => "microsoft.graph.managedEBookCategory",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedIosLobApp(_) => "microsoft.graph.managedIOSLobApp",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedIosStoreApp(_) => "microsoft.graph.managedIOSStoreApp",
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedMobileApp(_) => "microsoft.graph.managedMobileApp",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedMobileLobApp(_) => "microsoft.graph.managedMobileLobApp",
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::AggregatedPolicyCompliance(_) => {
                "microsoft.graph.managedTenants.aggregatedPolicyCompliance"
            }
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::CloudPcConnection(_) => {
                "microsoft.graph.managedTenants.cloudPcConnection"
            }
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::CloudPcDevice(_) => "microsoft.graph.managedTenants.cloudPcDevice",
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ConditionalAccessPolicyCoverage(_) => {
                "microsoft.graph.managedTenants.conditionalAccessPolicyCoverage"
            }
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::CredentialUserRegistrationsSummary(_) => {
                "microsoft.graph.managedTenants.credentialUserRegistrationsSummary"
            }
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsDeviceCompliancePolicySettingStateSummary(_) => {
                "microsoft.graph.managedTenants.deviceCompliancePolicySettingStateSummary"
            }
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedDeviceCompliance(_) => {
                "microsoft.graph.managedTenants.managedDeviceCompliance"
            }
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedDeviceComplianceTrend(_) => {
                "microsoft.graph.managedTenants.managedDeviceComplianceTrend"
            }
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenant(_) => "microsoft.graph.managedTenants.managedTenant",
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsRiskyUser(_) => {
                "microsoft.graph.managedTenants.riskyUser"
            }
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsWindowsDeviceMalwareState(_) => {
                "microsoft.graph.managedTenants.windowsDeviceMalwareState"
            }
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsWindowsProtectionState(_) => {
                "microsoft.graph.managedTenants.windowsProtectionState"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagementCondition(_) => "microsoft.graph.managementCondition",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagementConditionStatement(_) => {
                "microsoft.graph.managementConditionStatement"
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::MdmWindowsInformationProtectionPolicy(_) => {
                "microsoft.graph.mdmWindowsInformationProtectionPolicy"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MdmWindowsInformationProtectionPolicyPolicySetItem(_) => {
                "microsoft.graph.mdmWindowsInformationProtectionPolicyPolicySetItem"
            }
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::MeetingActivityStatistics(_) => {
                "microsoft.graph.meetingActivityStatistics"
            }
            #[cfg(msgraph_beta_core_or_app_or_communications)]
            Self::MeetingAttendanceReport(_) => "microsoft.graph.meetingAttendanceReport",
            #[cfg(msgraph_beta_core)]
            Self::Mention(_) => "microsoft.graph.mention",
            #[cfg(msgraph_beta_core)]
            Self::Message(_) => "microsoft.graph.message",
            #[cfg(msgraph_beta_core)]
            Self::MessageRule(_) => "microsoft.graph.messageRule",
            #[cfg(msgraph_beta_core)]
            Self::MicrosoftAuthenticatorAuthenticationMethod(_) => {
                "microsoft.graph.microsoftAuthenticatorAuthenticationMethod"
            }
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(_) => {
                "microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration"
            }
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(_) => {
                "microsoft.graph.microsoftAuthenticatorAuthenticationMethodTarget"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MicrosoftStoreForBusinessApp(_) => {
                "microsoft.graph.microsoftStoreForBusinessApp"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MicrosoftStoreForBusinessContainedApp(_) => {
                "microsoft.graph.microsoftStoreForBusinessContainedApp"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelConfiguration(_) => {
                "microsoft.graph.microsoftTunnelConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelHealthThreshold(_) => {
                "microsoft.graph.microsoftTunnelHealthThreshold"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelServer(_) => "microsoft.graph.microsoftTunnelServer",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelServerLogCollectionResponse(_) => {
                "microsoft.graph.microsoftTunnelServerLogCollectionResponse"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelSite(_) => "microsoft.graph.microsoftTunnelSite",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileApp(_) => "microsoft.graph.mobileApp",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppAssignment(_) => "microsoft.graph.mobileAppAssignment",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppCategory(_) => "microsoft.graph.mobileAppCategory",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppContent(_) => "microsoft.graph.mobileAppContent",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppContentFile(_) => "microsoft.graph.mobileAppContentFile",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppDependency(_) => "microsoft.graph.mobileAppDependency",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppInstallStatus(_) => "microsoft.graph.mobileAppInstallStatus",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppInstallSummary(_) => "microsoft.graph.mobileAppInstallSummary",
            #[cfg(msgraph_beta_core)]
            Self::MobileAppIntentAndState(_) => "microsoft.graph.mobileAppIntentAndState",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppPolicySetItem(_) => "microsoft.graph.mobileAppPolicySetItem",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppProvisioningConfigGroupAssignment(_) => {
                "microsoft.graph.mobileAppProvisioningConfigGroupAssignment"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppRelationship(_) => "microsoft.graph.mobileAppRelationship",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppSupersedence(_) => "microsoft.graph.mobileAppSupersedence",
            #[cfg(msgraph_beta_core)]
            Self::MobileAppTroubleshootingEvent(_) => {
                "microsoft.graph.mobileAppTroubleshootingEvent"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileContainedApp(_) => "microsoft.graph.mobileContainedApp",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileLobApp(_) => "microsoft.graph.mobileLobApp",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MobileThreatDefenseConnector(_) => {
                "microsoft.graph.mobileThreatDefenseConnector"
            }
            #[cfg(msgraph_beta_core)]
            Self::MultiValueLegacyExtendedProperty(_) => {
                "microsoft.graph.multiValueLegacyExtendedProperty"
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::MuteParticipantOperation(_) => {
                "microsoft.graph.muteParticipantOperation"
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::MuteParticipantsOperation(_) => {
                "microsoft.graph.muteParticipantsOperation"
            }
            #[cfg(msgraph_beta_identity_or_search)]
            Self::NamedLocation(_) => "microsoft.graph.namedLocation",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NdesConnector(_) => "microsoft.graph.ndesConnector",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NetworkIPv4ConfigurationManagementCondition(_) => {
                "microsoft.graph.networkIPv4ConfigurationManagementCondition"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NetworkIPv6ConfigurationManagementCondition(_) => {
                "microsoft.graph.networkIPv6ConfigurationManagementCondition"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NetworkManagementCondition(_) => {
                "microsoft.graph.networkManagementCondition"
            }
            #[cfg(msgraph_beta_core)]
            Self::Note(_) => "microsoft.graph.note",
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Notebook(_) => "microsoft.graph.notebook",
            #[cfg(msgraph_beta_core)]
            Self::Notification(_) => "microsoft.graph.notification",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NotificationMessageTemplate(_) => {
                "microsoft.graph.notificationMessageTemplate"
            }
            #[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
            Self::OAuth2PermissionGrant(_) => "microsoft.graph.oAuth2PermissionGrant",
            #[cfg(msgraph_beta_core)]
            Self::OfferShiftRequest(_) => "microsoft.graph.offerShiftRequest",
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActivationCounts(_) => {
                "microsoft.graph.office365ActivationCounts"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActivationsUserCounts(_) => {
                "microsoft.graph.office365ActivationsUserCounts"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActivationsUserDetail(_) => {
                "microsoft.graph.office365ActivationsUserDetail"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActiveUserCounts(_) => {
                "microsoft.graph.office365ActiveUserCounts"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActiveUserDetail(_) => {
                "microsoft.graph.office365ActiveUserDetail"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityCounts(_) => {
                "microsoft.graph.office365GroupsActivityCounts"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityDetail(_) => {
                "microsoft.graph.office365GroupsActivityDetail"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityFileCounts(_) => {
                "microsoft.graph.office365GroupsActivityFileCounts"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityGroupCounts(_) => {
                "microsoft.graph.office365GroupsActivityGroupCounts"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityStorage(_) => {
                "microsoft.graph.office365GroupsActivityStorage"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ServicesUserCounts(_) => {
                "microsoft.graph.office365ServicesUserCounts"
            }
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::OfficeClientConfiguration(_) => {
                "microsoft.graph.officeClientConfiguration"
            }
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::OfficeClientConfigurationAssignment(_) => {
                "microsoft.graph.officeClientConfigurationAssignment"
            }
            #[cfg(msgraph_beta_core)]
            Self::OfficeGraphInsights(_) => "microsoft.graph.officeGraphInsights",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::OfficeSuiteApp(_) => "microsoft.graph.officeSuiteApp",
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::OnPremisesAgent(_) => "microsoft.graph.onPremisesAgent",
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::OnPremisesAgentGroup(_) => "microsoft.graph.onPremisesAgentGroup",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::OnPremisesConditionalAccessSettings(_) => {
                "microsoft.graph.onPremisesConditionalAccessSettings"
            }
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::OnPremisesPublishingProfile(_) => {
                "microsoft.graph.onPremisesPublishingProfile"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveActivityUserDetail(_) => {
                "microsoft.graph.oneDriveActivityUserDetail"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveUsageAccountCounts(_) => {
                "microsoft.graph.oneDriveUsageAccountCounts"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveUsageAccountDetail(_) => {
                "microsoft.graph.oneDriveUsageAccountDetail"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveUsageFileCounts(_) => "microsoft.graph.oneDriveUsageFileCounts",
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Onenote(_) => "microsoft.graph.onenote",
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteEntityBaseModel(_) => "microsoft.graph.onenoteEntityBaseModel",
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteEntityHierarchyModel(_) => {
                "microsoft.graph.onenoteEntityHierarchyModel"
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteEntitySchemaObjectModel(_) => {
                "microsoft.graph.onenoteEntitySchemaObjectModel"
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteOperation(_) => "microsoft.graph.onenoteOperation",
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenotePage(_) => "microsoft.graph.onenotePage",
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteResource(_) => "microsoft.graph.onenoteResource",
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteSection(_) => "microsoft.graph.onenoteSection",
            #[cfg(msgraph_beta_core_or_app_or_communications)]
            Self::OnlineMeeting(_) => "microsoft.graph.onlineMeeting",
            #[cfg(msgraph_beta_identity_or_search)]
            Self::OpenIdConnectIdentityProvider(_) => {
                "microsoft.graph.openIdConnectIdentityProvider"
            }
            #[cfg(msgraph_beta_identity_providers_or_search)]
            Self::OpenIdConnectProvider(_) => "microsoft.graph.openIdConnectProvider",
            #[cfg(msgraph_beta_core)]
            Self::OpenShift(_) => "microsoft.graph.openShift",
            #[cfg(msgraph_beta_core)]
            Self::OpenShiftChangeRequest(_) => "microsoft.graph.openShiftChangeRequest",
            #[cfg(msgraph_beta_core)]
            Self::OpenTypeExtension(_) => "microsoft.graph.openTypeExtension",
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Operation(_) => "microsoft.graph.operation",
            #[cfg(msgraph_beta_core)]
            Self::OrgContact(_) => "microsoft.graph.orgContact",
            #[cfg(msgraph_beta_core)]
            Self::Organization(_) => "microsoft.graph.organization",
            #[cfg(msgraph_beta_core)]
            Self::OrganizationSettings(_) => "microsoft.graph.organizationSettings",
            #[cfg(msgraph_beta_core_or_branding)]
            Self::OrganizationalBranding(_) => "microsoft.graph.organizationalBranding",
            #[cfg(msgraph_beta_core_or_branding)]
            Self::OrganizationalBrandingLocalization(_) => {
                "microsoft.graph.organizationalBrandingLocalization"
            }
            #[cfg(msgraph_beta_core_or_branding)]
            Self::OrganizationalBrandingProperties(_) => {
                "microsoft.graph.organizationalBrandingProperties"
            }
            #[cfg(msgraph_beta_core)]
            Self::OutlookCategory(_) => "microsoft.graph.outlookCategory",
            #[cfg(msgraph_beta_core)]
            Self::OutlookItem(_) => "microsoft.graph.outlookItem",
            #[cfg(msgraph_beta_core)]
            Self::OutlookTask(_) => "microsoft.graph.outlookTask",
            #[cfg(msgraph_beta_core)]
            Self::OutlookTaskFolder(_) => "microsoft.graph.outlookTaskFolder",
            #[cfg(msgraph_beta_core)]
            Self::OutlookTaskGroup(_) => "microsoft.graph.outlookTaskGroup",
            #[cfg(msgraph_beta_core)]
            Self::OutlookUser(_) => "microsoft.graph.outlookUser",
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::Participant(_) => "microsoft.graph.participant",
            #[cfg(msgraph_beta_search)]
            Self::ParticipantJoiningNotification(_) => {
                "microsoft.graph.participantJoiningNotification"
            }
            #[cfg(msgraph_beta_search)]
            Self::ParticipantLeftNotification(_) => {
                "microsoft.graph.participantLeftNotification"
            }
            #[cfg(msgraph_beta_core)]
            Self::PasswordAuthenticationMethod(_) => {
                "microsoft.graph.passwordAuthenticationMethod"
            }
            #[cfg(msgraph_beta_core)]
            Self::PasswordlessMicrosoftAuthenticatorAuthenticationMethod(_) => {
                "microsoft.graph.passwordlessMicrosoftAuthenticatorAuthenticationMethod"
            }
            #[cfg(msgraph_beta_payload_response_or_search)]
            Self::PayloadResponse(_) => "microsoft.graph.payloadResponse",
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PaymentMethod(_) => "microsoft.graph.paymentMethod",
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PaymentTerm(_) => "microsoft.graph.paymentTerm",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::Permission(_) => "microsoft.graph.permission",
            #[cfg(msgraph_beta_core)]
            Self::PermissionGrantConditionSet(_) => {
                "microsoft.graph.permissionGrantConditionSet"
            }
            #[cfg(msgraph_beta_core)]
            Self::PermissionGrantPolicy(_) => "microsoft.graph.permissionGrantPolicy",
            #[cfg(msgraph_beta_core)]
            Self::Person(_) => "microsoft.graph.person",
            #[cfg(msgraph_beta_core)]
            Self::PersonAnnotation(_) => "microsoft.graph.personAnnotation",
            #[cfg(msgraph_beta_core)]
            Self::PersonAnnualEvent(_) => "microsoft.graph.personAnnualEvent",
            #[cfg(msgraph_beta_core)]
            Self::PersonAward(_) => "microsoft.graph.personAward",
            #[cfg(msgraph_beta_core)]
            Self::PersonCertification(_) => "microsoft.graph.personCertification",
            #[cfg(msgraph_beta_core)]
            Self::PersonExtension(_) => "microsoft.graph.personExtension",
            #[cfg(msgraph_beta_core)]
            Self::PersonInterest(_) => "microsoft.graph.personInterest",
            #[cfg(msgraph_beta_core)]
            Self::PersonName(_) => "microsoft.graph.personName",
            #[cfg(msgraph_beta_search)]
            Self::PersonResponsibility(_) => "microsoft.graph.personResponsibility",
            #[cfg(msgraph_beta_core)]
            Self::PersonWebsite(_) => "microsoft.graph.personWebsite",
            #[cfg(msgraph_beta_core)]
            Self::PhoneAuthenticationMethod(_) => {
                "microsoft.graph.phoneAuthenticationMethod"
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Picture(_) => "microsoft.graph.picture",
            #[cfg(msgraph_beta_places_or_search)]
            Self::Place(_) => "microsoft.graph.place",
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerAssignedToTaskBoardTaskFormat(_) => {
                "microsoft.graph.plannerAssignedToTaskBoardTaskFormat"
            }
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerBucket(_) => "microsoft.graph.plannerBucket",
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerBucketTaskBoardTaskFormat(_) => {
                "microsoft.graph.plannerBucketTaskBoardTaskFormat"
            }
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerDelta(_) => "microsoft.graph.plannerDelta",
            #[cfg(msgraph_beta_core)]
            Self::PlannerGroup(_) => "microsoft.graph.plannerGroup",
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerPlan(_) => "microsoft.graph.plannerPlan",
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerPlanDetails(_) => "microsoft.graph.plannerPlanDetails",
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerProgressTaskBoardTaskFormat(_) => {
                "microsoft.graph.plannerProgressTaskBoardTaskFormat"
            }
            #[cfg(msgraph_beta_planner_or_search)]
            Self::PlannerRoster(_) => "microsoft.graph.plannerRoster",
            #[cfg(msgraph_beta_planner_or_search)]
            Self::PlannerRosterMember(_) => "microsoft.graph.plannerRosterMember",
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerTask(_) => "microsoft.graph.plannerTask",
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerTaskDetails(_) => "microsoft.graph.plannerTaskDetails",
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerUser(_) => "microsoft.graph.plannerUser",
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::PlayPromptOperation(_) => "microsoft.graph.playPromptOperation",
            #[cfg(msgraph_beta_core)]
            Self::PolicyBase(_) => "microsoft.graph.policyBase",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::PolicySet(_) => "microsoft.graph.policySet",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::PolicySetAssignment(_) => "microsoft.graph.policySetAssignment",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::PolicySetItem(_) => "microsoft.graph.policySetItem",
            #[cfg(msgraph_beta_core)]
            Self::Post(_) => "microsoft.graph.post",
            #[cfg(msgraph_beta_core_or_communications)]
            Self::Presence(_) => "microsoft.graph.presence",
            #[cfg(msgraph_beta_search)]
            Self::Presentation(_) => "microsoft.graph.presentation",
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintConnector(_) => "microsoft.graph.printConnector",
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintDocument(_) => "microsoft.graph.printDocument",
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintJob(_) => "microsoft.graph.printJob",
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintOperation(_) => "microsoft.graph.printOperation",
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintService(_) => "microsoft.graph.printService",
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintServiceEndpoint(_) => "microsoft.graph.printServiceEndpoint",
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintTask(_) => "microsoft.graph.printTask",
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintTaskDefinition(_) => "microsoft.graph.printTaskDefinition",
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintTaskTrigger(_) => "microsoft.graph.printTaskTrigger",
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::PrintUsage(_) => "microsoft.graph.printUsage",
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::PrintUsageByPrinter(_) => "microsoft.graph.printUsageByPrinter",
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::PrintUsageByUser(_) => "microsoft.graph.printUsageByUser",
            #[cfg(msgraph_beta_print_or_search)]
            Self::Printer(_) => "microsoft.graph.printer",
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrinterBase(_) => "microsoft.graph.printerBase",
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrinterCreateOperation(_) => "microsoft.graph.printerCreateOperation",
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrinterShare(_) => "microsoft.graph.printerShare",
            #[cfg(msgraph_beta_privileged_access_or_search)]
            Self::PrivilegedAccess(_) => "microsoft.graph.privilegedAccess",
            #[cfg(msgraph_beta_privileged_approval_or_search)]
            Self::PrivilegedApproval(_) => "microsoft.graph.privilegedApproval",
            #[cfg(msgraph_beta_privileged_operation_events_or_search)]
            Self::PrivilegedOperationEvent(_) => {
                "microsoft.graph.privilegedOperationEvent"
            }
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRole(_) => "microsoft.graph.privilegedRole",
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRoleAssignment(_) => {
                "microsoft.graph.privilegedRoleAssignment"
            }
            #[cfg(msgraph_beta_privileged_role_assignment_requests_or_search)]
            Self::PrivilegedRoleAssignmentRequest(_) => {
                "microsoft.graph.privilegedRoleAssignmentRequest"
            }
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRoleSettings(_) => "microsoft.graph.privilegedRoleSettings",
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRoleSummary(_) => "microsoft.graph.privilegedRoleSummary",
            #[cfg(msgraph_beta_privileged_signup_status_or_search)]
            Self::PrivilegedSignupStatus(_) => "microsoft.graph.privilegedSignupStatus",
            #[cfg(msgraph_beta_core)]
            Self::Profile(_) => "microsoft.graph.profile",
            #[cfg(msgraph_beta_core)]
            Self::ProfileCardProperty(_) => "microsoft.graph.profileCardProperty",
            #[cfg(msgraph_beta_core)]
            Self::ProfilePhoto(_) => "microsoft.graph.profilePhoto",
            #[cfg(msgraph_beta_program_controls_or_programs_or_search)]
            Self::Program(_) => "microsoft.graph.program",
            #[cfg(msgraph_beta_program_controls_or_programs_or_search)]
            Self::ProgramControl(_) => "microsoft.graph.programControl",
            #[cfg(msgraph_beta_program_control_types_or_search)]
            Self::ProgramControlType(_) => "microsoft.graph.programControlType",
            #[cfg(msgraph_beta_core)]
            Self::ProjectParticipation(_) => "microsoft.graph.projectParticipation",
            #[cfg(msgraph_beta_search_or_security)]
            Self::ProviderTenantSetting(_) => "microsoft.graph.providerTenantSetting",
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::ProvisioningObjectSummary(_) => {
                "microsoft.graph.provisioningObjectSummary"
            }
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::PublishedResource(_) => "microsoft.graph.publishedResource",
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PurchaseInvoice(_) => "microsoft.graph.purchaseInvoice",
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PurchaseInvoiceLine(_) => "microsoft.graph.purchaseInvoiceLine",
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::RbacApplication(_) => "microsoft.graph.rbacApplication",
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::RbacApplicationMultiple(_) => "microsoft.graph.rbacApplicationMultiple",
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::RecordOperation(_) => "microsoft.graph.recordOperation",
            #[cfg(msgraph_beta_core)]
            Self::ReferenceAttachment(_) => "microsoft.graph.referenceAttachment",
            #[cfg(msgraph_beta_core)]
            Self::RegionalAndLanguageSettings(_) => {
                "microsoft.graph.regionalAndLanguageSettings"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::RelyingPartyDetailedSummary(_) => {
                "microsoft.graph.relyingPartyDetailedSummary"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RemoteActionAudit(_) => "microsoft.graph.remoteActionAudit",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RemoteAssistancePartner(_) => "microsoft.graph.remoteAssistancePartner",
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::ReportRoot(_) => "microsoft.graph.reportRoot",
            #[cfg(msgraph_beta_core_or_role_management)]
            Self::Request(_) => "microsoft.graph.request",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ResourceOperation(_) => "microsoft.graph.resourceOperation",
            #[cfg(msgraph_beta_core)]
            Self::ResourceSpecificPermissionGrant(_) => {
                "microsoft.graph.resourceSpecificPermissionGrant"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RestrictedAppsViolation(_) => "microsoft.graph.restrictedAppsViolation",
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::RestrictedSignIn(_) => "microsoft.graph.restrictedSignIn",
            #[cfg(msgraph_beta_identity_protection_or_risk_detections_or_search)]
            Self::RiskDetection(_) => "microsoft.graph.riskDetection",
            #[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
            Self::RiskyUser(_) => "microsoft.graph.riskyUser",
            #[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
            Self::RiskyUserHistoryItem(_) => "microsoft.graph.riskyUserHistoryItem",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleAssignment(_) => "microsoft.graph.roleAssignment",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleDefinition(_) => "microsoft.graph.roleDefinition",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleScopeTag(_) => "microsoft.graph.roleScopeTag",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleScopeTagAutoAssignment(_) => {
                "microsoft.graph.roleScopeTagAutoAssignment"
            }
            #[cfg(msgraph_beta_places_or_search)]
            Self::Room(_) => "microsoft.graph.room",
            #[cfg(msgraph_beta_places_or_search)]
            Self::RoomList(_) => "microsoft.graph.roomList",
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesCreditMemo(_) => "microsoft.graph.salesCreditMemo",
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesCreditMemoLine(_) => "microsoft.graph.salesCreditMemoLine",
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesInvoice(_) => "microsoft.graph.salesInvoice",
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesInvoiceLine(_) => "microsoft.graph.salesInvoiceLine",
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesOrder(_) => "microsoft.graph.salesOrder",
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesOrderLine(_) => "microsoft.graph.salesOrderLine",
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesQuote(_) => "microsoft.graph.salesQuote",
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesQuoteLine(_) => "microsoft.graph.salesQuoteLine",
            #[cfg(msgraph_beta_core)]
            Self::Schedule(_) => "microsoft.graph.schedule",
            #[cfg(msgraph_beta_core)]
            Self::ScheduleChangeRequest(_) => "microsoft.graph.scheduleChangeRequest",
            #[cfg(msgraph_beta_core)]
            Self::SchedulingGroup(_) => "microsoft.graph.schedulingGroup",
            #[cfg(msgraph_beta_search)]
            Self::Schema(_) => "microsoft.graph.schema",
            #[cfg(msgraph_beta_schema_extensions_or_search)]
            Self::SchemaExtension(_) => "microsoft.graph.schemaExtension",
            #[cfg(msgraph_beta_core_or_scoped_role_memberships)]
            Self::ScopedRoleMembership(_) => "microsoft.graph.scopedRoleMembership",
            #[cfg(msgraph_beta_search)]
            Self::SearchEntity(_) => "microsoft.graph.searchEntity",
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SectionGroup(_) => "microsoft.graph.sectionGroup",
            #[cfg(msgraph_beta_search_or_security)]
            Self::SecureScore(_) => "microsoft.graph.secureScore",
            #[cfg(msgraph_beta_search_or_security)]
            Self::SecureScoreControlProfile(_) => {
                "microsoft.graph.secureScoreControlProfile"
            }
            #[cfg(msgraph_beta_search_or_security)]
            Self::SecurityAction(_) => "microsoft.graph.securityAction",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineCategoryStateSummary(_) => {
                "microsoft.graph.securityBaselineCategoryStateSummary"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineDeviceState(_) => {
                "microsoft.graph.securityBaselineDeviceState"
            }
            #[cfg(msgraph_beta_core)]
            Self::SecurityBaselineSettingState(_) => {
                "microsoft.graph.securityBaselineSettingState"
            }
            #[cfg(msgraph_beta_core)]
            Self::SecurityBaselineState(_) => "microsoft.graph.securityBaselineState",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineStateSummary(_) => {
                "microsoft.graph.securityBaselineStateSummary"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineTemplate(_) => {
                "microsoft.graph.securityBaselineTemplate"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::SecurityConfigurationTask(_) => {
                "microsoft.graph.securityConfigurationTask"
            }
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::SensitiveType(_) => "microsoft.graph.sensitiveType",
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::SensitivityLabel(_) => "microsoft.graph.sensitivityLabel",
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::SensitivityPolicySettings(_) => {
                "microsoft.graph.sensitivityPolicySettings"
            }
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceAnnouncement(_) => "microsoft.graph.serviceAnnouncement",
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceAnnouncementBase(_) => "microsoft.graph.serviceAnnouncementBase",
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceHealth(_) => "microsoft.graph.serviceHealth",
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceHealthIssue(_) => "microsoft.graph.serviceHealthIssue",
            #[cfg(msgraph_beta_core)]
            Self::ServicePrincipal(_) => "microsoft.graph.servicePrincipal",
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceUpdateMessage(_) => "microsoft.graph.serviceUpdateMessage",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SettingStateDeviceSummary(_) => {
                "microsoft.graph.settingStateDeviceSummary"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointActivityPages(_) => "microsoft.graph.sharePointActivityPages",
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointActivityUserCounts(_) => {
                "microsoft.graph.sharePointActivityUserCounts"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointActivityUserDetail(_) => {
                "microsoft.graph.sharePointActivityUserDetail"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsageDetail(_) => {
                "microsoft.graph.sharePointSiteUsageDetail"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsageFileCounts(_) => {
                "microsoft.graph.sharePointSiteUsageFileCounts"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsagePages(_) => {
                "microsoft.graph.sharePointSiteUsagePages"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsageSiteCounts(_) => {
                "microsoft.graph.sharePointSiteUsageSiteCounts"
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(_) => "microsoft.graph.sharedDriveItem",
            #[cfg(msgraph_beta_directory_or_search)]
            Self::SharedEmailDomain(_) => "microsoft.graph.sharedEmailDomain",
            #[cfg(msgraph_beta_domains_or_search)]
            Self::SharedEmailDomainInvitation(_) => {
                "microsoft.graph.sharedEmailDomainInvitation"
            }
            #[cfg(msgraph_beta_core)]
            Self::SharedInsight(_) => "microsoft.graph.sharedInsight",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SharedPcConfiguration(_) => "microsoft.graph.sharedPCConfiguration",
            #[cfg(msgraph_beta_core)]
            Self::Shift(_) => "microsoft.graph.shift",
            #[cfg(msgraph_beta_core)]
            Self::ShiftPreferences(_) => "microsoft.graph.shiftPreferences",
            #[cfg(msgraph_beta_financials_or_search)]
            Self::ShipmentMethod(_) => "microsoft.graph.shipmentMethod",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::SideLoadingKey(_) => "microsoft.graph.sideLoadingKey",
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::SignIn(_) => "microsoft.graph.signIn",
            #[cfg(msgraph_beta_core)]
            Self::SingleValueLegacyExtendedProperty(_) => {
                "microsoft.graph.singleValueLegacyExtendedProperty"
            }
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(_) => "microsoft.graph.site",
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SiteActivitySummary(_) => "microsoft.graph.siteActivitySummary",
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(_) => "microsoft.graph.sitePage",
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SiteUsageStorage(_) => "microsoft.graph.siteUsageStorage",
            #[cfg(msgraph_beta_core)]
            Self::SkillProficiency(_) => "microsoft.graph.skillProficiency",
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessActivityCounts(_) => {
                "microsoft.graph.skypeForBusinessActivityCounts"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessActivityUserCounts(_) => {
                "microsoft.graph.skypeForBusinessActivityUserCounts"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessActivityUserDetail(_) => {
                "microsoft.graph.skypeForBusinessActivityUserDetail"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessDeviceUsageDistributionUserCounts(_) => {
                "microsoft.graph.skypeForBusinessDeviceUsageDistributionUserCounts"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessDeviceUsageUserCounts(_) => {
                "microsoft.graph.skypeForBusinessDeviceUsageUserCounts"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessDeviceUsageUserDetail(_) => {
                "microsoft.graph.skypeForBusinessDeviceUsageUserDetail"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessOrganizerActivityCounts(_) => {
                "microsoft.graph.skypeForBusinessOrganizerActivityCounts"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessOrganizerActivityMinuteCounts(_) => {
                "microsoft.graph.skypeForBusinessOrganizerActivityMinuteCounts"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessOrganizerActivityUserCounts(_) => {
                "microsoft.graph.skypeForBusinessOrganizerActivityUserCounts"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessParticipantActivityCounts(_) => {
                "microsoft.graph.skypeForBusinessParticipantActivityCounts"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessParticipantActivityMinuteCounts(_) => {
                "microsoft.graph.skypeForBusinessParticipantActivityMinuteCounts"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessParticipantActivityUserCounts(_) => {
                "microsoft.graph.skypeForBusinessParticipantActivityUserCounts"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessPeerToPeerActivityCounts(_) => {
                "microsoft.graph.skypeForBusinessPeerToPeerActivityCounts"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessPeerToPeerActivityMinuteCounts(_) => {
                "microsoft.graph.skypeForBusinessPeerToPeerActivityMinuteCounts"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessPeerToPeerActivityUserCounts(_) => {
                "microsoft.graph.skypeForBusinessPeerToPeerActivityUserCounts"
            }
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodConfiguration(_) => {
                "microsoft.graph.smsAuthenticationMethodConfiguration"
            }
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodTarget(_) => {
                "microsoft.graph.smsAuthenticationMethodTarget"
            }
            #[cfg(msgraph_beta_identity_or_search)]
            Self::SocialIdentityProvider(_) => "microsoft.graph.socialIdentityProvider",
            #[cfg(msgraph_beta_search)]
            Self::SoftwareUpdateStatusSummary(_) => {
                "microsoft.graph.softwareUpdateStatusSummary"
            }
            #[cfg(msgraph_beta_core)]
            Self::StsPolicy(_) => "microsoft.graph.stsPolicy",
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::SubscribeToToneOperation(_) => {
                "microsoft.graph.subscribeToToneOperation"
            }
            #[cfg(msgraph_beta_search_or_subscribed_skus)]
            Self::SubscribedSku(_) => "microsoft.graph.subscribedSku",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_3_more)]
            Self::Subscription(_) => "microsoft.graph.subscription",
            #[cfg(msgraph_beta_core)]
            Self::SwapShiftsChangeRequest(_) => "microsoft.graph.swapShiftsChangeRequest",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::SymantecCodeSigningCertificate(_) => {
                "microsoft.graph.symantecCodeSigningCertificate"
            }
            #[cfg(msgraph_beta_core)]
            Self::Synchronization(_) => "microsoft.graph.synchronization",
            #[cfg(msgraph_beta_core)]
            Self::SynchronizationJob(_) => "microsoft.graph.synchronizationJob",
            #[cfg(msgraph_beta_core)]
            Self::SynchronizationSchema(_) => "microsoft.graph.synchronizationSchema",
            #[cfg(msgraph_beta_core)]
            Self::SynchronizationTemplate(_) => "microsoft.graph.synchronizationTemplate",
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::TargetedManagedAppConfiguration(_) => {
                "microsoft.graph.targetedManagedAppConfiguration"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::TargetedManagedAppConfigurationPolicySetItem(_) => {
                "microsoft.graph.targetedManagedAppConfigurationPolicySetItem"
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::TargetedManagedAppPolicyAssignment(_) => {
                "microsoft.graph.targetedManagedAppPolicyAssignment"
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::TargetedManagedAppProtection(_) => {
                "microsoft.graph.targetedManagedAppProtection"
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::TaxArea(_) => "microsoft.graph.taxArea",
            #[cfg(msgraph_beta_financials_or_search)]
            Self::TaxGroup(_) => "microsoft.graph.taxGroup",
            #[cfg(msgraph_beta_core)]
            Self::Team(_) => "microsoft.graph.team",
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamsApp(_) => "microsoft.graph.teamsApp",
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamsAppDefinition(_) => "microsoft.graph.teamsAppDefinition",
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamsAppIcon(_) => "microsoft.graph.teamsAppIcon",
            #[cfg(msgraph_beta_core)]
            Self::TeamsAppInstallation(_) => "microsoft.graph.teamsAppInstallation",
            #[cfg(msgraph_beta_core)]
            Self::TeamsAsyncOperation(_) => "microsoft.graph.teamsAsyncOperation",
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsDeviceUsageDistributionUserCounts(_) => {
                "microsoft.graph.teamsDeviceUsageDistributionUserCounts"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsDeviceUsageUserCounts(_) => {
                "microsoft.graph.teamsDeviceUsageUserCounts"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsDeviceUsageUserDetail(_) => {
                "microsoft.graph.teamsDeviceUsageUserDetail"
            }
            #[cfg(msgraph_beta_core)]
            Self::TeamsTab(_) => "microsoft.graph.teamsTab",
            #[cfg(msgraph_beta_search_or_teams_templates)]
            Self::TeamsTemplate(_) => "microsoft.graph.teamsTemplate",
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityCounts(_) => "microsoft.graph.teamsUserActivityCounts",
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityDistributionUserCounts(_) => {
                "microsoft.graph.teamsUserActivityDistributionUserCounts"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityUserCounts(_) => {
                "microsoft.graph.teamsUserActivityUserCounts"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityUserDetail(_) => {
                "microsoft.graph.teamsUserActivityUserDetail"
            }
            #[cfg(msgraph_beta_search_or_teamwork)]
            Self::Teamwork(_) => "microsoft.graph.teamwork",
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamworkBot(_) => "microsoft.graph.teamworkBot",
            #[cfg(msgraph_beta_core_or_app_catalogs)]
            Self::TeamworkHostedContent(_) => "microsoft.graph.teamworkHostedContent",
            #[cfg(msgraph_beta_core)]
            Self::TeamworkTag(_) => "microsoft.graph.teamworkTag",
            #[cfg(msgraph_beta_core)]
            Self::TeamworkTagMember(_) => "microsoft.graph.teamworkTagMember",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TelecomExpenseManagementPartner(_) => {
                "microsoft.graph.telecomExpenseManagementPartner"
            }
            #[cfg(msgraph_beta_core)]
            Self::TemporaryAccessPassAuthenticationMethod(_) => {
                "microsoft.graph.temporaryAccessPassAuthenticationMethod"
            }
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(_) => {
                "microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration"
            }
            #[cfg(msgraph_beta_privileged_signup_status_or_search)]
            Self::TenantSetupInfo(_) => "microsoft.graph.tenantSetupInfo",
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::TermStoreGroup(_) => "microsoft.graph.termStore.group",
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Relation(_) => "microsoft.graph.termStore.relation",
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Set(_) => "microsoft.graph.termStore.set",
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Store(_) => "microsoft.graph.termStore.store",
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Term(_) => "microsoft.graph.termStore.term",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditions(_) => "microsoft.graph.termsAndConditions",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditionsAcceptanceStatus(_) => {
                "microsoft.graph.termsAndConditionsAcceptanceStatus"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditionsAssignment(_) => {
                "microsoft.graph.termsAndConditionsAssignment"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditionsGroupAssignment(_) => {
                "microsoft.graph.termsAndConditionsGroupAssignment"
            }
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::TermsOfUseContainer(_) => "microsoft.graph.termsOfUseContainer",
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::TextClassificationRequest(_) => {
                "microsoft.graph.textClassificationRequest"
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::ThreatAssessmentRequest(_) => "microsoft.graph.threatAssessmentRequest",
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::ThreatAssessmentResult(_) => "microsoft.graph.threatAssessmentResult",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ThumbnailSet(_) => "microsoft.graph.thumbnailSet",
            #[cfg(msgraph_beta_search_or_security)]
            Self::TiIndicator(_) => "microsoft.graph.tiIndicator",
            #[cfg(msgraph_beta_core)]
            Self::TimeCard(_) => "microsoft.graph.timeCard",
            #[cfg(msgraph_beta_core)]
            Self::TimeOff(_) => "microsoft.graph.timeOff",
            #[cfg(msgraph_beta_core)]
            Self::TimeOffReason(_) => "microsoft.graph.timeOffReason",
            #[cfg(msgraph_beta_core)]
            Self::TimeOffRequest(_) => "microsoft.graph.timeOffRequest",
            #[cfg(msgraph_beta_core)]
            Self::Todo(_) => "microsoft.graph.todo",
            #[cfg(msgraph_beta_core)]
            Self::TodoTask(_) => "microsoft.graph.todoTask",
            #[cfg(msgraph_beta_core)]
            Self::TodoTaskList(_) => "microsoft.graph.todoTaskList",
            #[cfg(msgraph_beta_core)]
            Self::TokenIssuancePolicy(_) => "microsoft.graph.tokenIssuancePolicy",
            #[cfg(msgraph_beta_core)]
            Self::TokenLifetimePolicy(_) => "microsoft.graph.tokenLifetimePolicy",
            #[cfg(msgraph_beta_core)]
            Self::Trending(_) => "microsoft.graph.trending",
            #[cfg(msgraph_beta_search_or_trust_framework)]
            Self::TrustFrameworkKeySet(_) => "microsoft.graph.trustFrameworkKeySet",
            #[cfg(msgraph_beta_search_or_trust_framework)]
            Self::TrustFrameworkPolicy(_) => "microsoft.graph.trustFrameworkPolicy",
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRbacResourceAction(_) => {
                "microsoft.graph.unifiedRbacResourceAction"
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRbacResourceNamespace(_) => {
                "microsoft.graph.unifiedRbacResourceNamespace"
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRbacResourceScope(_) => {
                "microsoft.graph.unifiedRbacResourceScope"
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignment(_) => "microsoft.graph.unifiedRoleAssignment",
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentMultiple(_) => {
                "microsoft.graph.unifiedRoleAssignmentMultiple"
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentSchedule(_) => {
                "microsoft.graph.unifiedRoleAssignmentSchedule"
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleInstance(_) => {
                "microsoft.graph.unifiedRoleAssignmentScheduleInstance"
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(_) => {
                "microsoft.graph.unifiedRoleAssignmentScheduleRequest"
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleDefinition(_) => "microsoft.graph.unifiedRoleDefinition",
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilitySchedule(_) => {
                "microsoft.graph.unifiedRoleEligibilitySchedule"
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleInstance(_) => {
                "microsoft.graph.unifiedRoleEligibilityScheduleInstance"
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(_) => {
                "microsoft.graph.unifiedRoleEligibilityScheduleRequest"
            }
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicy(_) => {
                "microsoft.graph.unifiedRoleManagementPolicy"
            }
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyApprovalRule(_) => {
                "microsoft.graph.unifiedRoleManagementPolicyApprovalRule"
            }
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAssignment(_) => {
                "microsoft.graph.unifiedRoleManagementPolicyAssignment"
            }
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAuthenticationContextRule(_) => {
                "microsoft.graph.unifiedRoleManagementPolicyAuthenticationContextRule"
            }
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyEnablementRule(_) => {
                "microsoft.graph.unifiedRoleManagementPolicyEnablementRule"
            }
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyExpirationRule(_) => {
                "microsoft.graph.unifiedRoleManagementPolicyExpirationRule"
            }
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyNotificationRule(_) => {
                "microsoft.graph.unifiedRoleManagementPolicyNotificationRule"
            }
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyRule(_) => {
                "microsoft.graph.unifiedRoleManagementPolicyRule"
            }
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleScheduleBase(_) => "microsoft.graph.unifiedRoleScheduleBase",
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleScheduleInstanceBase(_) => {
                "microsoft.graph.unifiedRoleScheduleInstanceBase"
            }
            #[cfg(msgraph_beta_financials_or_search)]
            Self::UnitOfMeasure(_) => "microsoft.graph.unitOfMeasure",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::UnmanagedDeviceDiscoveryTask(_) => {
                "microsoft.graph.unmanagedDeviceDiscoveryTask"
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::UnmuteParticipantOperation(_) => {
                "microsoft.graph.unmuteParticipantOperation"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UnsupportedDeviceConfiguration(_) => {
                "microsoft.graph.unsupportedDeviceConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UnsupportedGroupPolicyExtension(_) => {
                "microsoft.graph.unsupportedGroupPolicyExtension"
            }
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::UpdateRecordingStatusOperation(_) => {
                "microsoft.graph.updateRecordingStatusOperation"
            }
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::UrlAssessmentRequest(_) => "microsoft.graph.urlAssessmentRequest",
            #[cfg(msgraph_beta_core)]
            Self::UsageRight(_) => "microsoft.graph.usageRight",
            #[cfg(msgraph_beta_core)]
            Self::UsedInsight(_) => "microsoft.graph.usedInsight",
            #[cfg(msgraph_beta_core)]
            Self::User(_) => "microsoft.graph.user",
            #[cfg(msgraph_beta_core)]
            Self::UserAccountInformation(_) => "microsoft.graph.userAccountInformation",
            #[cfg(msgraph_beta_core)]
            Self::UserActivity(_) => "microsoft.graph.userActivity",
            #[cfg(msgraph_beta_core)]
            Self::UserAnalytics(_) => "microsoft.graph.userAnalytics",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::UserAppInstallStatus(_) => "microsoft.graph.userAppInstallStatus",
            #[cfg(msgraph_beta_core)]
            Self::UserConfiguration(_) => "microsoft.graph.userConfiguration",
            #[cfg(msgraph_beta_core)]
            Self::UserConsentRequest(_) => "microsoft.graph.userConsentRequest",
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::UserCredentialUsageDetails(_) => {
                "microsoft.graph.userCredentialUsageDetails"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersion(_) => {
                "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersion"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion(_) => {
                "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByOSVersion"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthApplicationPerformance(_) => {
                "microsoft.graph.userExperienceAnalyticsAppHealthApplicationPerformance"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDeviceModelPerformance(_) => {
                "microsoft.graph.userExperienceAnalyticsAppHealthDeviceModelPerformance"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformance(_) => {
                "microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformance"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformanceDetails(_) => {
                "microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformanceDetails"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthOsVersionPerformance(_) => {
                "microsoft.graph.userExperienceAnalyticsAppHealthOSVersionPerformance"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsBaseline(_) => {
                "microsoft.graph.userExperienceAnalyticsBaseline"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsCategory(_) => {
                "microsoft.graph.userExperienceAnalyticsCategory"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDevicePerformance(_) => {
                "microsoft.graph.userExperienceAnalyticsDevicePerformance"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceScores(_) => {
                "microsoft.graph.userExperienceAnalyticsDeviceScores"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupHistory(_) => {
                "microsoft.graph.userExperienceAnalyticsDeviceStartupHistory"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcess(_) => {
                "microsoft.graph.userExperienceAnalyticsDeviceStartupProcess"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcessPerformance(_) => {
                "microsoft.graph.userExperienceAnalyticsDeviceStartupProcessPerformance"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceWithoutCloudIdentity(_) => {
                "microsoft.graph.userExperienceAnalyticsDeviceWithoutCloudIdentity"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsImpactingProcess(_) => {
                "microsoft.graph.userExperienceAnalyticsImpactingProcess"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsMetric(_) => {
                "microsoft.graph.userExperienceAnalyticsMetric"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsMetricHistory(_) => {
                "microsoft.graph.userExperienceAnalyticsMetricHistory"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsNotAutopilotReadyDevice(_) => {
                "microsoft.graph.userExperienceAnalyticsNotAutopilotReadyDevice"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsOverview(_) => {
                "microsoft.graph.userExperienceAnalyticsOverview"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsRegressionSummary(_) => {
                "microsoft.graph.userExperienceAnalyticsRegressionSummary"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsRemoteConnection(_) => {
                "microsoft.graph.userExperienceAnalyticsRemoteConnection"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsResourcePerformance(_) => {
                "microsoft.graph.userExperienceAnalyticsResourcePerformance"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsScoreHistory(_) => {
                "microsoft.graph.userExperienceAnalyticsScoreHistory"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereDevice(_) => {
                "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevice"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereMetric(_) => {
                "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereMetric"
            }
            #[cfg(msgraph_beta_identity_or_search)]
            Self::UserFlowLanguageConfiguration(_) => {
                "microsoft.graph.userFlowLanguageConfiguration"
            }
            #[cfg(msgraph_beta_identity_or_search)]
            Self::UserFlowLanguagePage(_) => "microsoft.graph.userFlowLanguagePage",
            #[cfg(msgraph_beta_core)]
            Self::UserInsightsSettings(_) => "microsoft.graph.userInsightsSettings",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::UserInstallStateSummary(_) => "microsoft.graph.userInstallStateSummary",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserPfxCertificate(_) => "microsoft.graph.userPFXCertificate",
            #[cfg(msgraph_beta_core)]
            Self::UserScopeTeamsAppInstallation(_) => {
                "microsoft.graph.userScopeTeamsAppInstallation"
            }
            #[cfg(msgraph_beta_search_or_security)]
            Self::UserSecurityProfile(_) => "microsoft.graph.userSecurityProfile",
            #[cfg(msgraph_beta_core)]
            Self::UserSettings(_) => "microsoft.graph.userSettings",
            #[cfg(msgraph_beta_core)]
            Self::UserTeamwork(_) => "microsoft.graph.userTeamwork",
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Vendor(_) => "microsoft.graph.vendor",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::VirtualEndpoint(_) => "microsoft.graph.virtualEndpoint",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::VpnConfiguration(_) => "microsoft.graph.vpnConfiguration",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::VppToken(_) => "microsoft.graph.vppToken",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::VulnerableManagedDevice(_) => "microsoft.graph.vulnerableManagedDevice",
            #[cfg(msgraph_beta_core)]
            Self::WebAccount(_) => "microsoft.graph.webAccount",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WebApp(_) => "microsoft.graph.webApp",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::Win32LobApp(_) => "microsoft.graph.win32LobApp",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10CertificateProfileBase(_) => {
                "microsoft.graph.windows10CertificateProfileBase"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10CompliancePolicy(_) => {
                "microsoft.graph.windows10CompliancePolicy"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10CustomConfiguration(_) => {
                "microsoft.graph.windows10CustomConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10DeviceFirmwareConfigurationInterface(_) => {
                "microsoft.graph.windows10DeviceFirmwareConfigurationInterface"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10EasEmailProfileConfiguration(_) => {
                "microsoft.graph.windows10EasEmailProfileConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10EndpointProtectionConfiguration(_) => {
                "microsoft.graph.windows10EndpointProtectionConfiguration"
            }
            #[cfg(msgraph_beta_core)]
            Self::Windows10EnrollmentCompletionPageConfiguration(_) => {
                "microsoft.graph.windows10EnrollmentCompletionPageConfiguration"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem(_) => {
                "microsoft.graph.windows10EnrollmentCompletionPageConfigurationPolicySetItem"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10EnterpriseModernAppManagementConfiguration(_) => {
                "microsoft.graph.windows10EnterpriseModernAppManagementConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10GeneralConfiguration(_) => {
                "microsoft.graph.windows10GeneralConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10ImportedPfxCertificateProfile(_) => {
                "microsoft.graph.windows10ImportedPFXCertificateProfile"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10MobileCompliancePolicy(_) => {
                "microsoft.graph.windows10MobileCompliancePolicy"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10NetworkBoundaryConfiguration(_) => {
                "microsoft.graph.windows10NetworkBoundaryConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10PfxImportCertificateProfile(_) => {
                "microsoft.graph.windows10PFXImportCertificateProfile"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10PkcsCertificateProfile(_) => {
                "microsoft.graph.windows10PkcsCertificateProfile"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10SecureAssessmentConfiguration(_) => {
                "microsoft.graph.windows10SecureAssessmentConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10TeamGeneralConfiguration(_) => {
                "microsoft.graph.windows10TeamGeneralConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10VpnConfiguration(_) => {
                "microsoft.graph.windows10VpnConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XCertificateProfile(_) => {
                "microsoft.graph.windows10XCertificateProfile"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XscepCertificateProfile(_) => {
                "microsoft.graph.windows10XSCEPCertificateProfile"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XTrustedRootCertificate(_) => {
                "microsoft.graph.windows10XTrustedRootCertificate"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XVpnConfiguration(_) => {
                "microsoft.graph.windows10XVpnConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XWifiConfiguration(_) => {
                "microsoft.graph.windows10XWifiConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81CertificateProfileBase(_) => {
                "microsoft.graph.windows81CertificateProfileBase"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81CompliancePolicy(_) => {
                "microsoft.graph.windows81CompliancePolicy"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81GeneralConfiguration(_) => {
                "microsoft.graph.windows81GeneralConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81ScepCertificateProfile(_) => {
                "microsoft.graph.windows81SCEPCertificateProfile"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81TrustedRootCertificate(_) => {
                "microsoft.graph.windows81TrustedRootCertificate"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81VpnConfiguration(_) => {
                "microsoft.graph.windows81VpnConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81WifiImportConfiguration(_) => {
                "microsoft.graph.windows81WifiImportConfiguration"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsAppX(_) => "microsoft.graph.windowsAppX",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAssignedAccessProfile(_) => {
                "microsoft.graph.windowsAssignedAccessProfile"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotDeploymentProfile(_) => {
                "microsoft.graph.windowsAutopilotDeploymentProfile"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotDeploymentProfileAssignment(_) => {
                "microsoft.graph.windowsAutopilotDeploymentProfileAssignment"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsAutopilotDeploymentProfilePolicySetItem(_) => {
                "microsoft.graph.windowsAutopilotDeploymentProfilePolicySetItem"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotDeviceIdentity(_) => {
                "microsoft.graph.windowsAutopilotDeviceIdentity"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotSettings(_) => {
                "microsoft.graph.windowsAutopilotSettings"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsCertificateProfileBase(_) => {
                "microsoft.graph.windowsCertificateProfileBase"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(_) => {
                "microsoft.graph.windowsDefenderAdvancedThreatProtectionConfiguration"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicy(_) => {
                "microsoft.graph.windowsDefenderApplicationControlSupplementalPolicy"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicyAssignment(_) => {
                "microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyAssignment"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicyDeploymentStatus(
                _,
            ) => {
                "microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyDeploymentStatus"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicyDeploymentSummary(
                _,
            ) => {
                "microsoft.graph.windowsDefenderApplicationControlSupplementalPolicyDeploymentSummary"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsDeliveryOptimizationConfiguration(_) => {
                "microsoft.graph.windowsDeliveryOptimizationConfiguration"
            }
            #[cfg(msgraph_beta_core)]
            Self::WindowsDeviceMalwareState(_) => {
                "microsoft.graph.windowsDeviceMalwareState"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsDomainJoinConfiguration(_) => {
                "microsoft.graph.windowsDomainJoinConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsFeatureUpdateCatalogItem(_) => {
                "microsoft.graph.windowsFeatureUpdateCatalogItem"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsFeatureUpdateProfile(_) => {
                "microsoft.graph.windowsFeatureUpdateProfile"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsFeatureUpdateProfileAssignment(_) => {
                "microsoft.graph.windowsFeatureUpdateProfileAssignment"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsHealthMonitoringConfiguration(_) => {
                "microsoft.graph.windowsHealthMonitoringConfiguration"
            }
            #[cfg(msgraph_beta_core)]
            Self::WindowsHelloForBusinessAuthenticationMethod(_) => {
                "microsoft.graph.windowsHelloForBusinessAuthenticationMethod"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsIdentityProtectionConfiguration(_) => {
                "microsoft.graph.windowsIdentityProtectionConfiguration"
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::WindowsInformationProtection(_) => {
                "microsoft.graph.windowsInformationProtection"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsInformationProtectionAppLearningSummary(_) => {
                "microsoft.graph.windowsInformationProtectionAppLearningSummary"
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::WindowsInformationProtectionAppLockerFile(_) => {
                "microsoft.graph.windowsInformationProtectionAppLockerFile"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsInformationProtectionDeviceRegistration(_) => {
                "microsoft.graph.windowsInformationProtectionDeviceRegistration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsInformationProtectionNetworkLearningSummary(_) => {
                "microsoft.graph.windowsInformationProtectionNetworkLearningSummary"
            }
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::WindowsInformationProtectionPolicy(_) => {
                "microsoft.graph.windowsInformationProtectionPolicy"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsInformationProtectionWipeAction(_) => {
                "microsoft.graph.windowsInformationProtectionWipeAction"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsKioskConfiguration(_) => {
                "microsoft.graph.windowsKioskConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsMalwareInformation(_) => {
                "microsoft.graph.windowsMalwareInformation"
            }
            #[cfg(msgraph_beta_core)]
            Self::WindowsManagedDevice(_) => "microsoft.graph.windowsManagedDevice",
            #[cfg(msgraph_beta_search)]
            Self::WindowsManagementApp(_) => "microsoft.graph.windowsManagementApp",
            #[cfg(msgraph_beta_search)]
            Self::WindowsManagementAppHealthState(_) => {
                "microsoft.graph.windowsManagementAppHealthState"
            }
            #[cfg(msgraph_beta_search)]
            Self::WindowsManagementAppHealthSummary(_) => {
                "microsoft.graph.windowsManagementAppHealthSummary"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsMicrosoftEdgeApp(_) => "microsoft.graph.windowsMicrosoftEdgeApp",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsMobileMsi(_) => "microsoft.graph.windowsMobileMSI",
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::WindowsOfficeClientConfiguration(_) => {
                "microsoft.graph.windowsOfficeClientConfiguration"
            }
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::WindowsOfficeClientSecurityConfiguration(_) => {
                "microsoft.graph.windowsOfficeClientSecurityConfiguration"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhone81AppX(_) => "microsoft.graph.windowsPhone81AppX",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhone81AppXBundle(_) => {
                "microsoft.graph.windowsPhone81AppXBundle"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81CertificateProfileBase(_) => {
                "microsoft.graph.windowsPhone81CertificateProfileBase"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81CompliancePolicy(_) => {
                "microsoft.graph.windowsPhone81CompliancePolicy"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81CustomConfiguration(_) => {
                "microsoft.graph.windowsPhone81CustomConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81GeneralConfiguration(_) => {
                "microsoft.graph.windowsPhone81GeneralConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81ImportedPfxCertificateProfile(_) => {
                "microsoft.graph.windowsPhone81ImportedPFXCertificateProfile"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81ScepCertificateProfile(_) => {
                "microsoft.graph.windowsPhone81SCEPCertificateProfile"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhone81StoreApp(_) => "microsoft.graph.windowsPhone81StoreApp",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81TrustedRootCertificate(_) => {
                "microsoft.graph.windowsPhone81TrustedRootCertificate"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81VpnConfiguration(_) => {
                "microsoft.graph.windowsPhone81VpnConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhoneEasEmailProfileConfiguration(_) => {
                "microsoft.graph.windowsPhoneEASEmailProfileConfiguration"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhoneXap(_) => "microsoft.graph.windowsPhoneXAP",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPrivacyDataAccessControlItem(_) => {
                "microsoft.graph.windowsPrivacyDataAccessControlItem"
            }
            #[cfg(msgraph_beta_core)]
            Self::WindowsProtectionState(_) => "microsoft.graph.windowsProtectionState",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsQualityUpdateCatalogItem(_) => {
                "microsoft.graph.windowsQualityUpdateCatalogItem"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsQualityUpdateProfile(_) => {
                "microsoft.graph.windowsQualityUpdateProfile"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsQualityUpdateProfileAssignment(_) => {
                "microsoft.graph.windowsQualityUpdateProfileAssignment"
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsStoreApp(_) => "microsoft.graph.windowsStoreApp",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsUniversalAppX(_) => "microsoft.graph.windowsUniversalAppX",
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsUniversalAppXContainedApp(_) => {
                "microsoft.graph.windowsUniversalAppXContainedApp"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsUpdateCatalogItem(_) => {
                "microsoft.graph.windowsUpdateCatalogItem"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsUpdateForBusinessConfiguration(_) => {
                "microsoft.graph.windowsUpdateForBusinessConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsUpdateState(_) => "microsoft.graph.windowsUpdateState",
            #[cfg(msgraph_beta_admin_or_search)]
            Self::AzureAdDevice(_) => "microsoft.graph.windowsUpdates.azureADDevice",
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Catalog(_) => "microsoft.graph.windowsUpdates.catalog",
            #[cfg(msgraph_beta_admin_or_search)]
            Self::CatalogEntry(_) => "microsoft.graph.windowsUpdates.catalogEntry",
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Deployment(_) => "microsoft.graph.windowsUpdates.deployment",
            #[cfg(msgraph_beta_admin_or_search)]
            Self::DeploymentAudience(_) => {
                "microsoft.graph.windowsUpdates.deploymentAudience"
            }
            #[cfg(msgraph_beta_admin_or_search)]
            Self::FeatureUpdateCatalogEntry(_) => {
                "microsoft.graph.windowsUpdates.featureUpdateCatalogEntry"
            }
            #[cfg(msgraph_beta_admin_or_search)]
            Self::QualityUpdateCatalogEntry(_) => {
                "microsoft.graph.windowsUpdates.qualityUpdateCatalogEntry"
            }
            #[cfg(msgraph_beta_admin_or_search)]
            Self::SoftwareUpdateCatalogEntry(_) => {
                "microsoft.graph.windowsUpdates.softwareUpdateCatalogEntry"
            }
            #[cfg(msgraph_beta_admin_or_search)]
            Self::UpdatableAsset(_) => "microsoft.graph.windowsUpdates.updatableAsset",
            #[cfg(msgraph_beta_admin_or_search)]
            Self::UpdatableAssetGroup(_) => {
                "microsoft.graph.windowsUpdates.updatableAssetGroup"
            }
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Updates(_) => "microsoft.graph.windowsUpdates.updates",
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Windows(_) => "microsoft.graph.windowsUpdates.windows",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsVpnConfiguration(_) => "microsoft.graph.windowsVpnConfiguration",
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsWifiConfiguration(_) => {
                "microsoft.graph.windowsWifiConfiguration"
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsWifiEnterpriseEapConfiguration(_) => {
                "microsoft.graph.windowsWifiEnterpriseEAPConfiguration"
            }
            #[cfg(msgraph_beta_core)]
            Self::WorkPosition(_) => "microsoft.graph.workPosition",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::Workbook(_) => "microsoft.graph.workbook",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookApplication(_) => "microsoft.graph.workbookApplication",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChart(_) => "microsoft.graph.workbookChart",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAreaFormat(_) => "microsoft.graph.workbookChartAreaFormat",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxes(_) => "microsoft.graph.workbookChartAxes",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxis(_) => "microsoft.graph.workbookChartAxis",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxisFormat(_) => "microsoft.graph.workbookChartAxisFormat",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxisTitle(_) => "microsoft.graph.workbookChartAxisTitle",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxisTitleFormat(_) => {
                "microsoft.graph.workbookChartAxisTitleFormat"
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartDataLabelFormat(_) => {
                "microsoft.graph.workbookChartDataLabelFormat"
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartDataLabels(_) => "microsoft.graph.workbookChartDataLabels",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartFill(_) => "microsoft.graph.workbookChartFill",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartFont(_) => "microsoft.graph.workbookChartFont",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartGridlines(_) => "microsoft.graph.workbookChartGridlines",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartGridlinesFormat(_) => {
                "microsoft.graph.workbookChartGridlinesFormat"
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartLegend(_) => "microsoft.graph.workbookChartLegend",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartLegendFormat(_) => {
                "microsoft.graph.workbookChartLegendFormat"
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartLineFormat(_) => "microsoft.graph.workbookChartLineFormat",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartPoint(_) => "microsoft.graph.workbookChartPoint",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartPointFormat(_) => {
                "microsoft.graph.workbookChartPointFormat"
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartSeries(_) => "microsoft.graph.workbookChartSeries",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartSeriesFormat(_) => {
                "microsoft.graph.workbookChartSeriesFormat"
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartTitle(_) => "microsoft.graph.workbookChartTitle",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartTitleFormat(_) => {
                "microsoft.graph.workbookChartTitleFormat"
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookComment(_) => "microsoft.graph.workbookComment",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookCommentReply(_) => "microsoft.graph.workbookCommentReply",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFilter(_) => "microsoft.graph.workbookFilter",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFormatProtection(_) => {
                "microsoft.graph.workbookFormatProtection"
            }
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFunctionResult(_) => "microsoft.graph.workbookFunctionResult",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFunctions(_) => "microsoft.graph.workbookFunctions",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookNamedItem(_) => "microsoft.graph.workbookNamedItem",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookOperation(_) => "microsoft.graph.workbookOperation",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookPivotTable(_) => "microsoft.graph.workbookPivotTable",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRange(_) => "microsoft.graph.workbookRange",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeBorder(_) => "microsoft.graph.workbookRangeBorder",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeFill(_) => "microsoft.graph.workbookRangeFill",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeFont(_) => "microsoft.graph.workbookRangeFont",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeFormat(_) => "microsoft.graph.workbookRangeFormat",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeSort(_) => "microsoft.graph.workbookRangeSort",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeView(_) => "microsoft.graph.workbookRangeView",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTable(_) => "microsoft.graph.workbookTable",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTableColumn(_) => "microsoft.graph.workbookTableColumn",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTableRow(_) => "microsoft.graph.workbookTableRow",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTableSort(_) => "microsoft.graph.workbookTableSort",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookWorksheet(_) => "microsoft.graph.workbookWorksheet",
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookWorksheetProtection(_) => {
                "microsoft.graph.workbookWorksheetProtection"
            }
            #[cfg(msgraph_beta_search_or_teamwork)]
            Self::WorkforceIntegration(_) => "microsoft.graph.workforceIntegration",
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerActivitySummary(_) => "microsoft.graph.yammerActivitySummary",
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerActivityUserDetail(_) => {
                "microsoft.graph.yammerActivityUserDetail"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerDeviceUsageDistributionUserCounts(_) => {
                "microsoft.graph.yammerDeviceUsageDistributionUserCounts"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerDeviceUsageUserCounts(_) => {
                "microsoft.graph.yammerDeviceUsageUserCounts"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerDeviceUsageUserDetail(_) => {
                "microsoft.graph.yammerDeviceUsageUserDetail"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerGroupsActivityCounts(_) => {
                "microsoft.graph.yammerGroupsActivityCounts"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerGroupsActivityDetail(_) => {
                "microsoft.graph.yammerGroupsActivityDetail"
            }
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerGroupsActivityGroupCounts(_) => {
                "microsoft.graph.yammerGroupsActivityGroupCounts"
            }
        }
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        match self {
            Self::Entity(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::AadUserConversationMember(v) => &v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackage(v) => &v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignmentPolicy(v) => &v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequest(v) => &v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignmentResourceRole(v) => &v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageCatalog(v) => &v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResource(v) => &v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceEnvironment(v) => &v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceRequest(v) => &v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceRole(v) => &v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceRoleScope(v) => &v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceScope(v) => &v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageSubject(v) => &v.extra,
            #[cfg(msgraph_beta_access_reviews_or_search)]
            Self::AccessReview(v) => &v.extra,
            #[cfg(msgraph_beta_access_review_decisions_or_access_reviews_or_search)]
            Self::AccessReviewDecision(v) => &v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessReviewHistoryDefinition(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::AccessReviewInstance(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::AccessReviewInstanceDecisionItem(v) => &v.extra,
            #[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
            Self::AccessReviewPolicy(v) => &v.extra,
            #[cfg(msgraph_beta_access_reviews_or_search)]
            Self::AccessReviewReviewer(v) => &v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessReviewScheduleDefinition(v) => &v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessReviewSet(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Account(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ActivityBasedTimeoutPolicy(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ActivityHistoryItem(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::ActivityStatistics(v) => &v.extra,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::AdminConsentRequestPolicy(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::AdministrativeUnit(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AdvancedThreatProtectionOnboardingDeviceSettingState(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AdvancedThreatProtectionOnboardingStateSummary(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::AgedAccountsPayable(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::AgedAccountsReceivable(v) => &v.extra,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::Agreement(v) => &v.extra,
            #[cfg(
                msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search
            )]
            Self::AgreementAcceptance(v) => &v.extra,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFile(v) => &v.extra,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFileLocalization(v) => &v.extra,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFileProperties(v) => &v.extra,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFileVersion(v) => &v.extra,
            #[cfg(msgraph_beta_search_or_security)]
            Self::Alert(v) => &v.extra,
            #[cfg(msgraph_beta_allowed_data_locations_or_search)]
            Self::AllowedDataLocation(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidCertificateProfileBase(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidCompliancePolicy(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidCustomConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_search)]
            Self::AndroidDeviceComplianceLocalActionBase(v) => &v.extra,
            #[cfg(msgraph_beta_search)]
            Self::AndroidDeviceComplianceLocalActionLockDevice(v) => &v.extra,
            #[cfg(msgraph_beta_search)]
            Self::AndroidDeviceComplianceLocalActionLockDeviceWithPasscode(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerCompliancePolicy(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &v.extra
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerEnrollmentProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidEasEmailProfileConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidForWorkApp(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkAppConfigurationSchema(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkCertificateProfileBase(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkCompliancePolicy(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkCustomConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkEnrollmentProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidForWorkMobileAppConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkPkcsCertificateProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkScepCertificateProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkSettings(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkTrustedRootCertificate(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkVpnConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkWiFiConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidGeneralDeviceConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidImportedPfxCertificateProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidLobApp(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::AndroidManagedAppProtection(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedAppRegistration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidManagedStoreAccountEnterpriseSettings(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedStoreApp(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedStoreAppConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidManagedStoreAppConfigurationSchema(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedStoreWebApp(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidOmaCpConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidPkcsCertificateProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidScepCertificateProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidStoreApp(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidTrustedRootCertificate(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidVpnConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWiFiConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileCertificateProfileBase(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileCompliancePolicy(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileCustomConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileScepCertificateProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileTrustedRootCertificate(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileVpnConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AospDeviceOwnerCompliancePolicy(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AospDeviceOwnerDeviceConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AppConsentApprovalRoute(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::AppConsentRequest(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::AppLogCollectionRequest(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_app_role_assignments)]
            Self::AppRoleAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::AppScope(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AppVulnerabilityManagedDevice(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AppVulnerabilityMobileApp(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AppVulnerabilityTask(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleEnrollmentProfileAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleExpeditedCheckinConfigurationBase(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ApplePushNotificationCertificate(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleUserInitiatedEnrollmentProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleVpnConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::AppleVppTokenTroubleshootingEvent(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Application(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::ApplicationSignInDetailedSummary(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::ApplicationSignInSummary(v) => &v.extra,
            #[cfg(msgraph_beta_application_templates_or_search)]
            Self::ApplicationTemplate(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_role_management)]
            Self::Approval(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_role_management)]
            Self::ApprovalStep(v) => &v.extra,
            #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
            Self::ApprovalWorkflowProvider(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::AssignmentFilterEvaluationStatusDetails(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Attachment(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_functions)]
            Self::AttributeMappingFunctionSchema(v) => &v.extra,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::AudioRoutingGroup(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AuditEvent(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Authentication(v) => &v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::AuthenticationContextClassReference(v) => &v.extra,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::AuthenticationFlowsPolicy(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::AuthenticationMethod(v) => &v.extra,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodConfiguration(v) => &v.extra,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodTarget(v) => &v.extra,
            #[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
            Self::AuthenticationMethodsPolicy(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AuthenticationMethodsRoot(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::AuthorizationPolicy(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AzureAdFeatureUsage(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AzureAdLicenseUsage(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AzureAdUserFeatureUsage(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => &v.extra,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::B2cAuthenticationMethodsPolicy(v) => &v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::B2cIdentityUserFlow(v) => &v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::B2xIdentityUserFlow(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::BaseItem(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::BaseItemVersion(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::Bitlocker(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::BitlockerRecoveryKey(v) => &v.extra,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingAppointment(v) => &v.extra,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingBusiness(v) => &v.extra,
            #[cfg(msgraph_beta_booking_currencies_or_search)]
            Self::BookingCurrency(v) => &v.extra,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingCustomer(v) => &v.extra,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingNamedEntity(v) => &v.extra,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingPerson(v) => &v.extra,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingService(v) => &v.extra,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingStaffMember(v) => &v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::BuiltInIdentityProvider(v) => &v.extra,
            #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
            Self::BusinessFlow(v) => &v.extra,
            #[cfg(msgraph_beta_business_flow_templates_or_search)]
            Self::BusinessFlowTemplate(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Calendar(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::CalendarGroup(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::CalendarPermission(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::CalendarSharingMessage(v) => &v.extra,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::Call(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::CallActivityStatistics(v) => &v.extra,
            #[cfg(msgraph_beta_communications_or_search)]
            Self::CallRecord(v) => &v.extra,
            #[cfg(msgraph_beta_communications_or_search)]
            Self::Segment(v) => &v.extra,
            #[cfg(msgraph_beta_communications_or_search)]
            Self::Session(v) => &v.extra,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::CancelMediaProcessingOperation(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CartToClassAssociation(v) => &v.extra,
            #[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
            Self::CertificateBasedAuthConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_teamwork)]
            Self::ChangeTrackedEntity(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Channel(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Chat(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::ChatActivityStatistics(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ChatMessage(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_app_catalogs)]
            Self::ChatMessageHostedContent(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ChromeOsOnboardingSettings(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CircularGeofenceManagementCondition(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ClaimsMappingPolicy(v) => &v.extra,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ClassificationJobResponse(v) => &v.extra,
            #[cfg(msgraph_beta_search_or_security)]
            Self::CloudAppSecurityProfile(v) => &v.extra,
            #[cfg(msgraph_beta_communications_or_search)]
            Self::CloudCommunications(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPc(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcConnectivityIssue(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcAuditEvent(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcDeviceImage(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcOnPremisesConnection(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcProvisioningPolicy(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcProvisioningPolicyAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcUserSetting(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcUserSettingAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::ColumnDefinition(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::ColumnLink(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ComanagementEligibleDevice(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_commands)]
            Self::Command(v) => &v.extra,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::CommsOperation(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Company(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CompanyInformation(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ComplianceManagementPartner(v) => &v.extra,
            #[cfg(msgraph_beta_identity_or_policies_or_search)]
            Self::ConditionalAccessPolicy(v) => &v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::ConditionalAccessRoot(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ConfigManagerCollection(v) => &v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::ConnectedOrganization(v) => &v.extra,
            #[cfg(msgraph_beta_search)]
            Self::ConnectionOperation(v) => &v.extra,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::Connector(v) => &v.extra,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::ConnectorGroup(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Contact(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ContactFolder(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::ContentType(v) => &v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::ContinuousAccessEvaluationPolicy(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Contract(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Conversation(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ConversationMember(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ConversationThread(v) => &v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::CountryNamedLocation(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CountryRegion(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::CredentialUsageSummary(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::CredentialUserRegistrationCount(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::CredentialUserRegistrationDetails(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Currency(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Customer(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CustomerPayment(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CustomerPaymentJournal(v) => &v.extra,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::DataClassificationService(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::DataLossPreventionPolicy(v) => &v.extra,
            #[cfg(msgraph_beta_data_policy_operations_or_search)]
            Self::DataPolicyOperation(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DataSharingConsent(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DefaultDeviceCompliancePolicy(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::DefaultManagedAppProtection(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DelegatedPermissionClassification(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepEnrollmentBaseProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepEnrollmentProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepIosEnrollmentProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepMacOsEnrollmentProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepOnboardingSetting(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DetectedApp(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Device(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceAndAppManagementAssignmentFilter(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceAndAppManagementRoleAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceAndAppManagementRoleDefinition(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceAppManagement(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceAppManagementTask(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DeviceCategory(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DeviceComanagementAuthorityConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceActionItem(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceDeviceOverview(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceDeviceStatus(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicy(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicyAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicyDeviceStateSummary(v) => &v.extra,
            #[cfg(msgraph_beta_search)]
            Self::DeviceCompliancePolicyGroupAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceCompliancePolicyPolicySetItem(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicySettingStateSummary(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DeviceCompliancePolicyState(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScheduledActionForRule(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScript(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScriptDeviceState(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScriptRunSummary(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceSettingState(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceUserOverview(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceUserStatus(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationConflictSummary(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationDeviceOverview(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationDeviceStateSummary(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationDeviceStatus(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationGroupAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceConfigurationPolicySetItem(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DeviceConfigurationState(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationUserOverview(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationUserStateSummary(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationUserStatus(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCustomAttributeShellScript(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentLimitConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScript(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScriptAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScriptDeviceState(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScriptRunSummary(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceInstallState(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DeviceLogCollectionResponse(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagement(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAbstractComplexSettingDefinition(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAbstractComplexSettingInstance(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAutopilotEvent(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAutopilotPolicyStatusDetail(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementBooleanSettingInstance(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementCachedReportConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementCollectionSettingDefinition(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementCollectionSettingInstance(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementComplexSettingDefinition(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementComplexSettingInstance(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationCategory(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &v.extra
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationPolicy(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationPolicyAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationPolicyTemplate(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSetting(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingDefinition(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.extra
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingTemplate(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.extra
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementDerivedCredentialSettings(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementDomainJoinConnector(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementExchangeConnector(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementExchangeOnPremisesPolicy(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementExportJob(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntegerSettingInstance(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntent(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentDeviceSettingStateSummary(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentDeviceState(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentDeviceStateSummary(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentSettingCategory(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentUserState(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentUserStateSummary(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementPartner(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementReportSchedule(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementReports(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementResourceAccessProfileAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementResourceAccessProfileBase(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementReusablePolicySetting(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScript(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptDeviceState(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptGroupAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceManagementScriptPolicySetItem(v) => &v.extra,
            #[cfg(msgraph_beta_search)]
            Self::DeviceManagementScriptRunSummary(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptUserState(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementSettingCategory(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementSettingDefinition(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementSettingInstance(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementStringSettingInstance(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementTemplate(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementTemplateSettingCategory(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DeviceManagementTroubleshootingEvent(v) => &v.extra,
            #[cfg(msgraph_beta_search)]
            Self::DeviceSetupConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceShellScript(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Dimension(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::DimensionValue(v) => &v.extra,
            #[cfg(msgraph_beta_directory_or_search)]
            Self::Directory(v) => &v.extra,
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::DirectoryAudit(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryDefinition(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryObject(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryObjectPartnerReference(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryRole(v) => &v.extra,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::DirectoryRoleAccessReviewPolicy(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryRoleTemplate(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_settings)]
            Self::DirectorySetting(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DirectorySettingTemplate(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::DlpEvaluatePoliciesJobResponse(v) => &v.extra,
            #[cfg(msgraph_beta_search)]
            Self::Document(v) => &v.extra,
            #[cfg(msgraph_beta_search)]
            Self::DocumentComment(v) => &v.extra,
            #[cfg(msgraph_beta_search)]
            Self::DocumentCommentReply(v) => &v.extra,
            #[cfg(msgraph_beta_domains_or_search)]
            Self::Domain(v) => &v.extra,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsCnameRecord(v) => &v.extra,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsMxRecord(v) => &v.extra,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsRecord(v) => &v.extra,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsSrvRecord(v) => &v.extra,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsTxtRecord(v) => &v.extra,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsUnavailableRecord(v) => &v.extra,
            #[cfg(msgraph_beta_search_or_security)]
            Self::DomainSecurityProfile(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::DriveItem(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::DriveItemVersion(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::EBookInstallSummary(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EasEmailProfileConfigurationBase(v) => &v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::AddToReviewSetOperation(v) => &v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Case(v) => &v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::CaseExportOperation(v) => &v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::CaseIndexOperation(v) => &v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::CaseOperation(v) => &v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Custodian(v) => &v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::DataSource(v) => &v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::DataSourceContainer(v) => &v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Ediscoveryroot(v) => &v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::EstimateStatisticsOperation(v) => &v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::LegalHold(v) => &v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::NoncustodialDataSource(v) => &v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::ReviewSet(v) => &v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::ReviewSetQuery(v) => &v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::EdiscoverySettings(v) => &v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::SiteSource(v) => &v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::SourceCollection(v) => &v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Tag(v) => &v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::TagOperation(v) => &v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::UnifiedGroupSource(v) => &v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::UserSource(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EditionUpgradeConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignmentDefaults(v) => &v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignmentResource(v) => &v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignmentSettings(v) => &v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationCategory(v) => &v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationClass(v) => &v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationFeedbackOutcome(v) => &v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationOrganization(v) => &v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationOutcome(v) => &v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationPointsOutcome(v) => &v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationRubric(v) => &v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationRubricOutcome(v) => &v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSchool(v) => &v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSubmission(v) => &v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSubmissionResource(v) => &v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSynchronizationError(v) => &v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSynchronizationProfile(v) => &v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSynchronizationProfileStatus(v) => &v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationUser(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::EducationalActivity(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::EmailActivityStatistics(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailActivitySummary(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailActivityUserDetail(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageAppsUserCounts(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageUserCounts(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageUserDetail(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageVersionsUserCounts(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::EmailAuthenticationMethod(v) => &v.extra,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::EmailAuthenticationMethodConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::EmailFileAssessmentRequest(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EmbeddedSimActivationCodePool(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EmbeddedSimActivationCodePoolAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EmbeddedSimDeviceState(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Employee(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Endpoint(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::EnrollmentConfigurationAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EnrollmentProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::EnrollmentRestrictionsConfigurationPolicySetItem(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::EnrollmentTroubleshootingEvent(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::EnterpriseCodeSigningCertificate(v) => &v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::EntitlementManagement(v) => &v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::EntitlementManagementSettings(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::EvaluateLabelJobResponse(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Event(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::EventMessage(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::EventMessageRequest(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::EventMessageResponse(v) => &v.extra,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchDataStore(v) => &v.extra,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchDataStoreBase(v) => &v.extra,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchJobBase(v) => &v.extra,
            #[cfg(msgraph_beta_search)]
            Self::ExactMatchLookupJob(v) => &v.extra,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchSession(v) => &v.extra,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchSessionBase(v) => &v.extra,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchUploadAgent(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Extension(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ExtensionProperty(v) => &v.extra,
            #[cfg(msgraph_beta_search)]
            Self::External(v) => &v.extra,
            #[cfg(msgraph_beta_search)]
            Self::ExternalConnection(v) => &v.extra,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsConnectionOperation(v) => &v.extra,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalConnection(v) => &v.extra,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalGroup(v) => &v.extra,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalGroupMember(v) => &v.extra,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalItem(v) => &v.extra,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsSchema(v) => &v.extra,
            #[cfg(msgraph_beta_search)]
            Self::ExternalGroup(v) => &v.extra,
            #[cfg(msgraph_beta_search)]
            Self::ExternalGroupMember(v) => &v.extra,
            #[cfg(msgraph_beta_search)]
            Self::ExternalItem(v) => &v.extra,
            #[cfg(msgraph_beta_directory_or_policies_or_search)]
            Self::FeatureRolloutPolicy(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Fido2AuthenticationMethod(v) => &v.extra,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::Fido2AuthenticationMethodConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::FieldValueSet(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::FileAssessmentRequest(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::FileAttachment(v) => &v.extra,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::FileClassificationRequest(v) => &v.extra,
            #[cfg(msgraph_beta_search_or_security)]
            Self::FileSecurityProfile(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_filter_operators)]
            Self::FilterOperatorSchema(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::FocusActivityStatistics(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::GeneralLedgerEntry(v) => &v.extra,
            #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
            Self::GovernancePolicyTemplate(v) => &v.extra,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceResource(v) => &v.extra,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleAssignment(v) => &v.extra,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleAssignmentRequest(v) => &v.extra,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleDefinition(v) => &v.extra,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleSetting(v) => &v.extra,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_5_more_80
            )]
            Self::GovernanceSubject(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Group(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
            Self::GroupLifecyclePolicy(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyCategory(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyConfigurationAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyDefinition(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyDefinitionFile(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyDefinitionValue(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyMigrationReport(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyObjectFile(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyOperation(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentation(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationCheckBox(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationComboBox(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationDecimalTextBox(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationDropdownList(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationListBox(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationLongDecimalTextBox(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationMultiTextBox(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationText(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationTextBox(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValue(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueBoolean(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueDecimal(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueList(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueLongDecimal(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueMultiText(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueText(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicySettingMapping(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyUploadedDefinitionFile(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::HomeRealmDiscoveryPolicy(v) => &v.extra,
            #[cfg(msgraph_beta_search_or_security)]
            Self::HostSecurityProfile(v) => &v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityApiConnector(v) => &v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityBuiltInUserFlowAttribute(v) => &v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityCustomUserFlowAttribute(v) => &v.extra,
            #[cfg(msgraph_beta_identity_providers_or_search)]
            Self::IdentityProvider(v) => &v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityProviderBase(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityUserFlow(v) => &v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityUserFlowAttribute(v) => &v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityUserFlowAttributeAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedAppleDeviceIdentity(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedAppleDeviceIdentityResult(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedDeviceIdentity(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedDeviceIdentityResult(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedWindowsAutopilotDeviceIdentity(v) => &v.extra,
            #[cfg(msgraph_beta_search)]
            Self::ImportedWindowsAutopilotDeviceIdentityUpload(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::InferenceClassification(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::InferenceClassificationOverride(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::InformationProtection(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::InformationProtectionLabel(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::InformationProtectionPolicy(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IntuneBrandingProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IntuneBrandingProfileAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_invitations_or_search)]
            Self::Invitation(v) => &v.extra,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::InviteParticipantsOperation(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCertificateProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCertificateProfileBase(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCompliancePolicy(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCustomConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosDeviceFeaturesConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEasEmailProfileConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEduDeviceConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEducationDeviceConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEnterpriseWiFiConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosExpeditedCheckinConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosGeneralDeviceConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosImportedPfxCertificateProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobApp(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobAppProvisioningConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobAppProvisioningConfigurationAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobAppProvisioningConfigurationPolicySetItem(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::IosManagedAppProtection(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosManagedAppRegistration(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosMobileAppConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosPkcsCertificateProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosScepCertificateProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosStoreApp(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosTrustedRootCertificate(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosUpdateConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosUpdateDeviceStatus(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosVpnConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppApp(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppAppAssignedDeviceLicense(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppAppAssignedLicense(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppAppAssignedUserLicense(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppEBook(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppEBookAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosWiFiConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosikEv2VpnConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IpNamedLocation(v) => &v.extra,
            #[cfg(msgraph_beta_search_or_security)]
            Self::IpSecurityProfile(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Item(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ItemActivity(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ItemActivityOld(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ItemActivityStat(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ItemAddress(v) => &v.extra,
            #[cfg(msgraph_beta_search)]
            Self::ItemAnalytics(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ItemAttachment(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::ItemCategory(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ItemEmail(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ItemFacet(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ItemInsights(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ItemInsightsSettings(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ItemPatent(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ItemPhone(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ItemPublication(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::JobResponseBase(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Journal(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::JournalLine(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::LanguageProficiency(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::LicenseDetails(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::LinkedResource(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ListItem(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ListItemVersion(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::LocalizedNotificationMessage(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::LocationManagementCondition(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::LongRunningOperation(v) => &v.extra,
            #[cfg(msgraph_beta_search)]
            Self::LookupResultRow(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCertificateProfileBase(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCompliancePolicy(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCustomAppConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCustomConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsEndpointProtectionConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsExtensionsConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsGeneralDeviceConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsImportedPfxCertificateProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsLobApp(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsMdatpApp(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsMicrosoftEdgeApp(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsOfficeSuiteApp(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsPkcsCertificateProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsScepCertificateProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateAccountSummary(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateCategorySummary(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateStateSummary(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsTrustedRootCertificate(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsVpnConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsWiFiConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsWiredNetworkConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsVppApp(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsVppAppAssignedLicense(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::MailAssessmentRequest(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::MailFolder(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::MailSearchFolder(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageDetail(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageMailboxCounts(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageQuotaStatusMailboxCounts(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageStorage(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MalwareStateForWindowsDevice(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagedAllDeviceCertificateState(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAndroidLobApp(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAndroidStoreApp(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedApp(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppOperation(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppPolicy(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppPolicyDeploymentSummary(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppProtection(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppProtectionPolicySetItem(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppRegistration(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppStatus(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppStatusRaw(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ManagedDevice(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagedDeviceCertificateState(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagedDeviceEncryptionState(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceStatus(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceSummary(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationPolicySetItem(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ManagedDeviceMobileAppConfigurationState(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserStatus(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserSummary(v) => &v.extra,
            #[cfg(msgraph_beta_search)]
            Self::ManagedDeviceOverview(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedEBook(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedEBookAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedEBookCategory(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedIosLobApp(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedIosStoreApp(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedMobileApp(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedMobileLobApp(v) => &v.extra,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::AggregatedPolicyCompliance(v) => &v.extra,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::CloudPcConnection(v) => &v.extra,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::CloudPcDevice(v) => &v.extra,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ConditionalAccessPolicyCoverage(v) => &v.extra,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::CredentialUserRegistrationsSummary(v) => &v.extra,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsDeviceCompliancePolicySettingStateSummary(v) => &v.extra,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedDeviceCompliance(v) => &v.extra,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedDeviceComplianceTrend(v) => &v.extra,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenant(v) => &v.extra,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsRiskyUser(v) => &v.extra,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsWindowsDeviceMalwareState(v) => &v.extra,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsWindowsProtectionState(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagementCondition(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagementConditionStatement(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MdmWindowsInformationProtectionPolicyPolicySetItem(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::MeetingActivityStatistics(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_app_or_communications)]
            Self::MeetingAttendanceReport(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Mention(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Message(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::MessageRule(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => &v.extra,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(v) => &v.extra,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MicrosoftStoreForBusinessApp(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MicrosoftStoreForBusinessContainedApp(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelHealthThreshold(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelServer(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelServerLogCollectionResponse(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelSite(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileApp(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppCategory(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppContent(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppContentFile(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppDependency(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppInstallStatus(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppInstallSummary(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::MobileAppIntentAndState(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppPolicySetItem(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppProvisioningConfigGroupAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppRelationship(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppSupersedence(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::MobileAppTroubleshootingEvent(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileContainedApp(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileLobApp(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MobileThreatDefenseConnector(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::MultiValueLegacyExtendedProperty(v) => &v.extra,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::MuteParticipantOperation(v) => &v.extra,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::MuteParticipantsOperation(v) => &v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::NamedLocation(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NdesConnector(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NetworkManagementCondition(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Note(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Notebook(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Notification(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NotificationMessageTemplate(v) => &v.extra,
            #[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
            Self::OAuth2PermissionGrant(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::OfferShiftRequest(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActivationCounts(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActivationsUserCounts(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActivationsUserDetail(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActiveUserCounts(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActiveUserDetail(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityCounts(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityDetail(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityFileCounts(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityGroupCounts(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityStorage(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ServicesUserCounts(v) => &v.extra,
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::OfficeClientConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::OfficeClientConfigurationAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::OfficeGraphInsights(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::OfficeSuiteApp(v) => &v.extra,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::OnPremisesAgent(v) => &v.extra,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::OnPremisesAgentGroup(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::OnPremisesConditionalAccessSettings(v) => &v.extra,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::OnPremisesPublishingProfile(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveActivityUserDetail(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveUsageAccountCounts(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveUsageAccountDetail(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveUsageFileCounts(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Onenote(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteEntityBaseModel(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteEntityHierarchyModel(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteEntitySchemaObjectModel(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteOperation(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenotePage(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteResource(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteSection(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_app_or_communications)]
            Self::OnlineMeeting(v) => &v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::OpenIdConnectIdentityProvider(v) => &v.extra,
            #[cfg(msgraph_beta_identity_providers_or_search)]
            Self::OpenIdConnectProvider(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::OpenShift(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::OpenShiftChangeRequest(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::OpenTypeExtension(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Operation(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::OrgContact(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Organization(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::OrganizationSettings(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_branding)]
            Self::OrganizationalBranding(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_branding)]
            Self::OrganizationalBrandingLocalization(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_branding)]
            Self::OrganizationalBrandingProperties(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::OutlookCategory(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::OutlookItem(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::OutlookTask(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::OutlookTaskFolder(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::OutlookTaskGroup(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::OutlookUser(v) => &v.extra,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::Participant(v) => &v.extra,
            #[cfg(msgraph_beta_search)]
            Self::ParticipantJoiningNotification(v) => &v.extra,
            #[cfg(msgraph_beta_search)]
            Self::ParticipantLeftNotification(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::PasswordAuthenticationMethod(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::PasswordlessMicrosoftAuthenticatorAuthenticationMethod(v) => &v.extra,
            #[cfg(msgraph_beta_payload_response_or_search)]
            Self::PayloadResponse(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PaymentMethod(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PaymentTerm(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::Permission(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::PermissionGrantConditionSet(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::PermissionGrantPolicy(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Person(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::PersonAnnotation(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::PersonAnnualEvent(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::PersonAward(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::PersonCertification(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::PersonExtension(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::PersonInterest(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::PersonName(v) => &v.extra,
            #[cfg(msgraph_beta_search)]
            Self::PersonResponsibility(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::PersonWebsite(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::PhoneAuthenticationMethod(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Picture(v) => &v.extra,
            #[cfg(msgraph_beta_places_or_search)]
            Self::Place(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerAssignedToTaskBoardTaskFormat(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerBucket(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerBucketTaskBoardTaskFormat(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerDelta(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::PlannerGroup(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerPlan(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerPlanDetails(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerProgressTaskBoardTaskFormat(v) => &v.extra,
            #[cfg(msgraph_beta_planner_or_search)]
            Self::PlannerRoster(v) => &v.extra,
            #[cfg(msgraph_beta_planner_or_search)]
            Self::PlannerRosterMember(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerTask(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerTaskDetails(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerUser(v) => &v.extra,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::PlayPromptOperation(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::PolicyBase(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::PolicySet(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::PolicySetAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::PolicySetItem(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Post(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_communications)]
            Self::Presence(v) => &v.extra,
            #[cfg(msgraph_beta_search)]
            Self::Presentation(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintConnector(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintDocument(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintJob(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintOperation(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintService(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintServiceEndpoint(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintTask(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintTaskDefinition(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintTaskTrigger(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::PrintUsage(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::PrintUsageByPrinter(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::PrintUsageByUser(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_search)]
            Self::Printer(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrinterBase(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrinterCreateOperation(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrinterShare(v) => &v.extra,
            #[cfg(msgraph_beta_privileged_access_or_search)]
            Self::PrivilegedAccess(v) => &v.extra,
            #[cfg(msgraph_beta_privileged_approval_or_search)]
            Self::PrivilegedApproval(v) => &v.extra,
            #[cfg(msgraph_beta_privileged_operation_events_or_search)]
            Self::PrivilegedOperationEvent(v) => &v.extra,
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRole(v) => &v.extra,
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRoleAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_privileged_role_assignment_requests_or_search)]
            Self::PrivilegedRoleAssignmentRequest(v) => &v.extra,
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRoleSettings(v) => &v.extra,
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRoleSummary(v) => &v.extra,
            #[cfg(msgraph_beta_privileged_signup_status_or_search)]
            Self::PrivilegedSignupStatus(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Profile(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ProfileCardProperty(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ProfilePhoto(v) => &v.extra,
            #[cfg(msgraph_beta_program_controls_or_programs_or_search)]
            Self::Program(v) => &v.extra,
            #[cfg(msgraph_beta_program_controls_or_programs_or_search)]
            Self::ProgramControl(v) => &v.extra,
            #[cfg(msgraph_beta_program_control_types_or_search)]
            Self::ProgramControlType(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ProjectParticipation(v) => &v.extra,
            #[cfg(msgraph_beta_search_or_security)]
            Self::ProviderTenantSetting(v) => &v.extra,
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::ProvisioningObjectSummary(v) => &v.extra,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::PublishedResource(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PurchaseInvoice(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PurchaseInvoiceLine(v) => &v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::RbacApplication(v) => &v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::RbacApplicationMultiple(v) => &v.extra,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::RecordOperation(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ReferenceAttachment(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::RegionalAndLanguageSettings(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::RelyingPartyDetailedSummary(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RemoteActionAudit(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RemoteAssistancePartner(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::ReportRoot(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_role_management)]
            Self::Request(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ResourceOperation(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ResourceSpecificPermissionGrant(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RestrictedAppsViolation(v) => &v.extra,
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::RestrictedSignIn(v) => &v.extra,
            #[cfg(msgraph_beta_identity_protection_or_risk_detections_or_search)]
            Self::RiskDetection(v) => &v.extra,
            #[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
            Self::RiskyUser(v) => &v.extra,
            #[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
            Self::RiskyUserHistoryItem(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleDefinition(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleScopeTag(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleScopeTagAutoAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_places_or_search)]
            Self::Room(v) => &v.extra,
            #[cfg(msgraph_beta_places_or_search)]
            Self::RoomList(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesCreditMemo(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesCreditMemoLine(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesInvoice(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesInvoiceLine(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesOrder(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesOrderLine(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesQuote(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesQuoteLine(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Schedule(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ScheduleChangeRequest(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::SchedulingGroup(v) => &v.extra,
            #[cfg(msgraph_beta_search)]
            Self::Schema(v) => &v.extra,
            #[cfg(msgraph_beta_schema_extensions_or_search)]
            Self::SchemaExtension(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_scoped_role_memberships)]
            Self::ScopedRoleMembership(v) => &v.extra,
            #[cfg(msgraph_beta_search)]
            Self::SearchEntity(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SectionGroup(v) => &v.extra,
            #[cfg(msgraph_beta_search_or_security)]
            Self::SecureScore(v) => &v.extra,
            #[cfg(msgraph_beta_search_or_security)]
            Self::SecureScoreControlProfile(v) => &v.extra,
            #[cfg(msgraph_beta_search_or_security)]
            Self::SecurityAction(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineCategoryStateSummary(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineDeviceState(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::SecurityBaselineSettingState(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::SecurityBaselineState(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineStateSummary(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineTemplate(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::SecurityConfigurationTask(v) => &v.extra,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::SensitiveType(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::SensitivityLabel(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::SensitivityPolicySettings(v) => &v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceAnnouncement(v) => &v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceAnnouncementBase(v) => &v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceHealth(v) => &v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceHealthIssue(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ServicePrincipal(v) => &v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceUpdateMessage(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SettingStateDeviceSummary(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointActivityPages(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointActivityUserCounts(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointActivityUserDetail(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsageDetail(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsageFileCounts(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsagePages(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsageSiteCounts(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(v) => &v.extra,
            #[cfg(msgraph_beta_directory_or_search)]
            Self::SharedEmailDomain(v) => &v.extra,
            #[cfg(msgraph_beta_domains_or_search)]
            Self::SharedEmailDomainInvitation(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::SharedInsight(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SharedPcConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Shift(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ShiftPreferences(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::ShipmentMethod(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::SideLoadingKey(v) => &v.extra,
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::SignIn(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::SingleValueLegacyExtendedProperty(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SiteActivitySummary(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SiteUsageStorage(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::SkillProficiency(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessActivityCounts(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessActivityUserCounts(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessActivityUserDetail(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessDeviceUsageDistributionUserCounts(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessDeviceUsageUserCounts(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessDeviceUsageUserDetail(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessOrganizerActivityCounts(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessOrganizerActivityMinuteCounts(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessOrganizerActivityUserCounts(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessParticipantActivityCounts(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessParticipantActivityMinuteCounts(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessParticipantActivityUserCounts(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessPeerToPeerActivityCounts(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessPeerToPeerActivityMinuteCounts(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessPeerToPeerActivityUserCounts(v) => &v.extra,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodConfiguration(v) => &v.extra,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodTarget(v) => &v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::SocialIdentityProvider(v) => &v.extra,
            #[cfg(msgraph_beta_search)]
            Self::SoftwareUpdateStatusSummary(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::StsPolicy(v) => &v.extra,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::SubscribeToToneOperation(v) => &v.extra,
            #[cfg(msgraph_beta_search_or_subscribed_skus)]
            Self::SubscribedSku(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_3_more)]
            Self::Subscription(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::SwapShiftsChangeRequest(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::SymantecCodeSigningCertificate(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Synchronization(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::SynchronizationJob(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::SynchronizationSchema(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::SynchronizationTemplate(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::TargetedManagedAppConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::TargetedManagedAppConfigurationPolicySetItem(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::TargetedManagedAppPolicyAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::TargetedManagedAppProtection(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::TaxArea(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::TaxGroup(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Team(v) => &v.extra,
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamsApp(v) => &v.extra,
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamsAppDefinition(v) => &v.extra,
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamsAppIcon(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::TeamsAppInstallation(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::TeamsAsyncOperation(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsDeviceUsageDistributionUserCounts(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsDeviceUsageUserCounts(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsDeviceUsageUserDetail(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::TeamsTab(v) => &v.extra,
            #[cfg(msgraph_beta_search_or_teams_templates)]
            Self::TeamsTemplate(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityCounts(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityDistributionUserCounts(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityUserCounts(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityUserDetail(v) => &v.extra,
            #[cfg(msgraph_beta_search_or_teamwork)]
            Self::Teamwork(v) => &v.extra,
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamworkBot(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_app_catalogs)]
            Self::TeamworkHostedContent(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::TeamworkTag(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::TeamworkTagMember(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TelecomExpenseManagementPartner(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::TemporaryAccessPassAuthenticationMethod(v) => &v.extra,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_privileged_signup_status_or_search)]
            Self::TenantSetupInfo(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::TermStoreGroup(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Relation(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Set(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Store(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Term(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditions(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditionsAcceptanceStatus(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditionsAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditionsGroupAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::TermsOfUseContainer(v) => &v.extra,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::TextClassificationRequest(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::ThreatAssessmentRequest(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::ThreatAssessmentResult(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ThumbnailSet(v) => &v.extra,
            #[cfg(msgraph_beta_search_or_security)]
            Self::TiIndicator(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::TimeCard(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::TimeOff(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffReason(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffRequest(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Todo(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::TodoTask(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::TodoTaskList(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::TokenIssuancePolicy(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::TokenLifetimePolicy(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Trending(v) => &v.extra,
            #[cfg(msgraph_beta_search_or_trust_framework)]
            Self::TrustFrameworkKeySet(v) => &v.extra,
            #[cfg(msgraph_beta_search_or_trust_framework)]
            Self::TrustFrameworkPolicy(v) => &v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRbacResourceAction(v) => &v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRbacResourceNamespace(v) => &v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRbacResourceScope(v) => &v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentMultiple(v) => &v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentSchedule(v) => &v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleDefinition(v) => &v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilitySchedule(v) => &v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &v.extra,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicy(v) => &v.extra,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyApprovalRule(v) => &v.extra,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAuthenticationContextRule(v) => &v.extra,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyEnablementRule(v) => &v.extra,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyExpirationRule(v) => &v.extra,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyNotificationRule(v) => &v.extra,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyRule(v) => &v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleScheduleBase(v) => &v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleScheduleInstanceBase(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::UnitOfMeasure(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::UnmanagedDeviceDiscoveryTask(v) => &v.extra,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::UnmuteParticipantOperation(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UnsupportedDeviceConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UnsupportedGroupPolicyExtension(v) => &v.extra,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::UpdateRecordingStatusOperation(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::UrlAssessmentRequest(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::UsageRight(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::UsedInsight(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::User(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::UserAccountInformation(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::UserActivity(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::UserAnalytics(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::UserAppInstallStatus(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::UserConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::UserConsentRequest(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::UserCredentialUsageDetails(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersion(v) => {
                &v.extra
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion(v) => {
                &v.extra
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthApplicationPerformance(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDeviceModelPerformance(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformance(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformanceDetails(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthOsVersionPerformance(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsBaseline(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsCategory(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDevicePerformance(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceScores(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupHistory(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcess(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcessPerformance(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceWithoutCloudIdentity(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsImpactingProcess(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsMetric(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsMetricHistory(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsNotAutopilotReadyDevice(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsOverview(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsRegressionSummary(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsRemoteConnection(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsResourcePerformance(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsScoreHistory(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereDevice(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereMetric(v) => &v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::UserFlowLanguageConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::UserFlowLanguagePage(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::UserInsightsSettings(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::UserInstallStateSummary(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserPfxCertificate(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::UserScopeTeamsAppInstallation(v) => &v.extra,
            #[cfg(msgraph_beta_search_or_security)]
            Self::UserSecurityProfile(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::UserSettings(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::UserTeamwork(v) => &v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Vendor(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::VirtualEndpoint(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::VpnConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::VppToken(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::VulnerableManagedDevice(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::WebAccount(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WebApp(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::Win32LobApp(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10CertificateProfileBase(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10CompliancePolicy(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10CustomConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10EasEmailProfileConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10EndpointProtectionConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem(v) => {
                &v.extra
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10GeneralConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10ImportedPfxCertificateProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10MobileCompliancePolicy(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10NetworkBoundaryConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10PfxImportCertificateProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10PkcsCertificateProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10SecureAssessmentConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10TeamGeneralConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10VpnConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XCertificateProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XscepCertificateProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XTrustedRootCertificate(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XVpnConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XWifiConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81CertificateProfileBase(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81CompliancePolicy(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81GeneralConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81ScepCertificateProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81TrustedRootCertificate(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81VpnConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81WifiImportConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsAppX(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAssignedAccessProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotDeploymentProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotDeploymentProfileAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsAutopilotDeploymentProfilePolicySetItem(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotDeviceIdentity(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotSettings(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsCertificateProfileBase(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicy(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicyAssignment(v) => {
                &v.extra
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicyDeploymentStatus(
                v,
            ) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicyDeploymentSummary(
                v,
            ) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsDeliveryOptimizationConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::WindowsDeviceMalwareState(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsDomainJoinConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsFeatureUpdateCatalogItem(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsFeatureUpdateProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsFeatureUpdateProfileAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsHealthMonitoringConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsIdentityProtectionConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::WindowsInformationProtection(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsInformationProtectionAppLearningSummary(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::WindowsInformationProtectionAppLockerFile(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsInformationProtectionDeviceRegistration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsInformationProtectionNetworkLearningSummary(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::WindowsInformationProtectionPolicy(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsInformationProtectionWipeAction(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsKioskConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsMalwareInformation(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::WindowsManagedDevice(v) => &v.extra,
            #[cfg(msgraph_beta_search)]
            Self::WindowsManagementApp(v) => &v.extra,
            #[cfg(msgraph_beta_search)]
            Self::WindowsManagementAppHealthState(v) => &v.extra,
            #[cfg(msgraph_beta_search)]
            Self::WindowsManagementAppHealthSummary(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsMicrosoftEdgeApp(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsMobileMsi(v) => &v.extra,
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::WindowsOfficeClientConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::WindowsOfficeClientSecurityConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhone81AppX(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhone81AppXBundle(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81CertificateProfileBase(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81CompliancePolicy(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81CustomConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81GeneralConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81ScepCertificateProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhone81StoreApp(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81TrustedRootCertificate(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81VpnConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhoneXap(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPrivacyDataAccessControlItem(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::WindowsProtectionState(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsQualityUpdateCatalogItem(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsQualityUpdateProfile(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsQualityUpdateProfileAssignment(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsStoreApp(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsUniversalAppX(v) => &v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsUniversalAppXContainedApp(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsUpdateCatalogItem(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsUpdateForBusinessConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsUpdateState(v) => &v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::AzureAdDevice(v) => &v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Catalog(v) => &v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::CatalogEntry(v) => &v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Deployment(v) => &v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::DeploymentAudience(v) => &v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::FeatureUpdateCatalogEntry(v) => &v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::QualityUpdateCatalogEntry(v) => &v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::SoftwareUpdateCatalogEntry(v) => &v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::UpdatableAsset(v) => &v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::UpdatableAssetGroup(v) => &v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Updates(v) => &v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Windows(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsVpnConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsWifiConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.extra,
            #[cfg(msgraph_beta_core)]
            Self::WorkPosition(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::Workbook(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookApplication(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChart(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAreaFormat(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxes(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxis(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxisFormat(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxisTitle(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxisTitleFormat(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartDataLabelFormat(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartDataLabels(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartFill(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartFont(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartGridlines(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartGridlinesFormat(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartLegend(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartLegendFormat(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartLineFormat(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartPoint(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartPointFormat(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartSeries(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartSeriesFormat(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartTitle(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartTitleFormat(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookComment(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookCommentReply(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFilter(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFormatProtection(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFunctionResult(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFunctions(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookNamedItem(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookOperation(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookPivotTable(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRange(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeBorder(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeFill(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeFont(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeFormat(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeSort(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeView(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTable(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTableColumn(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTableRow(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTableSort(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookWorksheet(v) => &v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookWorksheetProtection(v) => &v.extra,
            #[cfg(msgraph_beta_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerActivitySummary(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerActivityUserDetail(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerDeviceUsageDistributionUserCounts(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerDeviceUsageUserCounts(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerDeviceUsageUserDetail(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerGroupsActivityCounts(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerGroupsActivityDetail(v) => &v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerGroupsActivityGroupCounts(v) => &v.extra,
        }
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        match self {
            Self::Entity(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::AadUserConversationMember(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackage(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignmentPolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequest(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignmentResourceRole(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageCatalog(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResource(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceEnvironment(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceRequest(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceRole(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceRoleScope(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceScope(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageSubject(v) => &mut v.extra,
            #[cfg(msgraph_beta_access_reviews_or_search)]
            Self::AccessReview(v) => &mut v.extra,
            #[cfg(msgraph_beta_access_review_decisions_or_access_reviews_or_search)]
            Self::AccessReviewDecision(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessReviewHistoryDefinition(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::AccessReviewInstance(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::AccessReviewInstanceDecisionItem(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
            Self::AccessReviewPolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_access_reviews_or_search)]
            Self::AccessReviewReviewer(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessReviewScheduleDefinition(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessReviewSet(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Account(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ActivityHistoryItem(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::ActivityStatistics(v) => &mut v.extra,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::AdminConsentRequestPolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::AdministrativeUnit(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AdvancedThreatProtectionOnboardingDeviceSettingState(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AdvancedThreatProtectionOnboardingStateSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::AgedAccountsPayable(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::AgedAccountsReceivable(v) => &mut v.extra,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::Agreement(v) => &mut v.extra,
            #[cfg(
                msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search
            )]
            Self::AgreementAcceptance(v) => &mut v.extra,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFile(v) => &mut v.extra,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFileLocalization(v) => &mut v.extra,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFileProperties(v) => &mut v.extra,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFileVersion(v) => &mut v.extra,
            #[cfg(msgraph_beta_search_or_security)]
            Self::Alert(v) => &mut v.extra,
            #[cfg(msgraph_beta_allowed_data_locations_or_search)]
            Self::AllowedDataLocation(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidCertificateProfileBase(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidCompliancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidCustomConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_search)]
            Self::AndroidDeviceComplianceLocalActionBase(v) => &mut v.extra,
            #[cfg(msgraph_beta_search)]
            Self::AndroidDeviceComplianceLocalActionLockDevice(v) => &mut v.extra,
            #[cfg(msgraph_beta_search)]
            Self::AndroidDeviceComplianceLocalActionLockDeviceWithPasscode(v) => {
                &mut v.extra
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerCompliancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.extra
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerEnrollmentProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidEasEmailProfileConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidForWorkApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkAppConfigurationSchema(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkCertificateProfileBase(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkCompliancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkCustomConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkEnrollmentProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidForWorkMobileAppConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkPkcsCertificateProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkScepCertificateProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkSettings(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkTrustedRootCertificate(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkVpnConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidGeneralDeviceConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidImportedPfxCertificateProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidLobApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::AndroidManagedAppProtection(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedAppRegistration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidManagedStoreAccountEnterpriseSettings(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedStoreApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedStoreAppConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidManagedStoreAppConfigurationSchema(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedStoreWebApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidOmaCpConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidPkcsCertificateProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidScepCertificateProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidStoreApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidTrustedRootCertificate(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidVpnConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWiFiConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileCertificateProfileBase(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileCompliancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileCustomConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileScepCertificateProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileTrustedRootCertificate(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileVpnConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AospDeviceOwnerCompliancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AospDeviceOwnerDeviceConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AppConsentApprovalRoute(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::AppConsentRequest(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::AppLogCollectionRequest(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_app_role_assignments)]
            Self::AppRoleAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::AppScope(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AppVulnerabilityManagedDevice(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AppVulnerabilityMobileApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AppVulnerabilityTask(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleEnrollmentProfileAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleExpeditedCheckinConfigurationBase(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ApplePushNotificationCertificate(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleUserInitiatedEnrollmentProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleVpnConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::AppleVppTokenTroubleshootingEvent(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Application(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::ApplicationSignInDetailedSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::ApplicationSignInSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_application_templates_or_search)]
            Self::ApplicationTemplate(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_role_management)]
            Self::Approval(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_role_management)]
            Self::ApprovalStep(v) => &mut v.extra,
            #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
            Self::ApprovalWorkflowProvider(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::AssignmentFilterEvaluationStatusDetails(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Attachment(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_functions)]
            Self::AttributeMappingFunctionSchema(v) => &mut v.extra,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::AudioRoutingGroup(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AuditEvent(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Authentication(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::AuthenticationContextClassReference(v) => &mut v.extra,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::AuthenticationFlowsPolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::AuthenticationMethod(v) => &mut v.extra,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodConfiguration(v) => &mut v.extra,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodTarget(v) => &mut v.extra,
            #[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
            Self::AuthenticationMethodsPolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AuthenticationMethodsRoot(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::AuthorizationPolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AzureAdFeatureUsage(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AzureAdLicenseUsage(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AzureAdUserFeatureUsage(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::B2cAuthenticationMethodsPolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::B2cIdentityUserFlow(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::B2xIdentityUserFlow(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::BaseItem(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::BaseItemVersion(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::Bitlocker(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::BitlockerRecoveryKey(v) => &mut v.extra,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingAppointment(v) => &mut v.extra,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingBusiness(v) => &mut v.extra,
            #[cfg(msgraph_beta_booking_currencies_or_search)]
            Self::BookingCurrency(v) => &mut v.extra,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingCustomer(v) => &mut v.extra,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingNamedEntity(v) => &mut v.extra,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingPerson(v) => &mut v.extra,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingService(v) => &mut v.extra,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingStaffMember(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::BuiltInIdentityProvider(v) => &mut v.extra,
            #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
            Self::BusinessFlow(v) => &mut v.extra,
            #[cfg(msgraph_beta_business_flow_templates_or_search)]
            Self::BusinessFlowTemplate(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Calendar(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::CalendarGroup(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::CalendarPermission(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::CalendarSharingMessage(v) => &mut v.extra,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::Call(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::CallActivityStatistics(v) => &mut v.extra,
            #[cfg(msgraph_beta_communications_or_search)]
            Self::CallRecord(v) => &mut v.extra,
            #[cfg(msgraph_beta_communications_or_search)]
            Self::Segment(v) => &mut v.extra,
            #[cfg(msgraph_beta_communications_or_search)]
            Self::Session(v) => &mut v.extra,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::CancelMediaProcessingOperation(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CartToClassAssociation(v) => &mut v.extra,
            #[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
            Self::CertificateBasedAuthConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_teamwork)]
            Self::ChangeTrackedEntity(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Channel(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Chat(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::ChatActivityStatistics(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ChatMessage(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_app_catalogs)]
            Self::ChatMessageHostedContent(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ChromeOsOnboardingSettings(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CircularGeofenceManagementCondition(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ClaimsMappingPolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ClassificationJobResponse(v) => &mut v.extra,
            #[cfg(msgraph_beta_search_or_security)]
            Self::CloudAppSecurityProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_communications_or_search)]
            Self::CloudCommunications(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPc(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcConnectivityIssue(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcAuditEvent(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcDeviceImage(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcOnPremisesConnection(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcProvisioningPolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcProvisioningPolicyAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcUserSetting(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcUserSettingAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::ColumnDefinition(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::ColumnLink(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ComanagementEligibleDevice(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_commands)]
            Self::Command(v) => &mut v.extra,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::CommsOperation(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Company(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CompanyInformation(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ComplianceManagementPartner(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_or_policies_or_search)]
            Self::ConditionalAccessPolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::ConditionalAccessRoot(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ConfigManagerCollection(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::ConnectedOrganization(v) => &mut v.extra,
            #[cfg(msgraph_beta_search)]
            Self::ConnectionOperation(v) => &mut v.extra,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::Connector(v) => &mut v.extra,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::ConnectorGroup(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Contact(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ContactFolder(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::ContentType(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::ContinuousAccessEvaluationPolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Contract(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Conversation(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ConversationMember(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ConversationThread(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::CountryNamedLocation(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CountryRegion(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::CredentialUsageSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::CredentialUserRegistrationCount(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::CredentialUserRegistrationDetails(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Currency(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Customer(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CustomerPayment(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CustomerPaymentJournal(v) => &mut v.extra,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::DataClassificationService(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::DataLossPreventionPolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_data_policy_operations_or_search)]
            Self::DataPolicyOperation(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DataSharingConsent(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DefaultDeviceCompliancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::DefaultManagedAppProtection(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DelegatedPermissionClassification(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepEnrollmentBaseProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepEnrollmentProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepIosEnrollmentProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepMacOsEnrollmentProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepOnboardingSetting(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DetectedApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Device(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceAndAppManagementAssignmentFilter(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceAndAppManagementRoleAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceAndAppManagementRoleDefinition(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceAppManagement(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceAppManagementTask(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DeviceCategory(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DeviceComanagementAuthorityConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceActionItem(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceDeviceOverview(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceDeviceStatus(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicyAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicyDeviceStateSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_search)]
            Self::DeviceCompliancePolicyGroupAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceCompliancePolicyPolicySetItem(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicySettingStateSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DeviceCompliancePolicyState(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScheduledActionForRule(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScript(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScriptDeviceState(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScriptRunSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceSettingState(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceUserOverview(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceUserStatus(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationConflictSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationDeviceOverview(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationDeviceStateSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationDeviceStatus(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationGroupAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceConfigurationPolicySetItem(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DeviceConfigurationState(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationUserOverview(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationUserStateSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationUserStatus(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCustomAttributeShellScript(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentLimitConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScript(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScriptAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScriptDeviceState(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScriptRunSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceInstallState(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DeviceLogCollectionResponse(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagement(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAbstractComplexSettingDefinition(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAbstractComplexSettingInstance(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAutopilotEvent(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAutopilotPolicyStatusDetail(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementBooleanSettingInstance(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementCachedReportConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementCollectionSettingDefinition(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementCollectionSettingInstance(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementComplexSettingDefinition(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementComplexSettingInstance(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationCategory(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.extra
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationPolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationPolicyAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationPolicyTemplate(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSetting(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingDefinition(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.extra
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingTemplate(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.extra
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementDerivedCredentialSettings(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementDomainJoinConnector(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementExchangeConnector(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementExchangeOnPremisesPolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementExportJob(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntegerSettingInstance(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntent(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentDeviceSettingStateSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentDeviceState(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentDeviceStateSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentSettingCategory(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentUserState(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentUserStateSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementPartner(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementReportSchedule(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementReports(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementResourceAccessProfileAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementResourceAccessProfileBase(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementReusablePolicySetting(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScript(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptDeviceState(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptGroupAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceManagementScriptPolicySetItem(v) => &mut v.extra,
            #[cfg(msgraph_beta_search)]
            Self::DeviceManagementScriptRunSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptUserState(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementSettingCategory(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementSettingDefinition(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementSettingInstance(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementStringSettingInstance(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementTemplate(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementTemplateSettingCategory(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DeviceManagementTroubleshootingEvent(v) => &mut v.extra,
            #[cfg(msgraph_beta_search)]
            Self::DeviceSetupConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceShellScript(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Dimension(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::DimensionValue(v) => &mut v.extra,
            #[cfg(msgraph_beta_directory_or_search)]
            Self::Directory(v) => &mut v.extra,
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::DirectoryAudit(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryDefinition(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryObject(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryObjectPartnerReference(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryRole(v) => &mut v.extra,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::DirectoryRoleAccessReviewPolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryRoleTemplate(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_settings)]
            Self::DirectorySetting(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::DirectorySettingTemplate(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::DlpEvaluatePoliciesJobResponse(v) => &mut v.extra,
            #[cfg(msgraph_beta_search)]
            Self::Document(v) => &mut v.extra,
            #[cfg(msgraph_beta_search)]
            Self::DocumentComment(v) => &mut v.extra,
            #[cfg(msgraph_beta_search)]
            Self::DocumentCommentReply(v) => &mut v.extra,
            #[cfg(msgraph_beta_domains_or_search)]
            Self::Domain(v) => &mut v.extra,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsCnameRecord(v) => &mut v.extra,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsMxRecord(v) => &mut v.extra,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsRecord(v) => &mut v.extra,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsSrvRecord(v) => &mut v.extra,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsTxtRecord(v) => &mut v.extra,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsUnavailableRecord(v) => &mut v.extra,
            #[cfg(msgraph_beta_search_or_security)]
            Self::DomainSecurityProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::DriveItem(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::DriveItemVersion(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::EBookInstallSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EasEmailProfileConfigurationBase(v) => &mut v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::AddToReviewSetOperation(v) => &mut v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Case(v) => &mut v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::CaseExportOperation(v) => &mut v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::CaseIndexOperation(v) => &mut v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::CaseOperation(v) => &mut v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Custodian(v) => &mut v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::DataSource(v) => &mut v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::DataSourceContainer(v) => &mut v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Ediscoveryroot(v) => &mut v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::EstimateStatisticsOperation(v) => &mut v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::LegalHold(v) => &mut v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::NoncustodialDataSource(v) => &mut v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::ReviewSet(v) => &mut v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::ReviewSetQuery(v) => &mut v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::EdiscoverySettings(v) => &mut v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::SiteSource(v) => &mut v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::SourceCollection(v) => &mut v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Tag(v) => &mut v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::TagOperation(v) => &mut v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::UnifiedGroupSource(v) => &mut v.extra,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::UserSource(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EditionUpgradeConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignmentDefaults(v) => &mut v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignmentResource(v) => &mut v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignmentSettings(v) => &mut v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationCategory(v) => &mut v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationClass(v) => &mut v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationFeedbackOutcome(v) => &mut v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationOrganization(v) => &mut v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationOutcome(v) => &mut v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationPointsOutcome(v) => &mut v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationRubric(v) => &mut v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationRubricOutcome(v) => &mut v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSchool(v) => &mut v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSubmission(v) => &mut v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSubmissionResource(v) => &mut v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSynchronizationError(v) => &mut v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSynchronizationProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSynchronizationProfileStatus(v) => &mut v.extra,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationUser(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::EducationalActivity(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::EmailActivityStatistics(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailActivitySummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailActivityUserDetail(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageAppsUserCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageUserCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageUserDetail(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageVersionsUserCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::EmailAuthenticationMethod(v) => &mut v.extra,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::EmailAuthenticationMethodConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::EmailFileAssessmentRequest(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EmbeddedSimActivationCodePool(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EmbeddedSimActivationCodePoolAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EmbeddedSimDeviceState(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Employee(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Endpoint(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::EnrollmentConfigurationAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EnrollmentProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::EnrollmentRestrictionsConfigurationPolicySetItem(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::EnrollmentTroubleshootingEvent(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::EnterpriseCodeSigningCertificate(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::EntitlementManagement(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::EntitlementManagementSettings(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::EvaluateLabelJobResponse(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Event(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::EventMessage(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::EventMessageRequest(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::EventMessageResponse(v) => &mut v.extra,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchDataStore(v) => &mut v.extra,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchDataStoreBase(v) => &mut v.extra,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchJobBase(v) => &mut v.extra,
            #[cfg(msgraph_beta_search)]
            Self::ExactMatchLookupJob(v) => &mut v.extra,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchSession(v) => &mut v.extra,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchSessionBase(v) => &mut v.extra,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchUploadAgent(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Extension(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ExtensionProperty(v) => &mut v.extra,
            #[cfg(msgraph_beta_search)]
            Self::External(v) => &mut v.extra,
            #[cfg(msgraph_beta_search)]
            Self::ExternalConnection(v) => &mut v.extra,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsConnectionOperation(v) => &mut v.extra,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalConnection(v) => &mut v.extra,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalGroup(v) => &mut v.extra,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalGroupMember(v) => &mut v.extra,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalItem(v) => &mut v.extra,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsSchema(v) => &mut v.extra,
            #[cfg(msgraph_beta_search)]
            Self::ExternalGroup(v) => &mut v.extra,
            #[cfg(msgraph_beta_search)]
            Self::ExternalGroupMember(v) => &mut v.extra,
            #[cfg(msgraph_beta_search)]
            Self::ExternalItem(v) => &mut v.extra,
            #[cfg(msgraph_beta_directory_or_policies_or_search)]
            Self::FeatureRolloutPolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Fido2AuthenticationMethod(v) => &mut v.extra,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::Fido2AuthenticationMethodConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::FieldValueSet(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::FileAssessmentRequest(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::FileAttachment(v) => &mut v.extra,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::FileClassificationRequest(v) => &mut v.extra,
            #[cfg(msgraph_beta_search_or_security)]
            Self::FileSecurityProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_filter_operators)]
            Self::FilterOperatorSchema(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::FocusActivityStatistics(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::GeneralLedgerEntry(v) => &mut v.extra,
            #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
            Self::GovernancePolicyTemplate(v) => &mut v.extra,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceResource(v) => &mut v.extra,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleAssignment(v) => &mut v.extra,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleAssignmentRequest(v) => &mut v.extra,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleDefinition(v) => &mut v.extra,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleSetting(v) => &mut v.extra,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_5_more_80
            )]
            Self::GovernanceSubject(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Group(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
            Self::GroupLifecyclePolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyCategory(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyConfigurationAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyDefinition(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyDefinitionFile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyDefinitionValue(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyMigrationReport(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyObjectFile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyOperation(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentation(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationCheckBox(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationComboBox(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationDecimalTextBox(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationDropdownList(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationListBox(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationLongDecimalTextBox(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationMultiTextBox(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationText(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationTextBox(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValue(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueBoolean(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueDecimal(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueList(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueLongDecimal(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueMultiText(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueText(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicySettingMapping(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyUploadedDefinitionFile(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_search_or_security)]
            Self::HostSecurityProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityApiConnector(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityBuiltInUserFlowAttribute(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityCustomUserFlowAttribute(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_providers_or_search)]
            Self::IdentityProvider(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityProviderBase(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityUserFlow(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityUserFlowAttribute(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityUserFlowAttributeAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedAppleDeviceIdentity(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedAppleDeviceIdentityResult(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedDeviceIdentity(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedDeviceIdentityResult(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedWindowsAutopilotDeviceIdentity(v) => &mut v.extra,
            #[cfg(msgraph_beta_search)]
            Self::ImportedWindowsAutopilotDeviceIdentityUpload(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::InferenceClassification(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::InferenceClassificationOverride(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::InformationProtection(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::InformationProtectionLabel(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::InformationProtectionPolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IntuneBrandingProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IntuneBrandingProfileAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_invitations_or_search)]
            Self::Invitation(v) => &mut v.extra,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::InviteParticipantsOperation(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCertificateProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCertificateProfileBase(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCompliancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCustomConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEasEmailProfileConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEduDeviceConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEducationDeviceConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosExpeditedCheckinConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosGeneralDeviceConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosImportedPfxCertificateProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobAppProvisioningConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobAppProvisioningConfigurationAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobAppProvisioningConfigurationPolicySetItem(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::IosManagedAppProtection(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosManagedAppRegistration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosMobileAppConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosPkcsCertificateProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosScepCertificateProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosStoreApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosTrustedRootCertificate(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosUpdateConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosUpdateDeviceStatus(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosVpnConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppAppAssignedDeviceLicense(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppAppAssignedLicense(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppAppAssignedUserLicense(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppEBook(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppEBookAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosWiFiConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosikEv2VpnConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IpNamedLocation(v) => &mut v.extra,
            #[cfg(msgraph_beta_search_or_security)]
            Self::IpSecurityProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Item(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ItemActivity(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ItemActivityOld(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ItemActivityStat(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ItemAddress(v) => &mut v.extra,
            #[cfg(msgraph_beta_search)]
            Self::ItemAnalytics(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ItemAttachment(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::ItemCategory(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ItemEmail(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ItemFacet(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ItemInsights(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ItemInsightsSettings(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ItemPatent(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ItemPhone(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ItemPublication(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::JobResponseBase(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Journal(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::JournalLine(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::LanguageProficiency(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::LicenseDetails(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::LinkedResource(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ListItem(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ListItemVersion(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::LocalizedNotificationMessage(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::LocationManagementCondition(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::LongRunningOperation(v) => &mut v.extra,
            #[cfg(msgraph_beta_search)]
            Self::LookupResultRow(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCertificateProfileBase(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCompliancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCustomAppConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCustomConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsEndpointProtectionConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsExtensionsConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsGeneralDeviceConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsImportedPfxCertificateProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsLobApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsMdatpApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsOfficeSuiteApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsPkcsCertificateProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsScepCertificateProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateAccountSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateCategorySummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateStateSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsTrustedRootCertificate(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsVpnConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsWiFiConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsWiredNetworkConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsVppApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsVppAppAssignedLicense(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::MailAssessmentRequest(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::MailFolder(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::MailSearchFolder(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageDetail(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageMailboxCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageQuotaStatusMailboxCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageStorage(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MalwareStateForWindowsDevice(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagedAllDeviceCertificateState(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAndroidLobApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAndroidStoreApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppOperation(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppPolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppPolicyDeploymentSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppProtection(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppProtectionPolicySetItem(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppRegistration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppStatus(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppStatusRaw(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ManagedDevice(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagedDeviceCertificateState(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagedDeviceEncryptionState(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceStatus(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationPolicySetItem(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ManagedDeviceMobileAppConfigurationState(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserStatus(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_search)]
            Self::ManagedDeviceOverview(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedEBook(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedEBookAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedEBookCategory(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedIosLobApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedIosStoreApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedMobileApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedMobileLobApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::AggregatedPolicyCompliance(v) => &mut v.extra,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::CloudPcConnection(v) => &mut v.extra,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::CloudPcDevice(v) => &mut v.extra,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ConditionalAccessPolicyCoverage(v) => &mut v.extra,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::CredentialUserRegistrationsSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsDeviceCompliancePolicySettingStateSummary(v) => {
                &mut v.extra
            }
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedDeviceCompliance(v) => &mut v.extra,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedDeviceComplianceTrend(v) => &mut v.extra,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenant(v) => &mut v.extra,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsRiskyUser(v) => &mut v.extra,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsWindowsDeviceMalwareState(v) => &mut v.extra,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsWindowsProtectionState(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagementCondition(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagementConditionStatement(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MdmWindowsInformationProtectionPolicyPolicySetItem(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::MeetingActivityStatistics(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_app_or_communications)]
            Self::MeetingAttendanceReport(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Mention(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Message(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::MessageRule(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => &mut v.extra,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(v) => {
                &mut v.extra
            }
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MicrosoftStoreForBusinessContainedApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelHealthThreshold(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelServer(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelServerLogCollectionResponse(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelSite(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppCategory(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppContent(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppContentFile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppDependency(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppInstallStatus(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppInstallSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::MobileAppIntentAndState(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppPolicySetItem(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppProvisioningConfigGroupAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppRelationship(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppSupersedence(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::MobileAppTroubleshootingEvent(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileContainedApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileLobApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MobileThreatDefenseConnector(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::MultiValueLegacyExtendedProperty(v) => &mut v.extra,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::MuteParticipantOperation(v) => &mut v.extra,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::MuteParticipantsOperation(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::NamedLocation(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NdesConnector(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NetworkManagementCondition(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Note(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Notebook(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Notification(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NotificationMessageTemplate(v) => &mut v.extra,
            #[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
            Self::OAuth2PermissionGrant(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::OfferShiftRequest(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActivationCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActivationsUserCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActivationsUserDetail(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActiveUserCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActiveUserDetail(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityDetail(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityFileCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityGroupCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityStorage(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ServicesUserCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::OfficeClientConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::OfficeClientConfigurationAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::OfficeGraphInsights(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::OfficeSuiteApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::OnPremisesAgent(v) => &mut v.extra,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::OnPremisesAgentGroup(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::OnPremisesConditionalAccessSettings(v) => &mut v.extra,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::OnPremisesPublishingProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveActivityUserDetail(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveUsageAccountCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveUsageAccountDetail(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveUsageFileCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Onenote(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteEntityBaseModel(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteEntityHierarchyModel(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteEntitySchemaObjectModel(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteOperation(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenotePage(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteResource(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteSection(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_app_or_communications)]
            Self::OnlineMeeting(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::OpenIdConnectIdentityProvider(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_providers_or_search)]
            Self::OpenIdConnectProvider(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::OpenShift(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::OpenShiftChangeRequest(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::OpenTypeExtension(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Operation(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::OrgContact(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Organization(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::OrganizationSettings(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_branding)]
            Self::OrganizationalBranding(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_branding)]
            Self::OrganizationalBrandingLocalization(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_branding)]
            Self::OrganizationalBrandingProperties(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::OutlookCategory(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::OutlookItem(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::OutlookTask(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::OutlookTaskFolder(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::OutlookTaskGroup(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::OutlookUser(v) => &mut v.extra,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::Participant(v) => &mut v.extra,
            #[cfg(msgraph_beta_search)]
            Self::ParticipantJoiningNotification(v) => &mut v.extra,
            #[cfg(msgraph_beta_search)]
            Self::ParticipantLeftNotification(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::PasswordAuthenticationMethod(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::PasswordlessMicrosoftAuthenticatorAuthenticationMethod(v) => {
                &mut v.extra
            }
            #[cfg(msgraph_beta_payload_response_or_search)]
            Self::PayloadResponse(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PaymentMethod(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PaymentTerm(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::Permission(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::PermissionGrantConditionSet(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::PermissionGrantPolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Person(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::PersonAnnotation(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::PersonAnnualEvent(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::PersonAward(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::PersonCertification(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::PersonExtension(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::PersonInterest(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::PersonName(v) => &mut v.extra,
            #[cfg(msgraph_beta_search)]
            Self::PersonResponsibility(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::PersonWebsite(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::PhoneAuthenticationMethod(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Picture(v) => &mut v.extra,
            #[cfg(msgraph_beta_places_or_search)]
            Self::Place(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerAssignedToTaskBoardTaskFormat(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerBucket(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerBucketTaskBoardTaskFormat(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerDelta(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::PlannerGroup(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerPlan(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerPlanDetails(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerProgressTaskBoardTaskFormat(v) => &mut v.extra,
            #[cfg(msgraph_beta_planner_or_search)]
            Self::PlannerRoster(v) => &mut v.extra,
            #[cfg(msgraph_beta_planner_or_search)]
            Self::PlannerRosterMember(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerTask(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerTaskDetails(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerUser(v) => &mut v.extra,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::PlayPromptOperation(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::PolicyBase(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::PolicySet(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::PolicySetAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::PolicySetItem(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Post(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_communications)]
            Self::Presence(v) => &mut v.extra,
            #[cfg(msgraph_beta_search)]
            Self::Presentation(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintConnector(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintDocument(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintJob(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintOperation(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintService(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintServiceEndpoint(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintTask(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintTaskDefinition(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintTaskTrigger(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::PrintUsage(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::PrintUsageByPrinter(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::PrintUsageByUser(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_search)]
            Self::Printer(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrinterBase(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrinterCreateOperation(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrinterShare(v) => &mut v.extra,
            #[cfg(msgraph_beta_privileged_access_or_search)]
            Self::PrivilegedAccess(v) => &mut v.extra,
            #[cfg(msgraph_beta_privileged_approval_or_search)]
            Self::PrivilegedApproval(v) => &mut v.extra,
            #[cfg(msgraph_beta_privileged_operation_events_or_search)]
            Self::PrivilegedOperationEvent(v) => &mut v.extra,
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRole(v) => &mut v.extra,
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRoleAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_privileged_role_assignment_requests_or_search)]
            Self::PrivilegedRoleAssignmentRequest(v) => &mut v.extra,
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRoleSettings(v) => &mut v.extra,
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRoleSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_privileged_signup_status_or_search)]
            Self::PrivilegedSignupStatus(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Profile(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ProfileCardProperty(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ProfilePhoto(v) => &mut v.extra,
            #[cfg(msgraph_beta_program_controls_or_programs_or_search)]
            Self::Program(v) => &mut v.extra,
            #[cfg(msgraph_beta_program_controls_or_programs_or_search)]
            Self::ProgramControl(v) => &mut v.extra,
            #[cfg(msgraph_beta_program_control_types_or_search)]
            Self::ProgramControlType(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ProjectParticipation(v) => &mut v.extra,
            #[cfg(msgraph_beta_search_or_security)]
            Self::ProviderTenantSetting(v) => &mut v.extra,
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::ProvisioningObjectSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::PublishedResource(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PurchaseInvoice(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PurchaseInvoiceLine(v) => &mut v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::RbacApplication(v) => &mut v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::RbacApplicationMultiple(v) => &mut v.extra,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::RecordOperation(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ReferenceAttachment(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::RegionalAndLanguageSettings(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::RelyingPartyDetailedSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RemoteActionAudit(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RemoteAssistancePartner(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::ReportRoot(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_role_management)]
            Self::Request(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ResourceOperation(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ResourceSpecificPermissionGrant(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RestrictedAppsViolation(v) => &mut v.extra,
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::RestrictedSignIn(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_protection_or_risk_detections_or_search)]
            Self::RiskDetection(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
            Self::RiskyUser(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
            Self::RiskyUserHistoryItem(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleDefinition(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleScopeTag(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleScopeTagAutoAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_places_or_search)]
            Self::Room(v) => &mut v.extra,
            #[cfg(msgraph_beta_places_or_search)]
            Self::RoomList(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesCreditMemo(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesCreditMemoLine(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesInvoice(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesInvoiceLine(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesOrder(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesOrderLine(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesQuote(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesQuoteLine(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Schedule(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ScheduleChangeRequest(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::SchedulingGroup(v) => &mut v.extra,
            #[cfg(msgraph_beta_search)]
            Self::Schema(v) => &mut v.extra,
            #[cfg(msgraph_beta_schema_extensions_or_search)]
            Self::SchemaExtension(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_scoped_role_memberships)]
            Self::ScopedRoleMembership(v) => &mut v.extra,
            #[cfg(msgraph_beta_search)]
            Self::SearchEntity(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SectionGroup(v) => &mut v.extra,
            #[cfg(msgraph_beta_search_or_security)]
            Self::SecureScore(v) => &mut v.extra,
            #[cfg(msgraph_beta_search_or_security)]
            Self::SecureScoreControlProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_search_or_security)]
            Self::SecurityAction(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineCategoryStateSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineDeviceState(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::SecurityBaselineSettingState(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::SecurityBaselineState(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineStateSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineTemplate(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::SecurityConfigurationTask(v) => &mut v.extra,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::SensitiveType(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::SensitivityLabel(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::SensitivityPolicySettings(v) => &mut v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceAnnouncement(v) => &mut v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceAnnouncementBase(v) => &mut v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceHealth(v) => &mut v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceHealthIssue(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ServicePrincipal(v) => &mut v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceUpdateMessage(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SettingStateDeviceSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointActivityPages(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointActivityUserCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointActivityUserDetail(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsageDetail(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsageFileCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsagePages(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsageSiteCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(v) => &mut v.extra,
            #[cfg(msgraph_beta_directory_or_search)]
            Self::SharedEmailDomain(v) => &mut v.extra,
            #[cfg(msgraph_beta_domains_or_search)]
            Self::SharedEmailDomainInvitation(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::SharedInsight(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SharedPcConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Shift(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::ShiftPreferences(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::ShipmentMethod(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::SideLoadingKey(v) => &mut v.extra,
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::SignIn(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::SingleValueLegacyExtendedProperty(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SiteActivitySummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SiteUsageStorage(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::SkillProficiency(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessActivityCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessActivityUserCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessActivityUserDetail(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessDeviceUsageDistributionUserCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessDeviceUsageUserCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessDeviceUsageUserDetail(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessOrganizerActivityCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessOrganizerActivityMinuteCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessOrganizerActivityUserCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessParticipantActivityCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessParticipantActivityMinuteCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessParticipantActivityUserCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessPeerToPeerActivityCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessPeerToPeerActivityMinuteCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessPeerToPeerActivityUserCounts(v) => &mut v.extra,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodConfiguration(v) => &mut v.extra,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodTarget(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::SocialIdentityProvider(v) => &mut v.extra,
            #[cfg(msgraph_beta_search)]
            Self::SoftwareUpdateStatusSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::StsPolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::SubscribeToToneOperation(v) => &mut v.extra,
            #[cfg(msgraph_beta_search_or_subscribed_skus)]
            Self::SubscribedSku(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_3_more)]
            Self::Subscription(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::SwapShiftsChangeRequest(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::SymantecCodeSigningCertificate(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Synchronization(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::SynchronizationJob(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::SynchronizationSchema(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::SynchronizationTemplate(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::TargetedManagedAppConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::TargetedManagedAppConfigurationPolicySetItem(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::TargetedManagedAppPolicyAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::TargetedManagedAppProtection(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::TaxArea(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::TaxGroup(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Team(v) => &mut v.extra,
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamsApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamsAppDefinition(v) => &mut v.extra,
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamsAppIcon(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::TeamsAppInstallation(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::TeamsAsyncOperation(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsDeviceUsageDistributionUserCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsDeviceUsageUserCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsDeviceUsageUserDetail(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::TeamsTab(v) => &mut v.extra,
            #[cfg(msgraph_beta_search_or_teams_templates)]
            Self::TeamsTemplate(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityDistributionUserCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityUserCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityUserDetail(v) => &mut v.extra,
            #[cfg(msgraph_beta_search_or_teamwork)]
            Self::Teamwork(v) => &mut v.extra,
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamworkBot(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_app_catalogs)]
            Self::TeamworkHostedContent(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::TeamworkTag(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::TeamworkTagMember(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TelecomExpenseManagementPartner(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::TemporaryAccessPassAuthenticationMethod(v) => &mut v.extra,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_privileged_signup_status_or_search)]
            Self::TenantSetupInfo(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::TermStoreGroup(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Relation(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Set(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Store(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Term(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditions(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditionsAcceptanceStatus(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditionsAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditionsGroupAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::TermsOfUseContainer(v) => &mut v.extra,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::TextClassificationRequest(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::ThreatAssessmentRequest(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::ThreatAssessmentResult(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ThumbnailSet(v) => &mut v.extra,
            #[cfg(msgraph_beta_search_or_security)]
            Self::TiIndicator(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::TimeCard(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::TimeOff(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffReason(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffRequest(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Todo(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::TodoTask(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::TodoTaskList(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::TokenIssuancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::TokenLifetimePolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Trending(v) => &mut v.extra,
            #[cfg(msgraph_beta_search_or_trust_framework)]
            Self::TrustFrameworkKeySet(v) => &mut v.extra,
            #[cfg(msgraph_beta_search_or_trust_framework)]
            Self::TrustFrameworkPolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRbacResourceAction(v) => &mut v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRbacResourceNamespace(v) => &mut v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRbacResourceScope(v) => &mut v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentMultiple(v) => &mut v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentSchedule(v) => &mut v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &mut v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &mut v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleDefinition(v) => &mut v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilitySchedule(v) => &mut v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &mut v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &mut v.extra,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyApprovalRule(v) => &mut v.extra,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAuthenticationContextRule(v) => &mut v.extra,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyEnablementRule(v) => &mut v.extra,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyExpirationRule(v) => &mut v.extra,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyNotificationRule(v) => &mut v.extra,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyRule(v) => &mut v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleScheduleBase(v) => &mut v.extra,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleScheduleInstanceBase(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::UnitOfMeasure(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::UnmanagedDeviceDiscoveryTask(v) => &mut v.extra,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::UnmuteParticipantOperation(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UnsupportedDeviceConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UnsupportedGroupPolicyExtension(v) => &mut v.extra,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::UpdateRecordingStatusOperation(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::UrlAssessmentRequest(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::UsageRight(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::UsedInsight(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::User(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::UserAccountInformation(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::UserActivity(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::UserAnalytics(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::UserAppInstallStatus(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::UserConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::UserConsentRequest(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::UserCredentialUsageDetails(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersion(v) => {
                &mut v.extra
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion(v) => {
                &mut v.extra
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthApplicationPerformance(v) => {
                &mut v.extra
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDeviceModelPerformance(v) => {
                &mut v.extra
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformance(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformanceDetails(v) => {
                &mut v.extra
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthOsVersionPerformance(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsBaseline(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsCategory(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDevicePerformance(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceScores(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupHistory(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcess(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcessPerformance(v) => {
                &mut v.extra
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceWithoutCloudIdentity(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsImpactingProcess(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsMetric(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsMetricHistory(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsNotAutopilotReadyDevice(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsOverview(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsRegressionSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsRemoteConnection(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsResourcePerformance(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsScoreHistory(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereDevice(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereMetric(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::UserFlowLanguageConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::UserFlowLanguagePage(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::UserInsightsSettings(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::UserInstallStateSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserPfxCertificate(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::UserScopeTeamsAppInstallation(v) => &mut v.extra,
            #[cfg(msgraph_beta_search_or_security)]
            Self::UserSecurityProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::UserSettings(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::UserTeamwork(v) => &mut v.extra,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Vendor(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::VirtualEndpoint(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::VpnConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::VppToken(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::VulnerableManagedDevice(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::WebAccount(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WebApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::Win32LobApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10CertificateProfileBase(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10CompliancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10CustomConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10EasEmailProfileConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10EndpointProtectionConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem(v) => {
                &mut v.extra
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10GeneralConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10ImportedPfxCertificateProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10MobileCompliancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10NetworkBoundaryConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10PfxImportCertificateProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10PkcsCertificateProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10SecureAssessmentConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10TeamGeneralConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10VpnConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XCertificateProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XscepCertificateProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XTrustedRootCertificate(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XVpnConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XWifiConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81CertificateProfileBase(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81CompliancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81GeneralConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81ScepCertificateProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81TrustedRootCertificate(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81VpnConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81WifiImportConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsAppX(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAssignedAccessProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotDeploymentProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotDeploymentProfileAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsAutopilotDeploymentProfilePolicySetItem(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotDeviceIdentity(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotSettings(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsCertificateProfileBase(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicyAssignment(v) => {
                &mut v.extra
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicyDeploymentStatus(
                v,
            ) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicyDeploymentSummary(
                v,
            ) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsDeliveryOptimizationConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::WindowsDeviceMalwareState(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsDomainJoinConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsFeatureUpdateCatalogItem(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsFeatureUpdateProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsFeatureUpdateProfileAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsHealthMonitoringConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsIdentityProtectionConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::WindowsInformationProtection(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsInformationProtectionAppLearningSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::WindowsInformationProtectionAppLockerFile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsInformationProtectionDeviceRegistration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsInformationProtectionNetworkLearningSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::WindowsInformationProtectionPolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsInformationProtectionWipeAction(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsKioskConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsMalwareInformation(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::WindowsManagedDevice(v) => &mut v.extra,
            #[cfg(msgraph_beta_search)]
            Self::WindowsManagementApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_search)]
            Self::WindowsManagementAppHealthState(v) => &mut v.extra,
            #[cfg(msgraph_beta_search)]
            Self::WindowsManagementAppHealthSummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsMobileMsi(v) => &mut v.extra,
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::WindowsOfficeClientConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::WindowsOfficeClientSecurityConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhone81AppX(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhone81AppXBundle(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81CertificateProfileBase(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81CompliancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81CustomConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81GeneralConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81ScepCertificateProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhone81StoreApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81TrustedRootCertificate(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhoneXap(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPrivacyDataAccessControlItem(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::WindowsProtectionState(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsQualityUpdateCatalogItem(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsQualityUpdateProfile(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsQualityUpdateProfileAssignment(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsStoreApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsUniversalAppX(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsUniversalAppXContainedApp(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsUpdateCatalogItem(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsUpdateForBusinessConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsUpdateState(v) => &mut v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::AzureAdDevice(v) => &mut v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Catalog(v) => &mut v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::CatalogEntry(v) => &mut v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Deployment(v) => &mut v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::DeploymentAudience(v) => &mut v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::FeatureUpdateCatalogEntry(v) => &mut v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::QualityUpdateCatalogEntry(v) => &mut v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::SoftwareUpdateCatalogEntry(v) => &mut v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::UpdatableAsset(v) => &mut v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::UpdatableAssetGroup(v) => &mut v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Updates(v) => &mut v.extra,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Windows(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsVpnConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsWifiConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_beta_core)]
            Self::WorkPosition(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::Workbook(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookApplication(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChart(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAreaFormat(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxes(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxis(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxisFormat(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxisTitle(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxisTitleFormat(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartDataLabelFormat(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartDataLabels(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartFill(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartFont(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartGridlines(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartGridlinesFormat(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartLegend(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartLegendFormat(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartLineFormat(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartPoint(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartPointFormat(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartSeries(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartSeriesFormat(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartTitle(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartTitleFormat(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookComment(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookCommentReply(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFilter(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFormatProtection(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFunctionResult(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFunctions(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookNamedItem(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookOperation(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookPivotTable(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRange(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeBorder(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeFill(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeFont(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeFormat(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeSort(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeView(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTable(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTableColumn(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTableRow(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTableSort(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookWorksheet(v) => &mut v.extra,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookWorksheetProtection(v) => &mut v.extra,
            #[cfg(msgraph_beta_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerActivitySummary(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerActivityUserDetail(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerDeviceUsageDistributionUserCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerDeviceUsageUserCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerDeviceUsageUserDetail(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerGroupsActivityCounts(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerGroupsActivityDetail(v) => &mut v.extra,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerGroupsActivityGroupCounts(v) => &mut v.extra,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Entity(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::AadUserConversationMember(v) => &v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackage(v) => &v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignment(v) => &v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignmentPolicy(v) => &v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequest(v) => &v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignmentResourceRole(v) => &v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageCatalog(v) => &v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResource(v) => &v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceEnvironment(v) => &v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceRequest(v) => &v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceRole(v) => &v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceRoleScope(v) => &v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceScope(v) => &v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageSubject(v) => &v.id,
            #[cfg(msgraph_beta_access_reviews_or_search)]
            Self::AccessReview(v) => &v.id,
            #[cfg(msgraph_beta_access_review_decisions_or_access_reviews_or_search)]
            Self::AccessReviewDecision(v) => &v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessReviewHistoryDefinition(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::AccessReviewInstance(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::AccessReviewInstanceDecisionItem(v) => &v.id,
            #[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
            Self::AccessReviewPolicy(v) => &v.id,
            #[cfg(msgraph_beta_access_reviews_or_search)]
            Self::AccessReviewReviewer(v) => &v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessReviewScheduleDefinition(v) => &v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessReviewSet(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Account(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::ActivityBasedTimeoutPolicy(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::ActivityHistoryItem(v) => &v.id,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::ActivityStatistics(v) => &v.id,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::AdminConsentRequestPolicy(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::AdministrativeUnit(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AdvancedThreatProtectionOnboardingDeviceSettingState(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AdvancedThreatProtectionOnboardingStateSummary(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::AgedAccountsPayable(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::AgedAccountsReceivable(v) => &v.id,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::Agreement(v) => &v.id,
            #[cfg(
                msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search
            )]
            Self::AgreementAcceptance(v) => &v.id,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFile(v) => &v.id,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFileLocalization(v) => &v.id,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFileProperties(v) => &v.id,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFileVersion(v) => &v.id,
            #[cfg(msgraph_beta_search_or_security)]
            Self::Alert(v) => &v.id,
            #[cfg(msgraph_beta_allowed_data_locations_or_search)]
            Self::AllowedDataLocation(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidCertificateProfileBase(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidCompliancePolicy(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidCustomConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_search)]
            Self::AndroidDeviceComplianceLocalActionBase(v) => &v.id,
            #[cfg(msgraph_beta_search)]
            Self::AndroidDeviceComplianceLocalActionLockDevice(v) => &v.id,
            #[cfg(msgraph_beta_search)]
            Self::AndroidDeviceComplianceLocalActionLockDeviceWithPasscode(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerCompliancePolicy(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &v.id
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerEnrollmentProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidEasEmailProfileConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidEnterpriseWiFiConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidForWorkApp(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkAppConfigurationSchema(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkCertificateProfileBase(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkCompliancePolicy(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkCustomConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkEasEmailProfileBase(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkEnrollmentProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkGmailEasConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidForWorkMobileAppConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkPkcsCertificateProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkScepCertificateProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkSettings(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkTrustedRootCertificate(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkVpnConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkWiFiConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidGeneralDeviceConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidImportedPfxCertificateProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidLobApp(v) => &v.id,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::AndroidManagedAppProtection(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedAppRegistration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidManagedStoreAccountEnterpriseSettings(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedStoreApp(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedStoreAppConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidManagedStoreAppConfigurationSchema(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedStoreWebApp(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidOmaCpConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidPkcsCertificateProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidScepCertificateProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidStoreApp(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidTrustedRootCertificate(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidVpnConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWiFiConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileCertificateProfileBase(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileCompliancePolicy(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileCustomConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileScepCertificateProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileTrustedRootCertificate(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileVpnConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileWiFiConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AospDeviceOwnerCompliancePolicy(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AospDeviceOwnerDeviceConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AppConsentApprovalRoute(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::AppConsentRequest(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::AppLogCollectionRequest(v) => &v.id,
            #[cfg(msgraph_beta_core_or_app_role_assignments)]
            Self::AppRoleAssignment(v) => &v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::AppScope(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AppVulnerabilityManagedDevice(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AppVulnerabilityMobileApp(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AppVulnerabilityTask(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleEnrollmentProfileAssignment(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleExpeditedCheckinConfigurationBase(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ApplePushNotificationCertificate(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleUserInitiatedEnrollmentProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleVpnConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::AppleVppTokenTroubleshootingEvent(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::Application(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::ApplicationSignInDetailedSummary(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::ApplicationSignInSummary(v) => &v.id,
            #[cfg(msgraph_beta_application_templates_or_search)]
            Self::ApplicationTemplate(v) => &v.id,
            #[cfg(msgraph_beta_core_or_role_management)]
            Self::Approval(v) => &v.id,
            #[cfg(msgraph_beta_core_or_role_management)]
            Self::ApprovalStep(v) => &v.id,
            #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
            Self::ApprovalWorkflowProvider(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::AssignmentFilterEvaluationStatusDetails(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::Attachment(v) => &v.id,
            #[cfg(msgraph_beta_core_or_functions)]
            Self::AttributeMappingFunctionSchema(v) => &v.id,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::AudioRoutingGroup(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AuditEvent(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::Authentication(v) => &v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::AuthenticationContextClassReference(v) => &v.id,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::AuthenticationFlowsPolicy(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::AuthenticationMethod(v) => &v.id,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodConfiguration(v) => &v.id,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodTarget(v) => &v.id,
            #[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
            Self::AuthenticationMethodsPolicy(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AuthenticationMethodsRoot(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::AuthorizationPolicy(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AzureAdFeatureUsage(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AzureAdLicenseUsage(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AzureAdUserFeatureUsage(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => &v.id,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::B2cAuthenticationMethodsPolicy(v) => &v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::B2cIdentityUserFlow(v) => &v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::B2xIdentityUserFlow(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::BaseItem(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::BaseItemVersion(v) => &v.id,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::Bitlocker(v) => &v.id,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::BitlockerRecoveryKey(v) => &v.id,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingAppointment(v) => &v.id,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingBusiness(v) => &v.id,
            #[cfg(msgraph_beta_booking_currencies_or_search)]
            Self::BookingCurrency(v) => &v.id,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingCustomer(v) => &v.id,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingNamedEntity(v) => &v.id,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingPerson(v) => &v.id,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingService(v) => &v.id,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingStaffMember(v) => &v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::BuiltInIdentityProvider(v) => &v.id,
            #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
            Self::BusinessFlow(v) => &v.id,
            #[cfg(msgraph_beta_business_flow_templates_or_search)]
            Self::BusinessFlowTemplate(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::Calendar(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::CalendarGroup(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::CalendarPermission(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::CalendarSharingMessage(v) => &v.id,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::Call(v) => &v.id,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::CallActivityStatistics(v) => &v.id,
            #[cfg(msgraph_beta_communications_or_search)]
            Self::CallRecord(v) => &v.id,
            #[cfg(msgraph_beta_communications_or_search)]
            Self::Segment(v) => &v.id,
            #[cfg(msgraph_beta_communications_or_search)]
            Self::Session(v) => &v.id,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::CancelMediaProcessingOperation(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CartToClassAssociation(v) => &v.id,
            #[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
            Self::CertificateBasedAuthConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_core_or_teamwork)]
            Self::ChangeTrackedEntity(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::Channel(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::Chat(v) => &v.id,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::ChatActivityStatistics(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::ChatMessage(v) => &v.id,
            #[cfg(msgraph_beta_core_or_app_catalogs)]
            Self::ChatMessageHostedContent(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ChromeOsOnboardingSettings(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CircularGeofenceManagementCondition(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::ClaimsMappingPolicy(v) => &v.id,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ClassificationJobResponse(v) => &v.id,
            #[cfg(msgraph_beta_search_or_security)]
            Self::CloudAppSecurityProfile(v) => &v.id,
            #[cfg(msgraph_beta_communications_or_search)]
            Self::CloudCommunications(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPc(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcConnectivityIssue(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcAuditEvent(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcDeviceImage(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcOnPremisesConnection(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcProvisioningPolicy(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcProvisioningPolicyAssignment(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcUserSetting(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcUserSettingAssignment(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::ColumnDefinition(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::ColumnLink(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ComanagementEligibleDevice(v) => &v.id,
            #[cfg(msgraph_beta_core_or_commands)]
            Self::Command(v) => &v.id,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::CommsOperation(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Company(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CompanyInformation(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ComplianceManagementPartner(v) => &v.id,
            #[cfg(msgraph_beta_identity_or_policies_or_search)]
            Self::ConditionalAccessPolicy(v) => &v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::ConditionalAccessRoot(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ConfigManagerCollection(v) => &v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::ConnectedOrganization(v) => &v.id,
            #[cfg(msgraph_beta_search)]
            Self::ConnectionOperation(v) => &v.id,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::Connector(v) => &v.id,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::ConnectorGroup(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::Contact(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::ContactFolder(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::ContentType(v) => &v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::ContinuousAccessEvaluationPolicy(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::Contract(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::Conversation(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::ConversationMember(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::ConversationThread(v) => &v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::CountryNamedLocation(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CountryRegion(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::CredentialUsageSummary(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::CredentialUserRegistrationCount(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::CredentialUserRegistrationDetails(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Currency(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Customer(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CustomerPayment(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CustomerPaymentJournal(v) => &v.id,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::DataClassificationService(v) => &v.id,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::DataLossPreventionPolicy(v) => &v.id,
            #[cfg(msgraph_beta_data_policy_operations_or_search)]
            Self::DataPolicyOperation(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DataSharingConsent(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DefaultDeviceCompliancePolicy(v) => &v.id,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::DefaultManagedAppProtection(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::DelegatedPermissionClassification(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepEnrollmentBaseProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepEnrollmentProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepIosEnrollmentProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepMacOsEnrollmentProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepOnboardingSetting(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DetectedApp(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::Device(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceAndAppManagementAssignmentFilter(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceAndAppManagementRoleAssignment(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceAndAppManagementRoleDefinition(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceAppManagement(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceAppManagementTask(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::DeviceCategory(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::DeviceComanagementAuthorityConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceActionItem(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceDeviceOverview(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceDeviceStatus(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicy(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicyAssignment(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicyDeviceStateSummary(v) => &v.id,
            #[cfg(msgraph_beta_search)]
            Self::DeviceCompliancePolicyGroupAssignment(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceCompliancePolicyPolicySetItem(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicySettingStateSummary(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::DeviceCompliancePolicyState(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScheduledActionForRule(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScript(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScriptDeviceState(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScriptRunSummary(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceSettingState(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceUserOverview(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceUserStatus(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationAssignment(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationConflictSummary(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationDeviceOverview(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationDeviceStateSummary(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationDeviceStatus(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationGroupAssignment(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceConfigurationPolicySetItem(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::DeviceConfigurationState(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationUserOverview(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationUserStateSummary(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationUserStatus(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCustomAttributeShellScript(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentLimitConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScript(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScriptAssignment(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScriptDeviceState(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScriptRunSummary(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceInstallState(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::DeviceLogCollectionResponse(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagement(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAbstractComplexSettingDefinition(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAbstractComplexSettingInstance(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAutopilotEvent(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAutopilotPolicyStatusDetail(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementBooleanSettingInstance(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementCachedReportConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementCollectionSettingDefinition(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementCollectionSettingInstance(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementComplexSettingDefinition(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementComplexSettingInstance(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationCategory(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &v.id
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationPolicy(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationPolicyAssignment(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationPolicyTemplate(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSetting(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingDefinition(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &v.id
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingTemplate(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &v.id
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementDerivedCredentialSettings(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementDomainJoinConnector(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementExchangeConnector(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementExchangeOnPremisesPolicy(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementExportJob(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntegerSettingInstance(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntent(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentAssignment(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentDeviceSettingStateSummary(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentDeviceState(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentDeviceStateSummary(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentSettingCategory(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentUserState(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentUserStateSummary(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementPartner(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementReportSchedule(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementReports(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementResourceAccessProfileAssignment(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementResourceAccessProfileBase(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementReusablePolicySetting(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScript(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptAssignment(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptDeviceState(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptGroupAssignment(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceManagementScriptPolicySetItem(v) => &v.id,
            #[cfg(msgraph_beta_search)]
            Self::DeviceManagementScriptRunSummary(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptUserState(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementSettingCategory(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementSettingDefinition(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementSettingInstance(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementStringSettingInstance(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementTemplate(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementTemplateSettingCategory(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::DeviceManagementTroubleshootingEvent(v) => &v.id,
            #[cfg(msgraph_beta_search)]
            Self::DeviceSetupConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceShellScript(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Dimension(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::DimensionValue(v) => &v.id,
            #[cfg(msgraph_beta_directory_or_search)]
            Self::Directory(v) => &v.id,
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::DirectoryAudit(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryDefinition(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryObject(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryObjectPartnerReference(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryRole(v) => &v.id,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::DirectoryRoleAccessReviewPolicy(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryRoleTemplate(v) => &v.id,
            #[cfg(msgraph_beta_core_or_settings)]
            Self::DirectorySetting(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::DirectorySettingTemplate(v) => &v.id,
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::DlpEvaluatePoliciesJobResponse(v) => &v.id,
            #[cfg(msgraph_beta_search)]
            Self::Document(v) => &v.id,
            #[cfg(msgraph_beta_search)]
            Self::DocumentComment(v) => &v.id,
            #[cfg(msgraph_beta_search)]
            Self::DocumentCommentReply(v) => &v.id,
            #[cfg(msgraph_beta_domains_or_search)]
            Self::Domain(v) => &v.id,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsCnameRecord(v) => &v.id,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsMxRecord(v) => &v.id,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsRecord(v) => &v.id,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsSrvRecord(v) => &v.id,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsTxtRecord(v) => &v.id,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsUnavailableRecord(v) => &v.id,
            #[cfg(msgraph_beta_search_or_security)]
            Self::DomainSecurityProfile(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::DriveItem(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::DriveItemVersion(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::EBookInstallSummary(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EasEmailProfileConfigurationBase(v) => &v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::AddToReviewSetOperation(v) => &v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Case(v) => &v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::CaseExportOperation(v) => &v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::CaseIndexOperation(v) => &v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::CaseOperation(v) => &v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Custodian(v) => &v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::DataSource(v) => &v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::DataSourceContainer(v) => &v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Ediscoveryroot(v) => &v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::EstimateStatisticsOperation(v) => &v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::LegalHold(v) => &v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::NoncustodialDataSource(v) => &v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::ReviewSet(v) => &v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::ReviewSetQuery(v) => &v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::EdiscoverySettings(v) => &v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::SiteSource(v) => &v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::SourceCollection(v) => &v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Tag(v) => &v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::TagOperation(v) => &v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::UnifiedGroupSource(v) => &v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::UserSource(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EditionUpgradeConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignment(v) => &v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignmentDefaults(v) => &v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignmentResource(v) => &v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignmentSettings(v) => &v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationCategory(v) => &v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationClass(v) => &v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationFeedbackOutcome(v) => &v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationOrganization(v) => &v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationOutcome(v) => &v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationPointsOutcome(v) => &v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationRubric(v) => &v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationRubricOutcome(v) => &v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSchool(v) => &v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSubmission(v) => &v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSubmissionResource(v) => &v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSynchronizationError(v) => &v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSynchronizationProfile(v) => &v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSynchronizationProfileStatus(v) => &v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationUser(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::EducationalActivity(v) => &v.id,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::EmailActivityStatistics(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailActivitySummary(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailActivityUserDetail(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageAppsUserCounts(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageUserCounts(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageUserDetail(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageVersionsUserCounts(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::EmailAuthenticationMethod(v) => &v.id,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::EmailAuthenticationMethodConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::EmailFileAssessmentRequest(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EmbeddedSimActivationCodePool(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EmbeddedSimActivationCodePoolAssignment(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EmbeddedSimDeviceState(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Employee(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::Endpoint(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::EnrollmentConfigurationAssignment(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EnrollmentProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::EnrollmentRestrictionsConfigurationPolicySetItem(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::EnrollmentTroubleshootingEvent(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::EnterpriseCodeSigningCertificate(v) => &v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::EntitlementManagement(v) => &v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::EntitlementManagementSettings(v) => &v.id,
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::EvaluateLabelJobResponse(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::Event(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::EventMessage(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::EventMessageRequest(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::EventMessageResponse(v) => &v.id,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchDataStore(v) => &v.id,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchDataStoreBase(v) => &v.id,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchJobBase(v) => &v.id,
            #[cfg(msgraph_beta_search)]
            Self::ExactMatchLookupJob(v) => &v.id,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchSession(v) => &v.id,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchSessionBase(v) => &v.id,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchUploadAgent(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::Extension(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::ExtensionProperty(v) => &v.id,
            #[cfg(msgraph_beta_search)]
            Self::External(v) => &v.id,
            #[cfg(msgraph_beta_search)]
            Self::ExternalConnection(v) => &v.id,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsConnectionOperation(v) => &v.id,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalConnection(v) => &v.id,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalGroup(v) => &v.id,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalGroupMember(v) => &v.id,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalItem(v) => &v.id,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsSchema(v) => &v.id,
            #[cfg(msgraph_beta_search)]
            Self::ExternalGroup(v) => &v.id,
            #[cfg(msgraph_beta_search)]
            Self::ExternalGroupMember(v) => &v.id,
            #[cfg(msgraph_beta_search)]
            Self::ExternalItem(v) => &v.id,
            #[cfg(msgraph_beta_directory_or_policies_or_search)]
            Self::FeatureRolloutPolicy(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::Fido2AuthenticationMethod(v) => &v.id,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::Fido2AuthenticationMethodConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::FieldValueSet(v) => &v.id,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::FileAssessmentRequest(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::FileAttachment(v) => &v.id,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::FileClassificationRequest(v) => &v.id,
            #[cfg(msgraph_beta_search_or_security)]
            Self::FileSecurityProfile(v) => &v.id,
            #[cfg(msgraph_beta_core_or_filter_operators)]
            Self::FilterOperatorSchema(v) => &v.id,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::FocusActivityStatistics(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::GeneralLedgerEntry(v) => &v.id,
            #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
            Self::GovernancePolicyTemplate(v) => &v.id,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceResource(v) => &v.id,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleAssignment(v) => &v.id,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleAssignmentRequest(v) => &v.id,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleDefinition(v) => &v.id,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleSetting(v) => &v.id,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_5_more_80
            )]
            Self::GovernanceSubject(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::Group(v) => &v.id,
            #[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
            Self::GroupLifecyclePolicy(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyCategory(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyConfigurationAssignment(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyDefinition(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyDefinitionFile(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyDefinitionValue(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyMigrationReport(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyObjectFile(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyOperation(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentation(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationCheckBox(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationComboBox(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationDecimalTextBox(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationDropdownList(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationListBox(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationLongDecimalTextBox(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationMultiTextBox(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationText(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationTextBox(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValue(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueBoolean(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueDecimal(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueList(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueLongDecimal(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueMultiText(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueText(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicySettingMapping(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyUploadedDefinitionFile(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::HomeRealmDiscoveryPolicy(v) => &v.id,
            #[cfg(msgraph_beta_search_or_security)]
            Self::HostSecurityProfile(v) => &v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityApiConnector(v) => &v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityBuiltInUserFlowAttribute(v) => &v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityCustomUserFlowAttribute(v) => &v.id,
            #[cfg(msgraph_beta_identity_providers_or_search)]
            Self::IdentityProvider(v) => &v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityProviderBase(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityUserFlow(v) => &v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityUserFlowAttribute(v) => &v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityUserFlowAttributeAssignment(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedAppleDeviceIdentity(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedAppleDeviceIdentityResult(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedDeviceIdentity(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedDeviceIdentityResult(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedWindowsAutopilotDeviceIdentity(v) => &v.id,
            #[cfg(msgraph_beta_search)]
            Self::ImportedWindowsAutopilotDeviceIdentityUpload(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::InferenceClassification(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::InferenceClassificationOverride(v) => &v.id,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::InformationProtection(v) => &v.id,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::InformationProtectionLabel(v) => &v.id,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::InformationProtectionPolicy(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IntuneBrandingProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IntuneBrandingProfileAssignment(v) => &v.id,
            #[cfg(msgraph_beta_invitations_or_search)]
            Self::Invitation(v) => &v.id,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::InviteParticipantsOperation(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCertificateProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCertificateProfileBase(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCompliancePolicy(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCustomConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosDeviceFeaturesConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEasEmailProfileConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEduDeviceConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEducationDeviceConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEnterpriseWiFiConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosExpeditedCheckinConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosGeneralDeviceConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosImportedPfxCertificateProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobApp(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobAppProvisioningConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobAppProvisioningConfigurationAssignment(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobAppProvisioningConfigurationPolicySetItem(v) => &v.id,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::IosManagedAppProtection(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosManagedAppRegistration(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosMobileAppConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosPkcsCertificateProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosScepCertificateProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosStoreApp(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosTrustedRootCertificate(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosUpdateConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosUpdateDeviceStatus(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosVpnConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppApp(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppAppAssignedDeviceLicense(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppAppAssignedLicense(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppAppAssignedUserLicense(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppEBook(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppEBookAssignment(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosWiFiConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosikEv2VpnConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IpNamedLocation(v) => &v.id,
            #[cfg(msgraph_beta_search_or_security)]
            Self::IpSecurityProfile(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Item(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ItemActivity(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ItemActivityOld(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ItemActivityStat(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::ItemAddress(v) => &v.id,
            #[cfg(msgraph_beta_search)]
            Self::ItemAnalytics(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::ItemAttachment(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::ItemCategory(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::ItemEmail(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::ItemFacet(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::ItemInsights(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::ItemInsightsSettings(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::ItemPatent(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::ItemPhone(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::ItemPublication(v) => &v.id,
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::JobResponseBase(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Journal(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::JournalLine(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::LanguageProficiency(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::LicenseDetails(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::LinkedResource(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ListItem(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ListItemVersion(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::LocalizedNotificationMessage(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::LocationManagementCondition(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::LongRunningOperation(v) => &v.id,
            #[cfg(msgraph_beta_search)]
            Self::LookupResultRow(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCertificateProfileBase(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCompliancePolicy(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCustomAppConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCustomConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsEndpointProtectionConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsEnterpriseWiFiConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsExtensionsConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsGeneralDeviceConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsImportedPfxCertificateProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsLobApp(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsMdatpApp(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsMicrosoftEdgeApp(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsOfficeSuiteApp(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsPkcsCertificateProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsScepCertificateProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateAccountSummary(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateCategorySummary(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateStateSummary(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsTrustedRootCertificate(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsVpnConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsWiFiConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsWiredNetworkConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsVppApp(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsVppAppAssignedLicense(v) => &v.id,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::MailAssessmentRequest(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::MailFolder(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::MailSearchFolder(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageDetail(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageMailboxCounts(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageQuotaStatusMailboxCounts(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageStorage(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MalwareStateForWindowsDevice(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagedAllDeviceCertificateState(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAndroidLobApp(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAndroidStoreApp(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedApp(v) => &v.id,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppOperation(v) => &v.id,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppPolicy(v) => &v.id,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppPolicyDeploymentSummary(v) => &v.id,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppProtection(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppProtectionPolicySetItem(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppRegistration(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppStatus(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppStatusRaw(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::ManagedDevice(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagedDeviceCertificateState(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagedDeviceEncryptionState(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationAssignment(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceStatus(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceSummary(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationPolicySetItem(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::ManagedDeviceMobileAppConfigurationState(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserStatus(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserSummary(v) => &v.id,
            #[cfg(msgraph_beta_search)]
            Self::ManagedDeviceOverview(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedEBook(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedEBookAssignment(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedEBookCategory(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedIosLobApp(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedIosStoreApp(v) => &v.id,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedMobileApp(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedMobileLobApp(v) => &v.id,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::AggregatedPolicyCompliance(v) => &v.id,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::CloudPcConnection(v) => &v.id,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::CloudPcDevice(v) => &v.id,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ConditionalAccessPolicyCoverage(v) => &v.id,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::CredentialUserRegistrationsSummary(v) => &v.id,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsDeviceCompliancePolicySettingStateSummary(v) => &v.id,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedDeviceCompliance(v) => &v.id,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedDeviceComplianceTrend(v) => &v.id,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenant(v) => &v.id,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsRiskyUser(v) => &v.id,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsWindowsDeviceMalwareState(v) => &v.id,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsWindowsProtectionState(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagementCondition(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagementConditionStatement(v) => &v.id,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MdmWindowsInformationProtectionPolicyPolicySetItem(v) => &v.id,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::MeetingActivityStatistics(v) => &v.id,
            #[cfg(msgraph_beta_core_or_app_or_communications)]
            Self::MeetingAttendanceReport(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::Mention(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::Message(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::MessageRule(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => &v.id,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(v) => &v.id,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MicrosoftStoreForBusinessApp(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MicrosoftStoreForBusinessContainedApp(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelHealthThreshold(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelServer(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelServerLogCollectionResponse(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelSite(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileApp(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppAssignment(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppCategory(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppContent(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppContentFile(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppDependency(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppInstallStatus(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppInstallSummary(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::MobileAppIntentAndState(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppPolicySetItem(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppProvisioningConfigGroupAssignment(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppRelationship(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppSupersedence(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::MobileAppTroubleshootingEvent(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileContainedApp(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileLobApp(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MobileThreatDefenseConnector(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::MultiValueLegacyExtendedProperty(v) => &v.id,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::MuteParticipantOperation(v) => &v.id,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::MuteParticipantsOperation(v) => &v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::NamedLocation(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NdesConnector(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NetworkManagementCondition(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::Note(v) => &v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Notebook(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::Notification(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NotificationMessageTemplate(v) => &v.id,
            #[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
            Self::OAuth2PermissionGrant(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::OfferShiftRequest(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActivationCounts(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActivationsUserCounts(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActivationsUserDetail(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActiveUserCounts(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActiveUserDetail(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityCounts(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityDetail(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityFileCounts(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityGroupCounts(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityStorage(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ServicesUserCounts(v) => &v.id,
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::OfficeClientConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::OfficeClientConfigurationAssignment(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::OfficeGraphInsights(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::OfficeSuiteApp(v) => &v.id,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::OnPremisesAgent(v) => &v.id,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::OnPremisesAgentGroup(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::OnPremisesConditionalAccessSettings(v) => &v.id,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::OnPremisesPublishingProfile(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveActivityUserDetail(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveUsageAccountCounts(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveUsageAccountDetail(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveUsageFileCounts(v) => &v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Onenote(v) => &v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteEntityBaseModel(v) => &v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteEntityHierarchyModel(v) => &v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteEntitySchemaObjectModel(v) => &v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteOperation(v) => &v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenotePage(v) => &v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteResource(v) => &v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteSection(v) => &v.id,
            #[cfg(msgraph_beta_core_or_app_or_communications)]
            Self::OnlineMeeting(v) => &v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::OpenIdConnectIdentityProvider(v) => &v.id,
            #[cfg(msgraph_beta_identity_providers_or_search)]
            Self::OpenIdConnectProvider(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::OpenShift(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::OpenShiftChangeRequest(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::OpenTypeExtension(v) => &v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Operation(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::OrgContact(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::Organization(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::OrganizationSettings(v) => &v.id,
            #[cfg(msgraph_beta_core_or_branding)]
            Self::OrganizationalBranding(v) => &v.id,
            #[cfg(msgraph_beta_core_or_branding)]
            Self::OrganizationalBrandingLocalization(v) => &v.id,
            #[cfg(msgraph_beta_core_or_branding)]
            Self::OrganizationalBrandingProperties(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::OutlookCategory(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::OutlookItem(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::OutlookTask(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::OutlookTaskFolder(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::OutlookTaskGroup(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::OutlookUser(v) => &v.id,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::Participant(v) => &v.id,
            #[cfg(msgraph_beta_search)]
            Self::ParticipantJoiningNotification(v) => &v.id,
            #[cfg(msgraph_beta_search)]
            Self::ParticipantLeftNotification(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::PasswordAuthenticationMethod(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::PasswordlessMicrosoftAuthenticatorAuthenticationMethod(v) => &v.id,
            #[cfg(msgraph_beta_payload_response_or_search)]
            Self::PayloadResponse(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PaymentMethod(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PaymentTerm(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::Permission(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::PermissionGrantConditionSet(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::PermissionGrantPolicy(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::Person(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::PersonAnnotation(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::PersonAnnualEvent(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::PersonAward(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::PersonCertification(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::PersonExtension(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::PersonInterest(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::PersonName(v) => &v.id,
            #[cfg(msgraph_beta_search)]
            Self::PersonResponsibility(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::PersonWebsite(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::PhoneAuthenticationMethod(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Picture(v) => &v.id,
            #[cfg(msgraph_beta_places_or_search)]
            Self::Place(v) => &v.id,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerAssignedToTaskBoardTaskFormat(v) => &v.id,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerBucket(v) => &v.id,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerBucketTaskBoardTaskFormat(v) => &v.id,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerDelta(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::PlannerGroup(v) => &v.id,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerPlan(v) => &v.id,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerPlanDetails(v) => &v.id,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerProgressTaskBoardTaskFormat(v) => &v.id,
            #[cfg(msgraph_beta_planner_or_search)]
            Self::PlannerRoster(v) => &v.id,
            #[cfg(msgraph_beta_planner_or_search)]
            Self::PlannerRosterMember(v) => &v.id,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerTask(v) => &v.id,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerTaskDetails(v) => &v.id,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerUser(v) => &v.id,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::PlayPromptOperation(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::PolicyBase(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::PolicySet(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::PolicySetAssignment(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::PolicySetItem(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::Post(v) => &v.id,
            #[cfg(msgraph_beta_core_or_communications)]
            Self::Presence(v) => &v.id,
            #[cfg(msgraph_beta_search)]
            Self::Presentation(v) => &v.id,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintConnector(v) => &v.id,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintDocument(v) => &v.id,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintJob(v) => &v.id,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintOperation(v) => &v.id,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintService(v) => &v.id,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintServiceEndpoint(v) => &v.id,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintTask(v) => &v.id,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintTaskDefinition(v) => &v.id,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintTaskTrigger(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::PrintUsage(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::PrintUsageByPrinter(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::PrintUsageByUser(v) => &v.id,
            #[cfg(msgraph_beta_print_or_search)]
            Self::Printer(v) => &v.id,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrinterBase(v) => &v.id,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrinterCreateOperation(v) => &v.id,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrinterShare(v) => &v.id,
            #[cfg(msgraph_beta_privileged_access_or_search)]
            Self::PrivilegedAccess(v) => &v.id,
            #[cfg(msgraph_beta_privileged_approval_or_search)]
            Self::PrivilegedApproval(v) => &v.id,
            #[cfg(msgraph_beta_privileged_operation_events_or_search)]
            Self::PrivilegedOperationEvent(v) => &v.id,
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRole(v) => &v.id,
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRoleAssignment(v) => &v.id,
            #[cfg(msgraph_beta_privileged_role_assignment_requests_or_search)]
            Self::PrivilegedRoleAssignmentRequest(v) => &v.id,
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRoleSettings(v) => &v.id,
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRoleSummary(v) => &v.id,
            #[cfg(msgraph_beta_privileged_signup_status_or_search)]
            Self::PrivilegedSignupStatus(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::Profile(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::ProfileCardProperty(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::ProfilePhoto(v) => &v.id,
            #[cfg(msgraph_beta_program_controls_or_programs_or_search)]
            Self::Program(v) => &v.id,
            #[cfg(msgraph_beta_program_controls_or_programs_or_search)]
            Self::ProgramControl(v) => &v.id,
            #[cfg(msgraph_beta_program_control_types_or_search)]
            Self::ProgramControlType(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::ProjectParticipation(v) => &v.id,
            #[cfg(msgraph_beta_search_or_security)]
            Self::ProviderTenantSetting(v) => &v.id,
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::ProvisioningObjectSummary(v) => &v.id,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::PublishedResource(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PurchaseInvoice(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PurchaseInvoiceLine(v) => &v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::RbacApplication(v) => &v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::RbacApplicationMultiple(v) => &v.id,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::RecordOperation(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::ReferenceAttachment(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::RegionalAndLanguageSettings(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::RelyingPartyDetailedSummary(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RemoteActionAudit(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RemoteAssistancePartner(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::ReportRoot(v) => &v.id,
            #[cfg(msgraph_beta_core_or_role_management)]
            Self::Request(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ResourceOperation(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::ResourceSpecificPermissionGrant(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RestrictedAppsViolation(v) => &v.id,
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::RestrictedSignIn(v) => &v.id,
            #[cfg(msgraph_beta_identity_protection_or_risk_detections_or_search)]
            Self::RiskDetection(v) => &v.id,
            #[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
            Self::RiskyUser(v) => &v.id,
            #[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
            Self::RiskyUserHistoryItem(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleAssignment(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleDefinition(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleScopeTag(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleScopeTagAutoAssignment(v) => &v.id,
            #[cfg(msgraph_beta_places_or_search)]
            Self::Room(v) => &v.id,
            #[cfg(msgraph_beta_places_or_search)]
            Self::RoomList(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesCreditMemo(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesCreditMemoLine(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesInvoice(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesInvoiceLine(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesOrder(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesOrderLine(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesQuote(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesQuoteLine(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::Schedule(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::ScheduleChangeRequest(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::SchedulingGroup(v) => &v.id,
            #[cfg(msgraph_beta_search)]
            Self::Schema(v) => &v.id,
            #[cfg(msgraph_beta_schema_extensions_or_search)]
            Self::SchemaExtension(v) => &v.id,
            #[cfg(msgraph_beta_core_or_scoped_role_memberships)]
            Self::ScopedRoleMembership(v) => &v.id,
            #[cfg(msgraph_beta_search)]
            Self::SearchEntity(v) => &v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SectionGroup(v) => &v.id,
            #[cfg(msgraph_beta_search_or_security)]
            Self::SecureScore(v) => &v.id,
            #[cfg(msgraph_beta_search_or_security)]
            Self::SecureScoreControlProfile(v) => &v.id,
            #[cfg(msgraph_beta_search_or_security)]
            Self::SecurityAction(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineCategoryStateSummary(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineDeviceState(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::SecurityBaselineSettingState(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::SecurityBaselineState(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineStateSummary(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineTemplate(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::SecurityConfigurationTask(v) => &v.id,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::SensitiveType(v) => &v.id,
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::SensitivityLabel(v) => &v.id,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::SensitivityPolicySettings(v) => &v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceAnnouncement(v) => &v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceAnnouncementBase(v) => &v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceHealth(v) => &v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceHealthIssue(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::ServicePrincipal(v) => &v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceUpdateMessage(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SettingStateDeviceSummary(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointActivityPages(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointActivityUserCounts(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointActivityUserDetail(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsageDetail(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsageFileCounts(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsagePages(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsageSiteCounts(v) => &v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(v) => &v.id,
            #[cfg(msgraph_beta_directory_or_search)]
            Self::SharedEmailDomain(v) => &v.id,
            #[cfg(msgraph_beta_domains_or_search)]
            Self::SharedEmailDomainInvitation(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::SharedInsight(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SharedPcConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::Shift(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::ShiftPreferences(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::ShipmentMethod(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::SideLoadingKey(v) => &v.id,
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::SignIn(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::SingleValueLegacyExtendedProperty(v) => &v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SiteActivitySummary(v) => &v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SiteUsageStorage(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::SkillProficiency(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessActivityCounts(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessActivityUserCounts(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessActivityUserDetail(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessDeviceUsageDistributionUserCounts(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessDeviceUsageUserCounts(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessDeviceUsageUserDetail(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessOrganizerActivityCounts(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessOrganizerActivityMinuteCounts(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessOrganizerActivityUserCounts(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessParticipantActivityCounts(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessParticipantActivityMinuteCounts(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessParticipantActivityUserCounts(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessPeerToPeerActivityCounts(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessPeerToPeerActivityMinuteCounts(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessPeerToPeerActivityUserCounts(v) => &v.id,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodConfiguration(v) => &v.id,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodTarget(v) => &v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::SocialIdentityProvider(v) => &v.id,
            #[cfg(msgraph_beta_search)]
            Self::SoftwareUpdateStatusSummary(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::StsPolicy(v) => &v.id,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::SubscribeToToneOperation(v) => &v.id,
            #[cfg(msgraph_beta_search_or_subscribed_skus)]
            Self::SubscribedSku(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_3_more)]
            Self::Subscription(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::SwapShiftsChangeRequest(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::SymantecCodeSigningCertificate(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::Synchronization(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::SynchronizationJob(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::SynchronizationSchema(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::SynchronizationTemplate(v) => &v.id,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::TargetedManagedAppConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::TargetedManagedAppConfigurationPolicySetItem(v) => &v.id,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::TargetedManagedAppPolicyAssignment(v) => &v.id,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::TargetedManagedAppProtection(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::TaxArea(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::TaxGroup(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::Team(v) => &v.id,
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamsApp(v) => &v.id,
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamsAppDefinition(v) => &v.id,
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamsAppIcon(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::TeamsAppInstallation(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::TeamsAsyncOperation(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsDeviceUsageDistributionUserCounts(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsDeviceUsageUserCounts(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsDeviceUsageUserDetail(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::TeamsTab(v) => &v.id,
            #[cfg(msgraph_beta_search_or_teams_templates)]
            Self::TeamsTemplate(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityCounts(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityDistributionUserCounts(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityUserCounts(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityUserDetail(v) => &v.id,
            #[cfg(msgraph_beta_search_or_teamwork)]
            Self::Teamwork(v) => &v.id,
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamworkBot(v) => &v.id,
            #[cfg(msgraph_beta_core_or_app_catalogs)]
            Self::TeamworkHostedContent(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::TeamworkTag(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::TeamworkTagMember(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TelecomExpenseManagementPartner(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::TemporaryAccessPassAuthenticationMethod(v) => &v.id,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_privileged_signup_status_or_search)]
            Self::TenantSetupInfo(v) => &v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::TermStoreGroup(v) => &v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Relation(v) => &v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Set(v) => &v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Store(v) => &v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Term(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditions(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditionsAcceptanceStatus(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditionsAssignment(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditionsGroupAssignment(v) => &v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::TermsOfUseContainer(v) => &v.id,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::TextClassificationRequest(v) => &v.id,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::ThreatAssessmentRequest(v) => &v.id,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::ThreatAssessmentResult(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ThumbnailSet(v) => &v.id,
            #[cfg(msgraph_beta_search_or_security)]
            Self::TiIndicator(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::TimeCard(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::TimeOff(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffReason(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffRequest(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::Todo(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::TodoTask(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::TodoTaskList(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::TokenIssuancePolicy(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::TokenLifetimePolicy(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::Trending(v) => &v.id,
            #[cfg(msgraph_beta_search_or_trust_framework)]
            Self::TrustFrameworkKeySet(v) => &v.id,
            #[cfg(msgraph_beta_search_or_trust_framework)]
            Self::TrustFrameworkPolicy(v) => &v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRbacResourceAction(v) => &v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRbacResourceNamespace(v) => &v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRbacResourceScope(v) => &v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignment(v) => &v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentMultiple(v) => &v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentSchedule(v) => &v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleDefinition(v) => &v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilitySchedule(v) => &v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &v.id,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicy(v) => &v.id,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyApprovalRule(v) => &v.id,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAssignment(v) => &v.id,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAuthenticationContextRule(v) => &v.id,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyEnablementRule(v) => &v.id,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyExpirationRule(v) => &v.id,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyNotificationRule(v) => &v.id,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyRule(v) => &v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleScheduleBase(v) => &v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleScheduleInstanceBase(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::UnitOfMeasure(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::UnmanagedDeviceDiscoveryTask(v) => &v.id,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::UnmuteParticipantOperation(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UnsupportedDeviceConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UnsupportedGroupPolicyExtension(v) => &v.id,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::UpdateRecordingStatusOperation(v) => &v.id,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::UrlAssessmentRequest(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::UsageRight(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::UsedInsight(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::User(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::UserAccountInformation(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::UserActivity(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::UserAnalytics(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::UserAppInstallStatus(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::UserConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::UserConsentRequest(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::UserCredentialUsageDetails(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersion(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthApplicationPerformance(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDeviceModelPerformance(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformance(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformanceDetails(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthOsVersionPerformance(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsBaseline(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsCategory(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDevicePerformance(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceScores(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupHistory(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcess(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcessPerformance(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceWithoutCloudIdentity(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsImpactingProcess(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsMetric(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsMetricHistory(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsNotAutopilotReadyDevice(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsOverview(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsRegressionSummary(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsRemoteConnection(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsResourcePerformance(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsScoreHistory(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereDevice(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereMetric(v) => &v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::UserFlowLanguageConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::UserFlowLanguagePage(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::UserInsightsSettings(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::UserInstallStateSummary(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserPfxCertificate(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::UserScopeTeamsAppInstallation(v) => &v.id,
            #[cfg(msgraph_beta_search_or_security)]
            Self::UserSecurityProfile(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::UserSettings(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::UserTeamwork(v) => &v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Vendor(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::VirtualEndpoint(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::VpnConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::VppToken(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::VulnerableManagedDevice(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::WebAccount(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WebApp(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::Win32LobApp(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10CertificateProfileBase(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10CompliancePolicy(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10CustomConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10EasEmailProfileConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10EndpointProtectionConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10GeneralConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10ImportedPfxCertificateProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10MobileCompliancePolicy(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10NetworkBoundaryConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10PfxImportCertificateProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10PkcsCertificateProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10SecureAssessmentConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10TeamGeneralConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10VpnConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XCertificateProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XscepCertificateProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XTrustedRootCertificate(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XVpnConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XWifiConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81CertificateProfileBase(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81CompliancePolicy(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81GeneralConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81ScepCertificateProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81TrustedRootCertificate(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81VpnConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81WifiImportConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsAppX(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAssignedAccessProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotDeploymentProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotDeploymentProfileAssignment(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsAutopilotDeploymentProfilePolicySetItem(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotDeviceIdentity(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotSettings(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsCertificateProfileBase(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicy(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicyAssignment(v) => {
                &v.id
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicyDeploymentStatus(
                v,
            ) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicyDeploymentSummary(
                v,
            ) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsDeliveryOptimizationConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::WindowsDeviceMalwareState(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsDomainJoinConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsFeatureUpdateCatalogItem(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsFeatureUpdateProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsFeatureUpdateProfileAssignment(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsHealthMonitoringConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsIdentityProtectionConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::WindowsInformationProtection(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsInformationProtectionAppLearningSummary(v) => &v.id,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::WindowsInformationProtectionAppLockerFile(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsInformationProtectionDeviceRegistration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsInformationProtectionNetworkLearningSummary(v) => &v.id,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::WindowsInformationProtectionPolicy(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsInformationProtectionWipeAction(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsKioskConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsMalwareInformation(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::WindowsManagedDevice(v) => &v.id,
            #[cfg(msgraph_beta_search)]
            Self::WindowsManagementApp(v) => &v.id,
            #[cfg(msgraph_beta_search)]
            Self::WindowsManagementAppHealthState(v) => &v.id,
            #[cfg(msgraph_beta_search)]
            Self::WindowsManagementAppHealthSummary(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsMicrosoftEdgeApp(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsMobileMsi(v) => &v.id,
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::WindowsOfficeClientConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::WindowsOfficeClientSecurityConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhone81AppX(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhone81AppXBundle(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81CertificateProfileBase(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81CompliancePolicy(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81CustomConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81GeneralConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81ScepCertificateProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhone81StoreApp(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81TrustedRootCertificate(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81VpnConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhoneXap(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPrivacyDataAccessControlItem(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::WindowsProtectionState(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsQualityUpdateCatalogItem(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsQualityUpdateProfile(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsQualityUpdateProfileAssignment(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsStoreApp(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsUniversalAppX(v) => &v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsUniversalAppXContainedApp(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsUpdateCatalogItem(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsUpdateForBusinessConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsUpdateState(v) => &v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::AzureAdDevice(v) => &v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Catalog(v) => &v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::CatalogEntry(v) => &v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Deployment(v) => &v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::DeploymentAudience(v) => &v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::FeatureUpdateCatalogEntry(v) => &v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::QualityUpdateCatalogEntry(v) => &v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::SoftwareUpdateCatalogEntry(v) => &v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::UpdatableAsset(v) => &v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::UpdatableAssetGroup(v) => &v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Updates(v) => &v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Windows(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsVpnConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsWifiConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &v.id,
            #[cfg(msgraph_beta_core)]
            Self::WorkPosition(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::Workbook(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookApplication(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChart(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAreaFormat(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxes(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxis(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxisFormat(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxisTitle(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxisTitleFormat(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartDataLabelFormat(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartDataLabels(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartFill(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartFont(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartGridlines(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartGridlinesFormat(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartLegend(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartLegendFormat(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartLineFormat(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartPoint(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartPointFormat(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartSeries(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartSeriesFormat(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartTitle(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartTitleFormat(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookComment(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookCommentReply(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFilter(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFormatProtection(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFunctionResult(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFunctions(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookNamedItem(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookOperation(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookPivotTable(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRange(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeBorder(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeFill(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeFont(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeFormat(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeSort(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeView(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTable(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTableColumn(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTableRow(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTableSort(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookWorksheet(v) => &v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookWorksheetProtection(v) => &v.id,
            #[cfg(msgraph_beta_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerActivitySummary(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerActivityUserDetail(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerDeviceUsageDistributionUserCounts(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerDeviceUsageUserCounts(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerDeviceUsageUserDetail(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerGroupsActivityCounts(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerGroupsActivityDetail(v) => &v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerGroupsActivityGroupCounts(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Entity(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::AadUserConversationMember(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackage(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignmentPolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequest(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageAssignmentResourceRole(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageCatalog(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResource(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceEnvironment(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceRequest(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceRole(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceRoleScope(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageResourceScope(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessPackageSubject(v) => &mut v.id,
            #[cfg(msgraph_beta_access_reviews_or_search)]
            Self::AccessReview(v) => &mut v.id,
            #[cfg(msgraph_beta_access_review_decisions_or_access_reviews_or_search)]
            Self::AccessReviewDecision(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessReviewHistoryDefinition(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::AccessReviewInstance(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::AccessReviewInstanceDecisionItem(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
            Self::AccessReviewPolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_access_reviews_or_search)]
            Self::AccessReviewReviewer(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessReviewScheduleDefinition(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AccessReviewSet(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Account(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::ActivityHistoryItem(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::ActivityStatistics(v) => &mut v.id,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::AdminConsentRequestPolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::AdministrativeUnit(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AdvancedThreatProtectionOnboardingDeviceSettingState(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AdvancedThreatProtectionOnboardingStateSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::AgedAccountsPayable(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::AgedAccountsReceivable(v) => &mut v.id,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::Agreement(v) => &mut v.id,
            #[cfg(
                msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search
            )]
            Self::AgreementAcceptance(v) => &mut v.id,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFile(v) => &mut v.id,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFileLocalization(v) => &mut v.id,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFileProperties(v) => &mut v.id,
            #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
            Self::AgreementFileVersion(v) => &mut v.id,
            #[cfg(msgraph_beta_search_or_security)]
            Self::Alert(v) => &mut v.id,
            #[cfg(msgraph_beta_allowed_data_locations_or_search)]
            Self::AllowedDataLocation(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidCertificateProfileBase(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidCompliancePolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidCustomConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_search)]
            Self::AndroidDeviceComplianceLocalActionBase(v) => &mut v.id,
            #[cfg(msgraph_beta_search)]
            Self::AndroidDeviceComplianceLocalActionLockDevice(v) => &mut v.id,
            #[cfg(msgraph_beta_search)]
            Self::AndroidDeviceComplianceLocalActionLockDeviceWithPasscode(v) => {
                &mut v.id
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerCertificateProfileBase(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerCompliancePolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(v) => {
                &mut v.id
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerEnrollmentProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerGeneralDeviceConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerImportedPfxCertificateProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerPkcsCertificateProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerScepCertificateProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerTrustedRootCertificate(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerVpnConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidDeviceOwnerWiFiConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidEasEmailProfileConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidEnterpriseWiFiConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidForWorkApp(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkAppConfigurationSchema(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkCertificateProfileBase(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkCompliancePolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkCustomConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkEasEmailProfileBase(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkEnrollmentProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkEnterpriseWiFiConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkGeneralDeviceConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkGmailEasConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkImportedPfxCertificateProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidForWorkMobileAppConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkNineWorkEasConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkPkcsCertificateProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkScepCertificateProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkSettings(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkTrustedRootCertificate(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkVpnConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidForWorkWiFiConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidGeneralDeviceConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidImportedPfxCertificateProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidLobApp(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::AndroidManagedAppProtection(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedAppRegistration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidManagedStoreAccountEnterpriseSettings(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedStoreApp(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedStoreAppConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidManagedStoreAppConfigurationSchema(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidManagedStoreWebApp(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidOmaCpConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidPkcsCertificateProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidScepCertificateProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AndroidStoreApp(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidTrustedRootCertificate(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidVpnConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWiFiConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileCertificateProfileBase(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileCompliancePolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileCustomConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileEasEmailProfileBase(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileEnterpriseWiFiConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileGmailEasConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileNineWorkEasConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfilePkcsCertificateProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileScepCertificateProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileTrustedRootCertificate(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileVpnConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AndroidWorkProfileWiFiConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AospDeviceOwnerCompliancePolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AospDeviceOwnerDeviceConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::AppConsentApprovalRoute(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::AppConsentRequest(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::AppLogCollectionRequest(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_app_role_assignments)]
            Self::AppRoleAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::AppScope(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AppVulnerabilityManagedDevice(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AppVulnerabilityMobileApp(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::AppVulnerabilityTask(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleEnrollmentProfileAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleExpeditedCheckinConfigurationBase(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ApplePushNotificationCertificate(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleUserInitiatedEnrollmentProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AppleVpnConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::AppleVppTokenTroubleshootingEvent(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::Application(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::ApplicationSignInDetailedSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::ApplicationSignInSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_application_templates_or_search)]
            Self::ApplicationTemplate(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_role_management)]
            Self::Approval(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_role_management)]
            Self::ApprovalStep(v) => &mut v.id,
            #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
            Self::ApprovalWorkflowProvider(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::AssignmentFilterEvaluationStatusDetails(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::Attachment(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_functions)]
            Self::AttributeMappingFunctionSchema(v) => &mut v.id,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::AudioRoutingGroup(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AuditEvent(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::Authentication(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::AuthenticationContextClassReference(v) => &mut v.id,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::AuthenticationFlowsPolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::AuthenticationMethod(v) => &mut v.id,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodConfiguration(v) => &mut v.id,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodTarget(v) => &mut v.id,
            #[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
            Self::AuthenticationMethodsPolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AuthenticationMethodsRoot(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::AuthorizationPolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AzureAdFeatureUsage(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AzureAdLicenseUsage(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::AzureAdUserFeatureUsage(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::AzureAdWindowsAutopilotDeploymentProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::B2cAuthenticationMethodsPolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::B2cIdentityUserFlow(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::B2xIdentityUserFlow(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::BaseItem(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::BaseItemVersion(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::Bitlocker(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::BitlockerRecoveryKey(v) => &mut v.id,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingAppointment(v) => &mut v.id,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingBusiness(v) => &mut v.id,
            #[cfg(msgraph_beta_booking_currencies_or_search)]
            Self::BookingCurrency(v) => &mut v.id,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingCustomer(v) => &mut v.id,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingNamedEntity(v) => &mut v.id,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingPerson(v) => &mut v.id,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingService(v) => &mut v.id,
            #[cfg(msgraph_beta_booking_businesses_or_search)]
            Self::BookingStaffMember(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::BuiltInIdentityProvider(v) => &mut v.id,
            #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
            Self::BusinessFlow(v) => &mut v.id,
            #[cfg(msgraph_beta_business_flow_templates_or_search)]
            Self::BusinessFlowTemplate(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::Calendar(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::CalendarGroup(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::CalendarPermission(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::CalendarSharingMessage(v) => &mut v.id,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::Call(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::CallActivityStatistics(v) => &mut v.id,
            #[cfg(msgraph_beta_communications_or_search)]
            Self::CallRecord(v) => &mut v.id,
            #[cfg(msgraph_beta_communications_or_search)]
            Self::Segment(v) => &mut v.id,
            #[cfg(msgraph_beta_communications_or_search)]
            Self::Session(v) => &mut v.id,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::CancelMediaProcessingOperation(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CartToClassAssociation(v) => &mut v.id,
            #[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
            Self::CertificateBasedAuthConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_teamwork)]
            Self::ChangeTrackedEntity(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::Channel(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::Chat(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::ChatActivityStatistics(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::ChatMessage(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_app_catalogs)]
            Self::ChatMessageHostedContent(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ChromeOsOnboardingSettings(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CircularGeofenceManagementCondition(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::ClaimsMappingPolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ClassificationJobResponse(v) => &mut v.id,
            #[cfg(msgraph_beta_search_or_security)]
            Self::CloudAppSecurityProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_communications_or_search)]
            Self::CloudCommunications(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPc(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcConnectivityIssue(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcAuditEvent(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcDeviceImage(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcOnPremisesConnection(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcProvisioningPolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcProvisioningPolicyAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcUserSetting(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::CloudPcUserSettingAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::ColumnDefinition(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::ColumnLink(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ComanagementEligibleDevice(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_commands)]
            Self::Command(v) => &mut v.id,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::CommsOperation(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Company(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CompanyInformation(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ComplianceManagementPartner(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_or_policies_or_search)]
            Self::ConditionalAccessPolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::ConditionalAccessRoot(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ConfigManagerCollection(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::ConnectedOrganization(v) => &mut v.id,
            #[cfg(msgraph_beta_search)]
            Self::ConnectionOperation(v) => &mut v.id,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::Connector(v) => &mut v.id,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::ConnectorGroup(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::Contact(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::ContactFolder(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::ContentType(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::ContinuousAccessEvaluationPolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::Contract(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::Conversation(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::ConversationMember(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::ConversationThread(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::CountryNamedLocation(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CountryRegion(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::CredentialUsageSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::CredentialUserRegistrationCount(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::CredentialUserRegistrationDetails(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Currency(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Customer(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CustomerPayment(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::CustomerPaymentJournal(v) => &mut v.id,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::DataClassificationService(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::DataLossPreventionPolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_data_policy_operations_or_search)]
            Self::DataPolicyOperation(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DataSharingConsent(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DefaultDeviceCompliancePolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::DefaultManagedAppProtection(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::DelegatedPermissionClassification(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepEnrollmentBaseProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepEnrollmentProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepIosEnrollmentProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepMacOsEnrollmentProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DepOnboardingSetting(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DetectedApp(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::Device(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceAndAppManagementAssignmentFilter(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceAndAppManagementRoleAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceAndAppManagementRoleDefinition(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceAppManagement(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceAppManagementTask(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::DeviceCategory(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::DeviceComanagementAuthorityConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceActionItem(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceDeviceOverview(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceDeviceStatus(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicyAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicyDeviceStateSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_search)]
            Self::DeviceCompliancePolicyGroupAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceCompliancePolicyPolicySetItem(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCompliancePolicySettingStateSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::DeviceCompliancePolicyState(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScheduledActionForRule(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScript(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScriptDeviceState(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceScriptRunSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceSettingState(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceUserOverview(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceComplianceUserStatus(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationConflictSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationDeviceOverview(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationDeviceStateSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationDeviceStatus(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationGroupAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceConfigurationPolicySetItem(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::DeviceConfigurationState(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationUserOverview(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationUserStateSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceConfigurationUserStatus(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceCustomAttributeShellScript(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentLimitConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScript(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScriptAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScriptDeviceState(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceHealthScriptRunSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceInstallState(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::DeviceLogCollectionResponse(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagement(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAbstractComplexSettingDefinition(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAbstractComplexSettingInstance(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAutopilotEvent(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementAutopilotPolicyStatusDetail(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementBooleanSettingInstance(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementCachedReportConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementCollectionSettingDefinition(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementCollectionSettingInstance(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementComplexSettingDefinition(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementComplexSettingInstance(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationCategory(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(v) => {
                &mut v.id
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationChoiceSettingDefinition(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationPolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationPolicyAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationPolicyTemplate(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSetting(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingDefinition(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(v) => {
                &mut v.id
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingGroupDefinition(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSettingTemplate(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(v) => {
                &mut v.id
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementConfigurationSimpleSettingDefinition(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementDerivedCredentialSettings(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementDomainJoinConnector(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementExchangeConnector(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementExchangeOnPremisesPolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementExportJob(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntegerSettingInstance(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntent(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentDeviceSettingStateSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentDeviceState(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentDeviceStateSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentSettingCategory(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentUserState(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementIntentUserStateSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementPartner(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementReportSchedule(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementReports(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementResourceAccessProfileAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementResourceAccessProfileBase(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementReusablePolicySetting(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScript(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptDeviceState(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptGroupAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::DeviceManagementScriptPolicySetItem(v) => &mut v.id,
            #[cfg(msgraph_beta_search)]
            Self::DeviceManagementScriptRunSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementScriptUserState(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementSettingCategory(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementSettingDefinition(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementSettingInstance(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementStringSettingInstance(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementTemplate(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceManagementTemplateSettingCategory(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::DeviceManagementTroubleshootingEvent(v) => &mut v.id,
            #[cfg(msgraph_beta_search)]
            Self::DeviceSetupConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::DeviceShellScript(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Dimension(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::DimensionValue(v) => &mut v.id,
            #[cfg(msgraph_beta_directory_or_search)]
            Self::Directory(v) => &mut v.id,
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::DirectoryAudit(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryDefinition(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryObject(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryObjectPartnerReference(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryRole(v) => &mut v.id,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::DirectoryRoleAccessReviewPolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::DirectoryRoleTemplate(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_settings)]
            Self::DirectorySetting(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::DirectorySettingTemplate(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::DlpEvaluatePoliciesJobResponse(v) => &mut v.id,
            #[cfg(msgraph_beta_search)]
            Self::Document(v) => &mut v.id,
            #[cfg(msgraph_beta_search)]
            Self::DocumentComment(v) => &mut v.id,
            #[cfg(msgraph_beta_search)]
            Self::DocumentCommentReply(v) => &mut v.id,
            #[cfg(msgraph_beta_domains_or_search)]
            Self::Domain(v) => &mut v.id,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsCnameRecord(v) => &mut v.id,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsMxRecord(v) => &mut v.id,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsRecord(v) => &mut v.id,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsSrvRecord(v) => &mut v.id,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsTxtRecord(v) => &mut v.id,
            #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsUnavailableRecord(v) => &mut v.id,
            #[cfg(msgraph_beta_search_or_security)]
            Self::DomainSecurityProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::Drive(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::DriveItem(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::DriveItemVersion(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::EBookInstallSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EasEmailProfileConfigurationBase(v) => &mut v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::AddToReviewSetOperation(v) => &mut v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Case(v) => &mut v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::CaseExportOperation(v) => &mut v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::CaseIndexOperation(v) => &mut v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::CaseOperation(v) => &mut v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Custodian(v) => &mut v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::DataSource(v) => &mut v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::DataSourceContainer(v) => &mut v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Ediscoveryroot(v) => &mut v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::EstimateStatisticsOperation(v) => &mut v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::LegalHold(v) => &mut v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::NoncustodialDataSource(v) => &mut v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::ReviewSet(v) => &mut v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::ReviewSetQuery(v) => &mut v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::EdiscoverySettings(v) => &mut v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::SiteSource(v) => &mut v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::SourceCollection(v) => &mut v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::Tag(v) => &mut v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::TagOperation(v) => &mut v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::UnifiedGroupSource(v) => &mut v.id,
            #[cfg(msgraph_beta_compliance_or_search)]
            Self::UserSource(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EditionUpgradeConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignmentDefaults(v) => &mut v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignmentResource(v) => &mut v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationAssignmentSettings(v) => &mut v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationCategory(v) => &mut v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationClass(v) => &mut v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationFeedbackOutcome(v) => &mut v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationOrganization(v) => &mut v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationOutcome(v) => &mut v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationPointsOutcome(v) => &mut v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationRubric(v) => &mut v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationRubricOutcome(v) => &mut v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSchool(v) => &mut v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSubmission(v) => &mut v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSubmissionResource(v) => &mut v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSynchronizationError(v) => &mut v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSynchronizationProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationSynchronizationProfileStatus(v) => &mut v.id,
            #[cfg(msgraph_beta_education_or_search)]
            Self::EducationUser(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::EducationalActivity(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::EmailActivityStatistics(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailActivitySummary(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailActivityUserDetail(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageAppsUserCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageUserCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageUserDetail(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::EmailAppUsageVersionsUserCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::EmailAuthenticationMethod(v) => &mut v.id,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::EmailAuthenticationMethodConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::EmailFileAssessmentRequest(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EmbeddedSimActivationCodePool(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EmbeddedSimActivationCodePoolAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EmbeddedSimDeviceState(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Employee(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::Endpoint(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::EnrollmentConfigurationAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::EnrollmentProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::EnrollmentRestrictionsConfigurationPolicySetItem(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::EnrollmentTroubleshootingEvent(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::EnterpriseCodeSigningCertificate(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::EntitlementManagement(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::EntitlementManagementSettings(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::EvaluateLabelJobResponse(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::Event(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::EventMessage(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::EventMessageRequest(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::EventMessageResponse(v) => &mut v.id,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchDataStore(v) => &mut v.id,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchDataStoreBase(v) => &mut v.id,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchJobBase(v) => &mut v.id,
            #[cfg(msgraph_beta_search)]
            Self::ExactMatchLookupJob(v) => &mut v.id,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchSession(v) => &mut v.id,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchSessionBase(v) => &mut v.id,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::ExactMatchUploadAgent(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::Extension(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::ExtensionProperty(v) => &mut v.id,
            #[cfg(msgraph_beta_search)]
            Self::External(v) => &mut v.id,
            #[cfg(msgraph_beta_search)]
            Self::ExternalConnection(v) => &mut v.id,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsConnectionOperation(v) => &mut v.id,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalConnection(v) => &mut v.id,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalGroup(v) => &mut v.id,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalGroupMember(v) => &mut v.id,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsExternalItem(v) => &mut v.id,
            #[cfg(msgraph_beta_connections_or_external_or_search)]
            Self::ExternalConnectorsSchema(v) => &mut v.id,
            #[cfg(msgraph_beta_search)]
            Self::ExternalGroup(v) => &mut v.id,
            #[cfg(msgraph_beta_search)]
            Self::ExternalGroupMember(v) => &mut v.id,
            #[cfg(msgraph_beta_search)]
            Self::ExternalItem(v) => &mut v.id,
            #[cfg(msgraph_beta_directory_or_policies_or_search)]
            Self::FeatureRolloutPolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::Fido2AuthenticationMethod(v) => &mut v.id,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::Fido2AuthenticationMethodConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::FieldValueSet(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::FileAssessmentRequest(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::FileAttachment(v) => &mut v.id,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::FileClassificationRequest(v) => &mut v.id,
            #[cfg(msgraph_beta_search_or_security)]
            Self::FileSecurityProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_filter_operators)]
            Self::FilterOperatorSchema(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::FocusActivityStatistics(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::GeneralLedgerEntry(v) => &mut v.id,
            #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
            Self::GovernancePolicyTemplate(v) => &mut v.id,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceResource(v) => &mut v.id,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleAssignment(v) => &mut v.id,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleAssignmentRequest(v) => &mut v.id,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleDefinition(v) => &mut v.id,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
            )]
            Self::GovernanceRoleSetting(v) => &mut v.id,
            #[cfg(
                msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_5_more_80
            )]
            Self::GovernanceSubject(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::Group(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
            Self::GroupLifecyclePolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyCategory(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyConfigurationAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyDefinition(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyDefinitionFile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyDefinitionValue(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyMigrationReport(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyObjectFile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyOperation(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentation(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationCheckBox(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationComboBox(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationDecimalTextBox(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationDropdownList(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationListBox(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationLongDecimalTextBox(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationMultiTextBox(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationText(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationTextBox(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValue(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueBoolean(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueDecimal(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueList(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueLongDecimal(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueMultiText(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyPresentationValueText(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicySettingMapping(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::GroupPolicyUploadedDefinitionFile(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_search_or_security)]
            Self::HostSecurityProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityApiConnector(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityBuiltInUserFlowAttribute(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityCustomUserFlowAttribute(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_providers_or_search)]
            Self::IdentityProvider(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityProviderBase(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityUserFlow(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityUserFlowAttribute(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IdentityUserFlowAttributeAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedAppleDeviceIdentity(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedAppleDeviceIdentityResult(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedDeviceIdentity(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedDeviceIdentityResult(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ImportedWindowsAutopilotDeviceIdentity(v) => &mut v.id,
            #[cfg(msgraph_beta_search)]
            Self::ImportedWindowsAutopilotDeviceIdentityUpload(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::InferenceClassification(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::InferenceClassificationOverride(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::InformationProtection(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::InformationProtectionLabel(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::InformationProtectionPolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IntuneBrandingProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IntuneBrandingProfileAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_invitations_or_search)]
            Self::Invitation(v) => &mut v.id,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::InviteParticipantsOperation(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCertificateProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCertificateProfileBase(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCompliancePolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosCustomConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosDerivedCredentialAuthenticationConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEasEmailProfileConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEduDeviceConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEducationDeviceConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosEnterpriseWiFiConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosExpeditedCheckinConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosGeneralDeviceConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosImportedPfxCertificateProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobApp(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobAppProvisioningConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobAppProvisioningConfigurationAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosLobAppProvisioningConfigurationPolicySetItem(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::IosManagedAppProtection(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosManagedAppRegistration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosMobileAppConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosPkcsCertificateProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosScepCertificateProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosStoreApp(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosTrustedRootCertificate(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosUpdateConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosUpdateDeviceStatus(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosVpnConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppApp(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppAppAssignedDeviceLicense(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppAppAssignedLicense(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppAppAssignedUserLicense(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppEBook(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::IosVppEBookAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosWiFiConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::IosikEv2VpnConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::IpNamedLocation(v) => &mut v.id,
            #[cfg(msgraph_beta_search_or_security)]
            Self::IpSecurityProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Item(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ItemActivity(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ItemActivityOld(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ItemActivityStat(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::ItemAddress(v) => &mut v.id,
            #[cfg(msgraph_beta_search)]
            Self::ItemAnalytics(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::ItemAttachment(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::ItemCategory(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::ItemEmail(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::ItemFacet(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::ItemInsights(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::ItemInsightsSettings(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::ItemPatent(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::ItemPhone(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::ItemPublication(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::JobResponseBase(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Journal(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::JournalLine(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::LanguageProficiency(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::LicenseDetails(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::LinkedResource(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
            Self::List(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ListItem(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ListItemVersion(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::LocalizedNotificationMessage(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::LocationManagementCondition(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::LongRunningOperation(v) => &mut v.id,
            #[cfg(msgraph_beta_search)]
            Self::LookupResultRow(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCertificateProfileBase(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCompliancePolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCustomAppConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsCustomConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsEndpointProtectionConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsEnterpriseWiFiConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsExtensionsConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsGeneralDeviceConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsImportedPfxCertificateProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsLobApp(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsMdatpApp(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsOfficeSuiteApp(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsPkcsCertificateProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsScepCertificateProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateAccountSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateCategorySummary(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsSoftwareUpdateStateSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsTrustedRootCertificate(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsVpnConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsWiFiConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MacOsWiredNetworkConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsVppApp(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MacOsVppAppAssignedLicense(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::MailAssessmentRequest(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::MailFolder(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::MailSearchFolder(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageDetail(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageMailboxCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageQuotaStatusMailboxCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::MailboxUsageStorage(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MalwareStateForWindowsDevice(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagedAllDeviceCertificateState(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAndroidLobApp(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAndroidStoreApp(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedApp(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppOperation(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppPolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppPolicyDeploymentSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedAppProtection(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppProtectionPolicySetItem(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppRegistration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppStatus(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedAppStatusRaw(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::ManagedDevice(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagedDeviceCertificateState(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagedDeviceEncryptionState(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceStatus(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationPolicySetItem(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::ManagedDeviceMobileAppConfigurationState(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserStatus(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_search)]
            Self::ManagedDeviceOverview(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedEBook(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedEBookAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedEBookCategory(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedIosLobApp(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedIosStoreApp(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::ManagedMobileApp(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::ManagedMobileLobApp(v) => &mut v.id,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::AggregatedPolicyCompliance(v) => &mut v.id,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::CloudPcConnection(v) => &mut v.id,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::CloudPcDevice(v) => &mut v.id,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ConditionalAccessPolicyCoverage(v) => &mut v.id,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::CredentialUserRegistrationsSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsDeviceCompliancePolicySettingStateSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedDeviceCompliance(v) => &mut v.id,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedDeviceComplianceTrend(v) => &mut v.id,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenant(v) => &mut v.id,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsRiskyUser(v) => &mut v.id,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsWindowsDeviceMalwareState(v) => &mut v.id,
            #[cfg(msgraph_beta_search_or_tenant_relationships)]
            Self::ManagedTenantsWindowsProtectionState(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagementCondition(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ManagementConditionStatement(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MdmWindowsInformationProtectionPolicyPolicySetItem(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_activitystatistics)]
            Self::MeetingActivityStatistics(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_app_or_communications)]
            Self::MeetingAttendanceReport(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::Mention(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::Message(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::MessageRule(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => &mut v.id,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(v) => &mut v.id,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MicrosoftStoreForBusinessContainedApp(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelHealthThreshold(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelServer(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelServerLogCollectionResponse(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MicrosoftTunnelSite(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileApp(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppCategory(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppContent(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppContentFile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppDependency(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppInstallStatus(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppInstallSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::MobileAppIntentAndState(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppPolicySetItem(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppProvisioningConfigGroupAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppRelationship(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileAppSupersedence(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::MobileAppTroubleshootingEvent(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileContainedApp(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::MobileLobApp(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::MobileThreatDefenseConnector(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::MultiValueLegacyExtendedProperty(v) => &mut v.id,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::MuteParticipantOperation(v) => &mut v.id,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::MuteParticipantsOperation(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::NamedLocation(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NdesConnector(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NetworkIPv4ConfigurationManagementCondition(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NetworkIPv6ConfigurationManagementCondition(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NetworkManagementCondition(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::Note(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Notebook(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::Notification(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::NotificationMessageTemplate(v) => &mut v.id,
            #[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
            Self::OAuth2PermissionGrant(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::OfferShiftRequest(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActivationCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActivationsUserCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActivationsUserDetail(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActiveUserCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ActiveUserDetail(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityDetail(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityFileCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityGroupCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365GroupsActivityStorage(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::Office365ServicesUserCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::OfficeClientConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::OfficeClientConfigurationAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::OfficeGraphInsights(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::OfficeSuiteApp(v) => &mut v.id,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::OnPremisesAgent(v) => &mut v.id,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::OnPremisesAgentGroup(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::OnPremisesConditionalAccessSettings(v) => &mut v.id,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::OnPremisesPublishingProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveActivityUserDetail(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveUsageAccountCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveUsageAccountDetail(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::OneDriveUsageFileCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Onenote(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteEntityBaseModel(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteEntityHierarchyModel(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteEntitySchemaObjectModel(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteOperation(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenotePage(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteResource(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::OnenoteSection(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_app_or_communications)]
            Self::OnlineMeeting(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::OpenIdConnectIdentityProvider(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_providers_or_search)]
            Self::OpenIdConnectProvider(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::OpenShift(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::OpenShiftChangeRequest(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::OpenTypeExtension(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Operation(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::OrgContact(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::Organization(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::OrganizationSettings(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_branding)]
            Self::OrganizationalBranding(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_branding)]
            Self::OrganizationalBrandingLocalization(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_branding)]
            Self::OrganizationalBrandingProperties(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::OutlookCategory(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::OutlookItem(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::OutlookTask(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::OutlookTaskFolder(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::OutlookTaskGroup(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::OutlookUser(v) => &mut v.id,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::Participant(v) => &mut v.id,
            #[cfg(msgraph_beta_search)]
            Self::ParticipantJoiningNotification(v) => &mut v.id,
            #[cfg(msgraph_beta_search)]
            Self::ParticipantLeftNotification(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::PasswordAuthenticationMethod(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::PasswordlessMicrosoftAuthenticatorAuthenticationMethod(v) => &mut v.id,
            #[cfg(msgraph_beta_payload_response_or_search)]
            Self::PayloadResponse(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PaymentMethod(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PaymentTerm(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::Permission(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::PermissionGrantConditionSet(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::PermissionGrantPolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::Person(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::PersonAnnotation(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::PersonAnnualEvent(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::PersonAward(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::PersonCertification(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::PersonExtension(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::PersonInterest(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::PersonName(v) => &mut v.id,
            #[cfg(msgraph_beta_search)]
            Self::PersonResponsibility(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::PersonWebsite(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::PhoneAuthenticationMethod(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Picture(v) => &mut v.id,
            #[cfg(msgraph_beta_places_or_search)]
            Self::Place(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerAssignedToTaskBoardTaskFormat(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerBucket(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerBucketTaskBoardTaskFormat(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerDelta(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::PlannerGroup(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerPlan(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerPlanDetails(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerProgressTaskBoardTaskFormat(v) => &mut v.id,
            #[cfg(msgraph_beta_planner_or_search)]
            Self::PlannerRoster(v) => &mut v.id,
            #[cfg(msgraph_beta_planner_or_search)]
            Self::PlannerRosterMember(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerTask(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerTaskDetails(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_planner)]
            Self::PlannerUser(v) => &mut v.id,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::PlayPromptOperation(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::PolicyBase(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::PolicySet(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::PolicySetAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::PolicySetItem(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::Post(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_communications)]
            Self::Presence(v) => &mut v.id,
            #[cfg(msgraph_beta_search)]
            Self::Presentation(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintConnector(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintDocument(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintJob(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintOperation(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintService(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintServiceEndpoint(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintTask(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintTaskDefinition(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrintTaskTrigger(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::PrintUsage(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::PrintUsageByPrinter(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::PrintUsageByUser(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_search)]
            Self::Printer(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrinterBase(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrinterCreateOperation(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_search)]
            Self::PrinterShare(v) => &mut v.id,
            #[cfg(msgraph_beta_privileged_access_or_search)]
            Self::PrivilegedAccess(v) => &mut v.id,
            #[cfg(msgraph_beta_privileged_approval_or_search)]
            Self::PrivilegedApproval(v) => &mut v.id,
            #[cfg(msgraph_beta_privileged_operation_events_or_search)]
            Self::PrivilegedOperationEvent(v) => &mut v.id,
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRole(v) => &mut v.id,
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRoleAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_privileged_role_assignment_requests_or_search)]
            Self::PrivilegedRoleAssignmentRequest(v) => &mut v.id,
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRoleSettings(v) => &mut v.id,
            #[cfg(
                msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
            )]
            Self::PrivilegedRoleSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_privileged_signup_status_or_search)]
            Self::PrivilegedSignupStatus(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::Profile(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::ProfileCardProperty(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::ProfilePhoto(v) => &mut v.id,
            #[cfg(msgraph_beta_program_controls_or_programs_or_search)]
            Self::Program(v) => &mut v.id,
            #[cfg(msgraph_beta_program_controls_or_programs_or_search)]
            Self::ProgramControl(v) => &mut v.id,
            #[cfg(msgraph_beta_program_control_types_or_search)]
            Self::ProgramControlType(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::ProjectParticipation(v) => &mut v.id,
            #[cfg(msgraph_beta_search_or_security)]
            Self::ProviderTenantSetting(v) => &mut v.id,
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::ProvisioningObjectSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
            Self::PublishedResource(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PurchaseInvoice(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::PurchaseInvoiceLine(v) => &mut v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::RbacApplication(v) => &mut v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::RbacApplicationMultiple(v) => &mut v.id,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::RecordOperation(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::ReferenceAttachment(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::RegionalAndLanguageSettings(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::RelyingPartyDetailedSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RemoteActionAudit(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RemoteAssistancePartner(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::ReportRoot(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_role_management)]
            Self::Request(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::ResourceOperation(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::ResourceSpecificPermissionGrant(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RestrictedAppsViolation(v) => &mut v.id,
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::RestrictedSignIn(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_protection_or_risk_detections_or_search)]
            Self::RiskDetection(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
            Self::RiskyUser(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
            Self::RiskyUserHistoryItem(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleDefinition(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleScopeTag(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::RoleScopeTagAutoAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_places_or_search)]
            Self::Room(v) => &mut v.id,
            #[cfg(msgraph_beta_places_or_search)]
            Self::RoomList(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesCreditMemo(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesCreditMemoLine(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesInvoice(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesInvoiceLine(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesOrder(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesOrderLine(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesQuote(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::SalesQuoteLine(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::Schedule(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::ScheduleChangeRequest(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::SchedulingGroup(v) => &mut v.id,
            #[cfg(msgraph_beta_search)]
            Self::Schema(v) => &mut v.id,
            #[cfg(msgraph_beta_schema_extensions_or_search)]
            Self::SchemaExtension(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_scoped_role_memberships)]
            Self::ScopedRoleMembership(v) => &mut v.id,
            #[cfg(msgraph_beta_search)]
            Self::SearchEntity(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SectionGroup(v) => &mut v.id,
            #[cfg(msgraph_beta_search_or_security)]
            Self::SecureScore(v) => &mut v.id,
            #[cfg(msgraph_beta_search_or_security)]
            Self::SecureScoreControlProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_search_or_security)]
            Self::SecurityAction(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineCategoryStateSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineDeviceState(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::SecurityBaselineSettingState(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::SecurityBaselineState(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineStateSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SecurityBaselineTemplate(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::SecurityConfigurationTask(v) => &mut v.id,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::SensitiveType(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
            Self::SensitivityLabel(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::SensitivityPolicySettings(v) => &mut v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceAnnouncement(v) => &mut v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceAnnouncementBase(v) => &mut v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceHealth(v) => &mut v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceHealthIssue(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::ServicePrincipal(v) => &mut v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::ServiceUpdateMessage(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SettingStateDeviceSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointActivityPages(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointActivityUserCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointActivityUserDetail(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsageDetail(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsageFileCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsagePages(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SharePointSiteUsageSiteCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SharedDriveItem(v) => &mut v.id,
            #[cfg(msgraph_beta_directory_or_search)]
            Self::SharedEmailDomain(v) => &mut v.id,
            #[cfg(msgraph_beta_domains_or_search)]
            Self::SharedEmailDomainInvitation(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::SharedInsight(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::SharedPcConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::Shift(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::ShiftPreferences(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::ShipmentMethod(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::SideLoadingKey(v) => &mut v.id,
            #[cfg(msgraph_beta_audit_logs_or_search)]
            Self::SignIn(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::SingleValueLegacyExtendedProperty(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::Site(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SiteActivitySummary(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites)]
            Self::SitePage(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SiteUsageStorage(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::SkillProficiency(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessActivityCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessActivityUserCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessActivityUserDetail(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessDeviceUsageDistributionUserCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessDeviceUsageUserCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessDeviceUsageUserDetail(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessOrganizerActivityCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessOrganizerActivityMinuteCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessOrganizerActivityUserCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessParticipantActivityCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessParticipantActivityMinuteCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessParticipantActivityUserCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessPeerToPeerActivityCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessPeerToPeerActivityMinuteCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::SkypeForBusinessPeerToPeerActivityUserCounts(v) => &mut v.id,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodConfiguration(v) => &mut v.id,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodTarget(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::SocialIdentityProvider(v) => &mut v.id,
            #[cfg(msgraph_beta_search)]
            Self::SoftwareUpdateStatusSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::StsPolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::SubscribeToToneOperation(v) => &mut v.id,
            #[cfg(msgraph_beta_search_or_subscribed_skus)]
            Self::SubscribedSku(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_3_more)]
            Self::Subscription(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::SwapShiftsChangeRequest(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::SymantecCodeSigningCertificate(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::Synchronization(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::SynchronizationJob(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::SynchronizationSchema(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::SynchronizationTemplate(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::TargetedManagedAppConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::TargetedManagedAppConfigurationPolicySetItem(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::TargetedManagedAppPolicyAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::TargetedManagedAppProtection(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::TaxArea(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::TaxGroup(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::Team(v) => &mut v.id,
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamsApp(v) => &mut v.id,
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamsAppDefinition(v) => &mut v.id,
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamsAppIcon(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::TeamsAppInstallation(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::TeamsAsyncOperation(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsDeviceUsageDistributionUserCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsDeviceUsageUserCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsDeviceUsageUserDetail(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::TeamsTab(v) => &mut v.id,
            #[cfg(msgraph_beta_search_or_teams_templates)]
            Self::TeamsTemplate(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityDistributionUserCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityUserCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::TeamsUserActivityUserDetail(v) => &mut v.id,
            #[cfg(msgraph_beta_search_or_teamwork)]
            Self::Teamwork(v) => &mut v.id,
            #[cfg(msgraph_beta_app_catalogs_or_search)]
            Self::TeamworkBot(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_app_catalogs)]
            Self::TeamworkHostedContent(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::TeamworkTag(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::TeamworkTagMember(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TelecomExpenseManagementPartner(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::TemporaryAccessPassAuthenticationMethod(v) => &mut v.id,
            #[cfg(
                msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_privileged_signup_status_or_search)]
            Self::TenantSetupInfo(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::TermStoreGroup(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Relation(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Set(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Store(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
            Self::Term(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditions(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditionsAcceptanceStatus(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditionsAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::TermsAndConditionsGroupAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_governance_or_search)]
            Self::TermsOfUseContainer(v) => &mut v.id,
            #[cfg(msgraph_beta_data_classification_or_search)]
            Self::TextClassificationRequest(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::ThreatAssessmentRequest(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::ThreatAssessmentResult(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::ThumbnailSet(v) => &mut v.id,
            #[cfg(msgraph_beta_search_or_security)]
            Self::TiIndicator(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::TimeCard(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::TimeOff(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffReason(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::TimeOffRequest(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::Todo(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::TodoTask(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::TodoTaskList(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::TokenIssuancePolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::TokenLifetimePolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::Trending(v) => &mut v.id,
            #[cfg(msgraph_beta_search_or_trust_framework)]
            Self::TrustFrameworkKeySet(v) => &mut v.id,
            #[cfg(msgraph_beta_search_or_trust_framework)]
            Self::TrustFrameworkPolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRbacResourceAction(v) => &mut v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRbacResourceNamespace(v) => &mut v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRbacResourceScope(v) => &mut v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentMultiple(v) => &mut v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentSchedule(v) => &mut v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &mut v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &mut v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleDefinition(v) => &mut v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilitySchedule(v) => &mut v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &mut v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &mut v.id,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyApprovalRule(v) => &mut v.id,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAuthenticationContextRule(v) => &mut v.id,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyEnablementRule(v) => &mut v.id,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyExpirationRule(v) => &mut v.id,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyNotificationRule(v) => &mut v.id,
            #[cfg(msgraph_beta_policies_or_search)]
            Self::UnifiedRoleManagementPolicyRule(v) => &mut v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleScheduleBase(v) => &mut v.id,
            #[cfg(msgraph_beta_role_management_or_search)]
            Self::UnifiedRoleScheduleInstanceBase(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::UnitOfMeasure(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::UnmanagedDeviceDiscoveryTask(v) => &mut v.id,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::UnmuteParticipantOperation(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UnsupportedDeviceConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UnsupportedGroupPolicyExtension(v) => &mut v.id,
            #[cfg(msgraph_beta_app_or_communications_or_search)]
            Self::UpdateRecordingStatusOperation(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_information_protection)]
            Self::UrlAssessmentRequest(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::UsageRight(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::UsedInsight(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::User(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::UserAccountInformation(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::UserActivity(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::UserAnalytics(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::UserAppInstallStatus(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::UserConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::UserConsentRequest(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::UserCredentialUsageDetails(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersion(v) => {
                &mut v.id
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion(v) => {
                &mut v.id
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthApplicationPerformance(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDeviceModelPerformance(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformance(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformanceDetails(v) => {
                &mut v.id
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthOsVersionPerformance(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsBaseline(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsCategory(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDevicePerformance(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceScores(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupHistory(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcess(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcessPerformance(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceWithoutCloudIdentity(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsImpactingProcess(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsMetric(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsMetricHistory(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsNotAutopilotReadyDevice(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsOverview(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsRegressionSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsRemoteConnection(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsResourcePerformance(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsScoreHistory(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereDevice(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereMetric(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::UserFlowLanguageConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_identity_or_search)]
            Self::UserFlowLanguagePage(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::UserInsightsSettings(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::UserInstallStateSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::UserPfxCertificate(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::UserScopeTeamsAppInstallation(v) => &mut v.id,
            #[cfg(msgraph_beta_search_or_security)]
            Self::UserSecurityProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::UserSettings(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::UserTeamwork(v) => &mut v.id,
            #[cfg(msgraph_beta_financials_or_search)]
            Self::Vendor(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::VirtualEndpoint(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::VpnConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::VppToken(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::VulnerableManagedDevice(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::WebAccount(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WebApp(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::Win32LobApp(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10CertificateProfileBase(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10CompliancePolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10CustomConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10DeviceFirmwareConfigurationInterface(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10EasEmailProfileConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10EndpointProtectionConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::Windows10EnrollmentCompletionPageConfigurationPolicySetItem(v) => {
                &mut v.id
            }
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10GeneralConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10ImportedPfxCertificateProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10MobileCompliancePolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10NetworkBoundaryConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10PfxImportCertificateProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10PkcsCertificateProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10SecureAssessmentConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10TeamGeneralConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10VpnConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XCertificateProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XscepCertificateProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XTrustedRootCertificate(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XVpnConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows10XWifiConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81CertificateProfileBase(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81CompliancePolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81GeneralConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81ScepCertificateProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81TrustedRootCertificate(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81VpnConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::Windows81WifiImportConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsAppX(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAssignedAccessProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotDeploymentProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotDeploymentProfileAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsAutopilotDeploymentProfilePolicySetItem(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotDeviceIdentity(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsAutopilotSettings(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsCertificateProfileBase(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicyAssignment(v) => {
                &mut v.id
            }
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicyDeploymentStatus(
                v,
            ) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsDefenderApplicationControlSupplementalPolicyDeploymentSummary(
                v,
            ) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsDeliveryOptimizationConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::WindowsDeviceMalwareState(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsDomainJoinConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsFeatureUpdateCatalogItem(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsFeatureUpdateProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsFeatureUpdateProfileAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsHealthMonitoringConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsIdentityProtectionConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::WindowsInformationProtection(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsInformationProtectionAppLearningSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::WindowsInformationProtectionAppLockerFile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsInformationProtectionDeviceRegistration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsInformationProtectionNetworkLearningSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_device_app_management)]
            Self::WindowsInformationProtectionPolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsInformationProtectionWipeAction(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsKioskConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsMalwareInformation(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::WindowsManagedDevice(v) => &mut v.id,
            #[cfg(msgraph_beta_search)]
            Self::WindowsManagementApp(v) => &mut v.id,
            #[cfg(msgraph_beta_search)]
            Self::WindowsManagementAppHealthState(v) => &mut v.id,
            #[cfg(msgraph_beta_search)]
            Self::WindowsManagementAppHealthSummary(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsMobileMsi(v) => &mut v.id,
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::WindowsOfficeClientConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_office_configuration_or_search)]
            Self::WindowsOfficeClientSecurityConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhone81AppX(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhone81AppXBundle(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81CertificateProfileBase(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81CompliancePolicy(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81CustomConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81GeneralConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81ImportedPfxCertificateProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81ScepCertificateProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhone81StoreApp(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81TrustedRootCertificate(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhone81VpnConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPhoneEasEmailProfileConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsPhoneXap(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsPrivacyDataAccessControlItem(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::WindowsProtectionState(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsQualityUpdateCatalogItem(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsQualityUpdateProfile(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsQualityUpdateProfileAssignment(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsStoreApp(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsUniversalAppX(v) => &mut v.id,
            #[cfg(msgraph_beta_device_app_management_or_search)]
            Self::WindowsUniversalAppXContainedApp(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsUpdateCatalogItem(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsUpdateForBusinessConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsUpdateState(v) => &mut v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::AzureAdDevice(v) => &mut v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Catalog(v) => &mut v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::CatalogEntry(v) => &mut v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Deployment(v) => &mut v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::DeploymentAudience(v) => &mut v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::FeatureUpdateCatalogEntry(v) => &mut v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::QualityUpdateCatalogEntry(v) => &mut v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::SoftwareUpdateCatalogEntry(v) => &mut v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::UpdatableAsset(v) => &mut v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::UpdatableAssetGroup(v) => &mut v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Updates(v) => &mut v.id,
            #[cfg(msgraph_beta_admin_or_search)]
            Self::Windows(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsVpnConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsWifiConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_device_management_or_search)]
            Self::WindowsWifiEnterpriseEapConfiguration(v) => &mut v.id,
            #[cfg(msgraph_beta_core)]
            Self::WorkPosition(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::Workbook(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookApplication(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChart(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAreaFormat(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxes(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxis(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxisFormat(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxisTitle(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartAxisTitleFormat(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartDataLabelFormat(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartDataLabels(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartFill(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartFont(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartGridlines(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartGridlinesFormat(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartLegend(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartLegendFormat(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartLineFormat(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartPoint(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartPointFormat(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartSeries(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartSeriesFormat(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartTitle(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookChartTitleFormat(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookComment(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookCommentReply(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFilter(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFormatProtection(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFunctionResult(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookFunctions(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookNamedItem(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookOperation(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookPivotTable(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRange(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeBorder(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeFill(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeFont(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeFormat(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeSort(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookRangeView(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTable(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTableColumn(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTableRow(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookTableSort(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookWorksheet(v) => &mut v.id,
            #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
            Self::WorkbookWorksheetProtection(v) => &mut v.id,
            #[cfg(msgraph_beta_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerActivitySummary(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerActivityUserDetail(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerDeviceUsageDistributionUserCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerDeviceUsageUserCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerDeviceUsageUserDetail(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerGroupsActivityCounts(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerGroupsActivityDetail(v) => &mut v.id,
            #[cfg(msgraph_beta_print_or_reports_or_search)]
            Self::YammerGroupsActivityGroupCounts(v) => &mut v.id,
        }
    }
}
