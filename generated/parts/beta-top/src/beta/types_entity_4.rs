//! Types of `microsoft.graph` by the first letters of their names (`entity_4`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_any_area)]
impl AnyEntity {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        rt::Poly::members(self).view().0.type_name
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        rt::Poly::members(self).view().1
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        rt::Poly::members_mut(self).extra_mut_dyn()
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
#[cfg(msgraph_beta_any_area)]
rt::impl_poly!(AnyEntity);
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEntity);
