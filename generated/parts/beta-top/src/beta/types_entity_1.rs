//! Types of `microsoft.graph` by the first letters of their names (`entity_1`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_any_area)]
/// CSDL: `microsoft.graph.entity`, entity type, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone)]
pub struct Entity {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for Entity {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::Object for Entity {
    const TYPE_NAME: &'static str = "microsoft.graph.entity";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":                           "];
    const TAG: &'static str = "\"#microsoft.graph.entity\"";
    #[inline]
    fn visit_fields<'s>(&'s self, v: &mut dyn rt::object::FieldVisitor<'s>) {
        v.field(0usize, "id", &self.id);
    }
}
#[cfg(msgraph_beta_any_area)]
impl rt::object::Members for Entity {
    #[inline]
    fn read_member(&mut self, i: usize, r: &mut rt::Reader<'_>) -> rt::ReadResult<bool> {
        match i {
            0usize => self.id.read_from(r),
            _ => ::std::result::Result::Ok(false),
        }
    }
    #[inline]
    fn write_fields(&self, w: &mut rt::object::Fields<'_>) {
        w.field(0usize, &self.id);
    }
    #[inline]
    fn view(&self) -> (rt::object::Meta, &rt::Extra) {
        (<Self as rt::Object>::META, &self.extra)
    }
    #[inline]
    fn extra_mut_dyn(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_beta_any_area)]
rt::impl_object!(Entity);
#[cfg(msgraph_beta_any_area)]
rt::impl_setters!(Entity { with_id id : ::std::string::String; });
#[cfg(msgraph_beta_any_area)]
#[cfg(feature = "serde")]
rt::impl_serde!(Entity);
#[cfg(msgraph_beta_any_area)]
/// `microsoft.graph.entity` or any type derived from it, selected by `@odata.type` (1289 types); each variant's type converts into it (`From`).
///
/// Feature: `beta` or any `beta-*` area feature.
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEntity {
    Entity(::std::boxed::Box<crate::beta::Entity>),
    #[cfg(msgraph_beta_core)]
    AadUserConversationMember(::std::boxed::Box<crate::beta::AadUserConversationMember>),
    #[cfg(msgraph_beta_identity_governance_or_search)]
    AccessPackage(::std::boxed::Box<crate::beta::AccessPackage>),
    #[cfg(msgraph_beta_identity_governance_or_search)]
    AccessPackageAssignment(::std::boxed::Box<crate::beta::AccessPackageAssignment>),
    #[cfg(msgraph_beta_identity_governance_or_search)]
    AccessPackageAssignmentPolicy(
        ::std::boxed::Box<crate::beta::AccessPackageAssignmentPolicy>,
    ),
    #[cfg(msgraph_beta_identity_governance_or_search)]
    AccessPackageAssignmentRequest(
        ::std::boxed::Box<crate::beta::AccessPackageAssignmentRequest>,
    ),
    #[cfg(msgraph_beta_identity_governance_or_search)]
    AccessPackageAssignmentResourceRole(
        ::std::boxed::Box<crate::beta::AccessPackageAssignmentResourceRole>,
    ),
    #[cfg(msgraph_beta_identity_governance_or_search)]
    AccessPackageCatalog(::std::boxed::Box<crate::beta::AccessPackageCatalog>),
    #[cfg(msgraph_beta_identity_governance_or_search)]
    AccessPackageResource(::std::boxed::Box<crate::beta::AccessPackageResource>),
    #[cfg(msgraph_beta_identity_governance_or_search)]
    AccessPackageResourceEnvironment(
        ::std::boxed::Box<crate::beta::AccessPackageResourceEnvironment>,
    ),
    #[cfg(msgraph_beta_identity_governance_or_search)]
    AccessPackageResourceRequest(
        ::std::boxed::Box<crate::beta::AccessPackageResourceRequest>,
    ),
    #[cfg(msgraph_beta_identity_governance_or_search)]
    AccessPackageResourceRole(::std::boxed::Box<crate::beta::AccessPackageResourceRole>),
    #[cfg(msgraph_beta_identity_governance_or_search)]
    AccessPackageResourceRoleScope(
        ::std::boxed::Box<crate::beta::AccessPackageResourceRoleScope>,
    ),
    #[cfg(msgraph_beta_identity_governance_or_search)]
    AccessPackageResourceScope(
        ::std::boxed::Box<crate::beta::AccessPackageResourceScope>,
    ),
    #[cfg(msgraph_beta_identity_governance_or_search)]
    AccessPackageSubject(::std::boxed::Box<crate::beta::AccessPackageSubject>),
    #[cfg(msgraph_beta_access_reviews_or_search)]
    AccessReview(::std::boxed::Box<crate::beta::AccessReview>),
    #[cfg(msgraph_beta_access_review_decisions_or_access_reviews_or_search)]
    AccessReviewDecision(::std::boxed::Box<crate::beta::AccessReviewDecision>),
    #[cfg(msgraph_beta_identity_governance_or_search)]
    AccessReviewHistoryDefinition(
        ::std::boxed::Box<crate::beta::AccessReviewHistoryDefinition>,
    ),
    #[cfg(msgraph_beta_core)]
    AccessReviewInstance(::std::boxed::Box<crate::beta::AccessReviewInstance>),
    #[cfg(msgraph_beta_core)]
    AccessReviewInstanceDecisionItem(
        ::std::boxed::Box<crate::beta::AccessReviewInstanceDecisionItem>,
    ),
    #[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
    AccessReviewPolicy(::std::boxed::Box<crate::beta::AccessReviewPolicy>),
    #[cfg(msgraph_beta_access_reviews_or_search)]
    AccessReviewReviewer(::std::boxed::Box<crate::beta::AccessReviewReviewer>),
    #[cfg(msgraph_beta_identity_governance_or_search)]
    AccessReviewScheduleDefinition(
        ::std::boxed::Box<crate::beta::AccessReviewScheduleDefinition>,
    ),
    #[cfg(msgraph_beta_identity_governance_or_search)]
    AccessReviewSet(::std::boxed::Box<crate::beta::AccessReviewSet>),
    #[cfg(msgraph_beta_financials_or_search)]
    Account(::std::boxed::Box<crate::beta::Account>),
    #[cfg(msgraph_beta_device_management_or_search)]
    ActiveDirectoryWindowsAutopilotDeploymentProfile(
        ::std::boxed::Box<crate::beta::ActiveDirectoryWindowsAutopilotDeploymentProfile>,
    ),
    #[cfg(msgraph_beta_core)]
    ActivityBasedTimeoutPolicy(
        ::std::boxed::Box<crate::beta::ActivityBasedTimeoutPolicy>,
    ),
    #[cfg(msgraph_beta_core)]
    ActivityHistoryItem(::std::boxed::Box<crate::beta::ActivityHistoryItem>),
    #[cfg(msgraph_beta_core_or_activitystatistics)]
    ActivityStatistics(::std::boxed::Box<crate::beta::ActivityStatistics>),
    #[cfg(msgraph_beta_policies_or_search)]
    AdminConsentRequestPolicy(::std::boxed::Box<crate::beta::AdminConsentRequestPolicy>),
    #[cfg(msgraph_beta_core)]
    AdministrativeUnit(::std::boxed::Box<crate::beta::AdministrativeUnit>),
    #[cfg(msgraph_beta_device_management_or_search)]
    AdvancedThreatProtectionOnboardingDeviceSettingState(
        ::std::boxed::Box<
            crate::beta::AdvancedThreatProtectionOnboardingDeviceSettingState,
        >,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AdvancedThreatProtectionOnboardingStateSummary(
        ::std::boxed::Box<crate::beta::AdvancedThreatProtectionOnboardingStateSummary>,
    ),
    #[cfg(msgraph_beta_financials_or_search)]
    AgedAccountsPayable(::std::boxed::Box<crate::beta::AgedAccountsPayable>),
    #[cfg(msgraph_beta_financials_or_search)]
    AgedAccountsReceivable(::std::boxed::Box<crate::beta::AgedAccountsReceivable>),
    #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
    Agreement(::std::boxed::Box<crate::beta::Agreement>),
    #[cfg(
        msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search
    )]
    AgreementAcceptance(::std::boxed::Box<crate::beta::AgreementAcceptance>),
    #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
    AgreementFile(::std::boxed::Box<crate::beta::AgreementFile>),
    #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
    AgreementFileLocalization(::std::boxed::Box<crate::beta::AgreementFileLocalization>),
    #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
    AgreementFileProperties(::std::boxed::Box<crate::beta::AgreementFileProperties>),
    #[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
    AgreementFileVersion(::std::boxed::Box<crate::beta::AgreementFileVersion>),
    #[cfg(msgraph_beta_search_or_security)]
    Alert(::std::boxed::Box<crate::beta::Alert>),
    #[cfg(msgraph_beta_allowed_data_locations_or_search)]
    AllowedDataLocation(::std::boxed::Box<crate::beta::AllowedDataLocation>),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidCertificateProfileBase(
        ::std::boxed::Box<crate::beta::AndroidCertificateProfileBase>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidCompliancePolicy(::std::boxed::Box<crate::beta::AndroidCompliancePolicy>),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidCustomConfiguration(
        ::std::boxed::Box<crate::beta::AndroidCustomConfiguration>,
    ),
    #[cfg(msgraph_beta_search)]
    AndroidDeviceComplianceLocalActionBase(
        ::std::boxed::Box<crate::beta::AndroidDeviceComplianceLocalActionBase>,
    ),
    #[cfg(msgraph_beta_search)]
    AndroidDeviceComplianceLocalActionLockDevice(
        ::std::boxed::Box<crate::beta::AndroidDeviceComplianceLocalActionLockDevice>,
    ),
    #[cfg(msgraph_beta_search)]
    AndroidDeviceComplianceLocalActionLockDeviceWithPasscode(
        ::std::boxed::Box<
            crate::beta::AndroidDeviceComplianceLocalActionLockDeviceWithPasscode,
        >,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidDeviceOwnerCertificateProfileBase(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerCertificateProfileBase>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidDeviceOwnerCompliancePolicy(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerCompliancePolicy>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(
        ::std::boxed::Box<
            crate::beta::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration,
        >,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidDeviceOwnerEnrollmentProfile(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerEnrollmentProfile>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidDeviceOwnerEnterpriseWiFiConfiguration(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerEnterpriseWiFiConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidDeviceOwnerGeneralDeviceConfiguration(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerGeneralDeviceConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidDeviceOwnerImportedPfxCertificateProfile(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerImportedPfxCertificateProfile>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidDeviceOwnerPkcsCertificateProfile(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerPkcsCertificateProfile>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidDeviceOwnerScepCertificateProfile(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerScepCertificateProfile>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidDeviceOwnerTrustedRootCertificate(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerTrustedRootCertificate>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidDeviceOwnerVpnConfiguration(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerVpnConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidDeviceOwnerWiFiConfiguration(
        ::std::boxed::Box<crate::beta::AndroidDeviceOwnerWiFiConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidEasEmailProfileConfiguration(
        ::std::boxed::Box<crate::beta::AndroidEasEmailProfileConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidEnterpriseWiFiConfiguration(
        ::std::boxed::Box<crate::beta::AndroidEnterpriseWiFiConfiguration>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    AndroidForWorkApp(::std::boxed::Box<crate::beta::AndroidForWorkApp>),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidForWorkAppConfigurationSchema(
        ::std::boxed::Box<crate::beta::AndroidForWorkAppConfigurationSchema>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidForWorkCertificateProfileBase(
        ::std::boxed::Box<crate::beta::AndroidForWorkCertificateProfileBase>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidForWorkCompliancePolicy(
        ::std::boxed::Box<crate::beta::AndroidForWorkCompliancePolicy>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidForWorkCustomConfiguration(
        ::std::boxed::Box<crate::beta::AndroidForWorkCustomConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidForWorkEasEmailProfileBase(
        ::std::boxed::Box<crate::beta::AndroidForWorkEasEmailProfileBase>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidForWorkEnrollmentProfile(
        ::std::boxed::Box<crate::beta::AndroidForWorkEnrollmentProfile>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidForWorkEnterpriseWiFiConfiguration(
        ::std::boxed::Box<crate::beta::AndroidForWorkEnterpriseWiFiConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidForWorkGeneralDeviceConfiguration(
        ::std::boxed::Box<crate::beta::AndroidForWorkGeneralDeviceConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidForWorkGmailEasConfiguration(
        ::std::boxed::Box<crate::beta::AndroidForWorkGmailEasConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidForWorkImportedPfxCertificateProfile(
        ::std::boxed::Box<crate::beta::AndroidForWorkImportedPfxCertificateProfile>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    AndroidForWorkMobileAppConfiguration(
        ::std::boxed::Box<crate::beta::AndroidForWorkMobileAppConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidForWorkNineWorkEasConfiguration(
        ::std::boxed::Box<crate::beta::AndroidForWorkNineWorkEasConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidForWorkPkcsCertificateProfile(
        ::std::boxed::Box<crate::beta::AndroidForWorkPkcsCertificateProfile>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidForWorkScepCertificateProfile(
        ::std::boxed::Box<crate::beta::AndroidForWorkScepCertificateProfile>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidForWorkSettings(::std::boxed::Box<crate::beta::AndroidForWorkSettings>),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidForWorkTrustedRootCertificate(
        ::std::boxed::Box<crate::beta::AndroidForWorkTrustedRootCertificate>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidForWorkVpnConfiguration(
        ::std::boxed::Box<crate::beta::AndroidForWorkVpnConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidForWorkWiFiConfiguration(
        ::std::boxed::Box<crate::beta::AndroidForWorkWiFiConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidGeneralDeviceConfiguration(
        ::std::boxed::Box<crate::beta::AndroidGeneralDeviceConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidImportedPfxCertificateProfile(
        ::std::boxed::Box<crate::beta::AndroidImportedPfxCertificateProfile>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    AndroidLobApp(::std::boxed::Box<crate::beta::AndroidLobApp>),
    #[cfg(msgraph_beta_core_or_device_app_management)]
    AndroidManagedAppProtection(
        ::std::boxed::Box<crate::beta::AndroidManagedAppProtection>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    AndroidManagedAppRegistration(
        ::std::boxed::Box<crate::beta::AndroidManagedAppRegistration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidManagedStoreAccountEnterpriseSettings(
        ::std::boxed::Box<crate::beta::AndroidManagedStoreAccountEnterpriseSettings>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    AndroidManagedStoreApp(::std::boxed::Box<crate::beta::AndroidManagedStoreApp>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    AndroidManagedStoreAppConfiguration(
        ::std::boxed::Box<crate::beta::AndroidManagedStoreAppConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidManagedStoreAppConfigurationSchema(
        ::std::boxed::Box<crate::beta::AndroidManagedStoreAppConfigurationSchema>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    AndroidManagedStoreWebApp(::std::boxed::Box<crate::beta::AndroidManagedStoreWebApp>),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidOmaCpConfiguration(::std::boxed::Box<crate::beta::AndroidOmaCpConfiguration>),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidPkcsCertificateProfile(
        ::std::boxed::Box<crate::beta::AndroidPkcsCertificateProfile>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidScepCertificateProfile(
        ::std::boxed::Box<crate::beta::AndroidScepCertificateProfile>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    AndroidStoreApp(::std::boxed::Box<crate::beta::AndroidStoreApp>),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidTrustedRootCertificate(
        ::std::boxed::Box<crate::beta::AndroidTrustedRootCertificate>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidVpnConfiguration(::std::boxed::Box<crate::beta::AndroidVpnConfiguration>),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidWiFiConfiguration(::std::boxed::Box<crate::beta::AndroidWiFiConfiguration>),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidWorkProfileCertificateProfileBase(
        ::std::boxed::Box<crate::beta::AndroidWorkProfileCertificateProfileBase>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidWorkProfileCompliancePolicy(
        ::std::boxed::Box<crate::beta::AndroidWorkProfileCompliancePolicy>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidWorkProfileCustomConfiguration(
        ::std::boxed::Box<crate::beta::AndroidWorkProfileCustomConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidWorkProfileEasEmailProfileBase(
        ::std::boxed::Box<crate::beta::AndroidWorkProfileEasEmailProfileBase>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidWorkProfileEnterpriseWiFiConfiguration(
        ::std::boxed::Box<crate::beta::AndroidWorkProfileEnterpriseWiFiConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidWorkProfileGeneralDeviceConfiguration(
        ::std::boxed::Box<crate::beta::AndroidWorkProfileGeneralDeviceConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidWorkProfileGmailEasConfiguration(
        ::std::boxed::Box<crate::beta::AndroidWorkProfileGmailEasConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidWorkProfileNineWorkEasConfiguration(
        ::std::boxed::Box<crate::beta::AndroidWorkProfileNineWorkEasConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidWorkProfilePkcsCertificateProfile(
        ::std::boxed::Box<crate::beta::AndroidWorkProfilePkcsCertificateProfile>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidWorkProfileScepCertificateProfile(
        ::std::boxed::Box<crate::beta::AndroidWorkProfileScepCertificateProfile>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidWorkProfileTrustedRootCertificate(
        ::std::boxed::Box<crate::beta::AndroidWorkProfileTrustedRootCertificate>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidWorkProfileVpnConfiguration(
        ::std::boxed::Box<crate::beta::AndroidWorkProfileVpnConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AndroidWorkProfileWiFiConfiguration(
        ::std::boxed::Box<crate::beta::AndroidWorkProfileWiFiConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AospDeviceOwnerCompliancePolicy(
        ::std::boxed::Box<crate::beta::AospDeviceOwnerCompliancePolicy>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AospDeviceOwnerDeviceConfiguration(
        ::std::boxed::Box<crate::beta::AospDeviceOwnerDeviceConfiguration>,
    ),
    #[cfg(msgraph_beta_identity_governance_or_search)]
    AppConsentApprovalRoute(::std::boxed::Box<crate::beta::AppConsentApprovalRoute>),
    #[cfg(msgraph_beta_core)]
    AppConsentRequest(::std::boxed::Box<crate::beta::AppConsentRequest>),
    #[cfg(msgraph_beta_core)]
    AppLogCollectionRequest(::std::boxed::Box<crate::beta::AppLogCollectionRequest>),
    #[cfg(msgraph_beta_core_or_app_role_assignments)]
    AppRoleAssignment(::std::boxed::Box<crate::beta::AppRoleAssignment>),
    #[cfg(msgraph_beta_role_management_or_search)]
    AppScope(::std::boxed::Box<crate::beta::AppScope>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    AppVulnerabilityManagedDevice(
        ::std::boxed::Box<crate::beta::AppVulnerabilityManagedDevice>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    AppVulnerabilityMobileApp(::std::boxed::Box<crate::beta::AppVulnerabilityMobileApp>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    AppVulnerabilityTask(::std::boxed::Box<crate::beta::AppVulnerabilityTask>),
    #[cfg(msgraph_beta_device_management_or_search)]
    AppleDeviceFeaturesConfigurationBase(
        ::std::boxed::Box<crate::beta::AppleDeviceFeaturesConfigurationBase>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AppleEnrollmentProfileAssignment(
        ::std::boxed::Box<crate::beta::AppleEnrollmentProfileAssignment>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AppleExpeditedCheckinConfigurationBase(
        ::std::boxed::Box<crate::beta::AppleExpeditedCheckinConfigurationBase>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    ApplePushNotificationCertificate(
        ::std::boxed::Box<crate::beta::ApplePushNotificationCertificate>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AppleUserInitiatedEnrollmentProfile(
        ::std::boxed::Box<crate::beta::AppleUserInitiatedEnrollmentProfile>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    AppleVpnConfiguration(::std::boxed::Box<crate::beta::AppleVpnConfiguration>),
    #[cfg(msgraph_beta_core)]
    AppleVppTokenTroubleshootingEvent(
        ::std::boxed::Box<crate::beta::AppleVppTokenTroubleshootingEvent>,
    ),
    #[cfg(msgraph_beta_core)]
    Application(::std::boxed::Box<crate::beta::Application>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    ApplicationSignInDetailedSummary(
        ::std::boxed::Box<crate::beta::ApplicationSignInDetailedSummary>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    ApplicationSignInSummary(::std::boxed::Box<crate::beta::ApplicationSignInSummary>),
    #[cfg(msgraph_beta_application_templates_or_search)]
    ApplicationTemplate(::std::boxed::Box<crate::beta::ApplicationTemplate>),
    #[cfg(msgraph_beta_core_or_role_management)]
    Approval(::std::boxed::Box<crate::beta::Approval>),
    #[cfg(msgraph_beta_core_or_role_management)]
    ApprovalStep(::std::boxed::Box<crate::beta::ApprovalStep>),
    #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
    ApprovalWorkflowProvider(::std::boxed::Box<crate::beta::ApprovalWorkflowProvider>),
    #[cfg(msgraph_beta_core)]
    AssignmentFilterEvaluationStatusDetails(
        ::std::boxed::Box<crate::beta::AssignmentFilterEvaluationStatusDetails>,
    ),
    #[cfg(msgraph_beta_core)]
    Attachment(::std::boxed::Box<crate::beta::Attachment>),
    #[cfg(msgraph_beta_core_or_functions)]
    AttributeMappingFunctionSchema(
        ::std::boxed::Box<crate::beta::AttributeMappingFunctionSchema>,
    ),
    #[cfg(msgraph_beta_app_or_communications_or_search)]
    AudioRoutingGroup(::std::boxed::Box<crate::beta::AudioRoutingGroup>),
    #[cfg(msgraph_beta_device_management_or_search)]
    AuditEvent(::std::boxed::Box<crate::beta::AuditEvent>),
    #[cfg(msgraph_beta_core)]
    Authentication(::std::boxed::Box<crate::beta::Authentication>),
    #[cfg(msgraph_beta_identity_or_search)]
    AuthenticationContextClassReference(
        ::std::boxed::Box<crate::beta::AuthenticationContextClassReference>,
    ),
    #[cfg(msgraph_beta_policies_or_search)]
    AuthenticationFlowsPolicy(::std::boxed::Box<crate::beta::AuthenticationFlowsPolicy>),
    #[cfg(msgraph_beta_core)]
    AuthenticationMethod(::std::boxed::Box<crate::beta::AuthenticationMethod>),
    #[cfg(
        msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    AuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::beta::AuthenticationMethodConfiguration>,
    ),
    #[cfg(
        msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    AuthenticationMethodTarget(
        ::std::boxed::Box<crate::beta::AuthenticationMethodTarget>,
    ),
    #[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
    AuthenticationMethodsPolicy(
        ::std::boxed::Box<crate::beta::AuthenticationMethodsPolicy>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    AuthenticationMethodsRoot(::std::boxed::Box<crate::beta::AuthenticationMethodsRoot>),
    #[cfg(msgraph_beta_core)]
    AuthorizationPolicy(::std::boxed::Box<crate::beta::AuthorizationPolicy>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    AzureAdFeatureUsage(::std::boxed::Box<crate::beta::AzureAdFeatureUsage>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    AzureAdLicenseUsage(::std::boxed::Box<crate::beta::AzureAdLicenseUsage>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    AzureAdUserFeatureUsage(::std::boxed::Box<crate::beta::AzureAdUserFeatureUsage>),
    #[cfg(msgraph_beta_device_management_or_search)]
    AzureAdWindowsAutopilotDeploymentProfile(
        ::std::boxed::Box<crate::beta::AzureAdWindowsAutopilotDeploymentProfile>,
    ),
    #[cfg(msgraph_beta_policies_or_search)]
    B2cAuthenticationMethodsPolicy(
        ::std::boxed::Box<crate::beta::B2cAuthenticationMethodsPolicy>,
    ),
    #[cfg(msgraph_beta_identity_or_search)]
    B2cIdentityUserFlow(::std::boxed::Box<crate::beta::B2cIdentityUserFlow>),
    #[cfg(msgraph_beta_identity_or_search)]
    B2xIdentityUserFlow(::std::boxed::Box<crate::beta::B2xIdentityUserFlow>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    BaseItem(::std::boxed::Box<crate::beta::BaseItem>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    BaseItemVersion(::std::boxed::Box<crate::beta::BaseItemVersion>),
    #[cfg(msgraph_beta_core_or_information_protection)]
    Bitlocker(::std::boxed::Box<crate::beta::Bitlocker>),
    #[cfg(msgraph_beta_core_or_information_protection)]
    BitlockerRecoveryKey(::std::boxed::Box<crate::beta::BitlockerRecoveryKey>),
    #[cfg(msgraph_beta_booking_businesses_or_search)]
    BookingAppointment(::std::boxed::Box<crate::beta::BookingAppointment>),
    #[cfg(msgraph_beta_booking_businesses_or_search)]
    BookingBusiness(::std::boxed::Box<crate::beta::BookingBusiness>),
    #[cfg(msgraph_beta_booking_currencies_or_search)]
    BookingCurrency(::std::boxed::Box<crate::beta::BookingCurrency>),
    #[cfg(msgraph_beta_booking_businesses_or_search)]
    BookingCustomer(::std::boxed::Box<crate::beta::BookingCustomer>),
    #[cfg(msgraph_beta_booking_businesses_or_search)]
    BookingNamedEntity(::std::boxed::Box<crate::beta::BookingNamedEntity>),
    #[cfg(msgraph_beta_booking_businesses_or_search)]
    BookingPerson(::std::boxed::Box<crate::beta::BookingPerson>),
    #[cfg(msgraph_beta_booking_businesses_or_search)]
    BookingService(::std::boxed::Box<crate::beta::BookingService>),
    #[cfg(msgraph_beta_booking_businesses_or_search)]
    BookingStaffMember(::std::boxed::Box<crate::beta::BookingStaffMember>),
    #[cfg(msgraph_beta_identity_or_search)]
    BuiltInIdentityProvider(::std::boxed::Box<crate::beta::BuiltInIdentityProvider>),
    #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
    BusinessFlow(::std::boxed::Box<crate::beta::BusinessFlow>),
    #[cfg(msgraph_beta_business_flow_templates_or_search)]
    BusinessFlowTemplate(::std::boxed::Box<crate::beta::BusinessFlowTemplate>),
    #[cfg(msgraph_beta_core)]
    Calendar(::std::boxed::Box<crate::beta::Calendar>),
    #[cfg(msgraph_beta_core)]
    CalendarGroup(::std::boxed::Box<crate::beta::CalendarGroup>),
    #[cfg(msgraph_beta_core)]
    CalendarPermission(::std::boxed::Box<crate::beta::CalendarPermission>),
    #[cfg(msgraph_beta_core)]
    CalendarSharingMessage(::std::boxed::Box<crate::beta::CalendarSharingMessage>),
    #[cfg(msgraph_beta_app_or_communications_or_search)]
    Call(::std::boxed::Box<crate::beta::Call>),
    #[cfg(msgraph_beta_core_or_activitystatistics)]
    CallActivityStatistics(::std::boxed::Box<crate::beta::CallActivityStatistics>),
    #[cfg(msgraph_beta_communications_or_search)]
    CallRecord(::std::boxed::Box<crate::beta::call_records::CallRecord>),
    #[cfg(msgraph_beta_communications_or_search)]
    Segment(::std::boxed::Box<crate::beta::call_records::Segment>),
    #[cfg(msgraph_beta_communications_or_search)]
    Session(::std::boxed::Box<crate::beta::call_records::Session>),
    #[cfg(msgraph_beta_app_or_communications_or_search)]
    CancelMediaProcessingOperation(
        ::std::boxed::Box<crate::beta::CancelMediaProcessingOperation>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    CartToClassAssociation(::std::boxed::Box<crate::beta::CartToClassAssociation>),
    #[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
    CertificateBasedAuthConfiguration(
        ::std::boxed::Box<crate::beta::CertificateBasedAuthConfiguration>,
    ),
    #[cfg(msgraph_beta_core_or_teamwork)]
    ChangeTrackedEntity(::std::boxed::Box<crate::beta::ChangeTrackedEntity>),
    #[cfg(msgraph_beta_core)]
    Channel(::std::boxed::Box<crate::beta::Channel>),
    #[cfg(msgraph_beta_core)]
    Chat(::std::boxed::Box<crate::beta::Chat>),
    #[cfg(msgraph_beta_core_or_activitystatistics)]
    ChatActivityStatistics(::std::boxed::Box<crate::beta::ChatActivityStatistics>),
    #[cfg(msgraph_beta_core)]
    ChatMessage(::std::boxed::Box<crate::beta::ChatMessage>),
    #[cfg(msgraph_beta_core_or_app_catalogs)]
    ChatMessageHostedContent(::std::boxed::Box<crate::beta::ChatMessageHostedContent>),
    #[cfg(msgraph_beta_device_management_or_search)]
    ChromeOsOnboardingSettings(
        ::std::boxed::Box<crate::beta::ChromeOsOnboardingSettings>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    CircularGeofenceManagementCondition(
        ::std::boxed::Box<crate::beta::CircularGeofenceManagementCondition>,
    ),
    #[cfg(msgraph_beta_core)]
    ClaimsMappingPolicy(::std::boxed::Box<crate::beta::ClaimsMappingPolicy>),
    #[cfg(msgraph_beta_data_classification_or_search)]
    ClassificationJobResponse(::std::boxed::Box<crate::beta::ClassificationJobResponse>),
    #[cfg(msgraph_beta_search_or_security)]
    CloudAppSecurityProfile(::std::boxed::Box<crate::beta::CloudAppSecurityProfile>),
    #[cfg(msgraph_beta_communications_or_search)]
    CloudCommunications(::std::boxed::Box<crate::beta::CloudCommunications>),
    #[cfg(msgraph_beta_device_management_or_search)]
    CloudPc(::std::boxed::Box<crate::beta::CloudPc>),
    #[cfg(msgraph_beta_device_management_or_search)]
    CloudPcConnectivityIssue(::std::boxed::Box<crate::beta::CloudPcConnectivityIssue>),
    #[cfg(msgraph_beta_device_management_or_search)]
    CloudPcAuditEvent(::std::boxed::Box<crate::beta::CloudPcAuditEvent>),
    #[cfg(msgraph_beta_device_management_or_search)]
    CloudPcDeviceImage(::std::boxed::Box<crate::beta::CloudPcDeviceImage>),
    #[cfg(msgraph_beta_device_management_or_search)]
    CloudPcOnPremisesConnection(
        ::std::boxed::Box<crate::beta::CloudPcOnPremisesConnection>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    CloudPcProvisioningPolicy(::std::boxed::Box<crate::beta::CloudPcProvisioningPolicy>),
    #[cfg(msgraph_beta_device_management_or_search)]
    CloudPcProvisioningPolicyAssignment(
        ::std::boxed::Box<crate::beta::CloudPcProvisioningPolicyAssignment>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    CloudPcUserSetting(::std::boxed::Box<crate::beta::CloudPcUserSetting>),
    #[cfg(msgraph_beta_device_management_or_search)]
    CloudPcUserSettingAssignment(
        ::std::boxed::Box<crate::beta::CloudPcUserSettingAssignment>,
    ),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
    ColumnDefinition(::std::boxed::Box<crate::beta::ColumnDefinition>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
    ColumnLink(::std::boxed::Box<crate::beta::ColumnLink>),
    #[cfg(msgraph_beta_device_management_or_search)]
    ComanagementEligibleDevice(
        ::std::boxed::Box<crate::beta::ComanagementEligibleDevice>,
    ),
    #[cfg(msgraph_beta_core_or_commands)]
    Command(::std::boxed::Box<crate::beta::Command>),
    #[cfg(msgraph_beta_app_or_communications_or_search)]
    CommsOperation(::std::boxed::Box<crate::beta::CommsOperation>),
    #[cfg(msgraph_beta_financials_or_search)]
    Company(::std::boxed::Box<crate::beta::Company>),
    #[cfg(msgraph_beta_financials_or_search)]
    CompanyInformation(::std::boxed::Box<crate::beta::CompanyInformation>),
    #[cfg(msgraph_beta_device_management_or_search)]
    ComplianceManagementPartner(
        ::std::boxed::Box<crate::beta::ComplianceManagementPartner>,
    ),
    #[cfg(msgraph_beta_identity_or_policies_or_search)]
    ConditionalAccessPolicy(::std::boxed::Box<crate::beta::ConditionalAccessPolicy>),
    #[cfg(msgraph_beta_identity_or_search)]
    ConditionalAccessRoot(::std::boxed::Box<crate::beta::ConditionalAccessRoot>),
    #[cfg(msgraph_beta_device_management_or_search)]
    ConfigManagerCollection(::std::boxed::Box<crate::beta::ConfigManagerCollection>),
    #[cfg(msgraph_beta_identity_governance_or_search)]
    ConnectedOrganization(::std::boxed::Box<crate::beta::ConnectedOrganization>),
    #[cfg(msgraph_beta_search)]
    ConnectionOperation(::std::boxed::Box<crate::beta::ConnectionOperation>),
    #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
    Connector(::std::boxed::Box<crate::beta::Connector>),
    #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
    ConnectorGroup(::std::boxed::Box<crate::beta::ConnectorGroup>),
    #[cfg(msgraph_beta_core)]
    Contact(::std::boxed::Box<crate::beta::Contact>),
    #[cfg(msgraph_beta_core)]
    ContactFolder(::std::boxed::Box<crate::beta::ContactFolder>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
    ContentType(::std::boxed::Box<crate::beta::ContentType>),
    #[cfg(msgraph_beta_identity_or_search)]
    ContinuousAccessEvaluationPolicy(
        ::std::boxed::Box<crate::beta::ContinuousAccessEvaluationPolicy>,
    ),
    #[cfg(msgraph_beta_core)]
    Contract(::std::boxed::Box<crate::beta::Contract>),
    #[cfg(msgraph_beta_core)]
    Conversation(::std::boxed::Box<crate::beta::Conversation>),
    #[cfg(msgraph_beta_core)]
    ConversationMember(::std::boxed::Box<crate::beta::ConversationMember>),
    #[cfg(msgraph_beta_core)]
    ConversationThread(::std::boxed::Box<crate::beta::ConversationThread>),
    #[cfg(msgraph_beta_identity_or_search)]
    CountryNamedLocation(::std::boxed::Box<crate::beta::CountryNamedLocation>),
    #[cfg(msgraph_beta_financials_or_search)]
    CountryRegion(::std::boxed::Box<crate::beta::CountryRegion>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    CredentialUsageSummary(::std::boxed::Box<crate::beta::CredentialUsageSummary>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    CredentialUserRegistrationCount(
        ::std::boxed::Box<crate::beta::CredentialUserRegistrationCount>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    CredentialUserRegistrationDetails(
        ::std::boxed::Box<crate::beta::CredentialUserRegistrationDetails>,
    ),
    #[cfg(msgraph_beta_financials_or_search)]
    Currency(::std::boxed::Box<crate::beta::Currency>),
    #[cfg(msgraph_beta_financials_or_search)]
    Customer(::std::boxed::Box<crate::beta::Customer>),
    #[cfg(msgraph_beta_financials_or_search)]
    CustomerPayment(::std::boxed::Box<crate::beta::CustomerPayment>),
    #[cfg(msgraph_beta_financials_or_search)]
    CustomerPaymentJournal(::std::boxed::Box<crate::beta::CustomerPaymentJournal>),
    #[cfg(msgraph_beta_data_classification_or_search)]
    DataClassificationService(::std::boxed::Box<crate::beta::DataClassificationService>),
    #[cfg(msgraph_beta_core_or_information_protection)]
    DataLossPreventionPolicy(::std::boxed::Box<crate::beta::DataLossPreventionPolicy>),
    #[cfg(msgraph_beta_data_policy_operations_or_search)]
    DataPolicyOperation(::std::boxed::Box<crate::beta::DataPolicyOperation>),
    #[cfg(msgraph_beta_device_management_or_search)]
    DataSharingConsent(::std::boxed::Box<crate::beta::DataSharingConsent>),
    #[cfg(msgraph_beta_device_management_or_search)]
    DefaultDeviceCompliancePolicy(
        ::std::boxed::Box<crate::beta::DefaultDeviceCompliancePolicy>,
    ),
    #[cfg(msgraph_beta_core_or_device_app_management)]
    DefaultManagedAppProtection(
        ::std::boxed::Box<crate::beta::DefaultManagedAppProtection>,
    ),
    #[cfg(msgraph_beta_core)]
    DelegatedPermissionClassification(
        ::std::boxed::Box<crate::beta::DelegatedPermissionClassification>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DepEnrollmentBaseProfile(::std::boxed::Box<crate::beta::DepEnrollmentBaseProfile>),
    #[cfg(msgraph_beta_device_management_or_search)]
    DepEnrollmentProfile(::std::boxed::Box<crate::beta::DepEnrollmentProfile>),
    #[cfg(msgraph_beta_device_management_or_search)]
    DepIosEnrollmentProfile(::std::boxed::Box<crate::beta::DepIosEnrollmentProfile>),
    #[cfg(msgraph_beta_device_management_or_search)]
    DepMacOsEnrollmentProfile(::std::boxed::Box<crate::beta::DepMacOsEnrollmentProfile>),
    #[cfg(msgraph_beta_device_management_or_search)]
    DepOnboardingSetting(::std::boxed::Box<crate::beta::DepOnboardingSetting>),
    #[cfg(msgraph_beta_device_management_or_search)]
    DetectedApp(::std::boxed::Box<crate::beta::DetectedApp>),
    #[cfg(msgraph_beta_core)]
    Device(::std::boxed::Box<crate::beta::Device>),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceAndAppManagementAssignmentFilter(
        ::std::boxed::Box<crate::beta::DeviceAndAppManagementAssignmentFilter>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceAndAppManagementRoleAssignment(
        ::std::boxed::Box<crate::beta::DeviceAndAppManagementRoleAssignment>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceAndAppManagementRoleDefinition(
        ::std::boxed::Box<crate::beta::DeviceAndAppManagementRoleDefinition>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    DeviceAppManagement(::std::boxed::Box<crate::beta::DeviceAppManagement>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    DeviceAppManagementTask(::std::boxed::Box<crate::beta::DeviceAppManagementTask>),
    #[cfg(msgraph_beta_core)]
    DeviceCategory(::std::boxed::Box<crate::beta::DeviceCategory>),
    #[cfg(msgraph_beta_core)]
    DeviceComanagementAuthorityConfiguration(
        ::std::boxed::Box<crate::beta::DeviceComanagementAuthorityConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceComplianceActionItem(
        ::std::boxed::Box<crate::beta::DeviceComplianceActionItem>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceComplianceDeviceOverview(
        ::std::boxed::Box<crate::beta::DeviceComplianceDeviceOverview>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceComplianceDeviceStatus(
        ::std::boxed::Box<crate::beta::DeviceComplianceDeviceStatus>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceCompliancePolicy(::std::boxed::Box<crate::beta::DeviceCompliancePolicy>),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceCompliancePolicyAssignment(
        ::std::boxed::Box<crate::beta::DeviceCompliancePolicyAssignment>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceCompliancePolicyDeviceStateSummary(
        ::std::boxed::Box<crate::beta::DeviceCompliancePolicyDeviceStateSummary>,
    ),
    #[cfg(msgraph_beta_search)]
    DeviceCompliancePolicyGroupAssignment(
        ::std::boxed::Box<crate::beta::DeviceCompliancePolicyGroupAssignment>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    DeviceCompliancePolicyPolicySetItem(
        ::std::boxed::Box<crate::beta::DeviceCompliancePolicyPolicySetItem>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceCompliancePolicySettingStateSummary(
        ::std::boxed::Box<crate::beta::DeviceCompliancePolicySettingStateSummary>,
    ),
    #[cfg(msgraph_beta_core)]
    DeviceCompliancePolicyState(
        ::std::boxed::Box<crate::beta::DeviceCompliancePolicyState>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceComplianceScheduledActionForRule(
        ::std::boxed::Box<crate::beta::DeviceComplianceScheduledActionForRule>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceComplianceScript(::std::boxed::Box<crate::beta::DeviceComplianceScript>),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceComplianceScriptDeviceState(
        ::std::boxed::Box<crate::beta::DeviceComplianceScriptDeviceState>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceComplianceScriptRunSummary(
        ::std::boxed::Box<crate::beta::DeviceComplianceScriptRunSummary>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceComplianceSettingState(
        ::std::boxed::Box<crate::beta::DeviceComplianceSettingState>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceComplianceUserOverview(
        ::std::boxed::Box<crate::beta::DeviceComplianceUserOverview>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceComplianceUserStatus(
        ::std::boxed::Box<crate::beta::DeviceComplianceUserStatus>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceConfiguration(::std::boxed::Box<crate::beta::DeviceConfiguration>),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceConfigurationAssignment(
        ::std::boxed::Box<crate::beta::DeviceConfigurationAssignment>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceConfigurationConflictSummary(
        ::std::boxed::Box<crate::beta::DeviceConfigurationConflictSummary>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceConfigurationDeviceOverview(
        ::std::boxed::Box<crate::beta::DeviceConfigurationDeviceOverview>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceConfigurationDeviceStateSummary(
        ::std::boxed::Box<crate::beta::DeviceConfigurationDeviceStateSummary>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceConfigurationDeviceStatus(
        ::std::boxed::Box<crate::beta::DeviceConfigurationDeviceStatus>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceConfigurationGroupAssignment(
        ::std::boxed::Box<crate::beta::DeviceConfigurationGroupAssignment>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    DeviceConfigurationPolicySetItem(
        ::std::boxed::Box<crate::beta::DeviceConfigurationPolicySetItem>,
    ),
    #[cfg(msgraph_beta_core)]
    DeviceConfigurationState(::std::boxed::Box<crate::beta::DeviceConfigurationState>),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceConfigurationUserOverview(
        ::std::boxed::Box<crate::beta::DeviceConfigurationUserOverview>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceConfigurationUserStateSummary(
        ::std::boxed::Box<crate::beta::DeviceConfigurationUserStateSummary>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceConfigurationUserStatus(
        ::std::boxed::Box<crate::beta::DeviceConfigurationUserStatus>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceCustomAttributeShellScript(
        ::std::boxed::Box<crate::beta::DeviceCustomAttributeShellScript>,
    ),
    #[cfg(msgraph_beta_core)]
    DeviceEnrollmentConfiguration(
        ::std::boxed::Box<crate::beta::DeviceEnrollmentConfiguration>,
    ),
    #[cfg(msgraph_beta_core)]
    DeviceEnrollmentLimitConfiguration(
        ::std::boxed::Box<crate::beta::DeviceEnrollmentLimitConfiguration>,
    ),
    #[cfg(msgraph_beta_core)]
    DeviceEnrollmentPlatformRestrictionsConfiguration(
        ::std::boxed::Box<crate::beta::DeviceEnrollmentPlatformRestrictionsConfiguration>,
    ),
    #[cfg(msgraph_beta_core)]
    DeviceEnrollmentWindowsHelloForBusinessConfiguration(
        ::std::boxed::Box<
            crate::beta::DeviceEnrollmentWindowsHelloForBusinessConfiguration,
        >,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceHealthScript(::std::boxed::Box<crate::beta::DeviceHealthScript>),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceHealthScriptAssignment(
        ::std::boxed::Box<crate::beta::DeviceHealthScriptAssignment>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceHealthScriptDeviceState(
        ::std::boxed::Box<crate::beta::DeviceHealthScriptDeviceState>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceHealthScriptRunSummary(
        ::std::boxed::Box<crate::beta::DeviceHealthScriptRunSummary>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    DeviceInstallState(::std::boxed::Box<crate::beta::DeviceInstallState>),
    #[cfg(msgraph_beta_core)]
    DeviceLogCollectionResponse(
        ::std::boxed::Box<crate::beta::DeviceLogCollectionResponse>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagement(::std::boxed::Box<crate::beta::DeviceManagement>),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementAbstractComplexSettingDefinition(
        ::std::boxed::Box<crate::beta::DeviceManagementAbstractComplexSettingDefinition>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementAbstractComplexSettingInstance(
        ::std::boxed::Box<crate::beta::DeviceManagementAbstractComplexSettingInstance>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementAutopilotEvent(
        ::std::boxed::Box<crate::beta::DeviceManagementAutopilotEvent>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementAutopilotPolicyStatusDetail(
        ::std::boxed::Box<crate::beta::DeviceManagementAutopilotPolicyStatusDetail>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementBooleanSettingInstance(
        ::std::boxed::Box<crate::beta::DeviceManagementBooleanSettingInstance>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementCachedReportConfiguration(
        ::std::boxed::Box<crate::beta::DeviceManagementCachedReportConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementCollectionSettingDefinition(
        ::std::boxed::Box<crate::beta::DeviceManagementCollectionSettingDefinition>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementCollectionSettingInstance(
        ::std::boxed::Box<crate::beta::DeviceManagementCollectionSettingInstance>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementComplexSettingDefinition(
        ::std::boxed::Box<crate::beta::DeviceManagementComplexSettingDefinition>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementComplexSettingInstance(
        ::std::boxed::Box<crate::beta::DeviceManagementComplexSettingInstance>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementConfigurationCategory(
        ::std::boxed::Box<crate::beta::DeviceManagementConfigurationCategory>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementConfigurationChoiceSettingCollectionDefinition(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationChoiceSettingCollectionDefinition,
        >,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementConfigurationChoiceSettingDefinition(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationChoiceSettingDefinition,
        >,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementConfigurationPolicy(
        ::std::boxed::Box<crate::beta::DeviceManagementConfigurationPolicy>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementConfigurationPolicyAssignment(
        ::std::boxed::Box<crate::beta::DeviceManagementConfigurationPolicyAssignment>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementConfigurationPolicyTemplate(
        ::std::boxed::Box<crate::beta::DeviceManagementConfigurationPolicyTemplate>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementConfigurationSetting(
        ::std::boxed::Box<crate::beta::DeviceManagementConfigurationSetting>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementConfigurationSettingDefinition(
        ::std::boxed::Box<crate::beta::DeviceManagementConfigurationSettingDefinition>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementConfigurationSettingGroupCollectionDefinition(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationSettingGroupCollectionDefinition,
        >,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementConfigurationSettingGroupDefinition(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationSettingGroupDefinition,
        >,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementConfigurationSettingTemplate(
        ::std::boxed::Box<crate::beta::DeviceManagementConfigurationSettingTemplate>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementConfigurationSimpleSettingCollectionDefinition(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationSimpleSettingCollectionDefinition,
        >,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementConfigurationSimpleSettingDefinition(
        ::std::boxed::Box<
            crate::beta::DeviceManagementConfigurationSimpleSettingDefinition,
        >,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementDerivedCredentialSettings(
        ::std::boxed::Box<crate::beta::DeviceManagementDerivedCredentialSettings>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementDomainJoinConnector(
        ::std::boxed::Box<crate::beta::DeviceManagementDomainJoinConnector>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementExchangeConnector(
        ::std::boxed::Box<crate::beta::DeviceManagementExchangeConnector>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementExchangeOnPremisesPolicy(
        ::std::boxed::Box<crate::beta::DeviceManagementExchangeOnPremisesPolicy>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementExportJob(::std::boxed::Box<crate::beta::DeviceManagementExportJob>),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementIntegerSettingInstance(
        ::std::boxed::Box<crate::beta::DeviceManagementIntegerSettingInstance>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementIntent(::std::boxed::Box<crate::beta::DeviceManagementIntent>),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementIntentAssignment(
        ::std::boxed::Box<crate::beta::DeviceManagementIntentAssignment>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementIntentDeviceSettingStateSummary(
        ::std::boxed::Box<crate::beta::DeviceManagementIntentDeviceSettingStateSummary>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementIntentDeviceState(
        ::std::boxed::Box<crate::beta::DeviceManagementIntentDeviceState>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementIntentDeviceStateSummary(
        ::std::boxed::Box<crate::beta::DeviceManagementIntentDeviceStateSummary>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementIntentSettingCategory(
        ::std::boxed::Box<crate::beta::DeviceManagementIntentSettingCategory>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementIntentUserState(
        ::std::boxed::Box<crate::beta::DeviceManagementIntentUserState>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementIntentUserStateSummary(
        ::std::boxed::Box<crate::beta::DeviceManagementIntentUserStateSummary>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementPartner(::std::boxed::Box<crate::beta::DeviceManagementPartner>),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementReportSchedule(
        ::std::boxed::Box<crate::beta::DeviceManagementReportSchedule>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementReports(::std::boxed::Box<crate::beta::DeviceManagementReports>),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementResourceAccessProfileAssignment(
        ::std::boxed::Box<crate::beta::DeviceManagementResourceAccessProfileAssignment>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementResourceAccessProfileBase(
        ::std::boxed::Box<crate::beta::DeviceManagementResourceAccessProfileBase>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementReusablePolicySetting(
        ::std::boxed::Box<crate::beta::DeviceManagementReusablePolicySetting>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementScript(::std::boxed::Box<crate::beta::DeviceManagementScript>),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementScriptAssignment(
        ::std::boxed::Box<crate::beta::DeviceManagementScriptAssignment>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementScriptDeviceState(
        ::std::boxed::Box<crate::beta::DeviceManagementScriptDeviceState>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementScriptGroupAssignment(
        ::std::boxed::Box<crate::beta::DeviceManagementScriptGroupAssignment>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    DeviceManagementScriptPolicySetItem(
        ::std::boxed::Box<crate::beta::DeviceManagementScriptPolicySetItem>,
    ),
    #[cfg(msgraph_beta_search)]
    DeviceManagementScriptRunSummary(
        ::std::boxed::Box<crate::beta::DeviceManagementScriptRunSummary>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementScriptUserState(
        ::std::boxed::Box<crate::beta::DeviceManagementScriptUserState>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementSettingCategory(
        ::std::boxed::Box<crate::beta::DeviceManagementSettingCategory>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementSettingDefinition(
        ::std::boxed::Box<crate::beta::DeviceManagementSettingDefinition>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementSettingInstance(
        ::std::boxed::Box<crate::beta::DeviceManagementSettingInstance>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementStringSettingInstance(
        ::std::boxed::Box<crate::beta::DeviceManagementStringSettingInstance>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementTemplate(::std::boxed::Box<crate::beta::DeviceManagementTemplate>),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceManagementTemplateSettingCategory(
        ::std::boxed::Box<crate::beta::DeviceManagementTemplateSettingCategory>,
    ),
    #[cfg(msgraph_beta_core)]
    DeviceManagementTroubleshootingEvent(
        ::std::boxed::Box<crate::beta::DeviceManagementTroubleshootingEvent>,
    ),
    #[cfg(msgraph_beta_search)]
    DeviceSetupConfiguration(::std::boxed::Box<crate::beta::DeviceSetupConfiguration>),
    #[cfg(msgraph_beta_device_management_or_search)]
    DeviceShellScript(::std::boxed::Box<crate::beta::DeviceShellScript>),
    #[cfg(msgraph_beta_financials_or_search)]
    Dimension(::std::boxed::Box<crate::beta::Dimension>),
    #[cfg(msgraph_beta_financials_or_search)]
    DimensionValue(::std::boxed::Box<crate::beta::DimensionValue>),
    #[cfg(msgraph_beta_directory_or_search)]
    Directory(::std::boxed::Box<crate::beta::Directory>),
    #[cfg(msgraph_beta_audit_logs_or_search)]
    DirectoryAudit(::std::boxed::Box<crate::beta::DirectoryAudit>),
    #[cfg(msgraph_beta_core)]
    DirectoryDefinition(::std::boxed::Box<crate::beta::DirectoryDefinition>),
    #[cfg(msgraph_beta_core)]
    DirectoryObject(::std::boxed::Box<crate::beta::DirectoryObject>),
    #[cfg(msgraph_beta_core)]
    DirectoryObjectPartnerReference(
        ::std::boxed::Box<crate::beta::DirectoryObjectPartnerReference>,
    ),
    #[cfg(msgraph_beta_core)]
    DirectoryRole(::std::boxed::Box<crate::beta::DirectoryRole>),
    #[cfg(msgraph_beta_policies_or_search)]
    DirectoryRoleAccessReviewPolicy(
        ::std::boxed::Box<crate::beta::DirectoryRoleAccessReviewPolicy>,
    ),
    #[cfg(msgraph_beta_core)]
    DirectoryRoleTemplate(::std::boxed::Box<crate::beta::DirectoryRoleTemplate>),
    #[cfg(msgraph_beta_core_or_settings)]
    DirectorySetting(::std::boxed::Box<crate::beta::DirectorySetting>),
    #[cfg(msgraph_beta_core)]
    DirectorySettingTemplate(::std::boxed::Box<crate::beta::DirectorySettingTemplate>),
    #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
    DlpEvaluatePoliciesJobResponse(
        ::std::boxed::Box<crate::beta::DlpEvaluatePoliciesJobResponse>,
    ),
    #[cfg(msgraph_beta_search)]
    Document(::std::boxed::Box<crate::beta::Document>),
    #[cfg(msgraph_beta_search)]
    DocumentComment(::std::boxed::Box<crate::beta::DocumentComment>),
    #[cfg(msgraph_beta_search)]
    DocumentCommentReply(::std::boxed::Box<crate::beta::DocumentCommentReply>),
    #[cfg(msgraph_beta_domains_or_search)]
    Domain(::std::boxed::Box<crate::beta::Domain>),
    #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
    DomainDnsCnameRecord(::std::boxed::Box<crate::beta::DomainDnsCnameRecord>),
    #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
    DomainDnsMxRecord(::std::boxed::Box<crate::beta::DomainDnsMxRecord>),
    #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
    DomainDnsRecord(::std::boxed::Box<crate::beta::DomainDnsRecord>),
    #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
    DomainDnsSrvRecord(::std::boxed::Box<crate::beta::DomainDnsSrvRecord>),
    #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
    DomainDnsTxtRecord(::std::boxed::Box<crate::beta::DomainDnsTxtRecord>),
    #[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
    DomainDnsUnavailableRecord(
        ::std::boxed::Box<crate::beta::DomainDnsUnavailableRecord>,
    ),
    #[cfg(msgraph_beta_search_or_security)]
    DomainSecurityProfile(::std::boxed::Box<crate::beta::DomainSecurityProfile>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
    Drive(::std::boxed::Box<crate::beta::Drive>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    DriveItem(::std::boxed::Box<crate::beta::DriveItem>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    DriveItemVersion(::std::boxed::Box<crate::beta::DriveItemVersion>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    EBookInstallSummary(::std::boxed::Box<crate::beta::EBookInstallSummary>),
    #[cfg(msgraph_beta_device_management_or_search)]
    EasEmailProfileConfigurationBase(
        ::std::boxed::Box<crate::beta::EasEmailProfileConfigurationBase>,
    ),
    #[cfg(msgraph_beta_compliance_or_search)]
    AddToReviewSetOperation(
        ::std::boxed::Box<crate::beta::ediscovery::AddToReviewSetOperation>,
    ),
    #[cfg(msgraph_beta_compliance_or_search)]
    Case(::std::boxed::Box<crate::beta::ediscovery::Case>),
    #[cfg(msgraph_beta_compliance_or_search)]
    CaseExportOperation(::std::boxed::Box<crate::beta::ediscovery::CaseExportOperation>),
    #[cfg(msgraph_beta_compliance_or_search)]
    CaseIndexOperation(::std::boxed::Box<crate::beta::ediscovery::CaseIndexOperation>),
    #[cfg(msgraph_beta_compliance_or_search)]
    CaseOperation(::std::boxed::Box<crate::beta::ediscovery::CaseOperation>),
    #[cfg(msgraph_beta_compliance_or_search)]
    Custodian(::std::boxed::Box<crate::beta::ediscovery::Custodian>),
    #[cfg(msgraph_beta_compliance_or_search)]
    DataSource(::std::boxed::Box<crate::beta::ediscovery::DataSource>),
    #[cfg(msgraph_beta_compliance_or_search)]
    DataSourceContainer(::std::boxed::Box<crate::beta::ediscovery::DataSourceContainer>),
    #[cfg(msgraph_beta_compliance_or_search)]
    Ediscoveryroot(::std::boxed::Box<crate::beta::ediscovery::Ediscoveryroot>),
    #[cfg(msgraph_beta_compliance_or_search)]
    EstimateStatisticsOperation(
        ::std::boxed::Box<crate::beta::ediscovery::EstimateStatisticsOperation>,
    ),
    #[cfg(msgraph_beta_compliance_or_search)]
    LegalHold(::std::boxed::Box<crate::beta::ediscovery::LegalHold>),
    #[cfg(msgraph_beta_compliance_or_search)]
    NoncustodialDataSource(
        ::std::boxed::Box<crate::beta::ediscovery::NoncustodialDataSource>,
    ),
    #[cfg(msgraph_beta_compliance_or_search)]
    ReviewSet(::std::boxed::Box<crate::beta::ediscovery::ReviewSet>),
    #[cfg(msgraph_beta_compliance_or_search)]
    ReviewSetQuery(::std::boxed::Box<crate::beta::ediscovery::ReviewSetQuery>),
    #[cfg(msgraph_beta_compliance_or_search)]
    EdiscoverySettings(::std::boxed::Box<crate::beta::ediscovery::Settings>),
    #[cfg(msgraph_beta_compliance_or_search)]
    SiteSource(::std::boxed::Box<crate::beta::ediscovery::SiteSource>),
    #[cfg(msgraph_beta_compliance_or_search)]
    SourceCollection(::std::boxed::Box<crate::beta::ediscovery::SourceCollection>),
    #[cfg(msgraph_beta_compliance_or_search)]
    Tag(::std::boxed::Box<crate::beta::ediscovery::Tag>),
    #[cfg(msgraph_beta_compliance_or_search)]
    TagOperation(::std::boxed::Box<crate::beta::ediscovery::TagOperation>),
    #[cfg(msgraph_beta_compliance_or_search)]
    UnifiedGroupSource(::std::boxed::Box<crate::beta::ediscovery::UnifiedGroupSource>),
    #[cfg(msgraph_beta_compliance_or_search)]
    UserSource(::std::boxed::Box<crate::beta::ediscovery::UserSource>),
    #[cfg(msgraph_beta_device_management_or_search)]
    EditionUpgradeConfiguration(
        ::std::boxed::Box<crate::beta::EditionUpgradeConfiguration>,
    ),
    #[cfg(msgraph_beta_education_or_search)]
    EducationAssignment(::std::boxed::Box<crate::beta::EducationAssignment>),
    #[cfg(msgraph_beta_education_or_search)]
    EducationAssignmentDefaults(
        ::std::boxed::Box<crate::beta::EducationAssignmentDefaults>,
    ),
    #[cfg(msgraph_beta_education_or_search)]
    EducationAssignmentResource(
        ::std::boxed::Box<crate::beta::EducationAssignmentResource>,
    ),
    #[cfg(msgraph_beta_education_or_search)]
    EducationAssignmentSettings(
        ::std::boxed::Box<crate::beta::EducationAssignmentSettings>,
    ),
    #[cfg(msgraph_beta_education_or_search)]
    EducationCategory(::std::boxed::Box<crate::beta::EducationCategory>),
    #[cfg(msgraph_beta_education_or_search)]
    EducationClass(::std::boxed::Box<crate::beta::EducationClass>),
    #[cfg(msgraph_beta_education_or_search)]
    EducationFeedbackOutcome(::std::boxed::Box<crate::beta::EducationFeedbackOutcome>),
    #[cfg(msgraph_beta_education_or_search)]
    EducationOrganization(::std::boxed::Box<crate::beta::EducationOrganization>),
    #[cfg(msgraph_beta_education_or_search)]
    EducationOutcome(::std::boxed::Box<crate::beta::EducationOutcome>),
    #[cfg(msgraph_beta_education_or_search)]
    EducationPointsOutcome(::std::boxed::Box<crate::beta::EducationPointsOutcome>),
    #[cfg(msgraph_beta_education_or_search)]
    EducationRubric(::std::boxed::Box<crate::beta::EducationRubric>),
    #[cfg(msgraph_beta_education_or_search)]
    EducationRubricOutcome(::std::boxed::Box<crate::beta::EducationRubricOutcome>),
    #[cfg(msgraph_beta_education_or_search)]
    EducationSchool(::std::boxed::Box<crate::beta::EducationSchool>),
    #[cfg(msgraph_beta_education_or_search)]
    EducationSubmission(::std::boxed::Box<crate::beta::EducationSubmission>),
    #[cfg(msgraph_beta_education_or_search)]
    EducationSubmissionResource(
        ::std::boxed::Box<crate::beta::EducationSubmissionResource>,
    ),
    #[cfg(msgraph_beta_education_or_search)]
    EducationSynchronizationError(
        ::std::boxed::Box<crate::beta::EducationSynchronizationError>,
    ),
    #[cfg(msgraph_beta_education_or_search)]
    EducationSynchronizationProfile(
        ::std::boxed::Box<crate::beta::EducationSynchronizationProfile>,
    ),
    #[cfg(msgraph_beta_education_or_search)]
    EducationSynchronizationProfileStatus(
        ::std::boxed::Box<crate::beta::EducationSynchronizationProfileStatus>,
    ),
    #[cfg(msgraph_beta_education_or_search)]
    EducationUser(::std::boxed::Box<crate::beta::EducationUser>),
    #[cfg(msgraph_beta_core)]
    EducationalActivity(::std::boxed::Box<crate::beta::EducationalActivity>),
    #[cfg(msgraph_beta_core_or_activitystatistics)]
    EmailActivityStatistics(::std::boxed::Box<crate::beta::EmailActivityStatistics>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    EmailActivitySummary(::std::boxed::Box<crate::beta::EmailActivitySummary>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    EmailActivityUserDetail(::std::boxed::Box<crate::beta::EmailActivityUserDetail>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    EmailAppUsageAppsUserCounts(
        ::std::boxed::Box<crate::beta::EmailAppUsageAppsUserCounts>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    EmailAppUsageUserCounts(::std::boxed::Box<crate::beta::EmailAppUsageUserCounts>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    EmailAppUsageUserDetail(::std::boxed::Box<crate::beta::EmailAppUsageUserDetail>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    EmailAppUsageVersionsUserCounts(
        ::std::boxed::Box<crate::beta::EmailAppUsageVersionsUserCounts>,
    ),
    #[cfg(msgraph_beta_core)]
    EmailAuthenticationMethod(::std::boxed::Box<crate::beta::EmailAuthenticationMethod>),
    #[cfg(
        msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    EmailAuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::beta::EmailAuthenticationMethodConfiguration>,
    ),
    #[cfg(msgraph_beta_core_or_information_protection)]
    EmailFileAssessmentRequest(
        ::std::boxed::Box<crate::beta::EmailFileAssessmentRequest>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    EmbeddedSimActivationCodePool(
        ::std::boxed::Box<crate::beta::EmbeddedSimActivationCodePool>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    EmbeddedSimActivationCodePoolAssignment(
        ::std::boxed::Box<crate::beta::EmbeddedSimActivationCodePoolAssignment>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    EmbeddedSimDeviceState(::std::boxed::Box<crate::beta::EmbeddedSimDeviceState>),
    #[cfg(msgraph_beta_financials_or_search)]
    Employee(::std::boxed::Box<crate::beta::Employee>),
    #[cfg(msgraph_beta_core)]
    Endpoint(::std::boxed::Box<crate::beta::Endpoint>),
    #[cfg(msgraph_beta_core)]
    EnrollmentConfigurationAssignment(
        ::std::boxed::Box<crate::beta::EnrollmentConfigurationAssignment>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    EnrollmentProfile(::std::boxed::Box<crate::beta::EnrollmentProfile>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    EnrollmentRestrictionsConfigurationPolicySetItem(
        ::std::boxed::Box<crate::beta::EnrollmentRestrictionsConfigurationPolicySetItem>,
    ),
    #[cfg(msgraph_beta_core)]
    EnrollmentTroubleshootingEvent(
        ::std::boxed::Box<crate::beta::EnrollmentTroubleshootingEvent>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    EnterpriseCodeSigningCertificate(
        ::std::boxed::Box<crate::beta::EnterpriseCodeSigningCertificate>,
    ),
    #[cfg(msgraph_beta_identity_governance_or_search)]
    EntitlementManagement(::std::boxed::Box<crate::beta::EntitlementManagement>),
    #[cfg(msgraph_beta_identity_governance_or_search)]
    EntitlementManagementSettings(
        ::std::boxed::Box<crate::beta::EntitlementManagementSettings>,
    ),
    #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
    EvaluateLabelJobResponse(::std::boxed::Box<crate::beta::EvaluateLabelJobResponse>),
    #[cfg(msgraph_beta_core)]
    Event(::std::boxed::Box<crate::beta::Event>),
    #[cfg(msgraph_beta_core)]
    EventMessage(::std::boxed::Box<crate::beta::EventMessage>),
    #[cfg(msgraph_beta_core)]
    EventMessageRequest(::std::boxed::Box<crate::beta::EventMessageRequest>),
    #[cfg(msgraph_beta_core)]
    EventMessageResponse(::std::boxed::Box<crate::beta::EventMessageResponse>),
    #[cfg(msgraph_beta_data_classification_or_search)]
    ExactMatchDataStore(::std::boxed::Box<crate::beta::ExactMatchDataStore>),
    #[cfg(msgraph_beta_data_classification_or_search)]
    ExactMatchDataStoreBase(::std::boxed::Box<crate::beta::ExactMatchDataStoreBase>),
    #[cfg(msgraph_beta_data_classification_or_search)]
    ExactMatchJobBase(::std::boxed::Box<crate::beta::ExactMatchJobBase>),
    #[cfg(msgraph_beta_search)]
    ExactMatchLookupJob(::std::boxed::Box<crate::beta::ExactMatchLookupJob>),
    #[cfg(msgraph_beta_data_classification_or_search)]
    ExactMatchSession(::std::boxed::Box<crate::beta::ExactMatchSession>),
    #[cfg(msgraph_beta_data_classification_or_search)]
    ExactMatchSessionBase(::std::boxed::Box<crate::beta::ExactMatchSessionBase>),
    #[cfg(msgraph_beta_data_classification_or_search)]
    ExactMatchUploadAgent(::std::boxed::Box<crate::beta::ExactMatchUploadAgent>),
    #[cfg(msgraph_beta_core)]
    Extension(::std::boxed::Box<crate::beta::Extension>),
    #[cfg(msgraph_beta_core)]
    ExtensionProperty(::std::boxed::Box<crate::beta::ExtensionProperty>),
    #[cfg(msgraph_beta_search)]
    External(::std::boxed::Box<crate::beta::External>),
    #[cfg(msgraph_beta_search)]
    ExternalConnection(::std::boxed::Box<crate::beta::ExternalConnection>),
    #[cfg(msgraph_beta_connections_or_external_or_search)]
    ExternalConnectorsConnectionOperation(
        ::std::boxed::Box<crate::beta::external_connectors::ConnectionOperation>,
    ),
    #[cfg(msgraph_beta_connections_or_external_or_search)]
    ExternalConnectorsExternalConnection(
        ::std::boxed::Box<crate::beta::external_connectors::ExternalConnection>,
    ),
    #[cfg(msgraph_beta_connections_or_external_or_search)]
    ExternalConnectorsExternalGroup(
        ::std::boxed::Box<crate::beta::external_connectors::ExternalGroup>,
    ),
    #[cfg(msgraph_beta_connections_or_external_or_search)]
    ExternalConnectorsExternalGroupMember(
        ::std::boxed::Box<crate::beta::external_connectors::ExternalGroupMember>,
    ),
    #[cfg(msgraph_beta_connections_or_external_or_search)]
    ExternalConnectorsExternalItem(
        ::std::boxed::Box<crate::beta::external_connectors::ExternalItem>,
    ),
    #[cfg(msgraph_beta_connections_or_external_or_search)]
    ExternalConnectorsSchema(
        ::std::boxed::Box<crate::beta::external_connectors::Schema>,
    ),
    #[cfg(msgraph_beta_search)]
    ExternalGroup(::std::boxed::Box<crate::beta::ExternalGroup>),
    #[cfg(msgraph_beta_search)]
    ExternalGroupMember(::std::boxed::Box<crate::beta::ExternalGroupMember>),
    #[cfg(msgraph_beta_search)]
    ExternalItem(::std::boxed::Box<crate::beta::ExternalItem>),
    #[cfg(msgraph_beta_directory_or_policies_or_search)]
    FeatureRolloutPolicy(::std::boxed::Box<crate::beta::FeatureRolloutPolicy>),
    #[cfg(msgraph_beta_core)]
    Fido2AuthenticationMethod(::std::boxed::Box<crate::beta::Fido2AuthenticationMethod>),
    #[cfg(
        msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    Fido2AuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::beta::Fido2AuthenticationMethodConfiguration>,
    ),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    FieldValueSet(::std::boxed::Box<crate::beta::FieldValueSet>),
    #[cfg(msgraph_beta_core_or_information_protection)]
    FileAssessmentRequest(::std::boxed::Box<crate::beta::FileAssessmentRequest>),
    #[cfg(msgraph_beta_core)]
    FileAttachment(::std::boxed::Box<crate::beta::FileAttachment>),
    #[cfg(msgraph_beta_data_classification_or_search)]
    FileClassificationRequest(::std::boxed::Box<crate::beta::FileClassificationRequest>),
    #[cfg(msgraph_beta_search_or_security)]
    FileSecurityProfile(::std::boxed::Box<crate::beta::FileSecurityProfile>),
    #[cfg(msgraph_beta_core_or_filter_operators)]
    FilterOperatorSchema(::std::boxed::Box<crate::beta::FilterOperatorSchema>),
    #[cfg(msgraph_beta_core_or_activitystatistics)]
    FocusActivityStatistics(::std::boxed::Box<crate::beta::FocusActivityStatistics>),
    #[cfg(msgraph_beta_financials_or_search)]
    GeneralLedgerEntry(::std::boxed::Box<crate::beta::GeneralLedgerEntry>),
    #[cfg(msgraph_beta_approval_workflow_providers_or_search)]
    GovernancePolicyTemplate(::std::boxed::Box<crate::beta::GovernancePolicyTemplate>),
    #[cfg(
        msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
    )]
    GovernanceResource(::std::boxed::Box<crate::beta::GovernanceResource>),
    #[cfg(
        msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
    )]
    GovernanceRoleAssignment(::std::boxed::Box<crate::beta::GovernanceRoleAssignment>),
    #[cfg(
        msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
    )]
    GovernanceRoleAssignmentRequest(
        ::std::boxed::Box<crate::beta::GovernanceRoleAssignmentRequest>,
    ),
    #[cfg(
        msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
    )]
    GovernanceRoleDefinition(::std::boxed::Box<crate::beta::GovernanceRoleDefinition>),
    #[cfg(
        msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
    )]
    GovernanceRoleSetting(::std::boxed::Box<crate::beta::GovernanceRoleSetting>),
    #[cfg(
        msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_5_more_80
    )]
    GovernanceSubject(::std::boxed::Box<crate::beta::GovernanceSubject>),
    #[cfg(msgraph_beta_core)]
    Group(::std::boxed::Box<crate::beta::Group>),
    #[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
    GroupLifecyclePolicy(::std::boxed::Box<crate::beta::GroupLifecyclePolicy>),
    #[cfg(msgraph_beta_device_management_or_search)]
    GroupPolicyCategory(::std::boxed::Box<crate::beta::GroupPolicyCategory>),
    #[cfg(msgraph_beta_device_management_or_search)]
    GroupPolicyConfiguration(::std::boxed::Box<crate::beta::GroupPolicyConfiguration>),
    #[cfg(msgraph_beta_device_management_or_search)]
    GroupPolicyConfigurationAssignment(
        ::std::boxed::Box<crate::beta::GroupPolicyConfigurationAssignment>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    GroupPolicyDefinition(::std::boxed::Box<crate::beta::GroupPolicyDefinition>),
    #[cfg(msgraph_beta_device_management_or_search)]
    GroupPolicyDefinitionFile(::std::boxed::Box<crate::beta::GroupPolicyDefinitionFile>),
    #[cfg(msgraph_beta_device_management_or_search)]
    GroupPolicyDefinitionValue(
        ::std::boxed::Box<crate::beta::GroupPolicyDefinitionValue>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    GroupPolicyMigrationReport(
        ::std::boxed::Box<crate::beta::GroupPolicyMigrationReport>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    GroupPolicyObjectFile(::std::boxed::Box<crate::beta::GroupPolicyObjectFile>),
    #[cfg(msgraph_beta_device_management_or_search)]
    GroupPolicyOperation(::std::boxed::Box<crate::beta::GroupPolicyOperation>),
    #[cfg(msgraph_beta_device_management_or_search)]
    GroupPolicyPresentation(::std::boxed::Box<crate::beta::GroupPolicyPresentation>),
    #[cfg(msgraph_beta_device_management_or_search)]
    GroupPolicyPresentationCheckBox(
        ::std::boxed::Box<crate::beta::GroupPolicyPresentationCheckBox>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    GroupPolicyPresentationComboBox(
        ::std::boxed::Box<crate::beta::GroupPolicyPresentationComboBox>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    GroupPolicyPresentationDecimalTextBox(
        ::std::boxed::Box<crate::beta::GroupPolicyPresentationDecimalTextBox>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    GroupPolicyPresentationDropdownList(
        ::std::boxed::Box<crate::beta::GroupPolicyPresentationDropdownList>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    GroupPolicyPresentationListBox(
        ::std::boxed::Box<crate::beta::GroupPolicyPresentationListBox>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    GroupPolicyPresentationLongDecimalTextBox(
        ::std::boxed::Box<crate::beta::GroupPolicyPresentationLongDecimalTextBox>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    GroupPolicyPresentationMultiTextBox(
        ::std::boxed::Box<crate::beta::GroupPolicyPresentationMultiTextBox>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    GroupPolicyPresentationText(
        ::std::boxed::Box<crate::beta::GroupPolicyPresentationText>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    GroupPolicyPresentationTextBox(
        ::std::boxed::Box<crate::beta::GroupPolicyPresentationTextBox>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    GroupPolicyPresentationValue(
        ::std::boxed::Box<crate::beta::GroupPolicyPresentationValue>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    GroupPolicyPresentationValueBoolean(
        ::std::boxed::Box<crate::beta::GroupPolicyPresentationValueBoolean>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    GroupPolicyPresentationValueDecimal(
        ::std::boxed::Box<crate::beta::GroupPolicyPresentationValueDecimal>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    GroupPolicyPresentationValueList(
        ::std::boxed::Box<crate::beta::GroupPolicyPresentationValueList>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    GroupPolicyPresentationValueLongDecimal(
        ::std::boxed::Box<crate::beta::GroupPolicyPresentationValueLongDecimal>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    GroupPolicyPresentationValueMultiText(
        ::std::boxed::Box<crate::beta::GroupPolicyPresentationValueMultiText>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    GroupPolicyPresentationValueText(
        ::std::boxed::Box<crate::beta::GroupPolicyPresentationValueText>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    GroupPolicySettingMapping(::std::boxed::Box<crate::beta::GroupPolicySettingMapping>),
    #[cfg(msgraph_beta_device_management_or_search)]
    GroupPolicyUploadedDefinitionFile(
        ::std::boxed::Box<crate::beta::GroupPolicyUploadedDefinitionFile>,
    ),
    #[cfg(msgraph_beta_core)]
    HomeRealmDiscoveryPolicy(::std::boxed::Box<crate::beta::HomeRealmDiscoveryPolicy>),
    #[cfg(msgraph_beta_search_or_security)]
    HostSecurityProfile(::std::boxed::Box<crate::beta::HostSecurityProfile>),
    #[cfg(msgraph_beta_identity_or_search)]
    IdentityApiConnector(::std::boxed::Box<crate::beta::IdentityApiConnector>),
    #[cfg(msgraph_beta_identity_or_search)]
    IdentityBuiltInUserFlowAttribute(
        ::std::boxed::Box<crate::beta::IdentityBuiltInUserFlowAttribute>,
    ),
    #[cfg(msgraph_beta_identity_or_search)]
    IdentityCustomUserFlowAttribute(
        ::std::boxed::Box<crate::beta::IdentityCustomUserFlowAttribute>,
    ),
    #[cfg(msgraph_beta_identity_providers_or_search)]
    IdentityProvider(::std::boxed::Box<crate::beta::IdentityProvider>),
    #[cfg(msgraph_beta_identity_or_search)]
    IdentityProviderBase(::std::boxed::Box<crate::beta::IdentityProviderBase>),
    #[cfg(msgraph_beta_core)]
    IdentitySecurityDefaultsEnforcementPolicy(
        ::std::boxed::Box<crate::beta::IdentitySecurityDefaultsEnforcementPolicy>,
    ),
    #[cfg(msgraph_beta_identity_or_search)]
    IdentityUserFlow(::std::boxed::Box<crate::beta::IdentityUserFlow>),
    #[cfg(msgraph_beta_identity_or_search)]
    IdentityUserFlowAttribute(::std::boxed::Box<crate::beta::IdentityUserFlowAttribute>),
    #[cfg(msgraph_beta_identity_or_search)]
    IdentityUserFlowAttributeAssignment(
        ::std::boxed::Box<crate::beta::IdentityUserFlowAttributeAssignment>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    ImportedAppleDeviceIdentity(
        ::std::boxed::Box<crate::beta::ImportedAppleDeviceIdentity>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    ImportedAppleDeviceIdentityResult(
        ::std::boxed::Box<crate::beta::ImportedAppleDeviceIdentityResult>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    ImportedDeviceIdentity(::std::boxed::Box<crate::beta::ImportedDeviceIdentity>),
    #[cfg(msgraph_beta_device_management_or_search)]
    ImportedDeviceIdentityResult(
        ::std::boxed::Box<crate::beta::ImportedDeviceIdentityResult>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    ImportedWindowsAutopilotDeviceIdentity(
        ::std::boxed::Box<crate::beta::ImportedWindowsAutopilotDeviceIdentity>,
    ),
    #[cfg(msgraph_beta_search)]
    ImportedWindowsAutopilotDeviceIdentityUpload(
        ::std::boxed::Box<crate::beta::ImportedWindowsAutopilotDeviceIdentityUpload>,
    ),
    #[cfg(msgraph_beta_core)]
    InferenceClassification(::std::boxed::Box<crate::beta::InferenceClassification>),
    #[cfg(msgraph_beta_core)]
    InferenceClassificationOverride(
        ::std::boxed::Box<crate::beta::InferenceClassificationOverride>,
    ),
    #[cfg(msgraph_beta_core_or_information_protection)]
    InformationProtection(::std::boxed::Box<crate::beta::InformationProtection>),
    #[cfg(msgraph_beta_core_or_information_protection)]
    InformationProtectionLabel(
        ::std::boxed::Box<crate::beta::InformationProtectionLabel>,
    ),
    #[cfg(msgraph_beta_core_or_information_protection)]
    InformationProtectionPolicy(
        ::std::boxed::Box<crate::beta::InformationProtectionPolicy>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    IntuneBrandingProfile(::std::boxed::Box<crate::beta::IntuneBrandingProfile>),
    #[cfg(msgraph_beta_device_management_or_search)]
    IntuneBrandingProfileAssignment(
        ::std::boxed::Box<crate::beta::IntuneBrandingProfileAssignment>,
    ),
    #[cfg(msgraph_beta_invitations_or_search)]
    Invitation(::std::boxed::Box<crate::beta::Invitation>),
    #[cfg(msgraph_beta_app_or_communications_or_search)]
    InviteParticipantsOperation(
        ::std::boxed::Box<crate::beta::InviteParticipantsOperation>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    IosCertificateProfile(::std::boxed::Box<crate::beta::IosCertificateProfile>),
    #[cfg(msgraph_beta_device_management_or_search)]
    IosCertificateProfileBase(::std::boxed::Box<crate::beta::IosCertificateProfileBase>),
    #[cfg(msgraph_beta_device_management_or_search)]
    IosCompliancePolicy(::std::boxed::Box<crate::beta::IosCompliancePolicy>),
    #[cfg(msgraph_beta_device_management_or_search)]
    IosCustomConfiguration(::std::boxed::Box<crate::beta::IosCustomConfiguration>),
    #[cfg(msgraph_beta_device_management_or_search)]
    IosDerivedCredentialAuthenticationConfiguration(
        ::std::boxed::Box<crate::beta::IosDerivedCredentialAuthenticationConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    IosDeviceFeaturesConfiguration(
        ::std::boxed::Box<crate::beta::IosDeviceFeaturesConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    IosEasEmailProfileConfiguration(
        ::std::boxed::Box<crate::beta::IosEasEmailProfileConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    IosEduDeviceConfiguration(::std::boxed::Box<crate::beta::IosEduDeviceConfiguration>),
    #[cfg(msgraph_beta_device_management_or_search)]
    IosEducationDeviceConfiguration(
        ::std::boxed::Box<crate::beta::IosEducationDeviceConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    IosEnterpriseWiFiConfiguration(
        ::std::boxed::Box<crate::beta::IosEnterpriseWiFiConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    IosExpeditedCheckinConfiguration(
        ::std::boxed::Box<crate::beta::IosExpeditedCheckinConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    IosGeneralDeviceConfiguration(
        ::std::boxed::Box<crate::beta::IosGeneralDeviceConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    IosImportedPfxCertificateProfile(
        ::std::boxed::Box<crate::beta::IosImportedPfxCertificateProfile>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    IosLobApp(::std::boxed::Box<crate::beta::IosLobApp>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    IosLobAppProvisioningConfiguration(
        ::std::boxed::Box<crate::beta::IosLobAppProvisioningConfiguration>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    IosLobAppProvisioningConfigurationAssignment(
        ::std::boxed::Box<crate::beta::IosLobAppProvisioningConfigurationAssignment>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    IosLobAppProvisioningConfigurationPolicySetItem(
        ::std::boxed::Box<crate::beta::IosLobAppProvisioningConfigurationPolicySetItem>,
    ),
    #[cfg(msgraph_beta_core_or_device_app_management)]
    IosManagedAppProtection(::std::boxed::Box<crate::beta::IosManagedAppProtection>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    IosManagedAppRegistration(::std::boxed::Box<crate::beta::IosManagedAppRegistration>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    IosMobileAppConfiguration(::std::boxed::Box<crate::beta::IosMobileAppConfiguration>),
    #[cfg(msgraph_beta_device_management_or_search)]
    IosPkcsCertificateProfile(::std::boxed::Box<crate::beta::IosPkcsCertificateProfile>),
    #[cfg(msgraph_beta_device_management_or_search)]
    IosScepCertificateProfile(::std::boxed::Box<crate::beta::IosScepCertificateProfile>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    IosStoreApp(::std::boxed::Box<crate::beta::IosStoreApp>),
    #[cfg(msgraph_beta_device_management_or_search)]
    IosTrustedRootCertificate(::std::boxed::Box<crate::beta::IosTrustedRootCertificate>),
    #[cfg(msgraph_beta_device_management_or_search)]
    IosUpdateConfiguration(::std::boxed::Box<crate::beta::IosUpdateConfiguration>),
    #[cfg(msgraph_beta_device_management_or_search)]
    IosUpdateDeviceStatus(::std::boxed::Box<crate::beta::IosUpdateDeviceStatus>),
    #[cfg(msgraph_beta_device_management_or_search)]
    IosVpnConfiguration(::std::boxed::Box<crate::beta::IosVpnConfiguration>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    IosVppApp(::std::boxed::Box<crate::beta::IosVppApp>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    IosVppAppAssignedDeviceLicense(
        ::std::boxed::Box<crate::beta::IosVppAppAssignedDeviceLicense>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    IosVppAppAssignedLicense(::std::boxed::Box<crate::beta::IosVppAppAssignedLicense>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    IosVppAppAssignedUserLicense(
        ::std::boxed::Box<crate::beta::IosVppAppAssignedUserLicense>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    IosVppEBook(::std::boxed::Box<crate::beta::IosVppEBook>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    IosVppEBookAssignment(::std::boxed::Box<crate::beta::IosVppEBookAssignment>),
    #[cfg(msgraph_beta_device_management_or_search)]
    IosWiFiConfiguration(::std::boxed::Box<crate::beta::IosWiFiConfiguration>),
    #[cfg(msgraph_beta_device_management_or_search)]
    IosikEv2VpnConfiguration(::std::boxed::Box<crate::beta::IosikEv2VpnConfiguration>),
    #[cfg(msgraph_beta_identity_or_search)]
    IpNamedLocation(::std::boxed::Box<crate::beta::IpNamedLocation>),
    #[cfg(msgraph_beta_search_or_security)]
    IpSecurityProfile(::std::boxed::Box<crate::beta::IpSecurityProfile>),
    #[cfg(msgraph_beta_financials_or_search)]
    Item(::std::boxed::Box<crate::beta::Item>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    ItemActivity(::std::boxed::Box<crate::beta::ItemActivity>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    ItemActivityOld(::std::boxed::Box<crate::beta::ItemActivityOld>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    ItemActivityStat(::std::boxed::Box<crate::beta::ItemActivityStat>),
    #[cfg(msgraph_beta_core)]
    ItemAddress(::std::boxed::Box<crate::beta::ItemAddress>),
    #[cfg(msgraph_beta_search)]
    ItemAnalytics(::std::boxed::Box<crate::beta::ItemAnalytics>),
    #[cfg(msgraph_beta_core)]
    ItemAttachment(::std::boxed::Box<crate::beta::ItemAttachment>),
    #[cfg(msgraph_beta_financials_or_search)]
    ItemCategory(::std::boxed::Box<crate::beta::ItemCategory>),
    #[cfg(msgraph_beta_core)]
    ItemEmail(::std::boxed::Box<crate::beta::ItemEmail>),
    #[cfg(msgraph_beta_core)]
    ItemFacet(::std::boxed::Box<crate::beta::ItemFacet>),
    #[cfg(msgraph_beta_core)]
    ItemInsights(::std::boxed::Box<crate::beta::ItemInsights>),
    #[cfg(msgraph_beta_core)]
    ItemInsightsSettings(::std::boxed::Box<crate::beta::ItemInsightsSettings>),
    #[cfg(msgraph_beta_core)]
    ItemPatent(::std::boxed::Box<crate::beta::ItemPatent>),
    #[cfg(msgraph_beta_core)]
    ItemPhone(::std::boxed::Box<crate::beta::ItemPhone>),
    #[cfg(msgraph_beta_core)]
    ItemPublication(::std::boxed::Box<crate::beta::ItemPublication>),
    #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
    JobResponseBase(::std::boxed::Box<crate::beta::JobResponseBase>),
    #[cfg(msgraph_beta_financials_or_search)]
    Journal(::std::boxed::Box<crate::beta::Journal>),
    #[cfg(msgraph_beta_financials_or_search)]
    JournalLine(::std::boxed::Box<crate::beta::JournalLine>),
    #[cfg(msgraph_beta_core)]
    LanguageProficiency(::std::boxed::Box<crate::beta::LanguageProficiency>),
    #[cfg(msgraph_beta_core)]
    LicenseDetails(::std::boxed::Box<crate::beta::LicenseDetails>),
    #[cfg(msgraph_beta_core)]
    LinkedResource(::std::boxed::Box<crate::beta::LinkedResource>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
    List(::std::boxed::Box<crate::beta::List>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    ListItem(::std::boxed::Box<crate::beta::ListItem>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    ListItemVersion(::std::boxed::Box<crate::beta::ListItemVersion>),
    #[cfg(msgraph_beta_device_management_or_search)]
    LocalizedNotificationMessage(
        ::std::boxed::Box<crate::beta::LocalizedNotificationMessage>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    LocationManagementCondition(
        ::std::boxed::Box<crate::beta::LocationManagementCondition>,
    ),
    #[cfg(msgraph_beta_core)]
    LongRunningOperation(::std::boxed::Box<crate::beta::LongRunningOperation>),
    #[cfg(msgraph_beta_search)]
    LookupResultRow(::std::boxed::Box<crate::beta::LookupResultRow>),
    #[cfg(msgraph_beta_device_management_or_search)]
    MacOsCertificateProfileBase(
        ::std::boxed::Box<crate::beta::MacOsCertificateProfileBase>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    MacOsCompliancePolicy(::std::boxed::Box<crate::beta::MacOsCompliancePolicy>),
    #[cfg(msgraph_beta_device_management_or_search)]
    MacOsCustomAppConfiguration(
        ::std::boxed::Box<crate::beta::MacOsCustomAppConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    MacOsCustomConfiguration(::std::boxed::Box<crate::beta::MacOsCustomConfiguration>),
    #[cfg(msgraph_beta_device_management_or_search)]
    MacOsDeviceFeaturesConfiguration(
        ::std::boxed::Box<crate::beta::MacOsDeviceFeaturesConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    MacOsEndpointProtectionConfiguration(
        ::std::boxed::Box<crate::beta::MacOsEndpointProtectionConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    MacOsEnterpriseWiFiConfiguration(
        ::std::boxed::Box<crate::beta::MacOsEnterpriseWiFiConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    MacOsExtensionsConfiguration(
        ::std::boxed::Box<crate::beta::MacOsExtensionsConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    MacOsGeneralDeviceConfiguration(
        ::std::boxed::Box<crate::beta::MacOsGeneralDeviceConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    MacOsImportedPfxCertificateProfile(
        ::std::boxed::Box<crate::beta::MacOsImportedPfxCertificateProfile>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    MacOsLobApp(::std::boxed::Box<crate::beta::MacOsLobApp>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    MacOsMdatpApp(::std::boxed::Box<crate::beta::MacOsMdatpApp>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    MacOsMicrosoftEdgeApp(::std::boxed::Box<crate::beta::MacOsMicrosoftEdgeApp>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    MacOsOfficeSuiteApp(::std::boxed::Box<crate::beta::MacOsOfficeSuiteApp>),
    #[cfg(msgraph_beta_device_management_or_search)]
    MacOsPkcsCertificateProfile(
        ::std::boxed::Box<crate::beta::MacOsPkcsCertificateProfile>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    MacOsScepCertificateProfile(
        ::std::boxed::Box<crate::beta::MacOsScepCertificateProfile>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    MacOsSoftwareUpdateAccountSummary(
        ::std::boxed::Box<crate::beta::MacOsSoftwareUpdateAccountSummary>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    MacOsSoftwareUpdateCategorySummary(
        ::std::boxed::Box<crate::beta::MacOsSoftwareUpdateCategorySummary>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    MacOsSoftwareUpdateConfiguration(
        ::std::boxed::Box<crate::beta::MacOsSoftwareUpdateConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    MacOsSoftwareUpdateStateSummary(
        ::std::boxed::Box<crate::beta::MacOsSoftwareUpdateStateSummary>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    MacOsTrustedRootCertificate(
        ::std::boxed::Box<crate::beta::MacOsTrustedRootCertificate>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    MacOsVpnConfiguration(::std::boxed::Box<crate::beta::MacOsVpnConfiguration>),
    #[cfg(msgraph_beta_device_management_or_search)]
    MacOsWiFiConfiguration(::std::boxed::Box<crate::beta::MacOsWiFiConfiguration>),
    #[cfg(msgraph_beta_device_management_or_search)]
    MacOsWiredNetworkConfiguration(
        ::std::boxed::Box<crate::beta::MacOsWiredNetworkConfiguration>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    MacOsVppApp(::std::boxed::Box<crate::beta::MacOsVppApp>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    MacOsVppAppAssignedLicense(
        ::std::boxed::Box<crate::beta::MacOsVppAppAssignedLicense>,
    ),
    #[cfg(msgraph_beta_core_or_information_protection)]
    MailAssessmentRequest(::std::boxed::Box<crate::beta::MailAssessmentRequest>),
    #[cfg(msgraph_beta_core)]
    MailFolder(::std::boxed::Box<crate::beta::MailFolder>),
    #[cfg(msgraph_beta_core)]
    MailSearchFolder(::std::boxed::Box<crate::beta::MailSearchFolder>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    MailboxUsageDetail(::std::boxed::Box<crate::beta::MailboxUsageDetail>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    MailboxUsageMailboxCounts(::std::boxed::Box<crate::beta::MailboxUsageMailboxCounts>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    MailboxUsageQuotaStatusMailboxCounts(
        ::std::boxed::Box<crate::beta::MailboxUsageQuotaStatusMailboxCounts>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    MailboxUsageStorage(::std::boxed::Box<crate::beta::MailboxUsageStorage>),
    #[cfg(msgraph_beta_device_management_or_search)]
    MalwareStateForWindowsDevice(
        ::std::boxed::Box<crate::beta::MalwareStateForWindowsDevice>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    ManagedAllDeviceCertificateState(
        ::std::boxed::Box<crate::beta::ManagedAllDeviceCertificateState>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    ManagedAndroidLobApp(::std::boxed::Box<crate::beta::ManagedAndroidLobApp>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    ManagedAndroidStoreApp(::std::boxed::Box<crate::beta::ManagedAndroidStoreApp>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    ManagedApp(::std::boxed::Box<crate::beta::ManagedApp>),
    #[cfg(msgraph_beta_core_or_device_app_management)]
    ManagedAppConfiguration(::std::boxed::Box<crate::beta::ManagedAppConfiguration>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    ManagedAppOperation(::std::boxed::Box<crate::beta::ManagedAppOperation>),
    #[cfg(msgraph_beta_core_or_device_app_management)]
    ManagedAppPolicy(::std::boxed::Box<crate::beta::ManagedAppPolicy>),
    #[cfg(msgraph_beta_core_or_device_app_management)]
    ManagedAppPolicyDeploymentSummary(
        ::std::boxed::Box<crate::beta::ManagedAppPolicyDeploymentSummary>,
    ),
    #[cfg(msgraph_beta_core_or_device_app_management)]
    ManagedAppProtection(::std::boxed::Box<crate::beta::ManagedAppProtection>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    ManagedAppProtectionPolicySetItem(
        ::std::boxed::Box<crate::beta::ManagedAppProtectionPolicySetItem>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    ManagedAppRegistration(::std::boxed::Box<crate::beta::ManagedAppRegistration>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    ManagedAppStatus(::std::boxed::Box<crate::beta::ManagedAppStatus>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    ManagedAppStatusRaw(::std::boxed::Box<crate::beta::ManagedAppStatusRaw>),
    #[cfg(msgraph_beta_core)]
    ManagedDevice(::std::boxed::Box<crate::beta::ManagedDevice>),
    #[cfg(msgraph_beta_device_management_or_search)]
    ManagedDeviceCertificateState(
        ::std::boxed::Box<crate::beta::ManagedDeviceCertificateState>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    ManagedDeviceEncryptionState(
        ::std::boxed::Box<crate::beta::ManagedDeviceEncryptionState>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    ManagedDeviceMobileAppConfiguration(
        ::std::boxed::Box<crate::beta::ManagedDeviceMobileAppConfiguration>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    ManagedDeviceMobileAppConfigurationAssignment(
        ::std::boxed::Box<crate::beta::ManagedDeviceMobileAppConfigurationAssignment>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    ManagedDeviceMobileAppConfigurationDeviceStatus(
        ::std::boxed::Box<crate::beta::ManagedDeviceMobileAppConfigurationDeviceStatus>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    ManagedDeviceMobileAppConfigurationDeviceSummary(
        ::std::boxed::Box<crate::beta::ManagedDeviceMobileAppConfigurationDeviceSummary>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    ManagedDeviceMobileAppConfigurationPolicySetItem(
        ::std::boxed::Box<crate::beta::ManagedDeviceMobileAppConfigurationPolicySetItem>,
    ),
    #[cfg(msgraph_beta_core)]
    ManagedDeviceMobileAppConfigurationState(
        ::std::boxed::Box<crate::beta::ManagedDeviceMobileAppConfigurationState>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    ManagedDeviceMobileAppConfigurationUserStatus(
        ::std::boxed::Box<crate::beta::ManagedDeviceMobileAppConfigurationUserStatus>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    ManagedDeviceMobileAppConfigurationUserSummary(
        ::std::boxed::Box<crate::beta::ManagedDeviceMobileAppConfigurationUserSummary>,
    ),
    #[cfg(msgraph_beta_search)]
    ManagedDeviceOverview(::std::boxed::Box<crate::beta::ManagedDeviceOverview>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    ManagedEBook(::std::boxed::Box<crate::beta::ManagedEBook>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    ManagedEBookAssignment(::std::boxed::Box<crate::beta::ManagedEBookAssignment>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    ManagedEBookCategory(::std::boxed::Box<crate::beta::ManagedEBookCategory>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    ManagedIosLobApp(::std::boxed::Box<crate::beta::ManagedIosLobApp>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    ManagedIosStoreApp(::std::boxed::Box<crate::beta::ManagedIosStoreApp>),
    #[cfg(msgraph_beta_core_or_device_app_management)]
    ManagedMobileApp(::std::boxed::Box<crate::beta::ManagedMobileApp>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    ManagedMobileLobApp(::std::boxed::Box<crate::beta::ManagedMobileLobApp>),
    #[cfg(msgraph_beta_search_or_tenant_relationships)]
    AggregatedPolicyCompliance(
        ::std::boxed::Box<crate::beta::managed_tenants::AggregatedPolicyCompliance>,
    ),
    #[cfg(msgraph_beta_search_or_tenant_relationships)]
    CloudPcConnection(
        ::std::boxed::Box<crate::beta::managed_tenants::CloudPcConnection>,
    ),
    #[cfg(msgraph_beta_search_or_tenant_relationships)]
    CloudPcDevice(::std::boxed::Box<crate::beta::managed_tenants::CloudPcDevice>),
    #[cfg(msgraph_beta_search_or_tenant_relationships)]
    ConditionalAccessPolicyCoverage(
        ::std::boxed::Box<crate::beta::managed_tenants::ConditionalAccessPolicyCoverage>,
    ),
    #[cfg(msgraph_beta_search_or_tenant_relationships)]
    CredentialUserRegistrationsSummary(
        ::std::boxed::Box<
            crate::beta::managed_tenants::CredentialUserRegistrationsSummary,
        >,
    ),
    #[cfg(msgraph_beta_search_or_tenant_relationships)]
    ManagedTenantsDeviceCompliancePolicySettingStateSummary(
        ::std::boxed::Box<
            crate::beta::managed_tenants::DeviceCompliancePolicySettingStateSummary,
        >,
    ),
    #[cfg(msgraph_beta_search_or_tenant_relationships)]
    ManagedDeviceCompliance(
        ::std::boxed::Box<crate::beta::managed_tenants::ManagedDeviceCompliance>,
    ),
    #[cfg(msgraph_beta_search_or_tenant_relationships)]
    ManagedDeviceComplianceTrend(
        ::std::boxed::Box<crate::beta::managed_tenants::ManagedDeviceComplianceTrend>,
    ),
    #[cfg(msgraph_beta_search_or_tenant_relationships)]
    ManagedTenant(::std::boxed::Box<crate::beta::managed_tenants::ManagedTenant>),
    #[cfg(msgraph_beta_search_or_tenant_relationships)]
    ManagedTenantsRiskyUser(::std::boxed::Box<crate::beta::managed_tenants::RiskyUser>),
    #[cfg(msgraph_beta_search_or_tenant_relationships)]
    ManagedTenantsWindowsDeviceMalwareState(
        ::std::boxed::Box<crate::beta::managed_tenants::WindowsDeviceMalwareState>,
    ),
    #[cfg(msgraph_beta_search_or_tenant_relationships)]
    ManagedTenantsWindowsProtectionState(
        ::std::boxed::Box<crate::beta::managed_tenants::WindowsProtectionState>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    ManagementCondition(::std::boxed::Box<crate::beta::ManagementCondition>),
    #[cfg(msgraph_beta_device_management_or_search)]
    ManagementConditionStatement(
        ::std::boxed::Box<crate::beta::ManagementConditionStatement>,
    ),
    #[cfg(msgraph_beta_core_or_device_app_management)]
    MdmWindowsInformationProtectionPolicy(
        ::std::boxed::Box<crate::beta::MdmWindowsInformationProtectionPolicy>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    MdmWindowsInformationProtectionPolicyPolicySetItem(
        ::std::boxed::Box<
            crate::beta::MdmWindowsInformationProtectionPolicyPolicySetItem,
        >,
    ),
    #[cfg(msgraph_beta_core_or_activitystatistics)]
    MeetingActivityStatistics(::std::boxed::Box<crate::beta::MeetingActivityStatistics>),
    #[cfg(msgraph_beta_core_or_app_or_communications)]
    MeetingAttendanceReport(::std::boxed::Box<crate::beta::MeetingAttendanceReport>),
    #[cfg(msgraph_beta_core)]
    Mention(::std::boxed::Box<crate::beta::Mention>),
    #[cfg(msgraph_beta_core)]
    Message(::std::boxed::Box<crate::beta::Message>),
    #[cfg(msgraph_beta_core)]
    MessageRule(::std::boxed::Box<crate::beta::MessageRule>),
    #[cfg(msgraph_beta_core)]
    MicrosoftAuthenticatorAuthenticationMethod(
        ::std::boxed::Box<crate::beta::MicrosoftAuthenticatorAuthenticationMethod>,
    ),
    #[cfg(
        msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    MicrosoftAuthenticatorAuthenticationMethodConfiguration(
        ::std::boxed::Box<
            crate::beta::MicrosoftAuthenticatorAuthenticationMethodConfiguration,
        >,
    ),
    #[cfg(
        msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    MicrosoftAuthenticatorAuthenticationMethodTarget(
        ::std::boxed::Box<crate::beta::MicrosoftAuthenticatorAuthenticationMethodTarget>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    MicrosoftStoreForBusinessApp(
        ::std::boxed::Box<crate::beta::MicrosoftStoreForBusinessApp>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    MicrosoftStoreForBusinessContainedApp(
        ::std::boxed::Box<crate::beta::MicrosoftStoreForBusinessContainedApp>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    MicrosoftTunnelConfiguration(
        ::std::boxed::Box<crate::beta::MicrosoftTunnelConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    MicrosoftTunnelHealthThreshold(
        ::std::boxed::Box<crate::beta::MicrosoftTunnelHealthThreshold>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    MicrosoftTunnelServer(::std::boxed::Box<crate::beta::MicrosoftTunnelServer>),
    #[cfg(msgraph_beta_device_management_or_search)]
    MicrosoftTunnelServerLogCollectionResponse(
        ::std::boxed::Box<crate::beta::MicrosoftTunnelServerLogCollectionResponse>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    MicrosoftTunnelSite(::std::boxed::Box<crate::beta::MicrosoftTunnelSite>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    MobileApp(::std::boxed::Box<crate::beta::MobileApp>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    MobileAppAssignment(::std::boxed::Box<crate::beta::MobileAppAssignment>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    MobileAppCategory(::std::boxed::Box<crate::beta::MobileAppCategory>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    MobileAppContent(::std::boxed::Box<crate::beta::MobileAppContent>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    MobileAppContentFile(::std::boxed::Box<crate::beta::MobileAppContentFile>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    MobileAppDependency(::std::boxed::Box<crate::beta::MobileAppDependency>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    MobileAppInstallStatus(::std::boxed::Box<crate::beta::MobileAppInstallStatus>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    MobileAppInstallSummary(::std::boxed::Box<crate::beta::MobileAppInstallSummary>),
    #[cfg(msgraph_beta_core)]
    MobileAppIntentAndState(::std::boxed::Box<crate::beta::MobileAppIntentAndState>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    MobileAppPolicySetItem(::std::boxed::Box<crate::beta::MobileAppPolicySetItem>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    MobileAppProvisioningConfigGroupAssignment(
        ::std::boxed::Box<crate::beta::MobileAppProvisioningConfigGroupAssignment>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    MobileAppRelationship(::std::boxed::Box<crate::beta::MobileAppRelationship>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    MobileAppSupersedence(::std::boxed::Box<crate::beta::MobileAppSupersedence>),
    #[cfg(msgraph_beta_core)]
    MobileAppTroubleshootingEvent(
        ::std::boxed::Box<crate::beta::MobileAppTroubleshootingEvent>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    MobileContainedApp(::std::boxed::Box<crate::beta::MobileContainedApp>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    MobileLobApp(::std::boxed::Box<crate::beta::MobileLobApp>),
    #[cfg(msgraph_beta_device_management_or_search)]
    MobileThreatDefenseConnector(
        ::std::boxed::Box<crate::beta::MobileThreatDefenseConnector>,
    ),
    #[cfg(msgraph_beta_core)]
    MultiValueLegacyExtendedProperty(
        ::std::boxed::Box<crate::beta::MultiValueLegacyExtendedProperty>,
    ),
    #[cfg(msgraph_beta_app_or_communications_or_search)]
    MuteParticipantOperation(::std::boxed::Box<crate::beta::MuteParticipantOperation>),
    #[cfg(msgraph_beta_app_or_communications_or_search)]
    MuteParticipantsOperation(::std::boxed::Box<crate::beta::MuteParticipantsOperation>),
    #[cfg(msgraph_beta_identity_or_search)]
    NamedLocation(::std::boxed::Box<crate::beta::NamedLocation>),
    #[cfg(msgraph_beta_device_management_or_search)]
    NdesConnector(::std::boxed::Box<crate::beta::NdesConnector>),
    #[cfg(msgraph_beta_device_management_or_search)]
    NetworkIPv4ConfigurationManagementCondition(
        ::std::boxed::Box<crate::beta::NetworkIPv4ConfigurationManagementCondition>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    NetworkIPv6ConfigurationManagementCondition(
        ::std::boxed::Box<crate::beta::NetworkIPv6ConfigurationManagementCondition>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    NetworkManagementCondition(
        ::std::boxed::Box<crate::beta::NetworkManagementCondition>,
    ),
    #[cfg(msgraph_beta_core)]
    Note(::std::boxed::Box<crate::beta::Note>),
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    Notebook(::std::boxed::Box<crate::beta::Notebook>),
    #[cfg(msgraph_beta_core)]
    Notification(::std::boxed::Box<crate::beta::Notification>),
    #[cfg(msgraph_beta_device_management_or_search)]
    NotificationMessageTemplate(
        ::std::boxed::Box<crate::beta::NotificationMessageTemplate>,
    ),
    #[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
    OAuth2PermissionGrant(::std::boxed::Box<crate::beta::OAuth2PermissionGrant>),
    #[cfg(msgraph_beta_core)]
    OfferShiftRequest(::std::boxed::Box<crate::beta::OfferShiftRequest>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    Office365ActivationCounts(::std::boxed::Box<crate::beta::Office365ActivationCounts>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    Office365ActivationsUserCounts(
        ::std::boxed::Box<crate::beta::Office365ActivationsUserCounts>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    Office365ActivationsUserDetail(
        ::std::boxed::Box<crate::beta::Office365ActivationsUserDetail>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    Office365ActiveUserCounts(::std::boxed::Box<crate::beta::Office365ActiveUserCounts>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    Office365ActiveUserDetail(::std::boxed::Box<crate::beta::Office365ActiveUserDetail>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    Office365GroupsActivityCounts(
        ::std::boxed::Box<crate::beta::Office365GroupsActivityCounts>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    Office365GroupsActivityDetail(
        ::std::boxed::Box<crate::beta::Office365GroupsActivityDetail>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    Office365GroupsActivityFileCounts(
        ::std::boxed::Box<crate::beta::Office365GroupsActivityFileCounts>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    Office365GroupsActivityGroupCounts(
        ::std::boxed::Box<crate::beta::Office365GroupsActivityGroupCounts>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    Office365GroupsActivityStorage(
        ::std::boxed::Box<crate::beta::Office365GroupsActivityStorage>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    Office365ServicesUserCounts(
        ::std::boxed::Box<crate::beta::Office365ServicesUserCounts>,
    ),
    #[cfg(msgraph_beta_office_configuration_or_search)]
    OfficeClientConfiguration(::std::boxed::Box<crate::beta::OfficeClientConfiguration>),
    #[cfg(msgraph_beta_office_configuration_or_search)]
    OfficeClientConfigurationAssignment(
        ::std::boxed::Box<crate::beta::OfficeClientConfigurationAssignment>,
    ),
    #[cfg(msgraph_beta_core)]
    OfficeGraphInsights(::std::boxed::Box<crate::beta::OfficeGraphInsights>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    OfficeSuiteApp(::std::boxed::Box<crate::beta::OfficeSuiteApp>),
    #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
    OnPremisesAgent(::std::boxed::Box<crate::beta::OnPremisesAgent>),
    #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
    OnPremisesAgentGroup(::std::boxed::Box<crate::beta::OnPremisesAgentGroup>),
    #[cfg(msgraph_beta_device_management_or_search)]
    OnPremisesConditionalAccessSettings(
        ::std::boxed::Box<crate::beta::OnPremisesConditionalAccessSettings>,
    ),
    #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
    OnPremisesPublishingProfile(
        ::std::boxed::Box<crate::beta::OnPremisesPublishingProfile>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    OneDriveActivityUserDetail(
        ::std::boxed::Box<crate::beta::OneDriveActivityUserDetail>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    OneDriveUsageAccountCounts(
        ::std::boxed::Box<crate::beta::OneDriveUsageAccountCounts>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    OneDriveUsageAccountDetail(
        ::std::boxed::Box<crate::beta::OneDriveUsageAccountDetail>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    OneDriveUsageFileCounts(::std::boxed::Box<crate::beta::OneDriveUsageFileCounts>),
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    Onenote(::std::boxed::Box<crate::beta::Onenote>),
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    OnenoteEntityBaseModel(::std::boxed::Box<crate::beta::OnenoteEntityBaseModel>),
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    OnenoteEntityHierarchyModel(
        ::std::boxed::Box<crate::beta::OnenoteEntityHierarchyModel>,
    ),
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    OnenoteEntitySchemaObjectModel(
        ::std::boxed::Box<crate::beta::OnenoteEntitySchemaObjectModel>,
    ),
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    OnenoteOperation(::std::boxed::Box<crate::beta::OnenoteOperation>),
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    OnenotePage(::std::boxed::Box<crate::beta::OnenotePage>),
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    OnenoteResource(::std::boxed::Box<crate::beta::OnenoteResource>),
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    OnenoteSection(::std::boxed::Box<crate::beta::OnenoteSection>),
    #[cfg(msgraph_beta_core_or_app_or_communications)]
    OnlineMeeting(::std::boxed::Box<crate::beta::OnlineMeeting>),
    #[cfg(msgraph_beta_identity_or_search)]
    OpenIdConnectIdentityProvider(
        ::std::boxed::Box<crate::beta::OpenIdConnectIdentityProvider>,
    ),
    #[cfg(msgraph_beta_identity_providers_or_search)]
    OpenIdConnectProvider(::std::boxed::Box<crate::beta::OpenIdConnectProvider>),
    #[cfg(msgraph_beta_core)]
    OpenShift(::std::boxed::Box<crate::beta::OpenShift>),
    #[cfg(msgraph_beta_core)]
    OpenShiftChangeRequest(::std::boxed::Box<crate::beta::OpenShiftChangeRequest>),
    #[cfg(msgraph_beta_core)]
    OpenTypeExtension(::std::boxed::Box<crate::beta::OpenTypeExtension>),
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    Operation(::std::boxed::Box<crate::beta::Operation>),
    #[cfg(msgraph_beta_core)]
    OrgContact(::std::boxed::Box<crate::beta::OrgContact>),
    #[cfg(msgraph_beta_core)]
    Organization(::std::boxed::Box<crate::beta::Organization>),
    #[cfg(msgraph_beta_core)]
    OrganizationSettings(::std::boxed::Box<crate::beta::OrganizationSettings>),
    #[cfg(msgraph_beta_core_or_branding)]
    OrganizationalBranding(::std::boxed::Box<crate::beta::OrganizationalBranding>),
    #[cfg(msgraph_beta_core_or_branding)]
    OrganizationalBrandingLocalization(
        ::std::boxed::Box<crate::beta::OrganizationalBrandingLocalization>,
    ),
    #[cfg(msgraph_beta_core_or_branding)]
    OrganizationalBrandingProperties(
        ::std::boxed::Box<crate::beta::OrganizationalBrandingProperties>,
    ),
    #[cfg(msgraph_beta_core)]
    OutlookCategory(::std::boxed::Box<crate::beta::OutlookCategory>),
    #[cfg(msgraph_beta_core)]
    OutlookItem(::std::boxed::Box<crate::beta::OutlookItem>),
    #[cfg(msgraph_beta_core)]
    OutlookTask(::std::boxed::Box<crate::beta::OutlookTask>),
    #[cfg(msgraph_beta_core)]
    OutlookTaskFolder(::std::boxed::Box<crate::beta::OutlookTaskFolder>),
    #[cfg(msgraph_beta_core)]
    OutlookTaskGroup(::std::boxed::Box<crate::beta::OutlookTaskGroup>),
    #[cfg(msgraph_beta_core)]
    OutlookUser(::std::boxed::Box<crate::beta::OutlookUser>),
    #[cfg(msgraph_beta_app_or_communications_or_search)]
    Participant(::std::boxed::Box<crate::beta::Participant>),
    #[cfg(msgraph_beta_search)]
    ParticipantJoiningNotification(
        ::std::boxed::Box<crate::beta::ParticipantJoiningNotification>,
    ),
    #[cfg(msgraph_beta_search)]
    ParticipantLeftNotification(
        ::std::boxed::Box<crate::beta::ParticipantLeftNotification>,
    ),
    #[cfg(msgraph_beta_core)]
    PasswordAuthenticationMethod(
        ::std::boxed::Box<crate::beta::PasswordAuthenticationMethod>,
    ),
    #[cfg(msgraph_beta_core)]
    PasswordlessMicrosoftAuthenticatorAuthenticationMethod(
        ::std::boxed::Box<
            crate::beta::PasswordlessMicrosoftAuthenticatorAuthenticationMethod,
        >,
    ),
    #[cfg(msgraph_beta_payload_response_or_search)]
    PayloadResponse(::std::boxed::Box<crate::beta::PayloadResponse>),
    #[cfg(msgraph_beta_financials_or_search)]
    PaymentMethod(::std::boxed::Box<crate::beta::PaymentMethod>),
    #[cfg(msgraph_beta_financials_or_search)]
    PaymentTerm(::std::boxed::Box<crate::beta::PaymentTerm>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    Permission(::std::boxed::Box<crate::beta::Permission>),
    #[cfg(msgraph_beta_core)]
    PermissionGrantConditionSet(
        ::std::boxed::Box<crate::beta::PermissionGrantConditionSet>,
    ),
    #[cfg(msgraph_beta_core)]
    PermissionGrantPolicy(::std::boxed::Box<crate::beta::PermissionGrantPolicy>),
    #[cfg(msgraph_beta_core)]
    Person(::std::boxed::Box<crate::beta::Person>),
    #[cfg(msgraph_beta_core)]
    PersonAnnotation(::std::boxed::Box<crate::beta::PersonAnnotation>),
    #[cfg(msgraph_beta_core)]
    PersonAnnualEvent(::std::boxed::Box<crate::beta::PersonAnnualEvent>),
    #[cfg(msgraph_beta_core)]
    PersonAward(::std::boxed::Box<crate::beta::PersonAward>),
    #[cfg(msgraph_beta_core)]
    PersonCertification(::std::boxed::Box<crate::beta::PersonCertification>),
    #[cfg(msgraph_beta_core)]
    PersonExtension(::std::boxed::Box<crate::beta::PersonExtension>),
    #[cfg(msgraph_beta_core)]
    PersonInterest(::std::boxed::Box<crate::beta::PersonInterest>),
    #[cfg(msgraph_beta_core)]
    PersonName(::std::boxed::Box<crate::beta::PersonName>),
    #[cfg(msgraph_beta_search)]
    PersonResponsibility(::std::boxed::Box<crate::beta::PersonResponsibility>),
    #[cfg(msgraph_beta_core)]
    PersonWebsite(::std::boxed::Box<crate::beta::PersonWebsite>),
    #[cfg(msgraph_beta_core)]
    PhoneAuthenticationMethod(::std::boxed::Box<crate::beta::PhoneAuthenticationMethod>),
    #[cfg(msgraph_beta_financials_or_search)]
    Picture(::std::boxed::Box<crate::beta::Picture>),
    #[cfg(msgraph_beta_places_or_search)]
    Place(::std::boxed::Box<crate::beta::Place>),
    #[cfg(msgraph_beta_core_or_planner)]
    PlannerAssignedToTaskBoardTaskFormat(
        ::std::boxed::Box<crate::beta::PlannerAssignedToTaskBoardTaskFormat>,
    ),
    #[cfg(msgraph_beta_core_or_planner)]
    PlannerBucket(::std::boxed::Box<crate::beta::PlannerBucket>),
    #[cfg(msgraph_beta_core_or_planner)]
    PlannerBucketTaskBoardTaskFormat(
        ::std::boxed::Box<crate::beta::PlannerBucketTaskBoardTaskFormat>,
    ),
    #[cfg(msgraph_beta_core_or_planner)]
    PlannerDelta(::std::boxed::Box<crate::beta::PlannerDelta>),
    #[cfg(msgraph_beta_core)]
    PlannerGroup(::std::boxed::Box<crate::beta::PlannerGroup>),
    #[cfg(msgraph_beta_core_or_planner)]
    PlannerPlan(::std::boxed::Box<crate::beta::PlannerPlan>),
    #[cfg(msgraph_beta_core_or_planner)]
    PlannerPlanDetails(::std::boxed::Box<crate::beta::PlannerPlanDetails>),
    #[cfg(msgraph_beta_core_or_planner)]
    PlannerProgressTaskBoardTaskFormat(
        ::std::boxed::Box<crate::beta::PlannerProgressTaskBoardTaskFormat>,
    ),
    #[cfg(msgraph_beta_planner_or_search)]
    PlannerRoster(::std::boxed::Box<crate::beta::PlannerRoster>),
    #[cfg(msgraph_beta_planner_or_search)]
    PlannerRosterMember(::std::boxed::Box<crate::beta::PlannerRosterMember>),
    #[cfg(msgraph_beta_core_or_planner)]
    PlannerTask(::std::boxed::Box<crate::beta::PlannerTask>),
    #[cfg(msgraph_beta_core_or_planner)]
    PlannerTaskDetails(::std::boxed::Box<crate::beta::PlannerTaskDetails>),
    #[cfg(msgraph_beta_core_or_planner)]
    PlannerUser(::std::boxed::Box<crate::beta::PlannerUser>),
    #[cfg(msgraph_beta_app_or_communications_or_search)]
    PlayPromptOperation(::std::boxed::Box<crate::beta::PlayPromptOperation>),
    #[cfg(msgraph_beta_core)]
    PolicyBase(::std::boxed::Box<crate::beta::PolicyBase>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    PolicySet(::std::boxed::Box<crate::beta::PolicySet>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    PolicySetAssignment(::std::boxed::Box<crate::beta::PolicySetAssignment>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    PolicySetItem(::std::boxed::Box<crate::beta::PolicySetItem>),
    #[cfg(msgraph_beta_core)]
    Post(::std::boxed::Box<crate::beta::Post>),
    #[cfg(msgraph_beta_core_or_communications)]
    Presence(::std::boxed::Box<crate::beta::Presence>),
    #[cfg(msgraph_beta_search)]
    Presentation(::std::boxed::Box<crate::beta::Presentation>),
    #[cfg(msgraph_beta_print_or_search)]
    PrintConnector(::std::boxed::Box<crate::beta::PrintConnector>),
    #[cfg(msgraph_beta_print_or_search)]
    PrintDocument(::std::boxed::Box<crate::beta::PrintDocument>),
    #[cfg(msgraph_beta_print_or_search)]
    PrintJob(::std::boxed::Box<crate::beta::PrintJob>),
    #[cfg(msgraph_beta_print_or_search)]
    PrintOperation(::std::boxed::Box<crate::beta::PrintOperation>),
    #[cfg(msgraph_beta_print_or_search)]
    PrintService(::std::boxed::Box<crate::beta::PrintService>),
    #[cfg(msgraph_beta_print_or_search)]
    PrintServiceEndpoint(::std::boxed::Box<crate::beta::PrintServiceEndpoint>),
    #[cfg(msgraph_beta_print_or_search)]
    PrintTask(::std::boxed::Box<crate::beta::PrintTask>),
    #[cfg(msgraph_beta_print_or_search)]
    PrintTaskDefinition(::std::boxed::Box<crate::beta::PrintTaskDefinition>),
    #[cfg(msgraph_beta_print_or_search)]
    PrintTaskTrigger(::std::boxed::Box<crate::beta::PrintTaskTrigger>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    PrintUsage(::std::boxed::Box<crate::beta::PrintUsage>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    PrintUsageByPrinter(::std::boxed::Box<crate::beta::PrintUsageByPrinter>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    PrintUsageByUser(::std::boxed::Box<crate::beta::PrintUsageByUser>),
    #[cfg(msgraph_beta_print_or_search)]
    Printer(::std::boxed::Box<crate::beta::Printer>),
    #[cfg(msgraph_beta_print_or_search)]
    PrinterBase(::std::boxed::Box<crate::beta::PrinterBase>),
    #[cfg(msgraph_beta_print_or_search)]
    PrinterCreateOperation(::std::boxed::Box<crate::beta::PrinterCreateOperation>),
    #[cfg(msgraph_beta_print_or_search)]
    PrinterShare(::std::boxed::Box<crate::beta::PrinterShare>),
    #[cfg(msgraph_beta_privileged_access_or_search)]
    PrivilegedAccess(::std::boxed::Box<crate::beta::PrivilegedAccess>),
    #[cfg(msgraph_beta_privileged_approval_or_search)]
    PrivilegedApproval(::std::boxed::Box<crate::beta::PrivilegedApproval>),
    #[cfg(msgraph_beta_privileged_operation_events_or_search)]
    PrivilegedOperationEvent(::std::boxed::Box<crate::beta::PrivilegedOperationEvent>),
    #[cfg(
        msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
    )]
    PrivilegedRole(::std::boxed::Box<crate::beta::PrivilegedRole>),
    #[cfg(
        msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
    )]
    PrivilegedRoleAssignment(::std::boxed::Box<crate::beta::PrivilegedRoleAssignment>),
    #[cfg(msgraph_beta_privileged_role_assignment_requests_or_search)]
    PrivilegedRoleAssignmentRequest(
        ::std::boxed::Box<crate::beta::PrivilegedRoleAssignmentRequest>,
    ),
    #[cfg(
        msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
    )]
    PrivilegedRoleSettings(::std::boxed::Box<crate::beta::PrivilegedRoleSettings>),
    #[cfg(
        msgraph_beta_privileged_approval_or_privileged_role_assignment_requests_or_privileged_role_assignments_and_2_more
    )]
    PrivilegedRoleSummary(::std::boxed::Box<crate::beta::PrivilegedRoleSummary>),
    #[cfg(msgraph_beta_privileged_signup_status_or_search)]
    PrivilegedSignupStatus(::std::boxed::Box<crate::beta::PrivilegedSignupStatus>),
    #[cfg(msgraph_beta_core)]
    Profile(::std::boxed::Box<crate::beta::Profile>),
    #[cfg(msgraph_beta_core)]
    ProfileCardProperty(::std::boxed::Box<crate::beta::ProfileCardProperty>),
    #[cfg(msgraph_beta_core)]
    ProfilePhoto(::std::boxed::Box<crate::beta::ProfilePhoto>),
    #[cfg(msgraph_beta_program_controls_or_programs_or_search)]
    Program(::std::boxed::Box<crate::beta::Program>),
    #[cfg(msgraph_beta_program_controls_or_programs_or_search)]
    ProgramControl(::std::boxed::Box<crate::beta::ProgramControl>),
    #[cfg(msgraph_beta_program_control_types_or_search)]
    ProgramControlType(::std::boxed::Box<crate::beta::ProgramControlType>),
    #[cfg(msgraph_beta_core)]
    ProjectParticipation(::std::boxed::Box<crate::beta::ProjectParticipation>),
    #[cfg(msgraph_beta_search_or_security)]
    ProviderTenantSetting(::std::boxed::Box<crate::beta::ProviderTenantSetting>),
    #[cfg(msgraph_beta_audit_logs_or_search)]
    ProvisioningObjectSummary(::std::boxed::Box<crate::beta::ProvisioningObjectSummary>),
    #[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
    PublishedResource(::std::boxed::Box<crate::beta::PublishedResource>),
    #[cfg(msgraph_beta_financials_or_search)]
    PurchaseInvoice(::std::boxed::Box<crate::beta::PurchaseInvoice>),
    #[cfg(msgraph_beta_financials_or_search)]
    PurchaseInvoiceLine(::std::boxed::Box<crate::beta::PurchaseInvoiceLine>),
    #[cfg(msgraph_beta_role_management_or_search)]
    RbacApplication(::std::boxed::Box<crate::beta::RbacApplication>),
    #[cfg(msgraph_beta_role_management_or_search)]
    RbacApplicationMultiple(::std::boxed::Box<crate::beta::RbacApplicationMultiple>),
    #[cfg(msgraph_beta_app_or_communications_or_search)]
    RecordOperation(::std::boxed::Box<crate::beta::RecordOperation>),
    #[cfg(msgraph_beta_core)]
    ReferenceAttachment(::std::boxed::Box<crate::beta::ReferenceAttachment>),
    #[cfg(msgraph_beta_core)]
    RegionalAndLanguageSettings(
        ::std::boxed::Box<crate::beta::RegionalAndLanguageSettings>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    RelyingPartyDetailedSummary(
        ::std::boxed::Box<crate::beta::RelyingPartyDetailedSummary>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    RemoteActionAudit(::std::boxed::Box<crate::beta::RemoteActionAudit>),
    #[cfg(msgraph_beta_device_management_or_search)]
    RemoteAssistancePartner(::std::boxed::Box<crate::beta::RemoteAssistancePartner>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    ReportRoot(::std::boxed::Box<crate::beta::ReportRoot>),
    #[cfg(msgraph_beta_core_or_role_management)]
    Request(::std::boxed::Box<crate::beta::Request>),
    #[cfg(msgraph_beta_device_management_or_search)]
    ResourceOperation(::std::boxed::Box<crate::beta::ResourceOperation>),
    #[cfg(msgraph_beta_core)]
    ResourceSpecificPermissionGrant(
        ::std::boxed::Box<crate::beta::ResourceSpecificPermissionGrant>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    RestrictedAppsViolation(::std::boxed::Box<crate::beta::RestrictedAppsViolation>),
    #[cfg(msgraph_beta_audit_logs_or_search)]
    RestrictedSignIn(::std::boxed::Box<crate::beta::RestrictedSignIn>),
    #[cfg(msgraph_beta_identity_protection_or_risk_detections_or_search)]
    RiskDetection(::std::boxed::Box<crate::beta::RiskDetection>),
    #[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
    RiskyUser(::std::boxed::Box<crate::beta::RiskyUser>),
    #[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
    RiskyUserHistoryItem(::std::boxed::Box<crate::beta::RiskyUserHistoryItem>),
    #[cfg(msgraph_beta_device_management_or_search)]
    RoleAssignment(::std::boxed::Box<crate::beta::RoleAssignment>),
    #[cfg(msgraph_beta_device_management_or_search)]
    RoleDefinition(::std::boxed::Box<crate::beta::RoleDefinition>),
    #[cfg(msgraph_beta_device_management_or_search)]
    RoleScopeTag(::std::boxed::Box<crate::beta::RoleScopeTag>),
    #[cfg(msgraph_beta_device_management_or_search)]
    RoleScopeTagAutoAssignment(
        ::std::boxed::Box<crate::beta::RoleScopeTagAutoAssignment>,
    ),
    #[cfg(msgraph_beta_places_or_search)]
    Room(::std::boxed::Box<crate::beta::Room>),
    #[cfg(msgraph_beta_places_or_search)]
    RoomList(::std::boxed::Box<crate::beta::RoomList>),
    #[cfg(msgraph_beta_financials_or_search)]
    SalesCreditMemo(::std::boxed::Box<crate::beta::SalesCreditMemo>),
    #[cfg(msgraph_beta_financials_or_search)]
    SalesCreditMemoLine(::std::boxed::Box<crate::beta::SalesCreditMemoLine>),
    #[cfg(msgraph_beta_financials_or_search)]
    SalesInvoice(::std::boxed::Box<crate::beta::SalesInvoice>),
    #[cfg(msgraph_beta_financials_or_search)]
    SalesInvoiceLine(::std::boxed::Box<crate::beta::SalesInvoiceLine>),
    #[cfg(msgraph_beta_financials_or_search)]
    SalesOrder(::std::boxed::Box<crate::beta::SalesOrder>),
    #[cfg(msgraph_beta_financials_or_search)]
    SalesOrderLine(::std::boxed::Box<crate::beta::SalesOrderLine>),
    #[cfg(msgraph_beta_financials_or_search)]
    SalesQuote(::std::boxed::Box<crate::beta::SalesQuote>),
    #[cfg(msgraph_beta_financials_or_search)]
    SalesQuoteLine(::std::boxed::Box<crate::beta::SalesQuoteLine>),
    #[cfg(msgraph_beta_core)]
    Schedule(::std::boxed::Box<crate::beta::Schedule>),
    #[cfg(msgraph_beta_core)]
    ScheduleChangeRequest(::std::boxed::Box<crate::beta::ScheduleChangeRequest>),
    #[cfg(msgraph_beta_core)]
    SchedulingGroup(::std::boxed::Box<crate::beta::SchedulingGroup>),
    #[cfg(msgraph_beta_search)]
    Schema(::std::boxed::Box<crate::beta::Schema>),
    #[cfg(msgraph_beta_schema_extensions_or_search)]
    SchemaExtension(::std::boxed::Box<crate::beta::SchemaExtension>),
    #[cfg(msgraph_beta_core_or_scoped_role_memberships)]
    ScopedRoleMembership(::std::boxed::Box<crate::beta::ScopedRoleMembership>),
    #[cfg(msgraph_beta_search)]
    SearchEntity(::std::boxed::Box<crate::beta::SearchEntity>),
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    SectionGroup(::std::boxed::Box<crate::beta::SectionGroup>),
    #[cfg(msgraph_beta_search_or_security)]
    SecureScore(::std::boxed::Box<crate::beta::SecureScore>),
    #[cfg(msgraph_beta_search_or_security)]
    SecureScoreControlProfile(::std::boxed::Box<crate::beta::SecureScoreControlProfile>),
    #[cfg(msgraph_beta_search_or_security)]
    SecurityAction(::std::boxed::Box<crate::beta::SecurityAction>),
    #[cfg(msgraph_beta_device_management_or_search)]
    SecurityBaselineCategoryStateSummary(
        ::std::boxed::Box<crate::beta::SecurityBaselineCategoryStateSummary>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    SecurityBaselineDeviceState(
        ::std::boxed::Box<crate::beta::SecurityBaselineDeviceState>,
    ),
    #[cfg(msgraph_beta_core)]
    SecurityBaselineSettingState(
        ::std::boxed::Box<crate::beta::SecurityBaselineSettingState>,
    ),
    #[cfg(msgraph_beta_core)]
    SecurityBaselineState(::std::boxed::Box<crate::beta::SecurityBaselineState>),
    #[cfg(msgraph_beta_device_management_or_search)]
    SecurityBaselineStateSummary(
        ::std::boxed::Box<crate::beta::SecurityBaselineStateSummary>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    SecurityBaselineTemplate(::std::boxed::Box<crate::beta::SecurityBaselineTemplate>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    SecurityConfigurationTask(::std::boxed::Box<crate::beta::SecurityConfigurationTask>),
    #[cfg(msgraph_beta_data_classification_or_search)]
    SensitiveType(::std::boxed::Box<crate::beta::SensitiveType>),
    #[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
    SensitivityLabel(::std::boxed::Box<crate::beta::SensitivityLabel>),
    #[cfg(msgraph_beta_core_or_information_protection)]
    SensitivityPolicySettings(::std::boxed::Box<crate::beta::SensitivityPolicySettings>),
    #[cfg(msgraph_beta_admin_or_search)]
    ServiceAnnouncement(::std::boxed::Box<crate::beta::ServiceAnnouncement>),
    #[cfg(msgraph_beta_admin_or_search)]
    ServiceAnnouncementBase(::std::boxed::Box<crate::beta::ServiceAnnouncementBase>),
    #[cfg(msgraph_beta_admin_or_search)]
    ServiceHealth(::std::boxed::Box<crate::beta::ServiceHealth>),
    #[cfg(msgraph_beta_admin_or_search)]
    ServiceHealthIssue(::std::boxed::Box<crate::beta::ServiceHealthIssue>),
    #[cfg(msgraph_beta_core)]
    ServicePrincipal(::std::boxed::Box<crate::beta::ServicePrincipal>),
    #[cfg(msgraph_beta_admin_or_search)]
    ServiceUpdateMessage(::std::boxed::Box<crate::beta::ServiceUpdateMessage>),
    #[cfg(msgraph_beta_device_management_or_search)]
    SettingStateDeviceSummary(::std::boxed::Box<crate::beta::SettingStateDeviceSummary>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    SharePointActivityPages(::std::boxed::Box<crate::beta::SharePointActivityPages>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    SharePointActivityUserCounts(
        ::std::boxed::Box<crate::beta::SharePointActivityUserCounts>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    SharePointActivityUserDetail(
        ::std::boxed::Box<crate::beta::SharePointActivityUserDetail>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    SharePointSiteUsageDetail(::std::boxed::Box<crate::beta::SharePointSiteUsageDetail>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    SharePointSiteUsageFileCounts(
        ::std::boxed::Box<crate::beta::SharePointSiteUsageFileCounts>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    SharePointSiteUsagePages(::std::boxed::Box<crate::beta::SharePointSiteUsagePages>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    SharePointSiteUsageSiteCounts(
        ::std::boxed::Box<crate::beta::SharePointSiteUsageSiteCounts>,
    ),
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    SharedDriveItem(::std::boxed::Box<crate::beta::SharedDriveItem>),
    #[cfg(msgraph_beta_directory_or_search)]
    SharedEmailDomain(::std::boxed::Box<crate::beta::SharedEmailDomain>),
    #[cfg(msgraph_beta_domains_or_search)]
    SharedEmailDomainInvitation(
        ::std::boxed::Box<crate::beta::SharedEmailDomainInvitation>,
    ),
    #[cfg(msgraph_beta_core)]
    SharedInsight(::std::boxed::Box<crate::beta::SharedInsight>),
    #[cfg(msgraph_beta_device_management_or_search)]
    SharedPcConfiguration(::std::boxed::Box<crate::beta::SharedPcConfiguration>),
    #[cfg(msgraph_beta_core)]
    Shift(::std::boxed::Box<crate::beta::Shift>),
    #[cfg(msgraph_beta_core)]
    ShiftPreferences(::std::boxed::Box<crate::beta::ShiftPreferences>),
    #[cfg(msgraph_beta_financials_or_search)]
    ShipmentMethod(::std::boxed::Box<crate::beta::ShipmentMethod>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    SideLoadingKey(::std::boxed::Box<crate::beta::SideLoadingKey>),
    #[cfg(msgraph_beta_audit_logs_or_search)]
    SignIn(::std::boxed::Box<crate::beta::SignIn>),
    #[cfg(msgraph_beta_core)]
    SingleValueLegacyExtendedProperty(
        ::std::boxed::Box<crate::beta::SingleValueLegacyExtendedProperty>,
    ),
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    Site(::std::boxed::Box<crate::beta::Site>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    SiteActivitySummary(::std::boxed::Box<crate::beta::SiteActivitySummary>),
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    SitePage(::std::boxed::Box<crate::beta::SitePage>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    SiteUsageStorage(::std::boxed::Box<crate::beta::SiteUsageStorage>),
    #[cfg(msgraph_beta_core)]
    SkillProficiency(::std::boxed::Box<crate::beta::SkillProficiency>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    SkypeForBusinessActivityCounts(
        ::std::boxed::Box<crate::beta::SkypeForBusinessActivityCounts>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    SkypeForBusinessActivityUserCounts(
        ::std::boxed::Box<crate::beta::SkypeForBusinessActivityUserCounts>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    SkypeForBusinessActivityUserDetail(
        ::std::boxed::Box<crate::beta::SkypeForBusinessActivityUserDetail>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    SkypeForBusinessDeviceUsageDistributionUserCounts(
        ::std::boxed::Box<crate::beta::SkypeForBusinessDeviceUsageDistributionUserCounts>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    SkypeForBusinessDeviceUsageUserCounts(
        ::std::boxed::Box<crate::beta::SkypeForBusinessDeviceUsageUserCounts>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    SkypeForBusinessDeviceUsageUserDetail(
        ::std::boxed::Box<crate::beta::SkypeForBusinessDeviceUsageUserDetail>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    SkypeForBusinessOrganizerActivityCounts(
        ::std::boxed::Box<crate::beta::SkypeForBusinessOrganizerActivityCounts>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    SkypeForBusinessOrganizerActivityMinuteCounts(
        ::std::boxed::Box<crate::beta::SkypeForBusinessOrganizerActivityMinuteCounts>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    SkypeForBusinessOrganizerActivityUserCounts(
        ::std::boxed::Box<crate::beta::SkypeForBusinessOrganizerActivityUserCounts>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    SkypeForBusinessParticipantActivityCounts(
        ::std::boxed::Box<crate::beta::SkypeForBusinessParticipantActivityCounts>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    SkypeForBusinessParticipantActivityMinuteCounts(
        ::std::boxed::Box<crate::beta::SkypeForBusinessParticipantActivityMinuteCounts>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    SkypeForBusinessParticipantActivityUserCounts(
        ::std::boxed::Box<crate::beta::SkypeForBusinessParticipantActivityUserCounts>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    SkypeForBusinessPeerToPeerActivityCounts(
        ::std::boxed::Box<crate::beta::SkypeForBusinessPeerToPeerActivityCounts>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    SkypeForBusinessPeerToPeerActivityMinuteCounts(
        ::std::boxed::Box<crate::beta::SkypeForBusinessPeerToPeerActivityMinuteCounts>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    SkypeForBusinessPeerToPeerActivityUserCounts(
        ::std::boxed::Box<crate::beta::SkypeForBusinessPeerToPeerActivityUserCounts>,
    ),
    #[cfg(
        msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    SmsAuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::beta::SmsAuthenticationMethodConfiguration>,
    ),
    #[cfg(
        msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    SmsAuthenticationMethodTarget(
        ::std::boxed::Box<crate::beta::SmsAuthenticationMethodTarget>,
    ),
    #[cfg(msgraph_beta_identity_or_search)]
    SocialIdentityProvider(::std::boxed::Box<crate::beta::SocialIdentityProvider>),
    #[cfg(msgraph_beta_search)]
    SoftwareUpdateStatusSummary(
        ::std::boxed::Box<crate::beta::SoftwareUpdateStatusSummary>,
    ),
    #[cfg(msgraph_beta_core)]
    StsPolicy(::std::boxed::Box<crate::beta::StsPolicy>),
    #[cfg(msgraph_beta_app_or_communications_or_search)]
    SubscribeToToneOperation(::std::boxed::Box<crate::beta::SubscribeToToneOperation>),
    #[cfg(msgraph_beta_search_or_subscribed_skus)]
    SubscribedSku(::std::boxed::Box<crate::beta::SubscribedSku>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_3_more)]
    Subscription(::std::boxed::Box<crate::beta::Subscription>),
    #[cfg(msgraph_beta_core)]
    SwapShiftsChangeRequest(::std::boxed::Box<crate::beta::SwapShiftsChangeRequest>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    SymantecCodeSigningCertificate(
        ::std::boxed::Box<crate::beta::SymantecCodeSigningCertificate>,
    ),
    #[cfg(msgraph_beta_core)]
    Synchronization(::std::boxed::Box<crate::beta::Synchronization>),
    #[cfg(msgraph_beta_core)]
    SynchronizationJob(::std::boxed::Box<crate::beta::SynchronizationJob>),
    #[cfg(msgraph_beta_core)]
    SynchronizationSchema(::std::boxed::Box<crate::beta::SynchronizationSchema>),
    #[cfg(msgraph_beta_core)]
    SynchronizationTemplate(::std::boxed::Box<crate::beta::SynchronizationTemplate>),
    #[cfg(msgraph_beta_core_or_device_app_management)]
    TargetedManagedAppConfiguration(
        ::std::boxed::Box<crate::beta::TargetedManagedAppConfiguration>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    TargetedManagedAppConfigurationPolicySetItem(
        ::std::boxed::Box<crate::beta::TargetedManagedAppConfigurationPolicySetItem>,
    ),
    #[cfg(msgraph_beta_core_or_device_app_management)]
    TargetedManagedAppPolicyAssignment(
        ::std::boxed::Box<crate::beta::TargetedManagedAppPolicyAssignment>,
    ),
    #[cfg(msgraph_beta_core_or_device_app_management)]
    TargetedManagedAppProtection(
        ::std::boxed::Box<crate::beta::TargetedManagedAppProtection>,
    ),
    #[cfg(msgraph_beta_financials_or_search)]
    TaxArea(::std::boxed::Box<crate::beta::TaxArea>),
    #[cfg(msgraph_beta_financials_or_search)]
    TaxGroup(::std::boxed::Box<crate::beta::TaxGroup>),
    #[cfg(msgraph_beta_core)]
    Team(::std::boxed::Box<crate::beta::Team>),
    #[cfg(msgraph_beta_app_catalogs_or_search)]
    TeamsApp(::std::boxed::Box<crate::beta::TeamsApp>),
    #[cfg(msgraph_beta_app_catalogs_or_search)]
    TeamsAppDefinition(::std::boxed::Box<crate::beta::TeamsAppDefinition>),
    #[cfg(msgraph_beta_app_catalogs_or_search)]
    TeamsAppIcon(::std::boxed::Box<crate::beta::TeamsAppIcon>),
    #[cfg(msgraph_beta_core)]
    TeamsAppInstallation(::std::boxed::Box<crate::beta::TeamsAppInstallation>),
    #[cfg(msgraph_beta_core)]
    TeamsAsyncOperation(::std::boxed::Box<crate::beta::TeamsAsyncOperation>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    TeamsDeviceUsageDistributionUserCounts(
        ::std::boxed::Box<crate::beta::TeamsDeviceUsageDistributionUserCounts>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    TeamsDeviceUsageUserCounts(
        ::std::boxed::Box<crate::beta::TeamsDeviceUsageUserCounts>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    TeamsDeviceUsageUserDetail(
        ::std::boxed::Box<crate::beta::TeamsDeviceUsageUserDetail>,
    ),
    #[cfg(msgraph_beta_core)]
    TeamsTab(::std::boxed::Box<crate::beta::TeamsTab>),
    #[cfg(msgraph_beta_search_or_teams_templates)]
    TeamsTemplate(::std::boxed::Box<crate::beta::TeamsTemplate>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    TeamsUserActivityCounts(::std::boxed::Box<crate::beta::TeamsUserActivityCounts>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    TeamsUserActivityDistributionUserCounts(
        ::std::boxed::Box<crate::beta::TeamsUserActivityDistributionUserCounts>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    TeamsUserActivityUserCounts(
        ::std::boxed::Box<crate::beta::TeamsUserActivityUserCounts>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    TeamsUserActivityUserDetail(
        ::std::boxed::Box<crate::beta::TeamsUserActivityUserDetail>,
    ),
    #[cfg(msgraph_beta_search_or_teamwork)]
    Teamwork(::std::boxed::Box<crate::beta::Teamwork>),
    #[cfg(msgraph_beta_app_catalogs_or_search)]
    TeamworkBot(::std::boxed::Box<crate::beta::TeamworkBot>),
    #[cfg(msgraph_beta_core_or_app_catalogs)]
    TeamworkHostedContent(::std::boxed::Box<crate::beta::TeamworkHostedContent>),
    #[cfg(msgraph_beta_core)]
    TeamworkTag(::std::boxed::Box<crate::beta::TeamworkTag>),
    #[cfg(msgraph_beta_core)]
    TeamworkTagMember(::std::boxed::Box<crate::beta::TeamworkTagMember>),
    #[cfg(msgraph_beta_device_management_or_search)]
    TelecomExpenseManagementPartner(
        ::std::boxed::Box<crate::beta::TelecomExpenseManagementPartner>,
    ),
    #[cfg(msgraph_beta_core)]
    TemporaryAccessPassAuthenticationMethod(
        ::std::boxed::Box<crate::beta::TemporaryAccessPassAuthenticationMethod>,
    ),
    #[cfg(
        msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    TemporaryAccessPassAuthenticationMethodConfiguration(
        ::std::boxed::Box<
            crate::beta::TemporaryAccessPassAuthenticationMethodConfiguration,
        >,
    ),
    #[cfg(msgraph_beta_privileged_signup_status_or_search)]
    TenantSetupInfo(::std::boxed::Box<crate::beta::TenantSetupInfo>),
    #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
    TermStoreGroup(::std::boxed::Box<crate::beta::term_store::Group>),
    #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
    Relation(::std::boxed::Box<crate::beta::term_store::Relation>),
    #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
    Set(::std::boxed::Box<crate::beta::term_store::Set>),
    #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
    Store(::std::boxed::Box<crate::beta::term_store::Store>),
    #[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
    Term(::std::boxed::Box<crate::beta::term_store::Term>),
    #[cfg(msgraph_beta_device_management_or_search)]
    TermsAndConditions(::std::boxed::Box<crate::beta::TermsAndConditions>),
    #[cfg(msgraph_beta_device_management_or_search)]
    TermsAndConditionsAcceptanceStatus(
        ::std::boxed::Box<crate::beta::TermsAndConditionsAcceptanceStatus>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    TermsAndConditionsAssignment(
        ::std::boxed::Box<crate::beta::TermsAndConditionsAssignment>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    TermsAndConditionsGroupAssignment(
        ::std::boxed::Box<crate::beta::TermsAndConditionsGroupAssignment>,
    ),
    #[cfg(msgraph_beta_identity_governance_or_search)]
    TermsOfUseContainer(::std::boxed::Box<crate::beta::TermsOfUseContainer>),
    #[cfg(msgraph_beta_data_classification_or_search)]
    TextClassificationRequest(::std::boxed::Box<crate::beta::TextClassificationRequest>),
    #[cfg(msgraph_beta_core_or_information_protection)]
    ThreatAssessmentRequest(::std::boxed::Box<crate::beta::ThreatAssessmentRequest>),
    #[cfg(msgraph_beta_core_or_information_protection)]
    ThreatAssessmentResult(::std::boxed::Box<crate::beta::ThreatAssessmentResult>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    ThumbnailSet(::std::boxed::Box<crate::beta::ThumbnailSet>),
    #[cfg(msgraph_beta_search_or_security)]
    TiIndicator(::std::boxed::Box<crate::beta::TiIndicator>),
    #[cfg(msgraph_beta_core)]
    TimeCard(::std::boxed::Box<crate::beta::TimeCard>),
    #[cfg(msgraph_beta_core)]
    TimeOff(::std::boxed::Box<crate::beta::TimeOff>),
    #[cfg(msgraph_beta_core)]
    TimeOffReason(::std::boxed::Box<crate::beta::TimeOffReason>),
    #[cfg(msgraph_beta_core)]
    TimeOffRequest(::std::boxed::Box<crate::beta::TimeOffRequest>),
    #[cfg(msgraph_beta_core)]
    Todo(::std::boxed::Box<crate::beta::Todo>),
    #[cfg(msgraph_beta_core)]
    TodoTask(::std::boxed::Box<crate::beta::TodoTask>),
    #[cfg(msgraph_beta_core)]
    TodoTaskList(::std::boxed::Box<crate::beta::TodoTaskList>),
    #[cfg(msgraph_beta_core)]
    TokenIssuancePolicy(::std::boxed::Box<crate::beta::TokenIssuancePolicy>),
    #[cfg(msgraph_beta_core)]
    TokenLifetimePolicy(::std::boxed::Box<crate::beta::TokenLifetimePolicy>),
    #[cfg(msgraph_beta_core)]
    Trending(::std::boxed::Box<crate::beta::Trending>),
    #[cfg(msgraph_beta_search_or_trust_framework)]
    TrustFrameworkKeySet(::std::boxed::Box<crate::beta::TrustFrameworkKeySet>),
    #[cfg(msgraph_beta_search_or_trust_framework)]
    TrustFrameworkPolicy(::std::boxed::Box<crate::beta::TrustFrameworkPolicy>),
    #[cfg(msgraph_beta_role_management_or_search)]
    UnifiedRbacResourceAction(::std::boxed::Box<crate::beta::UnifiedRbacResourceAction>),
    #[cfg(msgraph_beta_role_management_or_search)]
    UnifiedRbacResourceNamespace(
        ::std::boxed::Box<crate::beta::UnifiedRbacResourceNamespace>,
    ),
    #[cfg(msgraph_beta_role_management_or_search)]
    UnifiedRbacResourceScope(::std::boxed::Box<crate::beta::UnifiedRbacResourceScope>),
    #[cfg(msgraph_beta_role_management_or_search)]
    UnifiedRoleAssignment(::std::boxed::Box<crate::beta::UnifiedRoleAssignment>),
    #[cfg(msgraph_beta_role_management_or_search)]
    UnifiedRoleAssignmentMultiple(
        ::std::boxed::Box<crate::beta::UnifiedRoleAssignmentMultiple>,
    ),
    #[cfg(msgraph_beta_role_management_or_search)]
    UnifiedRoleAssignmentSchedule(
        ::std::boxed::Box<crate::beta::UnifiedRoleAssignmentSchedule>,
    ),
    #[cfg(msgraph_beta_role_management_or_search)]
    UnifiedRoleAssignmentScheduleInstance(
        ::std::boxed::Box<crate::beta::UnifiedRoleAssignmentScheduleInstance>,
    ),
    #[cfg(msgraph_beta_role_management_or_search)]
    UnifiedRoleAssignmentScheduleRequest(
        ::std::boxed::Box<crate::beta::UnifiedRoleAssignmentScheduleRequest>,
    ),
    #[cfg(msgraph_beta_role_management_or_search)]
    UnifiedRoleDefinition(::std::boxed::Box<crate::beta::UnifiedRoleDefinition>),
    #[cfg(msgraph_beta_role_management_or_search)]
    UnifiedRoleEligibilitySchedule(
        ::std::boxed::Box<crate::beta::UnifiedRoleEligibilitySchedule>,
    ),
    #[cfg(msgraph_beta_role_management_or_search)]
    UnifiedRoleEligibilityScheduleInstance(
        ::std::boxed::Box<crate::beta::UnifiedRoleEligibilityScheduleInstance>,
    ),
    #[cfg(msgraph_beta_role_management_or_search)]
    UnifiedRoleEligibilityScheduleRequest(
        ::std::boxed::Box<crate::beta::UnifiedRoleEligibilityScheduleRequest>,
    ),
    #[cfg(msgraph_beta_policies_or_search)]
    UnifiedRoleManagementPolicy(
        ::std::boxed::Box<crate::beta::UnifiedRoleManagementPolicy>,
    ),
    #[cfg(msgraph_beta_policies_or_search)]
    UnifiedRoleManagementPolicyApprovalRule(
        ::std::boxed::Box<crate::beta::UnifiedRoleManagementPolicyApprovalRule>,
    ),
    #[cfg(msgraph_beta_policies_or_search)]
    UnifiedRoleManagementPolicyAssignment(
        ::std::boxed::Box<crate::beta::UnifiedRoleManagementPolicyAssignment>,
    ),
    #[cfg(msgraph_beta_policies_or_search)]
    UnifiedRoleManagementPolicyAuthenticationContextRule(
        ::std::boxed::Box<
            crate::beta::UnifiedRoleManagementPolicyAuthenticationContextRule,
        >,
    ),
    #[cfg(msgraph_beta_policies_or_search)]
    UnifiedRoleManagementPolicyEnablementRule(
        ::std::boxed::Box<crate::beta::UnifiedRoleManagementPolicyEnablementRule>,
    ),
    #[cfg(msgraph_beta_policies_or_search)]
    UnifiedRoleManagementPolicyExpirationRule(
        ::std::boxed::Box<crate::beta::UnifiedRoleManagementPolicyExpirationRule>,
    ),
    #[cfg(msgraph_beta_policies_or_search)]
    UnifiedRoleManagementPolicyNotificationRule(
        ::std::boxed::Box<crate::beta::UnifiedRoleManagementPolicyNotificationRule>,
    ),
    #[cfg(msgraph_beta_policies_or_search)]
    UnifiedRoleManagementPolicyRule(
        ::std::boxed::Box<crate::beta::UnifiedRoleManagementPolicyRule>,
    ),
    #[cfg(msgraph_beta_role_management_or_search)]
    UnifiedRoleScheduleBase(::std::boxed::Box<crate::beta::UnifiedRoleScheduleBase>),
    #[cfg(msgraph_beta_role_management_or_search)]
    UnifiedRoleScheduleInstanceBase(
        ::std::boxed::Box<crate::beta::UnifiedRoleScheduleInstanceBase>,
    ),
    #[cfg(msgraph_beta_financials_or_search)]
    UnitOfMeasure(::std::boxed::Box<crate::beta::UnitOfMeasure>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    UnmanagedDeviceDiscoveryTask(
        ::std::boxed::Box<crate::beta::UnmanagedDeviceDiscoveryTask>,
    ),
    #[cfg(msgraph_beta_app_or_communications_or_search)]
    UnmuteParticipantOperation(
        ::std::boxed::Box<crate::beta::UnmuteParticipantOperation>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    UnsupportedDeviceConfiguration(
        ::std::boxed::Box<crate::beta::UnsupportedDeviceConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    UnsupportedGroupPolicyExtension(
        ::std::boxed::Box<crate::beta::UnsupportedGroupPolicyExtension>,
    ),
    #[cfg(msgraph_beta_app_or_communications_or_search)]
    UpdateRecordingStatusOperation(
        ::std::boxed::Box<crate::beta::UpdateRecordingStatusOperation>,
    ),
    #[cfg(msgraph_beta_core_or_information_protection)]
    UrlAssessmentRequest(::std::boxed::Box<crate::beta::UrlAssessmentRequest>),
    #[cfg(msgraph_beta_core)]
    UsageRight(::std::boxed::Box<crate::beta::UsageRight>),
    #[cfg(msgraph_beta_core)]
    UsedInsight(::std::boxed::Box<crate::beta::UsedInsight>),
    #[cfg(msgraph_beta_core)]
    User(::std::boxed::Box<crate::beta::User>),
    #[cfg(msgraph_beta_core)]
    UserAccountInformation(::std::boxed::Box<crate::beta::UserAccountInformation>),
    #[cfg(msgraph_beta_core)]
    UserActivity(::std::boxed::Box<crate::beta::UserActivity>),
    #[cfg(msgraph_beta_core)]
    UserAnalytics(::std::boxed::Box<crate::beta::UserAnalytics>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    UserAppInstallStatus(::std::boxed::Box<crate::beta::UserAppInstallStatus>),
    #[cfg(msgraph_beta_core)]
    UserConfiguration(::std::boxed::Box<crate::beta::UserConfiguration>),
    #[cfg(msgraph_beta_core)]
    UserConsentRequest(::std::boxed::Box<crate::beta::UserConsentRequest>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    UserCredentialUsageDetails(
        ::std::boxed::Box<crate::beta::UserCredentialUsageDetails>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    UserExperienceAnalyticsAppHealthAppPerformanceByAppVersion(
        ::std::boxed::Box<
            crate::beta::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersion,
        >,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion(
        ::std::boxed::Box<
            crate::beta::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion,
        >,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    UserExperienceAnalyticsAppHealthApplicationPerformance(
        ::std::boxed::Box<
            crate::beta::UserExperienceAnalyticsAppHealthApplicationPerformance,
        >,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    UserExperienceAnalyticsAppHealthDeviceModelPerformance(
        ::std::boxed::Box<
            crate::beta::UserExperienceAnalyticsAppHealthDeviceModelPerformance,
        >,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    UserExperienceAnalyticsAppHealthDevicePerformance(
        ::std::boxed::Box<crate::beta::UserExperienceAnalyticsAppHealthDevicePerformance>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    UserExperienceAnalyticsAppHealthDevicePerformanceDetails(
        ::std::boxed::Box<
            crate::beta::UserExperienceAnalyticsAppHealthDevicePerformanceDetails,
        >,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    UserExperienceAnalyticsAppHealthOsVersionPerformance(
        ::std::boxed::Box<
            crate::beta::UserExperienceAnalyticsAppHealthOsVersionPerformance,
        >,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    UserExperienceAnalyticsBaseline(
        ::std::boxed::Box<crate::beta::UserExperienceAnalyticsBaseline>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    UserExperienceAnalyticsCategory(
        ::std::boxed::Box<crate::beta::UserExperienceAnalyticsCategory>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    UserExperienceAnalyticsDevicePerformance(
        ::std::boxed::Box<crate::beta::UserExperienceAnalyticsDevicePerformance>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    UserExperienceAnalyticsDeviceScores(
        ::std::boxed::Box<crate::beta::UserExperienceAnalyticsDeviceScores>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    UserExperienceAnalyticsDeviceStartupHistory(
        ::std::boxed::Box<crate::beta::UserExperienceAnalyticsDeviceStartupHistory>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    UserExperienceAnalyticsDeviceStartupProcess(
        ::std::boxed::Box<crate::beta::UserExperienceAnalyticsDeviceStartupProcess>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    UserExperienceAnalyticsDeviceStartupProcessPerformance(
        ::std::boxed::Box<
            crate::beta::UserExperienceAnalyticsDeviceStartupProcessPerformance,
        >,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    UserExperienceAnalyticsDeviceWithoutCloudIdentity(
        ::std::boxed::Box<crate::beta::UserExperienceAnalyticsDeviceWithoutCloudIdentity>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    UserExperienceAnalyticsImpactingProcess(
        ::std::boxed::Box<crate::beta::UserExperienceAnalyticsImpactingProcess>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    UserExperienceAnalyticsMetric(
        ::std::boxed::Box<crate::beta::UserExperienceAnalyticsMetric>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    UserExperienceAnalyticsMetricHistory(
        ::std::boxed::Box<crate::beta::UserExperienceAnalyticsMetricHistory>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    UserExperienceAnalyticsNotAutopilotReadyDevice(
        ::std::boxed::Box<crate::beta::UserExperienceAnalyticsNotAutopilotReadyDevice>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    UserExperienceAnalyticsOverview(
        ::std::boxed::Box<crate::beta::UserExperienceAnalyticsOverview>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    UserExperienceAnalyticsRegressionSummary(
        ::std::boxed::Box<crate::beta::UserExperienceAnalyticsRegressionSummary>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    UserExperienceAnalyticsRemoteConnection(
        ::std::boxed::Box<crate::beta::UserExperienceAnalyticsRemoteConnection>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    UserExperienceAnalyticsResourcePerformance(
        ::std::boxed::Box<crate::beta::UserExperienceAnalyticsResourcePerformance>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    UserExperienceAnalyticsScoreHistory(
        ::std::boxed::Box<crate::beta::UserExperienceAnalyticsScoreHistory>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    UserExperienceAnalyticsWorkFromAnywhereDevice(
        ::std::boxed::Box<crate::beta::UserExperienceAnalyticsWorkFromAnywhereDevice>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    UserExperienceAnalyticsWorkFromAnywhereMetric(
        ::std::boxed::Box<crate::beta::UserExperienceAnalyticsWorkFromAnywhereMetric>,
    ),
    #[cfg(msgraph_beta_identity_or_search)]
    UserFlowLanguageConfiguration(
        ::std::boxed::Box<crate::beta::UserFlowLanguageConfiguration>,
    ),
    #[cfg(msgraph_beta_identity_or_search)]
    UserFlowLanguagePage(::std::boxed::Box<crate::beta::UserFlowLanguagePage>),
    #[cfg(msgraph_beta_core)]
    UserInsightsSettings(::std::boxed::Box<crate::beta::UserInsightsSettings>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    UserInstallStateSummary(::std::boxed::Box<crate::beta::UserInstallStateSummary>),
    #[cfg(msgraph_beta_device_management_or_search)]
    UserPfxCertificate(::std::boxed::Box<crate::beta::UserPfxCertificate>),
    #[cfg(msgraph_beta_core)]
    UserScopeTeamsAppInstallation(
        ::std::boxed::Box<crate::beta::UserScopeTeamsAppInstallation>,
    ),
    #[cfg(msgraph_beta_search_or_security)]
    UserSecurityProfile(::std::boxed::Box<crate::beta::UserSecurityProfile>),
    #[cfg(msgraph_beta_core)]
    UserSettings(::std::boxed::Box<crate::beta::UserSettings>),
    #[cfg(msgraph_beta_core)]
    UserTeamwork(::std::boxed::Box<crate::beta::UserTeamwork>),
    #[cfg(msgraph_beta_financials_or_search)]
    Vendor(::std::boxed::Box<crate::beta::Vendor>),
    #[cfg(msgraph_beta_device_management_or_search)]
    VirtualEndpoint(::std::boxed::Box<crate::beta::VirtualEndpoint>),
    #[cfg(msgraph_beta_device_management_or_search)]
    VpnConfiguration(::std::boxed::Box<crate::beta::VpnConfiguration>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    VppToken(::std::boxed::Box<crate::beta::VppToken>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    VulnerableManagedDevice(::std::boxed::Box<crate::beta::VulnerableManagedDevice>),
    #[cfg(msgraph_beta_core)]
    WebAccount(::std::boxed::Box<crate::beta::WebAccount>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    WebApp(::std::boxed::Box<crate::beta::WebApp>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    Win32LobApp(::std::boxed::Box<crate::beta::Win32LobApp>),
    #[cfg(msgraph_beta_device_management_or_search)]
    Windows10CertificateProfileBase(
        ::std::boxed::Box<crate::beta::Windows10CertificateProfileBase>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    Windows10CompliancePolicy(::std::boxed::Box<crate::beta::Windows10CompliancePolicy>),
    #[cfg(msgraph_beta_device_management_or_search)]
    Windows10CustomConfiguration(
        ::std::boxed::Box<crate::beta::Windows10CustomConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    Windows10DeviceFirmwareConfigurationInterface(
        ::std::boxed::Box<crate::beta::Windows10DeviceFirmwareConfigurationInterface>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    Windows10EasEmailProfileConfiguration(
        ::std::boxed::Box<crate::beta::Windows10EasEmailProfileConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    Windows10EndpointProtectionConfiguration(
        ::std::boxed::Box<crate::beta::Windows10EndpointProtectionConfiguration>,
    ),
    #[cfg(msgraph_beta_core)]
    Windows10EnrollmentCompletionPageConfiguration(
        ::std::boxed::Box<crate::beta::Windows10EnrollmentCompletionPageConfiguration>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    Windows10EnrollmentCompletionPageConfigurationPolicySetItem(
        ::std::boxed::Box<
            crate::beta::Windows10EnrollmentCompletionPageConfigurationPolicySetItem,
        >,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    Windows10EnterpriseModernAppManagementConfiguration(
        ::std::boxed::Box<
            crate::beta::Windows10EnterpriseModernAppManagementConfiguration,
        >,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    Windows10GeneralConfiguration(
        ::std::boxed::Box<crate::beta::Windows10GeneralConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    Windows10ImportedPfxCertificateProfile(
        ::std::boxed::Box<crate::beta::Windows10ImportedPfxCertificateProfile>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    Windows10MobileCompliancePolicy(
        ::std::boxed::Box<crate::beta::Windows10MobileCompliancePolicy>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    Windows10NetworkBoundaryConfiguration(
        ::std::boxed::Box<crate::beta::Windows10NetworkBoundaryConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    Windows10PfxImportCertificateProfile(
        ::std::boxed::Box<crate::beta::Windows10PfxImportCertificateProfile>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    Windows10PkcsCertificateProfile(
        ::std::boxed::Box<crate::beta::Windows10PkcsCertificateProfile>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    Windows10SecureAssessmentConfiguration(
        ::std::boxed::Box<crate::beta::Windows10SecureAssessmentConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    Windows10TeamGeneralConfiguration(
        ::std::boxed::Box<crate::beta::Windows10TeamGeneralConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    Windows10VpnConfiguration(::std::boxed::Box<crate::beta::Windows10VpnConfiguration>),
    #[cfg(msgraph_beta_device_management_or_search)]
    Windows10XCertificateProfile(
        ::std::boxed::Box<crate::beta::Windows10XCertificateProfile>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    Windows10XscepCertificateProfile(
        ::std::boxed::Box<crate::beta::Windows10XscepCertificateProfile>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    Windows10XTrustedRootCertificate(
        ::std::boxed::Box<crate::beta::Windows10XTrustedRootCertificate>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    Windows10XVpnConfiguration(
        ::std::boxed::Box<crate::beta::Windows10XVpnConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    Windows10XWifiConfiguration(
        ::std::boxed::Box<crate::beta::Windows10XWifiConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    Windows81CertificateProfileBase(
        ::std::boxed::Box<crate::beta::Windows81CertificateProfileBase>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    Windows81CompliancePolicy(::std::boxed::Box<crate::beta::Windows81CompliancePolicy>),
    #[cfg(msgraph_beta_device_management_or_search)]
    Windows81GeneralConfiguration(
        ::std::boxed::Box<crate::beta::Windows81GeneralConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    Windows81ScepCertificateProfile(
        ::std::boxed::Box<crate::beta::Windows81ScepCertificateProfile>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    Windows81TrustedRootCertificate(
        ::std::boxed::Box<crate::beta::Windows81TrustedRootCertificate>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    Windows81VpnConfiguration(::std::boxed::Box<crate::beta::Windows81VpnConfiguration>),
    #[cfg(msgraph_beta_device_management_or_search)]
    Windows81WifiImportConfiguration(
        ::std::boxed::Box<crate::beta::Windows81WifiImportConfiguration>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    WindowsAppX(::std::boxed::Box<crate::beta::WindowsAppX>),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsAssignedAccessProfile(
        ::std::boxed::Box<crate::beta::WindowsAssignedAccessProfile>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsAutopilotDeploymentProfile(
        ::std::boxed::Box<crate::beta::WindowsAutopilotDeploymentProfile>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsAutopilotDeploymentProfileAssignment(
        ::std::boxed::Box<crate::beta::WindowsAutopilotDeploymentProfileAssignment>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    WindowsAutopilotDeploymentProfilePolicySetItem(
        ::std::boxed::Box<crate::beta::WindowsAutopilotDeploymentProfilePolicySetItem>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsAutopilotDeviceIdentity(
        ::std::boxed::Box<crate::beta::WindowsAutopilotDeviceIdentity>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsAutopilotSettings(::std::boxed::Box<crate::beta::WindowsAutopilotSettings>),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsCertificateProfileBase(
        ::std::boxed::Box<crate::beta::WindowsCertificateProfileBase>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsDefenderAdvancedThreatProtectionConfiguration(
        ::std::boxed::Box<
            crate::beta::WindowsDefenderAdvancedThreatProtectionConfiguration,
        >,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    WindowsDefenderApplicationControlSupplementalPolicy(
        ::std::boxed::Box<
            crate::beta::WindowsDefenderApplicationControlSupplementalPolicy,
        >,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    WindowsDefenderApplicationControlSupplementalPolicyAssignment(
        ::std::boxed::Box<
            crate::beta::WindowsDefenderApplicationControlSupplementalPolicyAssignment,
        >,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    WindowsDefenderApplicationControlSupplementalPolicyDeploymentStatus(
        ::std::boxed::Box<
            crate::beta::WindowsDefenderApplicationControlSupplementalPolicyDeploymentStatus,
        >,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    WindowsDefenderApplicationControlSupplementalPolicyDeploymentSummary(
        ::std::boxed::Box<
            crate::beta::WindowsDefenderApplicationControlSupplementalPolicyDeploymentSummary,
        >,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsDeliveryOptimizationConfiguration(
        ::std::boxed::Box<crate::beta::WindowsDeliveryOptimizationConfiguration>,
    ),
    #[cfg(msgraph_beta_core)]
    WindowsDeviceMalwareState(::std::boxed::Box<crate::beta::WindowsDeviceMalwareState>),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsDomainJoinConfiguration(
        ::std::boxed::Box<crate::beta::WindowsDomainJoinConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsFeatureUpdateCatalogItem(
        ::std::boxed::Box<crate::beta::WindowsFeatureUpdateCatalogItem>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsFeatureUpdateProfile(
        ::std::boxed::Box<crate::beta::WindowsFeatureUpdateProfile>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsFeatureUpdateProfileAssignment(
        ::std::boxed::Box<crate::beta::WindowsFeatureUpdateProfileAssignment>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsHealthMonitoringConfiguration(
        ::std::boxed::Box<crate::beta::WindowsHealthMonitoringConfiguration>,
    ),
    #[cfg(msgraph_beta_core)]
    WindowsHelloForBusinessAuthenticationMethod(
        ::std::boxed::Box<crate::beta::WindowsHelloForBusinessAuthenticationMethod>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsIdentityProtectionConfiguration(
        ::std::boxed::Box<crate::beta::WindowsIdentityProtectionConfiguration>,
    ),
    #[cfg(msgraph_beta_core_or_device_app_management)]
    WindowsInformationProtection(
        ::std::boxed::Box<crate::beta::WindowsInformationProtection>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsInformationProtectionAppLearningSummary(
        ::std::boxed::Box<crate::beta::WindowsInformationProtectionAppLearningSummary>,
    ),
    #[cfg(msgraph_beta_core_or_device_app_management)]
    WindowsInformationProtectionAppLockerFile(
        ::std::boxed::Box<crate::beta::WindowsInformationProtectionAppLockerFile>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    WindowsInformationProtectionDeviceRegistration(
        ::std::boxed::Box<crate::beta::WindowsInformationProtectionDeviceRegistration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsInformationProtectionNetworkLearningSummary(
        ::std::boxed::Box<
            crate::beta::WindowsInformationProtectionNetworkLearningSummary,
        >,
    ),
    #[cfg(msgraph_beta_core_or_device_app_management)]
    WindowsInformationProtectionPolicy(
        ::std::boxed::Box<crate::beta::WindowsInformationProtectionPolicy>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    WindowsInformationProtectionWipeAction(
        ::std::boxed::Box<crate::beta::WindowsInformationProtectionWipeAction>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsKioskConfiguration(::std::boxed::Box<crate::beta::WindowsKioskConfiguration>),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsMalwareInformation(::std::boxed::Box<crate::beta::WindowsMalwareInformation>),
    #[cfg(msgraph_beta_core)]
    WindowsManagedDevice(::std::boxed::Box<crate::beta::WindowsManagedDevice>),
    #[cfg(msgraph_beta_search)]
    WindowsManagementApp(::std::boxed::Box<crate::beta::WindowsManagementApp>),
    #[cfg(msgraph_beta_search)]
    WindowsManagementAppHealthState(
        ::std::boxed::Box<crate::beta::WindowsManagementAppHealthState>,
    ),
    #[cfg(msgraph_beta_search)]
    WindowsManagementAppHealthSummary(
        ::std::boxed::Box<crate::beta::WindowsManagementAppHealthSummary>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    WindowsMicrosoftEdgeApp(::std::boxed::Box<crate::beta::WindowsMicrosoftEdgeApp>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    WindowsMobileMsi(::std::boxed::Box<crate::beta::WindowsMobileMsi>),
    #[cfg(msgraph_beta_office_configuration_or_search)]
    WindowsOfficeClientConfiguration(
        ::std::boxed::Box<crate::beta::WindowsOfficeClientConfiguration>,
    ),
    #[cfg(msgraph_beta_office_configuration_or_search)]
    WindowsOfficeClientSecurityConfiguration(
        ::std::boxed::Box<crate::beta::WindowsOfficeClientSecurityConfiguration>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    WindowsPhone81AppX(::std::boxed::Box<crate::beta::WindowsPhone81AppX>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    WindowsPhone81AppXBundle(::std::boxed::Box<crate::beta::WindowsPhone81AppXBundle>),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsPhone81CertificateProfileBase(
        ::std::boxed::Box<crate::beta::WindowsPhone81CertificateProfileBase>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsPhone81CompliancePolicy(
        ::std::boxed::Box<crate::beta::WindowsPhone81CompliancePolicy>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsPhone81CustomConfiguration(
        ::std::boxed::Box<crate::beta::WindowsPhone81CustomConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsPhone81GeneralConfiguration(
        ::std::boxed::Box<crate::beta::WindowsPhone81GeneralConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsPhone81ImportedPfxCertificateProfile(
        ::std::boxed::Box<crate::beta::WindowsPhone81ImportedPfxCertificateProfile>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsPhone81ScepCertificateProfile(
        ::std::boxed::Box<crate::beta::WindowsPhone81ScepCertificateProfile>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    WindowsPhone81StoreApp(::std::boxed::Box<crate::beta::WindowsPhone81StoreApp>),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsPhone81TrustedRootCertificate(
        ::std::boxed::Box<crate::beta::WindowsPhone81TrustedRootCertificate>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsPhone81VpnConfiguration(
        ::std::boxed::Box<crate::beta::WindowsPhone81VpnConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsPhoneEasEmailProfileConfiguration(
        ::std::boxed::Box<crate::beta::WindowsPhoneEasEmailProfileConfiguration>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    WindowsPhoneXap(::std::boxed::Box<crate::beta::WindowsPhoneXap>),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsPrivacyDataAccessControlItem(
        ::std::boxed::Box<crate::beta::WindowsPrivacyDataAccessControlItem>,
    ),
    #[cfg(msgraph_beta_core)]
    WindowsProtectionState(::std::boxed::Box<crate::beta::WindowsProtectionState>),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsQualityUpdateCatalogItem(
        ::std::boxed::Box<crate::beta::WindowsQualityUpdateCatalogItem>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsQualityUpdateProfile(
        ::std::boxed::Box<crate::beta::WindowsQualityUpdateProfile>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsQualityUpdateProfileAssignment(
        ::std::boxed::Box<crate::beta::WindowsQualityUpdateProfileAssignment>,
    ),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    WindowsStoreApp(::std::boxed::Box<crate::beta::WindowsStoreApp>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    WindowsUniversalAppX(::std::boxed::Box<crate::beta::WindowsUniversalAppX>),
    #[cfg(msgraph_beta_device_app_management_or_search)]
    WindowsUniversalAppXContainedApp(
        ::std::boxed::Box<crate::beta::WindowsUniversalAppXContainedApp>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsUpdateCatalogItem(::std::boxed::Box<crate::beta::WindowsUpdateCatalogItem>),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsUpdateForBusinessConfiguration(
        ::std::boxed::Box<crate::beta::WindowsUpdateForBusinessConfiguration>,
    ),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsUpdateState(::std::boxed::Box<crate::beta::WindowsUpdateState>),
    #[cfg(msgraph_beta_admin_or_search)]
    AzureAdDevice(::std::boxed::Box<crate::beta::windows_updates::AzureAdDevice>),
    #[cfg(msgraph_beta_admin_or_search)]
    Catalog(::std::boxed::Box<crate::beta::windows_updates::Catalog>),
    #[cfg(msgraph_beta_admin_or_search)]
    CatalogEntry(::std::boxed::Box<crate::beta::windows_updates::CatalogEntry>),
    #[cfg(msgraph_beta_admin_or_search)]
    Deployment(::std::boxed::Box<crate::beta::windows_updates::Deployment>),
    #[cfg(msgraph_beta_admin_or_search)]
    DeploymentAudience(
        ::std::boxed::Box<crate::beta::windows_updates::DeploymentAudience>,
    ),
    #[cfg(msgraph_beta_admin_or_search)]
    FeatureUpdateCatalogEntry(
        ::std::boxed::Box<crate::beta::windows_updates::FeatureUpdateCatalogEntry>,
    ),
    #[cfg(msgraph_beta_admin_or_search)]
    QualityUpdateCatalogEntry(
        ::std::boxed::Box<crate::beta::windows_updates::QualityUpdateCatalogEntry>,
    ),
    #[cfg(msgraph_beta_admin_or_search)]
    SoftwareUpdateCatalogEntry(
        ::std::boxed::Box<crate::beta::windows_updates::SoftwareUpdateCatalogEntry>,
    ),
    #[cfg(msgraph_beta_admin_or_search)]
    UpdatableAsset(::std::boxed::Box<crate::beta::windows_updates::UpdatableAsset>),
    #[cfg(msgraph_beta_admin_or_search)]
    UpdatableAssetGroup(
        ::std::boxed::Box<crate::beta::windows_updates::UpdatableAssetGroup>,
    ),
    #[cfg(msgraph_beta_admin_or_search)]
    Updates(::std::boxed::Box<crate::beta::windows_updates::Updates>),
    #[cfg(msgraph_beta_admin_or_search)]
    Windows(::std::boxed::Box<crate::beta::windows_updates::Windows>),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsVpnConfiguration(::std::boxed::Box<crate::beta::WindowsVpnConfiguration>),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsWifiConfiguration(::std::boxed::Box<crate::beta::WindowsWifiConfiguration>),
    #[cfg(msgraph_beta_device_management_or_search)]
    WindowsWifiEnterpriseEapConfiguration(
        ::std::boxed::Box<crate::beta::WindowsWifiEnterpriseEapConfiguration>,
    ),
    #[cfg(msgraph_beta_core)]
    WorkPosition(::std::boxed::Box<crate::beta::WorkPosition>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    Workbook(::std::boxed::Box<crate::beta::Workbook>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookApplication(::std::boxed::Box<crate::beta::WorkbookApplication>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookChart(::std::boxed::Box<crate::beta::WorkbookChart>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookChartAreaFormat(::std::boxed::Box<crate::beta::WorkbookChartAreaFormat>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookChartAxes(::std::boxed::Box<crate::beta::WorkbookChartAxes>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookChartAxis(::std::boxed::Box<crate::beta::WorkbookChartAxis>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookChartAxisFormat(::std::boxed::Box<crate::beta::WorkbookChartAxisFormat>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookChartAxisTitle(::std::boxed::Box<crate::beta::WorkbookChartAxisTitle>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookChartAxisTitleFormat(
        ::std::boxed::Box<crate::beta::WorkbookChartAxisTitleFormat>,
    ),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookChartDataLabelFormat(
        ::std::boxed::Box<crate::beta::WorkbookChartDataLabelFormat>,
    ),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookChartDataLabels(::std::boxed::Box<crate::beta::WorkbookChartDataLabels>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookChartFill(::std::boxed::Box<crate::beta::WorkbookChartFill>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookChartFont(::std::boxed::Box<crate::beta::WorkbookChartFont>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookChartGridlines(::std::boxed::Box<crate::beta::WorkbookChartGridlines>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookChartGridlinesFormat(
        ::std::boxed::Box<crate::beta::WorkbookChartGridlinesFormat>,
    ),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookChartLegend(::std::boxed::Box<crate::beta::WorkbookChartLegend>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookChartLegendFormat(::std::boxed::Box<crate::beta::WorkbookChartLegendFormat>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookChartLineFormat(::std::boxed::Box<crate::beta::WorkbookChartLineFormat>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookChartPoint(::std::boxed::Box<crate::beta::WorkbookChartPoint>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookChartPointFormat(::std::boxed::Box<crate::beta::WorkbookChartPointFormat>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookChartSeries(::std::boxed::Box<crate::beta::WorkbookChartSeries>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookChartSeriesFormat(::std::boxed::Box<crate::beta::WorkbookChartSeriesFormat>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookChartTitle(::std::boxed::Box<crate::beta::WorkbookChartTitle>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookChartTitleFormat(::std::boxed::Box<crate::beta::WorkbookChartTitleFormat>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookComment(::std::boxed::Box<crate::beta::WorkbookComment>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookCommentReply(::std::boxed::Box<crate::beta::WorkbookCommentReply>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookFilter(::std::boxed::Box<crate::beta::WorkbookFilter>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookFormatProtection(::std::boxed::Box<crate::beta::WorkbookFormatProtection>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookFunctionResult(::std::boxed::Box<crate::beta::WorkbookFunctionResult>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookFunctions(::std::boxed::Box<crate::beta::WorkbookFunctions>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookNamedItem(::std::boxed::Box<crate::beta::WorkbookNamedItem>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookOperation(::std::boxed::Box<crate::beta::WorkbookOperation>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookPivotTable(::std::boxed::Box<crate::beta::WorkbookPivotTable>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookRange(::std::boxed::Box<crate::beta::WorkbookRange>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookRangeBorder(::std::boxed::Box<crate::beta::WorkbookRangeBorder>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookRangeFill(::std::boxed::Box<crate::beta::WorkbookRangeFill>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookRangeFont(::std::boxed::Box<crate::beta::WorkbookRangeFont>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookRangeFormat(::std::boxed::Box<crate::beta::WorkbookRangeFormat>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookRangeSort(::std::boxed::Box<crate::beta::WorkbookRangeSort>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookRangeView(::std::boxed::Box<crate::beta::WorkbookRangeView>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookTable(::std::boxed::Box<crate::beta::WorkbookTable>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookTableColumn(::std::boxed::Box<crate::beta::WorkbookTableColumn>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookTableRow(::std::boxed::Box<crate::beta::WorkbookTableRow>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookTableSort(::std::boxed::Box<crate::beta::WorkbookTableSort>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookWorksheet(::std::boxed::Box<crate::beta::WorkbookWorksheet>),
    #[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
    WorkbookWorksheetProtection(
        ::std::boxed::Box<crate::beta::WorkbookWorksheetProtection>,
    ),
    #[cfg(msgraph_beta_search_or_teamwork)]
    WorkforceIntegration(::std::boxed::Box<crate::beta::WorkforceIntegration>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    YammerActivitySummary(::std::boxed::Box<crate::beta::YammerActivitySummary>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    YammerActivityUserDetail(::std::boxed::Box<crate::beta::YammerActivityUserDetail>),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    YammerDeviceUsageDistributionUserCounts(
        ::std::boxed::Box<crate::beta::YammerDeviceUsageDistributionUserCounts>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    YammerDeviceUsageUserCounts(
        ::std::boxed::Box<crate::beta::YammerDeviceUsageUserCounts>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    YammerDeviceUsageUserDetail(
        ::std::boxed::Box<crate::beta::YammerDeviceUsageUserDetail>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    YammerGroupsActivityCounts(
        ::std::boxed::Box<crate::beta::YammerGroupsActivityCounts>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    YammerGroupsActivityDetail(
        ::std::boxed::Box<crate::beta::YammerGroupsActivityDetail>,
    ),
    #[cfg(msgraph_beta_print_or_reports_or_search)]
    YammerGroupsActivityGroupCounts(
        ::std::boxed::Box<crate::beta::YammerGroupsActivityGroupCounts>,
    ),
}
#[cfg(msgraph_beta_any_area)]
impl ::std::default::Default for AnyEntity {
    #[inline]
    fn default() -> Self {
        Self::Entity(::std::default::Default::default())
    }
}
#[cfg(msgraph_beta_any_area)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Entity> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Entity) -> Self {
        Self::Entity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AadUserConversationMember> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AadUserConversationMember) -> Self {
        Self::AadUserConversationMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessPackage> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AccessPackage) -> Self {
        Self::AccessPackage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessPackageAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AccessPackageAssignment) -> Self {
        Self::AccessPackageAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessPackageAssignmentPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AccessPackageAssignmentPolicy) -> Self {
        Self::AccessPackageAssignmentPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessPackageAssignmentRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AccessPackageAssignmentRequest) -> Self {
        Self::AccessPackageAssignmentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessPackageAssignmentResourceRole>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AccessPackageAssignmentResourceRole) -> Self {
        Self::AccessPackageAssignmentResourceRole(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessPackageCatalog> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AccessPackageCatalog) -> Self {
        Self::AccessPackageCatalog(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessPackageResource> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AccessPackageResource) -> Self {
        Self::AccessPackageResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessPackageResourceEnvironment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AccessPackageResourceEnvironment) -> Self {
        Self::AccessPackageResourceEnvironment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessPackageResourceRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AccessPackageResourceRequest) -> Self {
        Self::AccessPackageResourceRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessPackageResourceRole> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AccessPackageResourceRole) -> Self {
        Self::AccessPackageResourceRole(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessPackageResourceRoleScope> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AccessPackageResourceRoleScope) -> Self {
        Self::AccessPackageResourceRoleScope(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessPackageResourceScope> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AccessPackageResourceScope) -> Self {
        Self::AccessPackageResourceScope(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessPackageSubject> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AccessPackageSubject) -> Self {
        Self::AccessPackageSubject(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_access_reviews_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessReview> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AccessReview) -> Self {
        Self::AccessReview(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_access_review_decisions_or_access_reviews_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessReviewDecision> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AccessReviewDecision) -> Self {
        Self::AccessReviewDecision(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessReviewHistoryDefinition> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AccessReviewHistoryDefinition) -> Self {
        Self::AccessReviewHistoryDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessReviewInstance> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AccessReviewInstance) -> Self {
        Self::AccessReviewInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessReviewInstanceDecisionItem> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AccessReviewInstanceDecisionItem) -> Self {
        Self::AccessReviewInstanceDecisionItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_governance_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessReviewPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AccessReviewPolicy) -> Self {
        Self::AccessReviewPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_access_reviews_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessReviewReviewer> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AccessReviewReviewer) -> Self {
        Self::AccessReviewReviewer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessReviewScheduleDefinition> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AccessReviewScheduleDefinition) -> Self {
        Self::AccessReviewScheduleDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AccessReviewSet> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AccessReviewSet) -> Self {
        Self::AccessReviewSet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Account> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Account) -> Self {
        Self::Account(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ActiveDirectoryWindowsAutopilotDeploymentProfile>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ActiveDirectoryWindowsAutopilotDeploymentProfile) -> Self {
        Self::ActiveDirectoryWindowsAutopilotDeploymentProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ActivityBasedTimeoutPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ActivityBasedTimeoutPolicy) -> Self {
        Self::ActivityBasedTimeoutPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ActivityHistoryItem> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ActivityHistoryItem) -> Self {
        Self::ActivityHistoryItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_activitystatistics)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ActivityStatistics> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ActivityStatistics) -> Self {
        Self::ActivityStatistics(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AdminConsentRequestPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AdminConsentRequestPolicy) -> Self {
        Self::AdminConsentRequestPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AdministrativeUnit> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AdministrativeUnit) -> Self {
        Self::AdministrativeUnit(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::AdvancedThreatProtectionOnboardingDeviceSettingState,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::beta::AdvancedThreatProtectionOnboardingDeviceSettingState,
    ) -> Self {
        Self::AdvancedThreatProtectionOnboardingDeviceSettingState(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AdvancedThreatProtectionOnboardingStateSummary>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AdvancedThreatProtectionOnboardingStateSummary) -> Self {
        Self::AdvancedThreatProtectionOnboardingStateSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AgedAccountsPayable> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AgedAccountsPayable) -> Self {
        Self::AgedAccountsPayable(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AgedAccountsReceivable> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AgedAccountsReceivable) -> Self {
        Self::AgedAccountsReceivable(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Agreement> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Agreement) -> Self {
        Self::Agreement(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_agreement_acceptances_or_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AgreementAcceptance> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AgreementAcceptance) -> Self {
        Self::AgreementAcceptance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AgreementFile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AgreementFile) -> Self {
        Self::AgreementFile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AgreementFileLocalization> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AgreementFileLocalization) -> Self {
        Self::AgreementFileLocalization(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AgreementFileProperties> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AgreementFileProperties) -> Self {
        Self::AgreementFileProperties(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AgreementFileVersion> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AgreementFileVersion) -> Self {
        Self::AgreementFileVersion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Alert> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Alert) -> Self {
        Self::Alert(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_allowed_data_locations_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AllowedDataLocation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AllowedDataLocation) -> Self {
        Self::AllowedDataLocation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidCertificateProfileBase> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidCertificateProfileBase) -> Self {
        Self::AndroidCertificateProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidCompliancePolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidCompliancePolicy) -> Self {
        Self::AndroidCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidCustomConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidCustomConfiguration) -> Self {
        Self::AndroidCustomConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceComplianceLocalActionBase>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceComplianceLocalActionBase) -> Self {
        Self::AndroidDeviceComplianceLocalActionBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceComplianceLocalActionLockDevice>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceComplianceLocalActionLockDevice) -> Self {
        Self::AndroidDeviceComplianceLocalActionLockDevice(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::AndroidDeviceComplianceLocalActionLockDeviceWithPasscode,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::beta::AndroidDeviceComplianceLocalActionLockDeviceWithPasscode,
    ) -> Self {
        Self::AndroidDeviceComplianceLocalActionLockDeviceWithPasscode(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerCertificateProfileBase>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerCertificateProfileBase) -> Self {
        Self::AndroidDeviceOwnerCertificateProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerCompliancePolicy>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerCompliancePolicy) -> Self {
        Self::AndroidDeviceOwnerCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::beta::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration,
    ) -> Self {
        Self::AndroidDeviceOwnerDerivedCredentialAuthenticationConfiguration(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerEnrollmentProfile>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerEnrollmentProfile) -> Self {
        Self::AndroidDeviceOwnerEnrollmentProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerEnterpriseWiFiConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerEnterpriseWiFiConfiguration) -> Self {
        Self::AndroidDeviceOwnerEnterpriseWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerGeneralDeviceConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerGeneralDeviceConfiguration) -> Self {
        Self::AndroidDeviceOwnerGeneralDeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerImportedPfxCertificateProfile>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerImportedPfxCertificateProfile) -> Self {
        Self::AndroidDeviceOwnerImportedPfxCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerPkcsCertificateProfile>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerPkcsCertificateProfile) -> Self {
        Self::AndroidDeviceOwnerPkcsCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerScepCertificateProfile>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerScepCertificateProfile) -> Self {
        Self::AndroidDeviceOwnerScepCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerTrustedRootCertificate>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerTrustedRootCertificate) -> Self {
        Self::AndroidDeviceOwnerTrustedRootCertificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerVpnConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerVpnConfiguration) -> Self {
        Self::AndroidDeviceOwnerVpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidDeviceOwnerWiFiConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidDeviceOwnerWiFiConfiguration) -> Self {
        Self::AndroidDeviceOwnerWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidEasEmailProfileConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidEasEmailProfileConfiguration) -> Self {
        Self::AndroidEasEmailProfileConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidEnterpriseWiFiConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidEnterpriseWiFiConfiguration) -> Self {
        Self::AndroidEnterpriseWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkApp) -> Self {
        Self::AndroidForWorkApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkAppConfigurationSchema>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkAppConfigurationSchema) -> Self {
        Self::AndroidForWorkAppConfigurationSchema(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkCertificateProfileBase>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkCertificateProfileBase) -> Self {
        Self::AndroidForWorkCertificateProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkCompliancePolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkCompliancePolicy) -> Self {
        Self::AndroidForWorkCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkCustomConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkCustomConfiguration) -> Self {
        Self::AndroidForWorkCustomConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkEasEmailProfileBase> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkEasEmailProfileBase) -> Self {
        Self::AndroidForWorkEasEmailProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkEnrollmentProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkEnrollmentProfile) -> Self {
        Self::AndroidForWorkEnrollmentProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkEnterpriseWiFiConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkEnterpriseWiFiConfiguration) -> Self {
        Self::AndroidForWorkEnterpriseWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkGeneralDeviceConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkGeneralDeviceConfiguration) -> Self {
        Self::AndroidForWorkGeneralDeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkGmailEasConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkGmailEasConfiguration) -> Self {
        Self::AndroidForWorkGmailEasConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkImportedPfxCertificateProfile>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkImportedPfxCertificateProfile) -> Self {
        Self::AndroidForWorkImportedPfxCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkMobileAppConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkMobileAppConfiguration) -> Self {
        Self::AndroidForWorkMobileAppConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkNineWorkEasConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkNineWorkEasConfiguration) -> Self {
        Self::AndroidForWorkNineWorkEasConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkPkcsCertificateProfile>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkPkcsCertificateProfile) -> Self {
        Self::AndroidForWorkPkcsCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkScepCertificateProfile>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkScepCertificateProfile) -> Self {
        Self::AndroidForWorkScepCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkSettings) -> Self {
        Self::AndroidForWorkSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkTrustedRootCertificate>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkTrustedRootCertificate) -> Self {
        Self::AndroidForWorkTrustedRootCertificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkVpnConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkVpnConfiguration) -> Self {
        Self::AndroidForWorkVpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidForWorkWiFiConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidForWorkWiFiConfiguration) -> Self {
        Self::AndroidForWorkWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidGeneralDeviceConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidGeneralDeviceConfiguration) -> Self {
        Self::AndroidGeneralDeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidImportedPfxCertificateProfile>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidImportedPfxCertificateProfile) -> Self {
        Self::AndroidImportedPfxCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidLobApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidLobApp) -> Self {
        Self::AndroidLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidManagedAppProtection> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidManagedAppProtection) -> Self {
        Self::AndroidManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidManagedAppRegistration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidManagedAppRegistration) -> Self {
        Self::AndroidManagedAppRegistration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidManagedStoreAccountEnterpriseSettings>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidManagedStoreAccountEnterpriseSettings) -> Self {
        Self::AndroidManagedStoreAccountEnterpriseSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidManagedStoreApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidManagedStoreApp) -> Self {
        Self::AndroidManagedStoreApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidManagedStoreAppConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidManagedStoreAppConfiguration) -> Self {
        Self::AndroidManagedStoreAppConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidManagedStoreAppConfigurationSchema>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidManagedStoreAppConfigurationSchema) -> Self {
        Self::AndroidManagedStoreAppConfigurationSchema(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidManagedStoreWebApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidManagedStoreWebApp) -> Self {
        Self::AndroidManagedStoreWebApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidOmaCpConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidOmaCpConfiguration) -> Self {
        Self::AndroidOmaCpConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidPkcsCertificateProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidPkcsCertificateProfile) -> Self {
        Self::AndroidPkcsCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidScepCertificateProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidScepCertificateProfile) -> Self {
        Self::AndroidScepCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidStoreApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidStoreApp) -> Self {
        Self::AndroidStoreApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidTrustedRootCertificate> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidTrustedRootCertificate) -> Self {
        Self::AndroidTrustedRootCertificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidVpnConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidVpnConfiguration) -> Self {
        Self::AndroidVpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWiFiConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidWiFiConfiguration) -> Self {
        Self::AndroidWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfileCertificateProfileBase>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfileCertificateProfileBase) -> Self {
        Self::AndroidWorkProfileCertificateProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfileCompliancePolicy>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfileCompliancePolicy) -> Self {
        Self::AndroidWorkProfileCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfileCustomConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfileCustomConfiguration) -> Self {
        Self::AndroidWorkProfileCustomConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfileEasEmailProfileBase>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfileEasEmailProfileBase) -> Self {
        Self::AndroidWorkProfileEasEmailProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfileEnterpriseWiFiConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfileEnterpriseWiFiConfiguration) -> Self {
        Self::AndroidWorkProfileEnterpriseWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfileGeneralDeviceConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfileGeneralDeviceConfiguration) -> Self {
        Self::AndroidWorkProfileGeneralDeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfileGmailEasConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfileGmailEasConfiguration) -> Self {
        Self::AndroidWorkProfileGmailEasConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfileNineWorkEasConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfileNineWorkEasConfiguration) -> Self {
        Self::AndroidWorkProfileNineWorkEasConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfilePkcsCertificateProfile>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfilePkcsCertificateProfile) -> Self {
        Self::AndroidWorkProfilePkcsCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfileScepCertificateProfile>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfileScepCertificateProfile) -> Self {
        Self::AndroidWorkProfileScepCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfileTrustedRootCertificate>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfileTrustedRootCertificate) -> Self {
        Self::AndroidWorkProfileTrustedRootCertificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfileVpnConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfileVpnConfiguration) -> Self {
        Self::AndroidWorkProfileVpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AndroidWorkProfileWiFiConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AndroidWorkProfileWiFiConfiguration) -> Self {
        Self::AndroidWorkProfileWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AospDeviceOwnerCompliancePolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AospDeviceOwnerCompliancePolicy) -> Self {
        Self::AospDeviceOwnerCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AospDeviceOwnerDeviceConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AospDeviceOwnerDeviceConfiguration) -> Self {
        Self::AospDeviceOwnerDeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AppConsentApprovalRoute> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AppConsentApprovalRoute) -> Self {
        Self::AppConsentApprovalRoute(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AppConsentRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AppConsentRequest) -> Self {
        Self::AppConsentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AppLogCollectionRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AppLogCollectionRequest) -> Self {
        Self::AppLogCollectionRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_app_role_assignments)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AppRoleAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AppRoleAssignment) -> Self {
        Self::AppRoleAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AppScope> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AppScope) -> Self {
        Self::AppScope(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AppVulnerabilityManagedDevice> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AppVulnerabilityManagedDevice) -> Self {
        Self::AppVulnerabilityManagedDevice(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AppVulnerabilityMobileApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AppVulnerabilityMobileApp) -> Self {
        Self::AppVulnerabilityMobileApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AppVulnerabilityTask> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AppVulnerabilityTask) -> Self {
        Self::AppVulnerabilityTask(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AppleDeviceFeaturesConfigurationBase>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AppleDeviceFeaturesConfigurationBase) -> Self {
        Self::AppleDeviceFeaturesConfigurationBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AppleEnrollmentProfileAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AppleEnrollmentProfileAssignment) -> Self {
        Self::AppleEnrollmentProfileAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AppleExpeditedCheckinConfigurationBase>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AppleExpeditedCheckinConfigurationBase) -> Self {
        Self::AppleExpeditedCheckinConfigurationBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ApplePushNotificationCertificate> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ApplePushNotificationCertificate) -> Self {
        Self::ApplePushNotificationCertificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AppleUserInitiatedEnrollmentProfile>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AppleUserInitiatedEnrollmentProfile) -> Self {
        Self::AppleUserInitiatedEnrollmentProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AppleVpnConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AppleVpnConfiguration) -> Self {
        Self::AppleVpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AppleVppTokenTroubleshootingEvent> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AppleVppTokenTroubleshootingEvent) -> Self {
        Self::AppleVppTokenTroubleshootingEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Application> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Application) -> Self {
        Self::Application(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ApplicationSignInDetailedSummary> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ApplicationSignInDetailedSummary) -> Self {
        Self::ApplicationSignInDetailedSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ApplicationSignInSummary> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ApplicationSignInSummary) -> Self {
        Self::ApplicationSignInSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_application_templates_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ApplicationTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ApplicationTemplate) -> Self {
        Self::ApplicationTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_role_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Approval> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Approval) -> Self {
        Self::Approval(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_role_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ApprovalStep> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ApprovalStep) -> Self {
        Self::ApprovalStep(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ApprovalWorkflowProvider> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ApprovalWorkflowProvider) -> Self {
        Self::ApprovalWorkflowProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AssignmentFilterEvaluationStatusDetails>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AssignmentFilterEvaluationStatusDetails) -> Self {
        Self::AssignmentFilterEvaluationStatusDetails(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Attachment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Attachment) -> Self {
        Self::Attachment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_functions)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AttributeMappingFunctionSchema> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AttributeMappingFunctionSchema) -> Self {
        Self::AttributeMappingFunctionSchema(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AudioRoutingGroup> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AudioRoutingGroup) -> Self {
        Self::AudioRoutingGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AuditEvent> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AuditEvent) -> Self {
        Self::AuditEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Authentication> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Authentication) -> Self {
        Self::Authentication(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AuthenticationContextClassReference>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AuthenticationContextClassReference) -> Self {
        Self::AuthenticationContextClassReference(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AuthenticationFlowsPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AuthenticationFlowsPolicy) -> Self {
        Self::AuthenticationFlowsPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AuthenticationMethod> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AuthenticationMethod) -> Self {
        Self::AuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AuthenticationMethodConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AuthenticationMethodConfiguration) -> Self {
        Self::AuthenticationMethodConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AuthenticationMethodTarget> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AuthenticationMethodTarget) -> Self {
        Self::AuthenticationMethodTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_authentication_methods_policy_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AuthenticationMethodsPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AuthenticationMethodsPolicy) -> Self {
        Self::AuthenticationMethodsPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AuthenticationMethodsRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AuthenticationMethodsRoot) -> Self {
        Self::AuthenticationMethodsRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AuthorizationPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AuthorizationPolicy) -> Self {
        Self::AuthorizationPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AzureAdFeatureUsage> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AzureAdFeatureUsage) -> Self {
        Self::AzureAdFeatureUsage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AzureAdLicenseUsage> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AzureAdLicenseUsage) -> Self {
        Self::AzureAdLicenseUsage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AzureAdUserFeatureUsage> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AzureAdUserFeatureUsage) -> Self {
        Self::AzureAdUserFeatureUsage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::AzureAdWindowsAutopilotDeploymentProfile>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::AzureAdWindowsAutopilotDeploymentProfile) -> Self {
        Self::AzureAdWindowsAutopilotDeploymentProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::B2cAuthenticationMethodsPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::B2cAuthenticationMethodsPolicy) -> Self {
        Self::B2cAuthenticationMethodsPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::B2cIdentityUserFlow> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::B2cIdentityUserFlow) -> Self {
        Self::B2cIdentityUserFlow(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::B2xIdentityUserFlow> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::B2xIdentityUserFlow) -> Self {
        Self::B2xIdentityUserFlow(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::BaseItem> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::BaseItem) -> Self {
        Self::BaseItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::BaseItemVersion> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::BaseItemVersion) -> Self {
        Self::BaseItemVersion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Bitlocker> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Bitlocker) -> Self {
        Self::Bitlocker(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::BitlockerRecoveryKey> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::BitlockerRecoveryKey) -> Self {
        Self::BitlockerRecoveryKey(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::BookingAppointment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::BookingAppointment) -> Self {
        Self::BookingAppointment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::BookingBusiness> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::BookingBusiness) -> Self {
        Self::BookingBusiness(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_booking_currencies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::BookingCurrency> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::BookingCurrency) -> Self {
        Self::BookingCurrency(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::BookingCustomer> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::BookingCustomer) -> Self {
        Self::BookingCustomer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::BookingNamedEntity> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::BookingNamedEntity) -> Self {
        Self::BookingNamedEntity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::BookingPerson> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::BookingPerson) -> Self {
        Self::BookingPerson(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::BookingService> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::BookingService) -> Self {
        Self::BookingService(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_booking_businesses_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::BookingStaffMember> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::BookingStaffMember) -> Self {
        Self::BookingStaffMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::BuiltInIdentityProvider> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::BuiltInIdentityProvider) -> Self {
        Self::BuiltInIdentityProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::BusinessFlow> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::BusinessFlow) -> Self {
        Self::BusinessFlow(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_business_flow_templates_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::BusinessFlowTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::BusinessFlowTemplate) -> Self {
        Self::BusinessFlowTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Calendar> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Calendar) -> Self {
        Self::Calendar(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CalendarGroup> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::CalendarGroup) -> Self {
        Self::CalendarGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CalendarPermission> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::CalendarPermission) -> Self {
        Self::CalendarPermission(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CalendarSharingMessage> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::CalendarSharingMessage) -> Self {
        Self::CalendarSharingMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Call> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Call) -> Self {
        Self::Call(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_activitystatistics)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CallActivityStatistics> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::CallActivityStatistics) -> Self {
        Self::CallActivityStatistics(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::call_records::CallRecord> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::call_records::CallRecord) -> Self {
        Self::CallRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::call_records::Segment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::call_records::Segment) -> Self {
        Self::Segment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::call_records::Session> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::call_records::Session) -> Self {
        Self::Session(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CancelMediaProcessingOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::CancelMediaProcessingOperation) -> Self {
        Self::CancelMediaProcessingOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CartToClassAssociation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::CartToClassAssociation) -> Self {
        Self::CartToClassAssociation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_certificate_based_auth_configuration_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CertificateBasedAuthConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::CertificateBasedAuthConfiguration) -> Self {
        Self::CertificateBasedAuthConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ChangeTrackedEntity> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ChangeTrackedEntity) -> Self {
        Self::ChangeTrackedEntity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Channel> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Channel) -> Self {
        Self::Channel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Chat> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Chat) -> Self {
        Self::Chat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_activitystatistics)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ChatActivityStatistics> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ChatActivityStatistics) -> Self {
        Self::ChatActivityStatistics(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ChatMessage> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ChatMessage) -> Self {
        Self::ChatMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_app_catalogs)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ChatMessageHostedContent> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ChatMessageHostedContent) -> Self {
        Self::ChatMessageHostedContent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ChromeOsOnboardingSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ChromeOsOnboardingSettings) -> Self {
        Self::ChromeOsOnboardingSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CircularGeofenceManagementCondition>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::CircularGeofenceManagementCondition) -> Self {
        Self::CircularGeofenceManagementCondition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ClaimsMappingPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ClaimsMappingPolicy) -> Self {
        Self::ClaimsMappingPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ClassificationJobResponse> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ClassificationJobResponse) -> Self {
        Self::ClassificationJobResponse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CloudAppSecurityProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::CloudAppSecurityProfile) -> Self {
        Self::CloudAppSecurityProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CloudCommunications> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::CloudCommunications) -> Self {
        Self::CloudCommunications(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CloudPc> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::CloudPc) -> Self {
        Self::CloudPc(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CloudPcConnectivityIssue> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::CloudPcConnectivityIssue) -> Self {
        Self::CloudPcConnectivityIssue(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CloudPcAuditEvent> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::CloudPcAuditEvent) -> Self {
        Self::CloudPcAuditEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CloudPcDeviceImage> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::CloudPcDeviceImage) -> Self {
        Self::CloudPcDeviceImage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CloudPcOnPremisesConnection> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::CloudPcOnPremisesConnection) -> Self {
        Self::CloudPcOnPremisesConnection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CloudPcProvisioningPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::CloudPcProvisioningPolicy) -> Self {
        Self::CloudPcProvisioningPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CloudPcProvisioningPolicyAssignment>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::CloudPcProvisioningPolicyAssignment) -> Self {
        Self::CloudPcProvisioningPolicyAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CloudPcUserSetting> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::CloudPcUserSetting) -> Self {
        Self::CloudPcUserSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CloudPcUserSettingAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::CloudPcUserSettingAssignment) -> Self {
        Self::CloudPcUserSettingAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ColumnDefinition> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ColumnDefinition) -> Self {
        Self::ColumnDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ColumnLink> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ColumnLink) -> Self {
        Self::ColumnLink(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ComanagementEligibleDevice> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ComanagementEligibleDevice) -> Self {
        Self::ComanagementEligibleDevice(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_commands)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Command> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Command) -> Self {
        Self::Command(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CommsOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::CommsOperation) -> Self {
        Self::CommsOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Company> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Company) -> Self {
        Self::Company(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CompanyInformation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::CompanyInformation) -> Self {
        Self::CompanyInformation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ComplianceManagementPartner> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ComplianceManagementPartner) -> Self {
        Self::ComplianceManagementPartner(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ConditionalAccessPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ConditionalAccessPolicy) -> Self {
        Self::ConditionalAccessPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ConditionalAccessRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ConditionalAccessRoot) -> Self {
        Self::ConditionalAccessRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ConfigManagerCollection> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ConfigManagerCollection) -> Self {
        Self::ConfigManagerCollection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ConnectedOrganization> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ConnectedOrganization) -> Self {
        Self::ConnectedOrganization(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ConnectionOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ConnectionOperation) -> Self {
        Self::ConnectionOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Connector> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Connector) -> Self {
        Self::Connector(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_on_premises_publishing_profiles_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ConnectorGroup> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ConnectorGroup) -> Self {
        Self::ConnectorGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Contact> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Contact) -> Self {
        Self::Contact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ContactFolder> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ContactFolder) -> Self {
        Self::ContactFolder(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ContentType> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ContentType) -> Self {
        Self::ContentType(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ContinuousAccessEvaluationPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ContinuousAccessEvaluationPolicy) -> Self {
        Self::ContinuousAccessEvaluationPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Contract> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Contract) -> Self {
        Self::Contract(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Conversation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Conversation) -> Self {
        Self::Conversation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ConversationMember> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ConversationMember) -> Self {
        Self::ConversationMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ConversationThread> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ConversationThread) -> Self {
        Self::ConversationThread(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CountryNamedLocation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::CountryNamedLocation) -> Self {
        Self::CountryNamedLocation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CountryRegion> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::CountryRegion) -> Self {
        Self::CountryRegion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CredentialUsageSummary> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::CredentialUsageSummary) -> Self {
        Self::CredentialUsageSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CredentialUserRegistrationCount> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::CredentialUserRegistrationCount) -> Self {
        Self::CredentialUserRegistrationCount(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CredentialUserRegistrationDetails> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::CredentialUserRegistrationDetails) -> Self {
        Self::CredentialUserRegistrationDetails(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Currency> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Currency) -> Self {
        Self::Currency(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Customer> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Customer) -> Self {
        Self::Customer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CustomerPayment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::CustomerPayment) -> Self {
        Self::CustomerPayment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::CustomerPaymentJournal> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::CustomerPaymentJournal) -> Self {
        Self::CustomerPaymentJournal(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DataClassificationService> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DataClassificationService) -> Self {
        Self::DataClassificationService(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DataLossPreventionPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DataLossPreventionPolicy) -> Self {
        Self::DataLossPreventionPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_data_policy_operations_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DataPolicyOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DataPolicyOperation) -> Self {
        Self::DataPolicyOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DataSharingConsent> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DataSharingConsent) -> Self {
        Self::DataSharingConsent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DefaultDeviceCompliancePolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DefaultDeviceCompliancePolicy) -> Self {
        Self::DefaultDeviceCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DefaultManagedAppProtection> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DefaultManagedAppProtection) -> Self {
        Self::DefaultManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DelegatedPermissionClassification> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DelegatedPermissionClassification) -> Self {
        Self::DelegatedPermissionClassification(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DepEnrollmentBaseProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DepEnrollmentBaseProfile) -> Self {
        Self::DepEnrollmentBaseProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DepEnrollmentProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DepEnrollmentProfile) -> Self {
        Self::DepEnrollmentProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DepIosEnrollmentProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DepIosEnrollmentProfile) -> Self {
        Self::DepIosEnrollmentProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DepMacOsEnrollmentProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DepMacOsEnrollmentProfile) -> Self {
        Self::DepMacOsEnrollmentProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DepOnboardingSetting> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DepOnboardingSetting) -> Self {
        Self::DepOnboardingSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DetectedApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DetectedApp) -> Self {
        Self::DetectedApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Device> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Device) -> Self {
        Self::Device(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceAndAppManagementAssignmentFilter>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceAndAppManagementAssignmentFilter) -> Self {
        Self::DeviceAndAppManagementAssignmentFilter(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceAndAppManagementRoleAssignment>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceAndAppManagementRoleAssignment) -> Self {
        Self::DeviceAndAppManagementRoleAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceAndAppManagementRoleDefinition>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceAndAppManagementRoleDefinition) -> Self {
        Self::DeviceAndAppManagementRoleDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceAppManagement> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceAppManagement) -> Self {
        Self::DeviceAppManagement(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceAppManagementTask> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceAppManagementTask) -> Self {
        Self::DeviceAppManagementTask(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceCategory> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceCategory) -> Self {
        Self::DeviceCategory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceComanagementAuthorityConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceComanagementAuthorityConfiguration) -> Self {
        Self::DeviceComanagementAuthorityConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceComplianceActionItem> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceComplianceActionItem) -> Self {
        Self::DeviceComplianceActionItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceComplianceDeviceOverview> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceComplianceDeviceOverview) -> Self {
        Self::DeviceComplianceDeviceOverview(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceComplianceDeviceStatus> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceComplianceDeviceStatus) -> Self {
        Self::DeviceComplianceDeviceStatus(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceCompliancePolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceCompliancePolicy) -> Self {
        Self::DeviceCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceCompliancePolicyAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceCompliancePolicyAssignment) -> Self {
        Self::DeviceCompliancePolicyAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceCompliancePolicyDeviceStateSummary>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceCompliancePolicyDeviceStateSummary) -> Self {
        Self::DeviceCompliancePolicyDeviceStateSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceCompliancePolicyGroupAssignment>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceCompliancePolicyGroupAssignment) -> Self {
        Self::DeviceCompliancePolicyGroupAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceCompliancePolicyPolicySetItem>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceCompliancePolicyPolicySetItem) -> Self {
        Self::DeviceCompliancePolicyPolicySetItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceCompliancePolicySettingStateSummary>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceCompliancePolicySettingStateSummary) -> Self {
        Self::DeviceCompliancePolicySettingStateSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceCompliancePolicyState> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceCompliancePolicyState) -> Self {
        Self::DeviceCompliancePolicyState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceComplianceScheduledActionForRule>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceComplianceScheduledActionForRule) -> Self {
        Self::DeviceComplianceScheduledActionForRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceComplianceScript> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceComplianceScript) -> Self {
        Self::DeviceComplianceScript(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceComplianceScriptDeviceState> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceComplianceScriptDeviceState) -> Self {
        Self::DeviceComplianceScriptDeviceState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceComplianceScriptRunSummary> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceComplianceScriptRunSummary) -> Self {
        Self::DeviceComplianceScriptRunSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceComplianceSettingState> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceComplianceSettingState) -> Self {
        Self::DeviceComplianceSettingState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceComplianceUserOverview> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceComplianceUserOverview) -> Self {
        Self::DeviceComplianceUserOverview(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceComplianceUserStatus> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceComplianceUserStatus) -> Self {
        Self::DeviceComplianceUserStatus(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceConfiguration) -> Self {
        Self::DeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceConfigurationAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceConfigurationAssignment) -> Self {
        Self::DeviceConfigurationAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceConfigurationConflictSummary>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceConfigurationConflictSummary) -> Self {
        Self::DeviceConfigurationConflictSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceConfigurationDeviceOverview> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceConfigurationDeviceOverview) -> Self {
        Self::DeviceConfigurationDeviceOverview(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceConfigurationDeviceStateSummary>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceConfigurationDeviceStateSummary) -> Self {
        Self::DeviceConfigurationDeviceStateSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceConfigurationDeviceStatus> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceConfigurationDeviceStatus) -> Self {
        Self::DeviceConfigurationDeviceStatus(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceConfigurationGroupAssignment>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceConfigurationGroupAssignment) -> Self {
        Self::DeviceConfigurationGroupAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceConfigurationPolicySetItem> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceConfigurationPolicySetItem) -> Self {
        Self::DeviceConfigurationPolicySetItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceConfigurationState> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceConfigurationState) -> Self {
        Self::DeviceConfigurationState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceConfigurationUserOverview> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceConfigurationUserOverview) -> Self {
        Self::DeviceConfigurationUserOverview(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceConfigurationUserStateSummary>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceConfigurationUserStateSummary) -> Self {
        Self::DeviceConfigurationUserStateSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceConfigurationUserStatus> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceConfigurationUserStatus) -> Self {
        Self::DeviceConfigurationUserStatus(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceCustomAttributeShellScript> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceCustomAttributeShellScript) -> Self {
        Self::DeviceCustomAttributeShellScript(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceEnrollmentConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceEnrollmentConfiguration) -> Self {
        Self::DeviceEnrollmentConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceEnrollmentLimitConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceEnrollmentLimitConfiguration) -> Self {
        Self::DeviceEnrollmentLimitConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceEnrollmentPlatformRestrictionsConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceEnrollmentPlatformRestrictionsConfiguration) -> Self {
        Self::DeviceEnrollmentPlatformRestrictionsConfiguration(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceEnrollmentWindowsHelloForBusinessConfiguration,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::beta::DeviceEnrollmentWindowsHelloForBusinessConfiguration,
    ) -> Self {
        Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceHealthScript> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceHealthScript) -> Self {
        Self::DeviceHealthScript(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceHealthScriptAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceHealthScriptAssignment) -> Self {
        Self::DeviceHealthScriptAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceHealthScriptDeviceState> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceHealthScriptDeviceState) -> Self {
        Self::DeviceHealthScriptDeviceState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceHealthScriptRunSummary> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceHealthScriptRunSummary) -> Self {
        Self::DeviceHealthScriptRunSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceInstallState> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceInstallState) -> Self {
        Self::DeviceInstallState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceLogCollectionResponse> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceLogCollectionResponse) -> Self {
        Self::DeviceLogCollectionResponse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagement> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagement) -> Self {
        Self::DeviceManagement(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementAbstractComplexSettingDefinition>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementAbstractComplexSettingDefinition) -> Self {
        Self::DeviceManagementAbstractComplexSettingDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementAbstractComplexSettingInstance>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementAbstractComplexSettingInstance) -> Self {
        Self::DeviceManagementAbstractComplexSettingInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementAutopilotEvent> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementAutopilotEvent) -> Self {
        Self::DeviceManagementAutopilotEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementAutopilotPolicyStatusDetail>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementAutopilotPolicyStatusDetail) -> Self {
        Self::DeviceManagementAutopilotPolicyStatusDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementBooleanSettingInstance>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementBooleanSettingInstance) -> Self {
        Self::DeviceManagementBooleanSettingInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementCachedReportConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementCachedReportConfiguration) -> Self {
        Self::DeviceManagementCachedReportConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementCollectionSettingDefinition>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementCollectionSettingDefinition) -> Self {
        Self::DeviceManagementCollectionSettingDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementCollectionSettingInstance>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementCollectionSettingInstance) -> Self {
        Self::DeviceManagementCollectionSettingInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementComplexSettingDefinition>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementComplexSettingDefinition) -> Self {
        Self::DeviceManagementComplexSettingDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementComplexSettingInstance>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementComplexSettingInstance) -> Self {
        Self::DeviceManagementComplexSettingInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementConfigurationCategory>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementConfigurationCategory) -> Self {
        Self::DeviceManagementConfigurationCategory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationChoiceSettingCollectionDefinition,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationChoiceSettingCollectionDefinition,
    ) -> Self {
        Self::DeviceManagementConfigurationChoiceSettingCollectionDefinition(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationChoiceSettingDefinition,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationChoiceSettingDefinition,
    ) -> Self {
        Self::DeviceManagementConfigurationChoiceSettingDefinition(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementConfigurationPolicy>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementConfigurationPolicy) -> Self {
        Self::DeviceManagementConfigurationPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementConfigurationPolicyAssignment>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementConfigurationPolicyAssignment) -> Self {
        Self::DeviceManagementConfigurationPolicyAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementConfigurationPolicyTemplate>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementConfigurationPolicyTemplate) -> Self {
        Self::DeviceManagementConfigurationPolicyTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementConfigurationSetting>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementConfigurationSetting) -> Self {
        Self::DeviceManagementConfigurationSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementConfigurationSettingDefinition>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementConfigurationSettingDefinition) -> Self {
        Self::DeviceManagementConfigurationSettingDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationSettingGroupCollectionDefinition,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationSettingGroupCollectionDefinition,
    ) -> Self {
        Self::DeviceManagementConfigurationSettingGroupCollectionDefinition(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationSettingGroupDefinition,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationSettingGroupDefinition,
    ) -> Self {
        Self::DeviceManagementConfigurationSettingGroupDefinition(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementConfigurationSettingTemplate>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementConfigurationSettingTemplate) -> Self {
        Self::DeviceManagementConfigurationSettingTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationSimpleSettingCollectionDefinition,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationSimpleSettingCollectionDefinition,
    ) -> Self {
        Self::DeviceManagementConfigurationSimpleSettingCollectionDefinition(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::beta::DeviceManagementConfigurationSimpleSettingDefinition,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::beta::DeviceManagementConfigurationSimpleSettingDefinition,
    ) -> Self {
        Self::DeviceManagementConfigurationSimpleSettingDefinition(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementDerivedCredentialSettings>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementDerivedCredentialSettings) -> Self {
        Self::DeviceManagementDerivedCredentialSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementDomainJoinConnector>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementDomainJoinConnector) -> Self {
        Self::DeviceManagementDomainJoinConnector(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementExchangeConnector> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementExchangeConnector) -> Self {
        Self::DeviceManagementExchangeConnector(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementExchangeOnPremisesPolicy>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementExchangeOnPremisesPolicy) -> Self {
        Self::DeviceManagementExchangeOnPremisesPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementExportJob> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementExportJob) -> Self {
        Self::DeviceManagementExportJob(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementIntegerSettingInstance>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementIntegerSettingInstance) -> Self {
        Self::DeviceManagementIntegerSettingInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementIntent> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementIntent) -> Self {
        Self::DeviceManagementIntent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementIntentAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementIntentAssignment) -> Self {
        Self::DeviceManagementIntentAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementIntentDeviceSettingStateSummary>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementIntentDeviceSettingStateSummary) -> Self {
        Self::DeviceManagementIntentDeviceSettingStateSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementIntentDeviceState> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementIntentDeviceState) -> Self {
        Self::DeviceManagementIntentDeviceState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementIntentDeviceStateSummary>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementIntentDeviceStateSummary) -> Self {
        Self::DeviceManagementIntentDeviceStateSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementIntentSettingCategory>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementIntentSettingCategory) -> Self {
        Self::DeviceManagementIntentSettingCategory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementIntentUserState> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementIntentUserState) -> Self {
        Self::DeviceManagementIntentUserState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementIntentUserStateSummary>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementIntentUserStateSummary) -> Self {
        Self::DeviceManagementIntentUserStateSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementPartner> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementPartner) -> Self {
        Self::DeviceManagementPartner(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementReportSchedule> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementReportSchedule) -> Self {
        Self::DeviceManagementReportSchedule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementReports> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementReports) -> Self {
        Self::DeviceManagementReports(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementResourceAccessProfileAssignment>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementResourceAccessProfileAssignment) -> Self {
        Self::DeviceManagementResourceAccessProfileAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementResourceAccessProfileBase>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementResourceAccessProfileBase) -> Self {
        Self::DeviceManagementResourceAccessProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementReusablePolicySetting>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementReusablePolicySetting) -> Self {
        Self::DeviceManagementReusablePolicySetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementScript> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementScript) -> Self {
        Self::DeviceManagementScript(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementScriptAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementScriptAssignment) -> Self {
        Self::DeviceManagementScriptAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementScriptDeviceState> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementScriptDeviceState) -> Self {
        Self::DeviceManagementScriptDeviceState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementScriptGroupAssignment>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementScriptGroupAssignment) -> Self {
        Self::DeviceManagementScriptGroupAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementScriptPolicySetItem>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementScriptPolicySetItem) -> Self {
        Self::DeviceManagementScriptPolicySetItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementScriptRunSummary> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementScriptRunSummary) -> Self {
        Self::DeviceManagementScriptRunSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementScriptUserState> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementScriptUserState) -> Self {
        Self::DeviceManagementScriptUserState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementSettingCategory> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementSettingCategory) -> Self {
        Self::DeviceManagementSettingCategory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementSettingDefinition> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementSettingDefinition) -> Self {
        Self::DeviceManagementSettingDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementSettingInstance> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementSettingInstance) -> Self {
        Self::DeviceManagementSettingInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementStringSettingInstance>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementStringSettingInstance) -> Self {
        Self::DeviceManagementStringSettingInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementTemplate) -> Self {
        Self::DeviceManagementTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementTemplateSettingCategory>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementTemplateSettingCategory) -> Self {
        Self::DeviceManagementTemplateSettingCategory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceManagementTroubleshootingEvent>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceManagementTroubleshootingEvent) -> Self {
        Self::DeviceManagementTroubleshootingEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceSetupConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceSetupConfiguration) -> Self {
        Self::DeviceSetupConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DeviceShellScript> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DeviceShellScript) -> Self {
        Self::DeviceShellScript(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Dimension> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Dimension) -> Self {
        Self::Dimension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DimensionValue> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DimensionValue) -> Self {
        Self::DimensionValue(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_directory_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Directory> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Directory) -> Self {
        Self::Directory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_audit_logs_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DirectoryAudit> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DirectoryAudit) -> Self {
        Self::DirectoryAudit(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DirectoryDefinition> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DirectoryDefinition) -> Self {
        Self::DirectoryDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DirectoryObject> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DirectoryObject) -> Self {
        Self::DirectoryObject(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DirectoryObjectPartnerReference> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DirectoryObjectPartnerReference) -> Self {
        Self::DirectoryObjectPartnerReference(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DirectoryRole> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DirectoryRole) -> Self {
        Self::DirectoryRole(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DirectoryRoleAccessReviewPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DirectoryRoleAccessReviewPolicy) -> Self {
        Self::DirectoryRoleAccessReviewPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DirectoryRoleTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DirectoryRoleTemplate) -> Self {
        Self::DirectoryRoleTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_settings)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DirectorySetting> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DirectorySetting) -> Self {
        Self::DirectorySetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DirectorySettingTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DirectorySettingTemplate) -> Self {
        Self::DirectorySettingTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DlpEvaluatePoliciesJobResponse> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DlpEvaluatePoliciesJobResponse) -> Self {
        Self::DlpEvaluatePoliciesJobResponse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Document> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Document) -> Self {
        Self::Document(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DocumentComment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DocumentComment) -> Self {
        Self::DocumentComment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DocumentCommentReply> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DocumentCommentReply) -> Self {
        Self::DocumentCommentReply(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_domains_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Domain> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Domain) -> Self {
        Self::Domain(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DomainDnsCnameRecord> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DomainDnsCnameRecord) -> Self {
        Self::DomainDnsCnameRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DomainDnsMxRecord> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DomainDnsMxRecord) -> Self {
        Self::DomainDnsMxRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DomainDnsRecord> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DomainDnsRecord) -> Self {
        Self::DomainDnsRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DomainDnsSrvRecord> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DomainDnsSrvRecord) -> Self {
        Self::DomainDnsSrvRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DomainDnsTxtRecord> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DomainDnsTxtRecord) -> Self {
        Self::DomainDnsTxtRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DomainDnsUnavailableRecord> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DomainDnsUnavailableRecord) -> Self {
        Self::DomainDnsUnavailableRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DomainSecurityProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DomainSecurityProfile) -> Self {
        Self::DomainSecurityProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Drive> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Drive) -> Self {
        Self::Drive(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DriveItem> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DriveItem) -> Self {
        Self::DriveItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::DriveItemVersion> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::DriveItemVersion) -> Self {
        Self::DriveItemVersion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EBookInstallSummary> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EBookInstallSummary) -> Self {
        Self::EBookInstallSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EasEmailProfileConfigurationBase> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EasEmailProfileConfigurationBase) -> Self {
        Self::EasEmailProfileConfigurationBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ediscovery::AddToReviewSetOperation>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ediscovery::AddToReviewSetOperation) -> Self {
        Self::AddToReviewSetOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ediscovery::Case> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ediscovery::Case) -> Self {
        Self::Case(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ediscovery::CaseExportOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ediscovery::CaseExportOperation) -> Self {
        Self::CaseExportOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ediscovery::CaseIndexOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ediscovery::CaseIndexOperation) -> Self {
        Self::CaseIndexOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ediscovery::CaseOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ediscovery::CaseOperation) -> Self {
        Self::CaseOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ediscovery::Custodian> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ediscovery::Custodian) -> Self {
        Self::Custodian(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ediscovery::DataSource> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ediscovery::DataSource) -> Self {
        Self::DataSource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ediscovery::DataSourceContainer> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ediscovery::DataSourceContainer) -> Self {
        Self::DataSourceContainer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ediscovery::Ediscoveryroot> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ediscovery::Ediscoveryroot) -> Self {
        Self::Ediscoveryroot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ediscovery::EstimateStatisticsOperation>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ediscovery::EstimateStatisticsOperation) -> Self {
        Self::EstimateStatisticsOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ediscovery::LegalHold> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ediscovery::LegalHold) -> Self {
        Self::LegalHold(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ediscovery::NoncustodialDataSource>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ediscovery::NoncustodialDataSource) -> Self {
        Self::NoncustodialDataSource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ediscovery::ReviewSet> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ediscovery::ReviewSet) -> Self {
        Self::ReviewSet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ediscovery::ReviewSetQuery> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ediscovery::ReviewSetQuery) -> Self {
        Self::ReviewSetQuery(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ediscovery::Settings> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ediscovery::Settings) -> Self {
        Self::EdiscoverySettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ediscovery::SiteSource> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ediscovery::SiteSource) -> Self {
        Self::SiteSource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ediscovery::SourceCollection> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ediscovery::SourceCollection) -> Self {
        Self::SourceCollection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ediscovery::Tag> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ediscovery::Tag) -> Self {
        Self::Tag(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ediscovery::TagOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ediscovery::TagOperation) -> Self {
        Self::TagOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ediscovery::UnifiedGroupSource> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ediscovery::UnifiedGroupSource) -> Self {
        Self::UnifiedGroupSource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ediscovery::UserSource> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ediscovery::UserSource) -> Self {
        Self::UserSource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EditionUpgradeConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EditionUpgradeConfiguration) -> Self {
        Self::EditionUpgradeConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EducationAssignment) -> Self {
        Self::EducationAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationAssignmentDefaults> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EducationAssignmentDefaults) -> Self {
        Self::EducationAssignmentDefaults(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationAssignmentResource> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EducationAssignmentResource) -> Self {
        Self::EducationAssignmentResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationAssignmentSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EducationAssignmentSettings) -> Self {
        Self::EducationAssignmentSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationCategory> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EducationCategory) -> Self {
        Self::EducationCategory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationClass> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EducationClass) -> Self {
        Self::EducationClass(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationFeedbackOutcome> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EducationFeedbackOutcome) -> Self {
        Self::EducationFeedbackOutcome(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationOrganization> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EducationOrganization) -> Self {
        Self::EducationOrganization(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationOutcome> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EducationOutcome) -> Self {
        Self::EducationOutcome(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationPointsOutcome> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EducationPointsOutcome) -> Self {
        Self::EducationPointsOutcome(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationRubric> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EducationRubric) -> Self {
        Self::EducationRubric(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationRubricOutcome> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EducationRubricOutcome) -> Self {
        Self::EducationRubricOutcome(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationSchool> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EducationSchool) -> Self {
        Self::EducationSchool(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationSubmission> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EducationSubmission) -> Self {
        Self::EducationSubmission(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationSubmissionResource> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EducationSubmissionResource) -> Self {
        Self::EducationSubmissionResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationSynchronizationError> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EducationSynchronizationError) -> Self {
        Self::EducationSynchronizationError(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationSynchronizationProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EducationSynchronizationProfile) -> Self {
        Self::EducationSynchronizationProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationSynchronizationProfileStatus>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EducationSynchronizationProfileStatus) -> Self {
        Self::EducationSynchronizationProfileStatus(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationUser> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EducationUser) -> Self {
        Self::EducationUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EducationalActivity> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EducationalActivity) -> Self {
        Self::EducationalActivity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_activitystatistics)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EmailActivityStatistics> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EmailActivityStatistics) -> Self {
        Self::EmailActivityStatistics(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EmailActivitySummary> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EmailActivitySummary) -> Self {
        Self::EmailActivitySummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EmailActivityUserDetail> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EmailActivityUserDetail) -> Self {
        Self::EmailActivityUserDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EmailAppUsageAppsUserCounts> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EmailAppUsageAppsUserCounts) -> Self {
        Self::EmailAppUsageAppsUserCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EmailAppUsageUserCounts> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EmailAppUsageUserCounts) -> Self {
        Self::EmailAppUsageUserCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EmailAppUsageUserDetail> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EmailAppUsageUserDetail) -> Self {
        Self::EmailAppUsageUserDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EmailAppUsageVersionsUserCounts> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EmailAppUsageVersionsUserCounts) -> Self {
        Self::EmailAppUsageVersionsUserCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EmailAuthenticationMethod> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EmailAuthenticationMethod) -> Self {
        Self::EmailAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EmailAuthenticationMethodConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EmailAuthenticationMethodConfiguration) -> Self {
        Self::EmailAuthenticationMethodConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EmailFileAssessmentRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EmailFileAssessmentRequest) -> Self {
        Self::EmailFileAssessmentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EmbeddedSimActivationCodePool> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EmbeddedSimActivationCodePool) -> Self {
        Self::EmbeddedSimActivationCodePool(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EmbeddedSimActivationCodePoolAssignment>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EmbeddedSimActivationCodePoolAssignment) -> Self {
        Self::EmbeddedSimActivationCodePoolAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EmbeddedSimDeviceState> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EmbeddedSimDeviceState) -> Self {
        Self::EmbeddedSimDeviceState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Employee> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Employee) -> Self {
        Self::Employee(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Endpoint> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Endpoint) -> Self {
        Self::Endpoint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EnrollmentConfigurationAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EnrollmentConfigurationAssignment) -> Self {
        Self::EnrollmentConfigurationAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EnrollmentProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EnrollmentProfile) -> Self {
        Self::EnrollmentProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EnrollmentRestrictionsConfigurationPolicySetItem>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EnrollmentRestrictionsConfigurationPolicySetItem) -> Self {
        Self::EnrollmentRestrictionsConfigurationPolicySetItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EnrollmentTroubleshootingEvent> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EnrollmentTroubleshootingEvent) -> Self {
        Self::EnrollmentTroubleshootingEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EnterpriseCodeSigningCertificate> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EnterpriseCodeSigningCertificate) -> Self {
        Self::EnterpriseCodeSigningCertificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EntitlementManagement> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EntitlementManagement) -> Self {
        Self::EntitlementManagement(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EntitlementManagementSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EntitlementManagementSettings) -> Self {
        Self::EntitlementManagementSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EvaluateLabelJobResponse> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EvaluateLabelJobResponse) -> Self {
        Self::EvaluateLabelJobResponse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Event> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Event) -> Self {
        Self::Event(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EventMessage> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EventMessage) -> Self {
        Self::EventMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EventMessageRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EventMessageRequest) -> Self {
        Self::EventMessageRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::EventMessageResponse> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::EventMessageResponse) -> Self {
        Self::EventMessageResponse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ExactMatchDataStore> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ExactMatchDataStore) -> Self {
        Self::ExactMatchDataStore(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ExactMatchDataStoreBase> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ExactMatchDataStoreBase) -> Self {
        Self::ExactMatchDataStoreBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ExactMatchJobBase> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ExactMatchJobBase) -> Self {
        Self::ExactMatchJobBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ExactMatchLookupJob> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ExactMatchLookupJob) -> Self {
        Self::ExactMatchLookupJob(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ExactMatchSession> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ExactMatchSession) -> Self {
        Self::ExactMatchSession(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ExactMatchSessionBase> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ExactMatchSessionBase) -> Self {
        Self::ExactMatchSessionBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ExactMatchUploadAgent> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ExactMatchUploadAgent) -> Self {
        Self::ExactMatchUploadAgent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Extension> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Extension) -> Self {
        Self::Extension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ExtensionProperty> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ExtensionProperty) -> Self {
        Self::ExtensionProperty(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::External> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::External) -> Self {
        Self::External(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ExternalConnection> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ExternalConnection) -> Self {
        Self::ExternalConnection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_connections_or_external_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::external_connectors::ConnectionOperation>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::external_connectors::ConnectionOperation) -> Self {
        Self::ExternalConnectorsConnectionOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_connections_or_external_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::external_connectors::ExternalConnection>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::external_connectors::ExternalConnection) -> Self {
        Self::ExternalConnectorsExternalConnection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_connections_or_external_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::external_connectors::ExternalGroup>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::external_connectors::ExternalGroup) -> Self {
        Self::ExternalConnectorsExternalGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_connections_or_external_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::external_connectors::ExternalGroupMember>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::external_connectors::ExternalGroupMember) -> Self {
        Self::ExternalConnectorsExternalGroupMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_connections_or_external_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::external_connectors::ExternalItem> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::external_connectors::ExternalItem) -> Self {
        Self::ExternalConnectorsExternalItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_connections_or_external_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::external_connectors::Schema> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::external_connectors::Schema) -> Self {
        Self::ExternalConnectorsSchema(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ExternalGroup> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ExternalGroup) -> Self {
        Self::ExternalGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ExternalGroupMember> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ExternalGroupMember) -> Self {
        Self::ExternalGroupMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ExternalItem> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ExternalItem) -> Self {
        Self::ExternalItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_directory_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::FeatureRolloutPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::FeatureRolloutPolicy) -> Self {
        Self::FeatureRolloutPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Fido2AuthenticationMethod> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Fido2AuthenticationMethod) -> Self {
        Self::Fido2AuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Fido2AuthenticationMethodConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Fido2AuthenticationMethodConfiguration) -> Self {
        Self::Fido2AuthenticationMethodConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::FieldValueSet> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::FieldValueSet) -> Self {
        Self::FieldValueSet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::FileAssessmentRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::FileAssessmentRequest) -> Self {
        Self::FileAssessmentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::FileAttachment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::FileAttachment) -> Self {
        Self::FileAttachment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::FileClassificationRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::FileClassificationRequest) -> Self {
        Self::FileClassificationRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::FileSecurityProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::FileSecurityProfile) -> Self {
        Self::FileSecurityProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_filter_operators)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::FilterOperatorSchema> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::FilterOperatorSchema) -> Self {
        Self::FilterOperatorSchema(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_activitystatistics)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::FocusActivityStatistics> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::FocusActivityStatistics) -> Self {
        Self::FocusActivityStatistics(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GeneralLedgerEntry> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GeneralLedgerEntry) -> Self {
        Self::GeneralLedgerEntry(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_approval_workflow_providers_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GovernancePolicyTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GovernancePolicyTemplate) -> Self {
        Self::GovernancePolicyTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GovernanceResource> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GovernanceResource) -> Self {
        Self::GovernanceResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GovernanceRoleAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GovernanceRoleAssignment) -> Self {
        Self::GovernanceRoleAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GovernanceRoleAssignmentRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GovernanceRoleAssignmentRequest) -> Self {
        Self::GovernanceRoleAssignmentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GovernanceRoleDefinition> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GovernanceRoleDefinition) -> Self {
        Self::GovernanceRoleDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_4_more
)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GovernanceRoleSetting> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GovernanceRoleSetting) -> Self {
        Self::GovernanceRoleSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(
    msgraph_beta_governance_resources_or_governance_role_assignment_requests_or_governance_role_assignments_and_5_more_80
)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GovernanceSubject> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GovernanceSubject) -> Self {
        Self::GovernanceSubject(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Group> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Group) -> Self {
        Self::Group(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_group_lifecycle_policies)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupLifecyclePolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GroupLifecyclePolicy) -> Self {
        Self::GroupLifecyclePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyCategory> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GroupPolicyCategory) -> Self {
        Self::GroupPolicyCategory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GroupPolicyConfiguration) -> Self {
        Self::GroupPolicyConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyConfigurationAssignment>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GroupPolicyConfigurationAssignment) -> Self {
        Self::GroupPolicyConfigurationAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyDefinition> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GroupPolicyDefinition) -> Self {
        Self::GroupPolicyDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyDefinitionFile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GroupPolicyDefinitionFile) -> Self {
        Self::GroupPolicyDefinitionFile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyDefinitionValue> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GroupPolicyDefinitionValue) -> Self {
        Self::GroupPolicyDefinitionValue(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyMigrationReport> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GroupPolicyMigrationReport) -> Self {
        Self::GroupPolicyMigrationReport(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyObjectFile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GroupPolicyObjectFile) -> Self {
        Self::GroupPolicyObjectFile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GroupPolicyOperation) -> Self {
        Self::GroupPolicyOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentation) -> Self {
        Self::GroupPolicyPresentation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentationCheckBox> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentationCheckBox) -> Self {
        Self::GroupPolicyPresentationCheckBox(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentationComboBox> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentationComboBox) -> Self {
        Self::GroupPolicyPresentationComboBox(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentationDecimalTextBox>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentationDecimalTextBox) -> Self {
        Self::GroupPolicyPresentationDecimalTextBox(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentationDropdownList>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentationDropdownList) -> Self {
        Self::GroupPolicyPresentationDropdownList(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentationListBox> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentationListBox) -> Self {
        Self::GroupPolicyPresentationListBox(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentationLongDecimalTextBox>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentationLongDecimalTextBox) -> Self {
        Self::GroupPolicyPresentationLongDecimalTextBox(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentationMultiTextBox>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentationMultiTextBox) -> Self {
        Self::GroupPolicyPresentationMultiTextBox(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentationText> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentationText) -> Self {
        Self::GroupPolicyPresentationText(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentationTextBox> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentationTextBox) -> Self {
        Self::GroupPolicyPresentationTextBox(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentationValue> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentationValue) -> Self {
        Self::GroupPolicyPresentationValue(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentationValueBoolean>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentationValueBoolean) -> Self {
        Self::GroupPolicyPresentationValueBoolean(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentationValueDecimal>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentationValueDecimal) -> Self {
        Self::GroupPolicyPresentationValueDecimal(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentationValueList> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentationValueList) -> Self {
        Self::GroupPolicyPresentationValueList(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentationValueLongDecimal>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentationValueLongDecimal) -> Self {
        Self::GroupPolicyPresentationValueLongDecimal(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentationValueMultiText>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentationValueMultiText) -> Self {
        Self::GroupPolicyPresentationValueMultiText(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyPresentationValueText> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GroupPolicyPresentationValueText) -> Self {
        Self::GroupPolicyPresentationValueText(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicySettingMapping> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GroupPolicySettingMapping) -> Self {
        Self::GroupPolicySettingMapping(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::GroupPolicyUploadedDefinitionFile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::GroupPolicyUploadedDefinitionFile) -> Self {
        Self::GroupPolicyUploadedDefinitionFile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::HomeRealmDiscoveryPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::HomeRealmDiscoveryPolicy) -> Self {
        Self::HomeRealmDiscoveryPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::HostSecurityProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::HostSecurityProfile) -> Self {
        Self::HostSecurityProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IdentityApiConnector> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IdentityApiConnector) -> Self {
        Self::IdentityApiConnector(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IdentityBuiltInUserFlowAttribute> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IdentityBuiltInUserFlowAttribute) -> Self {
        Self::IdentityBuiltInUserFlowAttribute(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IdentityCustomUserFlowAttribute> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IdentityCustomUserFlowAttribute) -> Self {
        Self::IdentityCustomUserFlowAttribute(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_providers_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IdentityProvider> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IdentityProvider) -> Self {
        Self::IdentityProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IdentityProviderBase> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IdentityProviderBase) -> Self {
        Self::IdentityProviderBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IdentitySecurityDefaultsEnforcementPolicy>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IdentitySecurityDefaultsEnforcementPolicy) -> Self {
        Self::IdentitySecurityDefaultsEnforcementPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IdentityUserFlow> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IdentityUserFlow) -> Self {
        Self::IdentityUserFlow(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IdentityUserFlowAttribute> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IdentityUserFlowAttribute) -> Self {
        Self::IdentityUserFlowAttribute(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IdentityUserFlowAttributeAssignment>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IdentityUserFlowAttributeAssignment) -> Self {
        Self::IdentityUserFlowAttributeAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ImportedAppleDeviceIdentity> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ImportedAppleDeviceIdentity) -> Self {
        Self::ImportedAppleDeviceIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ImportedAppleDeviceIdentityResult> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ImportedAppleDeviceIdentityResult) -> Self {
        Self::ImportedAppleDeviceIdentityResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ImportedDeviceIdentity> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ImportedDeviceIdentity) -> Self {
        Self::ImportedDeviceIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ImportedDeviceIdentityResult> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ImportedDeviceIdentityResult) -> Self {
        Self::ImportedDeviceIdentityResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ImportedWindowsAutopilotDeviceIdentity>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ImportedWindowsAutopilotDeviceIdentity) -> Self {
        Self::ImportedWindowsAutopilotDeviceIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ImportedWindowsAutopilotDeviceIdentityUpload>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ImportedWindowsAutopilotDeviceIdentityUpload) -> Self {
        Self::ImportedWindowsAutopilotDeviceIdentityUpload(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::InferenceClassification> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::InferenceClassification) -> Self {
        Self::InferenceClassification(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::InferenceClassificationOverride> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::InferenceClassificationOverride) -> Self {
        Self::InferenceClassificationOverride(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::InformationProtection> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::InformationProtection) -> Self {
        Self::InformationProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::InformationProtectionLabel> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::InformationProtectionLabel) -> Self {
        Self::InformationProtectionLabel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::InformationProtectionPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::InformationProtectionPolicy) -> Self {
        Self::InformationProtectionPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IntuneBrandingProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IntuneBrandingProfile) -> Self {
        Self::IntuneBrandingProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IntuneBrandingProfileAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IntuneBrandingProfileAssignment) -> Self {
        Self::IntuneBrandingProfileAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_invitations_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Invitation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Invitation) -> Self {
        Self::Invitation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::InviteParticipantsOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::InviteParticipantsOperation) -> Self {
        Self::InviteParticipantsOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosCertificateProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosCertificateProfile) -> Self {
        Self::IosCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosCertificateProfileBase> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosCertificateProfileBase) -> Self {
        Self::IosCertificateProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosCompliancePolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosCompliancePolicy) -> Self {
        Self::IosCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosCustomConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosCustomConfiguration) -> Self {
        Self::IosCustomConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosDerivedCredentialAuthenticationConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosDerivedCredentialAuthenticationConfiguration) -> Self {
        Self::IosDerivedCredentialAuthenticationConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosDeviceFeaturesConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosDeviceFeaturesConfiguration) -> Self {
        Self::IosDeviceFeaturesConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosEasEmailProfileConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosEasEmailProfileConfiguration) -> Self {
        Self::IosEasEmailProfileConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosEduDeviceConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosEduDeviceConfiguration) -> Self {
        Self::IosEduDeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosEducationDeviceConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosEducationDeviceConfiguration) -> Self {
        Self::IosEducationDeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosEnterpriseWiFiConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosEnterpriseWiFiConfiguration) -> Self {
        Self::IosEnterpriseWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosExpeditedCheckinConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosExpeditedCheckinConfiguration) -> Self {
        Self::IosExpeditedCheckinConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosGeneralDeviceConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosGeneralDeviceConfiguration) -> Self {
        Self::IosGeneralDeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosImportedPfxCertificateProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosImportedPfxCertificateProfile) -> Self {
        Self::IosImportedPfxCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosLobApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosLobApp) -> Self {
        Self::IosLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosLobAppProvisioningConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosLobAppProvisioningConfiguration) -> Self {
        Self::IosLobAppProvisioningConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosLobAppProvisioningConfigurationAssignment>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosLobAppProvisioningConfigurationAssignment) -> Self {
        Self::IosLobAppProvisioningConfigurationAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosLobAppProvisioningConfigurationPolicySetItem>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosLobAppProvisioningConfigurationPolicySetItem) -> Self {
        Self::IosLobAppProvisioningConfigurationPolicySetItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosManagedAppProtection> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosManagedAppProtection) -> Self {
        Self::IosManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosManagedAppRegistration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosManagedAppRegistration) -> Self {
        Self::IosManagedAppRegistration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosMobileAppConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosMobileAppConfiguration) -> Self {
        Self::IosMobileAppConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosPkcsCertificateProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosPkcsCertificateProfile) -> Self {
        Self::IosPkcsCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosScepCertificateProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosScepCertificateProfile) -> Self {
        Self::IosScepCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosStoreApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosStoreApp) -> Self {
        Self::IosStoreApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosTrustedRootCertificate> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosTrustedRootCertificate) -> Self {
        Self::IosTrustedRootCertificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosUpdateConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosUpdateConfiguration) -> Self {
        Self::IosUpdateConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosUpdateDeviceStatus> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosUpdateDeviceStatus) -> Self {
        Self::IosUpdateDeviceStatus(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosVpnConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosVpnConfiguration) -> Self {
        Self::IosVpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosVppApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosVppApp) -> Self {
        Self::IosVppApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosVppAppAssignedDeviceLicense> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosVppAppAssignedDeviceLicense) -> Self {
        Self::IosVppAppAssignedDeviceLicense(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosVppAppAssignedLicense> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosVppAppAssignedLicense) -> Self {
        Self::IosVppAppAssignedLicense(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosVppAppAssignedUserLicense> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosVppAppAssignedUserLicense) -> Self {
        Self::IosVppAppAssignedUserLicense(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosVppEBook> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosVppEBook) -> Self {
        Self::IosVppEBook(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosVppEBookAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosVppEBookAssignment) -> Self {
        Self::IosVppEBookAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosWiFiConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosWiFiConfiguration) -> Self {
        Self::IosWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IosikEv2VpnConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IosikEv2VpnConfiguration) -> Self {
        Self::IosikEv2VpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IpNamedLocation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IpNamedLocation) -> Self {
        Self::IpNamedLocation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::IpSecurityProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::IpSecurityProfile) -> Self {
        Self::IpSecurityProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Item> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Item) -> Self {
        Self::Item(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ItemActivity> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ItemActivity) -> Self {
        Self::ItemActivity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ItemActivityOld> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ItemActivityOld) -> Self {
        Self::ItemActivityOld(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ItemActivityStat> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ItemActivityStat) -> Self {
        Self::ItemActivityStat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ItemAddress> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ItemAddress) -> Self {
        Self::ItemAddress(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ItemAnalytics> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ItemAnalytics) -> Self {
        Self::ItemAnalytics(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ItemAttachment> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ItemAttachment) -> Self {
        Self::ItemAttachment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ItemCategory> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ItemCategory) -> Self {
        Self::ItemCategory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ItemEmail> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ItemEmail) -> Self {
        Self::ItemEmail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ItemFacet> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ItemFacet) -> Self {
        Self::ItemFacet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ItemInsights> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ItemInsights) -> Self {
        Self::ItemInsights(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ItemInsightsSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ItemInsightsSettings) -> Self {
        Self::ItemInsightsSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ItemPatent> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ItemPatent) -> Self {
        Self::ItemPatent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ItemPhone> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ItemPhone) -> Self {
        Self::ItemPhone(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ItemPublication> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ItemPublication) -> Self {
        Self::ItemPublication(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::JobResponseBase> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::JobResponseBase) -> Self {
        Self::JobResponseBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::Journal> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::Journal) -> Self {
        Self::Journal(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::JournalLine> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::JournalLine) -> Self {
        Self::JournalLine(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::LanguageProficiency> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::LanguageProficiency) -> Self {
        Self::LanguageProficiency(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::LicenseDetails> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::LicenseDetails) -> Self {
        Self::LicenseDetails(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::LinkedResource> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::LinkedResource) -> Self {
        Self::LinkedResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::List> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::List) -> Self {
        Self::List(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ListItem> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ListItem) -> Self {
        Self::ListItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ListItemVersion> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ListItemVersion) -> Self {
        Self::ListItemVersion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::LocalizedNotificationMessage> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::LocalizedNotificationMessage) -> Self {
        Self::LocalizedNotificationMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::LocationManagementCondition> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::LocationManagementCondition) -> Self {
        Self::LocationManagementCondition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::LongRunningOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::LongRunningOperation) -> Self {
        Self::LongRunningOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::LookupResultRow> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::LookupResultRow) -> Self {
        Self::LookupResultRow(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsCertificateProfileBase> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MacOsCertificateProfileBase) -> Self {
        Self::MacOsCertificateProfileBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsCompliancePolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MacOsCompliancePolicy) -> Self {
        Self::MacOsCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsCustomAppConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MacOsCustomAppConfiguration) -> Self {
        Self::MacOsCustomAppConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsCustomConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MacOsCustomConfiguration) -> Self {
        Self::MacOsCustomConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsDeviceFeaturesConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MacOsDeviceFeaturesConfiguration) -> Self {
        Self::MacOsDeviceFeaturesConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsEndpointProtectionConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MacOsEndpointProtectionConfiguration) -> Self {
        Self::MacOsEndpointProtectionConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsEnterpriseWiFiConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MacOsEnterpriseWiFiConfiguration) -> Self {
        Self::MacOsEnterpriseWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsExtensionsConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MacOsExtensionsConfiguration) -> Self {
        Self::MacOsExtensionsConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsGeneralDeviceConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MacOsGeneralDeviceConfiguration) -> Self {
        Self::MacOsGeneralDeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsImportedPfxCertificateProfile>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MacOsImportedPfxCertificateProfile) -> Self {
        Self::MacOsImportedPfxCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsLobApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MacOsLobApp) -> Self {
        Self::MacOsLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsMdatpApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MacOsMdatpApp) -> Self {
        Self::MacOsMdatpApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsMicrosoftEdgeApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MacOsMicrosoftEdgeApp) -> Self {
        Self::MacOsMicrosoftEdgeApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsOfficeSuiteApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MacOsOfficeSuiteApp) -> Self {
        Self::MacOsOfficeSuiteApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsPkcsCertificateProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MacOsPkcsCertificateProfile) -> Self {
        Self::MacOsPkcsCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsScepCertificateProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MacOsScepCertificateProfile) -> Self {
        Self::MacOsScepCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsSoftwareUpdateAccountSummary> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MacOsSoftwareUpdateAccountSummary) -> Self {
        Self::MacOsSoftwareUpdateAccountSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsSoftwareUpdateCategorySummary>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MacOsSoftwareUpdateCategorySummary) -> Self {
        Self::MacOsSoftwareUpdateCategorySummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsSoftwareUpdateConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MacOsSoftwareUpdateConfiguration) -> Self {
        Self::MacOsSoftwareUpdateConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsSoftwareUpdateStateSummary> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MacOsSoftwareUpdateStateSummary) -> Self {
        Self::MacOsSoftwareUpdateStateSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsTrustedRootCertificate> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MacOsTrustedRootCertificate) -> Self {
        Self::MacOsTrustedRootCertificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsVpnConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MacOsVpnConfiguration) -> Self {
        Self::MacOsVpnConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsWiFiConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MacOsWiFiConfiguration) -> Self {
        Self::MacOsWiFiConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsWiredNetworkConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MacOsWiredNetworkConfiguration) -> Self {
        Self::MacOsWiredNetworkConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsVppApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MacOsVppApp) -> Self {
        Self::MacOsVppApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MacOsVppAppAssignedLicense> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MacOsVppAppAssignedLicense) -> Self {
        Self::MacOsVppAppAssignedLicense(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MailAssessmentRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MailAssessmentRequest) -> Self {
        Self::MailAssessmentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MailFolder> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MailFolder) -> Self {
        Self::MailFolder(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MailSearchFolder> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MailSearchFolder) -> Self {
        Self::MailSearchFolder(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MailboxUsageDetail> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MailboxUsageDetail) -> Self {
        Self::MailboxUsageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MailboxUsageMailboxCounts> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MailboxUsageMailboxCounts) -> Self {
        Self::MailboxUsageMailboxCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MailboxUsageQuotaStatusMailboxCounts>
for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MailboxUsageQuotaStatusMailboxCounts) -> Self {
        Self::MailboxUsageQuotaStatusMailboxCounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MailboxUsageStorage> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MailboxUsageStorage) -> Self {
        Self::MailboxUsageStorage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::MalwareStateForWindowsDevice> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::MalwareStateForWindowsDevice) -> Self {
        Self::MalwareStateForWindowsDevice(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedAllDeviceCertificateState> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagedAllDeviceCertificateState) -> Self {
        Self::ManagedAllDeviceCertificateState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedAndroidLobApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagedAndroidLobApp) -> Self {
        Self::ManagedAndroidLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedAndroidStoreApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagedAndroidStoreApp) -> Self {
        Self::ManagedAndroidStoreApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedApp> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagedApp) -> Self {
        Self::ManagedApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedAppConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagedAppConfiguration) -> Self {
        Self::ManagedAppConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedAppOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagedAppOperation) -> Self {
        Self::ManagedAppOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedAppPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagedAppPolicy) -> Self {
        Self::ManagedAppPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_beta_any_area)]
#[cfg(msgraph_beta_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::beta::ManagedAppPolicyDeploymentSummary> for AnyEntity {
    #[inline]
    fn from(v: crate::beta::ManagedAppPolicyDeploymentSummary) -> Self {
        Self::ManagedAppPolicyDeploymentSummary(::std::boxed::Box::new(v))
    }
}
