//! Types of `microsoft.graph` by the first letters of their names (`entity_4`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_any_area_but_compliance)]
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
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::AadUserConversationMember(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackage(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignment(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentPolicy(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequest(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequestWorkflowExtension(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentWorkflowExtension(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageCatalog(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageMultipleChoiceQuestion(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageQuestion(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResource(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceEnvironment(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceRequest(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceRole(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceRoleScope(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceScope(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageSubject(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageSuggestion(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageTextInputQuestion(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewHistoryDefinition(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewHistoryInstance(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewInstance(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewInstanceDecisionItem(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewReviewer(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewScheduleDefinition(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewSet(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewStage(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::ActivitiesContainer(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::ActivityBasedTimeoutPolicy(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::ActivityHistoryItem(v) => &v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::AddLargeGalleryViewOperation(v) => &v.id,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::AdhocCall(v) => &v.id,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::AdminConsentRequestPolicy(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::AdminMicrosoft365Apps(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::AdminReportSettings(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::AdministrativeUnit(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::AgentIdentity(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::AgentIdentityBlueprint(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::AgentIdentityBlueprintPrincipal(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::AgentUser(v) => &v.id,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::Agreement(v) => &v.id,
            #[cfg(
                msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search
            )]
            Self::AgreementAcceptance(v) => &v.id,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFile(v) => &v.id,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFileLocalization(v) => &v.id,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFileProperties(v) => &v.id,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFileVersion(v) => &v.id,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiInteraction(v) => &v.id,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiInteractionHistory(v) => &v.id,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiOnlineMeeting(v) => &v.id,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiUser(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AkamaiWebApplicationFirewallProvider(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Alert(v) => &v.id,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::AllowedValue(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidCompliancePolicy(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidCustomConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidGeneralDeviceConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::AndroidLobApp(v) => &v.id,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::AndroidManagedAppProtection(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::AndroidManagedAppRegistration(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::AndroidStoreApp(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidWorkProfileCompliancePolicy(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidWorkProfileCustomConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::AnonymousGuestConversationMember(v) => &v.id,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::AppCatalogs(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AppConsentApprovalRoute(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AppConsentRequest(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AppLogCollectionRequest(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::AppManagementPolicy(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::AppRoleAssignment(v) => &v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::AppScope(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.id,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::AppleManagedIdentityProvider(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ApplePushNotificationCertificate(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::Application(v) => &v.id,
            #[cfg(msgraph_v1_application_templates_or_search)]
            Self::ApplicationTemplate(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Approval(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::ApprovalStage(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::ApprovedClientApp(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ArkoseFraudProtectionProvider(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::AssociatedTeamInfo(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::Attachment(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::AttachmentBase(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::AttachmentSession(v) => &v.id,
            #[cfg(msgraph_v1_core_or_security)]
            Self::AttackSimulationOperation(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AttackSimulationRoot(v) => &v.id,
            #[cfg(msgraph_v1_core_or_communications_or_solutions)]
            Self::AttendanceRecord(v) => &v.id,
            #[cfg(msgraph_v1_core_or_functions)]
            Self::AttributeMappingFunctionSchema(v) => &v.id,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::AttributeSet(v) => &v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::AudioRoutingGroup(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AuditEvent(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::Authentication(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::AuthenticationCombinationConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationContextClassReference(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationEventListener(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationEventsFlow(v) => &v.id,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::AuthenticationFlowsPolicy(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::AuthenticationMethod(v) => &v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationMethodModeDetail(v) => &v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodTarget(v) => &v.id,
            #[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
            Self::AuthenticationMethodsPolicy(v) => &v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::AuthenticationMethodsRoot(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::AuthenticationStrengthPolicy(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationStrengthRoot(v) => &v.id,
            #[cfg(msgraph_v1_privacy_or_search_or_security)]
            Self::AuthoredNote(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::AuthorizationPolicy(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AvailableAccessPackage(v) => &v.id,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::AzureCommunicationServicesUserConversationMember(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::B2xIdentityUserFlow(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BackupRestoreRoot(v) => &v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
            Self::BaseItem(v) => &v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::BaseItemVersion(v) => &v.id,
            #[cfg(msgraph_v1_places_or_search)]
            Self::BaseMapFeature(v) => &v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &v.id,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::Bitlocker(v) => &v.id,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::BitlockerRecoveryKey(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingAppointment(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingBusiness(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCurrency(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCustomQuestion(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCustomer(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCustomerBase(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingService(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingStaffMember(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingStaffMemberBase(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BrowseSessionBase(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::BrowserSharedCookie(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::BrowserSite(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::BrowserSiteList(v) => &v.id,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Building(v) => &v.id,
            #[cfg(msgraph_v1_places_or_search)]
            Self::BuildingMap(v) => &v.id,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::BuiltInIdentityProvider(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::BulkUpload(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::CaPoliciesDeletableRoot(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::Calendar(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::CalendarGroup(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::CalendarPermission(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::CalendarSharingMessage(v) => &v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Call(v) => &v.id,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CallAiInsight(v) => &v.id,
            #[cfg(msgraph_v1_search)]
            Self::CallEvent(v) => &v.id,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::CallRecording(v) => &v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CallRecord(v) => &v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Organizer(v) => &v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CallRecordsParticipant(v) => &v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::ParticipantBase(v) => &v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Segment(v) => &v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Session(v) => &v.id,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::CallTranscript(v) => &v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CancelMediaProcessingOperation(v) => &v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::CanvasLayout(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::CertificateAuthorityDetail(v) => &v.id,
            #[cfg(msgraph_v1_core_or_certificate_based_auth_configuration)]
            Self::CertificateBasedAuthConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::CertificateBasedAuthPki(v) => &v.id,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ChangeTrackedEntity(v) => &v.id,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::Channel(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::Chat(v) => &v.id,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ChatMessage(v) => &v.id,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ChatMessageHostedContent(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::ChatMessageInfo(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::ChecklistItem(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::ClaimsMappingPolicy(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::CloudClipboardItem(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::CloudClipboardRoot(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::CloudFlareWebApplicationFirewallProvider(v) => &v.id,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::CloudPc(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcAuditEvent(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcDeviceImage(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcGalleryImage(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcOnPremisesConnection(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcProvisioningPolicy(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcProvisioningPolicyAssignment(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcReport(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcServicePlan(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcUserSetting(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcUserSettingAssignment(v) => &v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
            Self::ColumnDefinition(v) => &v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ColumnLink(v) => &v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CommsOperation(v) => &v.id,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::Community(v) => &v.id,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::CompanySubscription(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ComplianceManagementPartner(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ConditionalAccessRoot(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ConditionalAccessTemplate(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationBaseline(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationDrift(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationManagement(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationMonitor(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationMonitoringResult(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationSnapshotJob(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::ConnectedOrganization(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::Contact(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::ContactFolder(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::ContentActivity(v) => &v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::ContentSharingSession(v) => &v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ContentType(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::Contract(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::ControlConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::Conversation(v) => &v.id,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ConversationMember(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::ConversationThread(v) => &v.id,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdmin(v) => &v.id,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdminCatalog(v) => &v.id,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdminLimitedMode(v) => &v.id,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdminSetting(v) => &v.id,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotPackage(v) => &v.id,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotPackageDetail(v) => &v.id,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotReportRoot(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::CrossTenantAccessPolicy(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::CrossTenantAccessPolicyConfigurationDefault(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::CustomAuthenticationExtension(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::CustomCalloutExtension(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomDataProvidedResource(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomDataProvidedResourceAccessReviewUploadSession(v) => &v.id,
            #[cfg(msgraph_v1_search)]
            Self::CustomDataProvidedResourceFile(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomDataProvidedResourceUploadSession(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomExtensionStageSetting(v) => &v.id,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::CustomSecurityAttributeDefinition(v) => &v.id,
            #[cfg(msgraph_v1_data_policy_operations_or_search)]
            Self::DataPolicyOperation(v) => &v.id,
            #[cfg(msgraph_v1_core_or_security)]
            Self::DataSecurityAndGovernance(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::DayNote(v) => &v.id,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::DefaultManagedAppProtection(v) => &v.id,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminAccessAssignment(v) => &v.id,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminCustomer(v) => &v.id,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminRelationship(v) => &v.id,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminRelationshipOperation(v) => &v.id,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminRelationshipRequest(v) => &v.id,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminServiceManagementDetail(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::DelegatedAdminServiceProviderConstraints(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::DelegatedPermissionClassification(v) => &v.id,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::DeletedChat(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::DeletedItemContainer(v) => &v.id,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::DeletedTeam(v) => &v.id,
            #[cfg(msgraph_v1_search)]
            Self::DeltaParticipants(v) => &v.id,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Desk(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DetectedApp(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::Device(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceAndAppManagementRoleAssignment(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceAndAppManagementRoleDefinition(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::DeviceAppManagement(v) => &v.id,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceCategory(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceActionItem(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceDeviceOverview(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceDeviceStatus(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicy(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicyAssignment(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicyDeviceStateSummary(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicySettingStateSummary(v) => &v.id,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceCompliancePolicyState(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceScheduledActionForRule(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceSettingState(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceUserOverview(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceUserStatus(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationAssignment(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationDeviceOverview(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationDeviceStateSummary(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationDeviceStatus(v) => &v.id,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceConfigurationState(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationUserOverview(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationUserStatus(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentLimitConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::DeviceInstallState(v) => &v.id,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::DeviceLocalCredentialInfo(v) => &v.id,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceLogCollectionResponse(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagement(v) => &v.id,
            #[cfg(msgraph_v1_search)]
            Self::DeviceManagementCachedReportConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementExchangeConnector(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementExportJob(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementPartner(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementReports(v) => &v.id,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceManagementTroubleshootingEvent(v) => &v.id,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::DeviceRegistrationPolicy(v) => &v.id,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::Directory(v) => &v.id,
            #[cfg(msgraph_v1_audit_logs_or_search)]
            Self::DirectoryAudit(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryDefinition(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryObject(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryObjectPartnerReference(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryRole(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryRoleTemplate(v) => &v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::DocumentSetVersion(v) => &v.id,
            #[cfg(msgraph_v1_domains_or_search)]
            Self::Domain(v) => &v.id,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsCnameRecord(v) => &v.id,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsMxRecord(v) => &v.id,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsRecord(v) => &v.id,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsSrvRecord(v) => &v.id,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsTxtRecord(v) => &v.id,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsUnavailableRecord(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItemVersion(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveProtectionRule(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveProtectionUnit(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveProtectionUnitsBulkAdditionJob(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveRestoreArtifact(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::EBookInstallSummary(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::Edge(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::EditionUpgradeConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignment(v) => &v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignmentDefaults(v) => &v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignmentResource(v) => &v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignmentSettings(v) => &v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationCategory(v) => &v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationClass(v) => &v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationFeedbackOutcome(v) => &v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationFeedbackResourceOutcome(v) => &v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationGradingCategory(v) => &v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationGradingScheme(v) => &v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationModule(v) => &v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationModuleResource(v) => &v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationOrganization(v) => &v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationOutcome(v) => &v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationPointsOutcome(v) => &v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationRubric(v) => &v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationRubricOutcome(v) => &v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationSchool(v) => &v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationSubmission(v) => &v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationSubmissionResource(v) => &v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationUser(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::EmailAuthenticationMethod(v) => &v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::EmailAuthenticationMethodConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::EmailFileAssessmentRequest(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::EmailNotificationsSetting(v) => &v.id,
            #[cfg(msgraph_v1_search)]
            Self::EmergencyCallEvent(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::EmployeeExperienceUser(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EndUserNotification(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EndUserNotificationDetail(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::EndUserSettings(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::Endpoint(v) => &v.id,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementAsyncOperation(v) => &v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversation(v) => &v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationDiscussionMessage(v) => &v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationMessage(v) => &v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationMessageReaction(v) => &v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationQuestionMessage(v) => &v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationSystemMessage(v) => &v.id,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementRole(v) => &v.id,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementRoleMember(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::EnrollmentConfigurationAssignment(v) => &v.id,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::EnrollmentTroubleshootingEvent(v) => &v.id,
            #[cfg(msgraph_v1_search)]
            Self::EnterpriseCodeSigningCertificate(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::EntitlementManagement(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::EntitlementManagementSettings(v) => &v.id,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::Recovery(v) => &v.id,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryChangeObjectBase(v) => &v.id,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryJob(v) => &v.id,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryJobBase(v) => &v.id,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryPreviewJob(v) => &v.id,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::Snapshot(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::Event(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::EventMessage(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::EventMessageRequest(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::EventMessageResponse(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ExchangeAdmin(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ExchangeMessageTrace(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ExchangeMessageTraceDetail(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ExchangeProtectionPolicy(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ExchangeRestoreSession(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::ExchangeSettings(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::Extension(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::ExtensionProperty(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::ExternalAuthenticationMethod(v) => &v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::ExternalAuthenticationMethodConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ConnectionOperation(v) => &v.id,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalActivity(v) => &v.id,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalActivityResult(v) => &v.id,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalConnection(v) => &v.id,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalGroup(v) => &v.id,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalItem(v) => &v.id,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalConnectorsIdentity(v) => &v.id,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::Schema(v) => &v.id,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::ExternalDomainName(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ExternalUsersSelfServiceSignUpEventsFlow(v) => &v.id,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::FeatureRolloutPolicy(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::FederatedIdentityCredential(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::FederatedTokenValidationPolicy(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::Fido2AuthenticationMethod(v) => &v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::Fido2AuthenticationMethodConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::Fido2CombinationConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::FieldValueSet(v) => &v.id,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::FileAssessmentRequest(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::FileAttachment(v) => &v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorage(v) => &v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorageContainer(v) => &v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorageContainerType(v) => &v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorageContainerTypeRegistration(v) => &v.id,
            #[cfg(msgraph_v1_core_or_filter_operators)]
            Self::FilterOperatorSchema(v) => &v.id,
            #[cfg(msgraph_v1_places_or_search)]
            Self::FixtureMap(v) => &v.id,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Floor(v) => &v.id,
            #[cfg(msgraph_v1_places_or_search)]
            Self::FootprintMap(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::FraudProtectionProvider(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::GovernanceInsight(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularDriveRestoreArtifact(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularMailboxRestoreArtifact(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularRestoreArtifactBase(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularSiteRestoreArtifact(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::Group(v) => &v.id,
            #[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
            Self::GroupLifecyclePolicy(v) => &v.id,
            #[cfg(msgraph_v1_core_or_group_settings)]
            Self::GroupSetting(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::GroupSettingTemplate(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::HomeRealmDiscoveryPolicy(v) => &v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::HorizontalSection(v) => &v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::HorizontalSectionColumn(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::HumanSecurityFraudProtectionProvider(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityApiConnector(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityBuiltInUserFlowAttribute(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityContainer(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityCustomUserFlowAttribute(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomTaskExtension(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Insights(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::LifecycleManagementSettings(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::LifecycleWorkflowsContainer(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Run(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Task(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TaskDefinition(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TaskProcessingResult(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TaskReport(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserProcessingResult(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::WorkflowTemplate(v) => &v.id,
            #[cfg(msgraph_v1_identity_providers_or_search)]
            Self::IdentityProvider(v) => &v.id,
            #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
            Self::IdentityProviderBase(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityUserFlow(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityUserFlowAttribute(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityUserFlowAttributeAssignment(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityVerifiedIdRoot(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ImportedWindowsAutopilotDeviceIdentity(v) => &v.id,
            #[cfg(msgraph_v1_search)]
            Self::ImportedWindowsAutopilotDeviceIdentityUpload(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::InferenceClassification(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::InferenceClassificationOverride(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::InsightsSettings(v) => &v.id,
            #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
            Self::InternalDomainFederation(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::InternetExplorerMode(v) => &v.id,
            #[cfg(msgraph_v1_invitations_or_search)]
            Self::Invitation(v) => &v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::InviteParticipantsOperation(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosCertificateProfile(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosCompliancePolicy(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosCustomConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosDeviceFeaturesConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosGeneralDeviceConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosLobApp(v) => &v.id,
            #[cfg(msgraph_v1_search)]
            Self::IosLobAppProvisioningConfigurationAssignment(v) => &v.id,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::IosManagedAppProtection(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosManagedAppRegistration(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosMobileAppConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosStoreApp(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosUpdateConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosUpdateDeviceStatus(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosVppApp(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosVppEBook(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosVppEBookAssignment(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosiPadOsWebClip(v) => &v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ItemActivity(v) => &v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ItemActivityStat(v) => &v.id,
            #[cfg(msgraph_v1_core_or_drives_or_sites)]
            Self::ItemAnalytics(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::ItemAttachment(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::ItemInsights(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::ItemRetentionLabel(v) => &v.id,
            #[cfg(msgraph_v1_search)]
            Self::LabelContentRight(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::LandingPage(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::LandingPageDetail(v) => &v.id,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningAssignment(v) => &v.id,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningContent(v) => &v.id,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningCourseActivity(v) => &v.id,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningProvider(v) => &v.id,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningSelfInitiatedCourse(v) => &v.id,
            #[cfg(msgraph_v1_places_or_search)]
            Self::LevelMap(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::LicenseDetails(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::LinkedResource(v) => &v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItemVersion(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::LocalizedNotificationMessage(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::LoginPage(v) => &v.id,
            #[cfg(
                msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more
            )]
            Self::LongRunningOperation(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::M365AppsInstallationOptions(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsCompliancePolicy(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsCustomConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsDmgApp(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsGeneralDeviceConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsLobApp(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsMicrosoftDefenderApp(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsMicrosoftEdgeApp(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsOfficeSuiteApp(v) => &v.id,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::MailAssessmentRequest(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::MailFolder(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::MailSearchFolder(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::Mailbox(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::MailboxFolder(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::MailboxItem(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxProtectionRule(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxProtectionUnit(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxProtectionUnitsBulkAdditionJob(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxRestoreArtifact(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MalwareStateForWindowsDevice(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAndroidLobApp(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAndroidStoreApp(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedApp(v) => &v.id,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppOperation(v) => &v.id,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppPolicy(v) => &v.id,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppPolicyDeploymentSummary(v) => &v.id,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppProtection(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppRegistration(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppStatus(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppStatusRaw(v) => &v.id,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::ManagedDevice(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationAssignment(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceStatus(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceSummary(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserStatus(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserSummary(v) => &v.id,
            #[cfg(msgraph_v1_search)]
            Self::ManagedDeviceOverview(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedEBook(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedEBookAssignment(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedIosLobApp(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedIosStoreApp(v) => &v.id,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedMobileApp(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedMobileLobApp(v) => &v.id,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.id,
            #[cfg(msgraph_v1_core_or_communications_or_solutions)]
            Self::MeetingAttendanceReport(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::MembershipOutlierInsight(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::Message(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::MessageRule(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::MessageTracingRoot(v) => &v.id,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::MicrosoftAccountUserConversationMember(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => &v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(v) => &v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MicrosoftStoreForBusinessApp(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileApp(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppAssignment(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppCategory(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppContent(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppContentFile(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppRelationship(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MobileAppTroubleshootingEvent(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileContainedApp(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileLobApp(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MobileThreatDefenseConnector(v) => &v.id,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::MultiTenantOrganization(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::MultiTenantOrganizationIdentitySyncPolicyTemplate(v) => &v.id,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::MultiTenantOrganizationJoinRequestRecord(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::MultiTenantOrganizationMember(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::MultiTenantOrganizationPartnerConfigurationTemplate(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::MultiValueLegacyExtendedProperty(v) => &v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::MuteParticipantOperation(v) => &v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Notebook(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::NotificationMessageTemplate(v) => &v.id,
            #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
            Self::OAuth2PermissionGrant(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::OfferShiftRequest(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::OfficeGraphInsights(v) => &v.id,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::OidcIdentityProvider(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAttributeCollectionListener(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnAttributeCollectionStartCustomExtension(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAttributeCollectionStartListener(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnAttributeCollectionSubmitCustomExtension(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAttributeCollectionSubmitListener(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAuthenticationMethodLoadStartListener(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnEmailOtpSendListener(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnFraudProtectionLoadStartListener(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnInteractiveAuthFlowStartListener(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnOtpSendCustomExtension(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnPasswordSubmitCustomExtension(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnPasswordSubmitListener(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::OnPremisesConditionalAccessSettings(v) => &v.id,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::OnPremisesDirectorySynchronization(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::OnPremisesSyncBehavior(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnTokenIssuanceStartCustomExtension(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnTokenIssuanceStartListener(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnUserCreateStartListener(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnVerifiedIdClaimValidationListener(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::OneDriveForBusinessBrowseSession(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::OneDriveForBusinessProtectionPolicy(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::OneDriveForBusinessRestoreSession(v) => &v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Onenote(v) => &v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteEntityBaseModel(v) => &v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteEntityHierarchyModel(v) => &v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteEntitySchemaObjectModel(v) => &v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteOperation(v) => &v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenotePage(v) => &v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteResource(v) => &v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteSection(v) => &v.id,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.id,
            #[cfg(msgraph_v1_core_or_communications_or_solutions)]
            Self::OnlineMeetingBase(v) => &v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::OnlineMeetingEngagementConversation(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::OpenShift(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::OpenShiftChangeRequest(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::OpenTypeExtension(v) => &v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Operation(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::OrgContact(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::Organization(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::OrganizationalBranding(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::OrganizationalBrandingLocalization(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::OrganizationalBrandingProperties(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::OutlookCategory(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::OutlookItem(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::OutlookUser(v) => &v.id,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::OwnerlessGroupPolicy(v) => &v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Participant(v) => &v.id,
            #[cfg(msgraph_v1_search)]
            Self::ParticipantJoiningNotification(v) => &v.id,
            #[cfg(msgraph_v1_search)]
            Self::ParticipantLeftNotification(v) => &v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::Partners(v) => &v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::AzureUsage(v) => &v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::BilledReconciliation(v) => &v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::BilledUsage(v) => &v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::Billing(v) => &v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::BillingReconciliation(v) => &v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::ExportSuccessOperation(v) => &v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::FailedOperation(v) => &v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::Manifest(v) => &v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PartnersBillingOperation(v) => &v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::RunningOperation(v) => &v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::UnbilledReconciliation(v) => &v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::UnbilledUsage(v) => &v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::PasskeyAuthenticationMethodTarget(v) => &v.id,
            #[cfg(msgraph_v1_search)]
            Self::PasskeyProfile(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::PasswordAuthenticationMethod(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Payload(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::PeopleAdminSettings(v) => &v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
            Self::Permission(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::PermissionGrantConditionSet(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::PermissionGrantPolicy(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::Person(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::PhoneAuthenticationMethod(v) => &v.id,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::PhoneUserConversationMember(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::PinnedChatMessageInfo(v) => &v.id,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Place(v) => &v.id,
            #[cfg(msgraph_v1_planner_or_search)]
            Self::Planner(v) => &v.id,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerAssignedToTaskBoardTaskFormat(v) => &v.id,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerBucket(v) => &v.id,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerBucketTaskBoardTaskFormat(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::PlannerGroup(v) => &v.id,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerPlan(v) => &v.id,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerPlanDetails(v) => &v.id,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerProgressTaskBoardTaskFormat(v) => &v.id,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerTask(v) => &v.id,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerTaskDetails(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::PlannerUser(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::PlatformCredentialAuthenticationMethod(v) => &v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::PlayPromptOperation(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::PolicyBase(v) => &v.id,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::PolicyRoot(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::PolicyTemplate(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::Post(v) => &v.id,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::Presence(v) => &v.id,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintConnector(v) => &v.id,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrintDocument(v) => &v.id,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrintJob(v) => &v.id,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintOperation(v) => &v.id,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintService(v) => &v.id,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintServiceEndpoint(v) => &v.id,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrintTask(v) => &v.id,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintTaskDefinition(v) => &v.id,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintTaskTrigger(v) => &v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PrintUsage(v) => &v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PrintUsageByPrinter(v) => &v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PrintUsageByUser(v) => &v.id,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &v.id,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrinterBase(v) => &v.id,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrinterCreateOperation(v) => &v.id,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrinterShare(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroup(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleInstance(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleInstance(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessRoot(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessSchedule(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleInstance(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ProfileCardProperty(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::ProfilePhoto(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ProfilePropertySetting(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ProfileSource(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::PronounsSettings(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionPolicyBase(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionRuleBase(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionUnitBase(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionUnitsBulkJobBase(v) => &v.id,
            #[cfg(msgraph_v1_audit_logs_or_search)]
            Self::ProvisioningObjectSummary(v) => &v.id,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::PublicKeyInfrastructureRoot(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::QrCode(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::QrCodePinAuthenticationMethod(v) => &v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::QrCodePinAuthenticationMethodConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::QrPin(v) => &v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::RbacApplication(v) => &v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReadingAssignmentSubmission(v) => &v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReadingCoachPassage(v) => &v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::RecordOperation(v) => &v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::ReferenceAttachment(v) => &v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReflectCheckInResponse(v) => &v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::RelyingPartyDetailedSummary(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::RemoteAssistancePartner(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::RemoteDesktopSecurityConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::RemoteTenantGroup(v) => &v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReportsRoot(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
            Self::Request(v) => &v.id,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::ResellerDelegatedAdminRelationship(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ResourceOperation(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::ResourceSpecificPermissionGrant(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestoreArtifactBase(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestoreArtifactsBulkRequestBase(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestorePoint(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestoreSessionBase(v) => &v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::RichLongRunningOperation(v) => &v.id,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskDetection(v) => &v.id,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyServicePrincipal(v) => &v.id,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyServicePrincipalHistoryItem(v) => &v.id,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyUser(v) => &v.id,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyUserHistoryItem(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::RoleAssignment(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::RoleDefinition(v) => &v.id,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Room(v) => &v.id,
            #[cfg(msgraph_v1_places_or_search)]
            Self::RoomList(v) => &v.id,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SamlOrWsFedExternalDomainFederation(v) => &v.id,
            #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
            Self::SamlOrWsFedProvider(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::Schedule(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::ScheduleChangeRequest(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::SchedulingGroup(v) => &v.id,
            #[cfg(msgraph_v1_schema_extensions_or_search)]
            Self::SchemaExtension(v) => &v.id,
            #[cfg(msgraph_v1_core_or_scoped_role_memberships)]
            Self::ScopedRoleMembership(v) => &v.id,
            #[cfg(msgraph_v1_search)]
            Self::Acronym(v) => &v.id,
            #[cfg(msgraph_v1_search)]
            Self::Bookmark(v) => &v.id,
            #[cfg(msgraph_v1_search)]
            Self::Qna(v) => &v.id,
            #[cfg(msgraph_v1_search)]
            Self::SearchAnswer(v) => &v.id,
            #[cfg(msgraph_v1_search)]
            Self::SearchEntity(v) => &v.id,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Section(v) => &v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SectionGroup(v) => &v.id,
            #[cfg(msgraph_v1_places_or_search)]
            Self::SectionMap(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecureScore(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecureScoreControlProfile(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecurityAlert(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AnalyzedEmail(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Article(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::ArticleIndicator(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Artifact(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuditCoreRoot(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuditLogQuery(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuditLogRecord(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuthorityTemplate(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AutoAuditingConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Case(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CaseOperation(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CasesRoot(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CategoryTemplate(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CitationTemplate(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CollaborationRoot(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::DataSet(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::DataSource(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::DataSourceContainer(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::DepartmentTemplate(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryAddToReviewSetOperation(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCase(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCaseMember(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCaseSettings(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCustodian(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryEstimateOperation(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryExportOperation(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryHoldOperation(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryHoldPolicySyncOperation(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryIndexOperation(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryNoncustodialDataSource(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryPurgeDataOperation(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryReviewSet(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryReviewSetQuery(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryReviewTag(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoverySearch(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoverySearchExportOperation(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryTagOperation(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::FilePlanDescriptor(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::FilePlanDescriptorTemplate(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::FilePlanReferenceTemplate(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HealthIssue(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Host(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostComponent(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostCookie(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostPair(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostPort(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostReputation(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostSslCertificate(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostTracker(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Hostname(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::IdentityAccounts(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecurityIdentityContainer(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Incident(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Indicator(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::IntelligenceProfile(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::IntelligenceProfileIndicator(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::IpAddress(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::LabelsRoot(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::NetworkAdapter(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::PassiveDnsRecord(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::RetentionEvent(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::RetentionEventType(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::RetentionLabel(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Search(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Sensor(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SensorCandidate(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SensorCandidateActivationConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SettingsContainer(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SiteSource(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SslCertificate(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SubcategoryTemplate(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Subdomain(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Tag(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::ThreatIntelligence(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TriggerTypesRoot(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TriggersRoot(v) => &v.id,
            #[cfg(msgraph_v1_search)]
            Self::UnclassifiedArtifact(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::UnifiedGroupSource(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecurityUser(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::UserSource(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Vulnerability(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::VulnerabilityComponent(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::WhoisBaseRecord(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::WhoisHistoryRecord(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::WhoisRecord(v) => &v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::SecurityReportsRoot(v) => &v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::SendDtmfTonesOperation(v) => &v.id,
            #[cfg(msgraph_v1_core_or_security)]
            Self::SensitivityLabel(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceAnnouncement(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceAnnouncementAttachment(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceAnnouncementBase(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ServiceApp(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceHealth(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceHealthIssue(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::ServicePrincipal(v) => &v.id,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::ServicePrincipalRiskDetection(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::ServiceProviderConstraints(v) => &v.id,
            #[cfg(msgraph_v1_core_or_storage)]
            Self::ServiceStorageQuotaBreakdown(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceUpdateMessage(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::SettingStateDeviceSummary(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SharePointBrowseSession(v) => &v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointGroup(v) => &v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointGroupMember(v) => &v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationEvent(v) => &v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationFinishManifestFileUploadEvent(v) => &v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJob(v) => &v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobCancelledEvent(v) => &v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobDeletedEvent(v) => &v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobErrorEvent(v) => &v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobPostponedEvent(v) => &v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobProgressEvent(v) => &v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobQueuedEvent(v) => &v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobStartEvent(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SharePointProtectionPolicy(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SharePointRestoreSession(v) => &v.id,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::SharedInsight(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::SharedPcConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::SharedWithChannelTeamInfo(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::Sharepoint(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::SharepointSettings(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::Shift(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::ShiftPreferences(v) => &v.id,
            #[cfg(msgraph_v1_audit_logs_or_search)]
            Self::SignIn(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Simulation(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SimulationAutomation(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SimulationAutomationRun(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::SingleValueLegacyExtendedProperty(v) => &v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteProtectionRule(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteProtectionUnit(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteProtectionUnitsBulkAdditionJob(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteRestoreArtifact(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => &v.id,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::SkypeForBusinessUserConversationMember(v) => &v.id,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::SkypeUserConversationMember(v) => &v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodConfiguration(v) => &v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodTarget(v) => &v.id,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SocialIdentityProvider(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::SoftwareOathAuthenticationMethod(v) => &v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SoftwareOathAuthenticationMethodConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_search)]
            Self::SoftwareUpdateStatusSummary(v) => &v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::SpeakerAssignmentSubmission(v) => &v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::StandardWebPart(v) => &v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::StartHoldMusicOperation(v) => &v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::StopHoldMusicOperation(v) => &v.id,
            #[cfg(msgraph_v1_core_or_storage)]
            Self::StorageQuotaBreakdown(v) => &v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::StorageSettings(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::StsPolicy(v) => &v.id,
            #[cfg(msgraph_v1_privacy_or_search_or_security)]
            Self::SubjectRightsRequest(v) => &v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::SubscribeToToneOperation(v) => &v.id,
            #[cfg(msgraph_v1_search_or_subscribed_skus)]
            Self::SubscribedSku(v) => &v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
            Self::Subscription(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::SwapShiftsChangeRequest(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::Synchronization(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::SynchronizationJob(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::SynchronizationSchema(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::SynchronizationTemplate(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::TargetDeviceGroup(v) => &v.id,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TargetedChatMessage(v) => &v.id,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::TargetedManagedAppConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::TargetedManagedAppPolicyAssignment(v) => &v.id,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::TargetedManagedAppProtection(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::TaskFileAttachment(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::Team(v) => &v.id,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TeamInfo(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::NumberAssignment(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::PolicyIdentifierDetail(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsAdminRoot(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsPolicyAssignment(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsPolicyUserAssignment(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsUserConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TelephoneNumberLongRunningOperation(v) => &v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TelephoneNumberManagementRoot(v) => &v.id,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::TeamsApp(v) => &v.id,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::TeamsAppDefinition(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::TeamsAppInstallation(v) => &v.id,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::TeamsAppSettings(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::TeamsAsyncOperation(v) => &v.id,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TeamsTab(v) => &v.id,
            #[cfg(msgraph_v1_search_or_teams_templates)]
            Self::TeamsTemplate(v) => &v.id,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::Teamwork(v) => &v.id,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::TeamworkBot(v) => &v.id,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TeamworkHostedContent(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::TeamworkTag(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::TeamworkTagMember(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::TemporaryAccessPassAuthenticationMethod(v) => &v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::TenantAppManagementPolicy(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TenantDataSecurityAndGovernance(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TenantProtectionScopeContainer(v) => &v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::TermStoreGroup(v) => &v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Relation(v) => &v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Set(v) => &v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Store(v) => &v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Term(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::TermsAndConditions(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::TermsAndConditionsAcceptanceStatus(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::TermsAndConditionsAssignment(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TermsOfUseContainer(v) => &v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::TextWebPart(v) => &v.id,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::ThreatAssessmentRequest(v) => &v.id,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::ThreatAssessmentResult(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::ThumbnailSet(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::TimeCard(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::TimeOff(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffReason(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffRequest(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::Todo(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::TodoTask(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::TodoTaskList(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::TokenIssuancePolicy(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::TokenLifetimePolicy(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Training(v) => &v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TrainingLanguageDetail(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::Trending(v) => &v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRbacResourceAction(v) => &v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRbacResourceNamespace(v) => &v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignment(v) => &v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentSchedule(v) => &v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleDefinition(v) => &v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilitySchedule(v) => &v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &v.id,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicy(v) => &v.id,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyApprovalRule(v) => &v.id,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAssignment(v) => &v.id,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAuthenticationContextRule(v) => &v.id,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyEnablementRule(v) => &v.id,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyExpirationRule(v) => &v.id,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyNotificationRule(v) => &v.id,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyRule(v) => &v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleScheduleBase(v) => &v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleScheduleInstanceBase(v) => &v.id,
            #[cfg(msgraph_v1_core_or_storage)]
            Self::UnifiedStorageQuota(v) => &v.id,
            #[cfg(msgraph_v1_places_or_search)]
            Self::UnitMap(v) => &v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::UnmuteParticipantOperation(v) => &v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::UpdateRecordingStatusOperation(v) => &v.id,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::UrlAssessmentRequest(v) => &v.id,
            #[cfg(msgraph_v1_search)]
            Self::UsageRightsIncluded(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::UsedInsight(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::User(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::UserActivity(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::UserDataSecurityAndGovernance(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails(
                v,
            ) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId(
                v,
            ) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthApplicationPerformance(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDeviceModelPerformance(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformance(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformanceDetails(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthOsVersionPerformance(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsBaseline(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsCategory(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDevicePerformance(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceScores(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupHistory(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcess(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcessPerformance(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsMetric(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsMetricHistory(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsModelScores(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsOverview(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsScoreHistory(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereDevice(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric(v) => {
                &v.id
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereMetric(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereModelPerformance(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::UserFlowLanguageConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::UserFlowLanguagePage(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::UserInsightsSettings(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::UserInstallStateSummary(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::UserProtectionScopeContainer(v) => &v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::UserRegistrationDetails(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::UserScopeTeamsAppInstallation(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::UserSettings(v) => &v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserSignInInsight(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::UserSolutionRoot(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::UserStorage(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::UserTeamwork(v) => &v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::VerifiableCredentialAuthenticationMethodTarget(v) => &v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::VerifiableCredentialsAuthenticationMethodConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::VerifiedIdProfile(v) => &v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::VerticalSection(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::VirtualEndpoint(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEvent(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventPresenter(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistration(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationCustomQuestion(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationPredefinedQuestion(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationQuestionBase(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventTownhall(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventTownhallRegistrationConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventWebinar(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventWebinarRegistrationConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventsRoot(v) => &v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::VoiceAuthenticationMethodConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::VppToken(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WebApp(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::WebApplicationFirewallProvider(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::WebApplicationFirewallVerificationModel(v) => &v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::WebPart(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::Win32LobApp(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10CompliancePolicy(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10CustomConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10EndpointProtectionConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10GeneralConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10MobileCompliancePolicy(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10SecureAssessmentConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10TeamGeneralConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows81CompliancePolicy(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows81GeneralConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsAppX(v) => &v.id,
            #[cfg(msgraph_v1_search)]
            Self::WindowsAutopilotDeploymentProfile(v) => &v.id,
            #[cfg(msgraph_v1_search)]
            Self::WindowsAutopilotDeploymentProfileAssignment(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsAutopilotDeviceIdentity(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::WindowsDeviceMalwareState(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => &v.id,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::WindowsInformationProtection(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsInformationProtectionAppLearningSummary(v) => &v.id,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::WindowsInformationProtectionAppLockerFile(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsInformationProtectionNetworkLearningSummary(v) => &v.id,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::WindowsInformationProtectionPolicy(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsMalwareInformation(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsMicrosoftEdgeApp(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsMobileMsi(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsPhone81CompliancePolicy(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsPhone81CustomConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsPhone81GeneralConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::WindowsProtectionState(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::WindowsSetting(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::WindowsSettingInstance(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsUniversalAppX(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsUniversalAppXContainedApp(v) => &v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsUpdateForBusinessConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsWebApp(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::WorkHoursAndLocationsSetting(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::WorkPlanOccurrence(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::WorkPlanRecurrence(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Workbook(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookApplication(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChart(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAreaFormat(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxes(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxis(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxisFormat(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxisTitle(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxisTitleFormat(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartDataLabelFormat(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartDataLabels(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartFill(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartFont(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartGridlines(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartGridlinesFormat(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartLegend(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartLegendFormat(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartLineFormat(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartPoint(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartPointFormat(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartSeries(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartSeriesFormat(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartTitle(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartTitleFormat(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookComment(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookCommentReply(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFilter(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFormatProtection(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFunctionResult(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFunctions(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookNamedItem(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookOperation(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookPivotTable(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRange(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeBorder(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeFill(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeFont(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeFormat(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeSort(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeView(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTable(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTableColumn(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTableRow(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTableSort(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookWorksheet(v) => &v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookWorksheetProtection(v) => &v.id,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &v.id,
            #[cfg(msgraph_v1_core)]
            Self::WorkingTimeSchedule(v) => &v.id,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Workspace(v) => &v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::X509CertificateAuthenticationMethodConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::X509CertificateCombinationConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Entity(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::AadUserConversationMember(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackage(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequestWorkflowExtension(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentWorkflowExtension(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageCatalog(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageMultipleChoiceQuestion(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageQuestion(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResource(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceEnvironment(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceRole(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceRoleScope(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceScope(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageSubject(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageSuggestion(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageTextInputQuestion(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewHistoryDefinition(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewHistoryInstance(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewInstance(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewInstanceDecisionItem(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewReviewer(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewScheduleDefinition(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewSet(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewStage(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::ActivitiesContainer(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::ActivityHistoryItem(v) => &mut v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::AddLargeGalleryViewOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::AdhocCall(v) => &mut v.id,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::AdminConsentRequestPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::AdminMicrosoft365Apps(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::AdminReportSettings(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::AdministrativeUnit(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::AgentIdentity(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::AgentIdentityBlueprint(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::AgentUser(v) => &mut v.id,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::Agreement(v) => &mut v.id,
            #[cfg(
                msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search
            )]
            Self::AgreementAcceptance(v) => &mut v.id,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFile(v) => &mut v.id,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFileLocalization(v) => &mut v.id,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFileProperties(v) => &mut v.id,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFileVersion(v) => &mut v.id,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiInteraction(v) => &mut v.id,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiInteractionHistory(v) => &mut v.id,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiOnlineMeeting(v) => &mut v.id,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiUser(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AkamaiWebApplicationFirewallProvider(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Alert(v) => &mut v.id,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::AllowedValue(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidCompliancePolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidCustomConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidGeneralDeviceConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::AndroidLobApp(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::AndroidManagedAppProtection(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::AndroidManagedAppRegistration(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::AndroidStoreApp(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidWorkProfileCompliancePolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidWorkProfileCustomConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::AnonymousGuestConversationMember(v) => &mut v.id,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::AppCatalogs(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AppConsentApprovalRoute(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AppConsentRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AppLogCollectionRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::AppManagementPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::AppRoleAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::AppScope(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.id,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::AppleManagedIdentityProvider(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ApplePushNotificationCertificate(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::Application(v) => &mut v.id,
            #[cfg(msgraph_v1_application_templates_or_search)]
            Self::ApplicationTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Approval(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::ApprovalStage(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::ApprovedClientApp(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ArkoseFraudProtectionProvider(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::AssociatedTeamInfo(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::Attachment(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::AttachmentBase(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::AttachmentSession(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_security)]
            Self::AttackSimulationOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AttackSimulationRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_communications_or_solutions)]
            Self::AttendanceRecord(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_functions)]
            Self::AttributeMappingFunctionSchema(v) => &mut v.id,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::AttributeSet(v) => &mut v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::AudioRoutingGroup(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AuditEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::Authentication(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::AuthenticationCombinationConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationContextClassReference(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationEventListener(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationEventsFlow(v) => &mut v.id,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::AuthenticationFlowsPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::AuthenticationMethod(v) => &mut v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationMethodModeDetail(v) => &mut v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodTarget(v) => &mut v.id,
            #[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
            Self::AuthenticationMethodsPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::AuthenticationMethodsRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::AuthenticationStrengthPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationStrengthRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_privacy_or_search_or_security)]
            Self::AuthoredNote(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::AuthorizationPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AvailableAccessPackage(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::AzureCommunicationServicesUserConversationMember(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::B2xIdentityUserFlow(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BackupRestoreRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
            Self::BaseItem(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::BaseItemVersion(v) => &mut v.id,
            #[cfg(msgraph_v1_places_or_search)]
            Self::BaseMapFeature(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &mut v.id,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::Bitlocker(v) => &mut v.id,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::BitlockerRecoveryKey(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingAppointment(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingBusiness(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCurrency(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCustomQuestion(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCustomer(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCustomerBase(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingService(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingStaffMember(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingStaffMemberBase(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BrowseSessionBase(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::BrowserSharedCookie(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::BrowserSite(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::BrowserSiteList(v) => &mut v.id,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Building(v) => &mut v.id,
            #[cfg(msgraph_v1_places_or_search)]
            Self::BuildingMap(v) => &mut v.id,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::BuiltInIdentityProvider(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::BulkUpload(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::CaPoliciesDeletableRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::Calendar(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::CalendarGroup(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::CalendarPermission(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::CalendarSharingMessage(v) => &mut v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Call(v) => &mut v.id,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CallAiInsight(v) => &mut v.id,
            #[cfg(msgraph_v1_search)]
            Self::CallEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::CallRecording(v) => &mut v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CallRecord(v) => &mut v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Organizer(v) => &mut v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CallRecordsParticipant(v) => &mut v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::ParticipantBase(v) => &mut v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Segment(v) => &mut v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Session(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::CallTranscript(v) => &mut v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CancelMediaProcessingOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::CanvasLayout(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::CertificateAuthorityDetail(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_certificate_based_auth_configuration)]
            Self::CertificateBasedAuthConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::CertificateBasedAuthPki(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ChangeTrackedEntity(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::Channel(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::Chat(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ChatMessage(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ChatMessageHostedContent(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::ChatMessageInfo(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::ChecklistItem(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::ClaimsMappingPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::CloudClipboardItem(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::CloudClipboardRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::CloudFlareWebApplicationFirewallProvider(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::CloudPc(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcAuditEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcDeviceImage(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcGalleryImage(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcOnPremisesConnection(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcProvisioningPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcProvisioningPolicyAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcReport(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcServicePlan(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcUserSetting(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcUserSettingAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
            Self::ColumnDefinition(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ColumnLink(v) => &mut v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CommsOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::Community(v) => &mut v.id,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::CompanySubscription(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ComplianceManagementPartner(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ConditionalAccessRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ConditionalAccessTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationBaseline(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationDrift(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationManagement(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationMonitor(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationMonitoringResult(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationSnapshotJob(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::ConnectedOrganization(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::Contact(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::ContactFolder(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::ContentActivity(v) => &mut v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::ContentSharingSession(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ContentType(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::Contract(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::ControlConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::Conversation(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ConversationMember(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::ConversationThread(v) => &mut v.id,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdmin(v) => &mut v.id,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdminCatalog(v) => &mut v.id,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdminLimitedMode(v) => &mut v.id,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdminSetting(v) => &mut v.id,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotPackage(v) => &mut v.id,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotPackageDetail(v) => &mut v.id,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotReportRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::CrossTenantAccessPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::CrossTenantAccessPolicyConfigurationDefault(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::CustomAuthenticationExtension(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::CustomCalloutExtension(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomDataProvidedResource(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomDataProvidedResourceAccessReviewUploadSession(v) => &mut v.id,
            #[cfg(msgraph_v1_search)]
            Self::CustomDataProvidedResourceFile(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomDataProvidedResourceUploadSession(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomExtensionStageSetting(v) => &mut v.id,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::CustomSecurityAttributeDefinition(v) => &mut v.id,
            #[cfg(msgraph_v1_data_policy_operations_or_search)]
            Self::DataPolicyOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_security)]
            Self::DataSecurityAndGovernance(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::DayNote(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::DefaultManagedAppProtection(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminAccessAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminCustomer(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminRelationship(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminRelationshipOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminRelationshipRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminServiceManagementDetail(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::DelegatedAdminServiceProviderConstraints(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::DelegatedPermissionClassification(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::DeletedChat(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::DeletedItemContainer(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::DeletedTeam(v) => &mut v.id,
            #[cfg(msgraph_v1_search)]
            Self::DeltaParticipants(v) => &mut v.id,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Desk(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DetectedApp(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::Device(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceAndAppManagementRoleAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceAndAppManagementRoleDefinition(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::DeviceAppManagement(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceCategory(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceActionItem(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceDeviceOverview(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceDeviceStatus(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicyAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicyDeviceStateSummary(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicySettingStateSummary(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceCompliancePolicyState(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceScheduledActionForRule(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceSettingState(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceUserOverview(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceUserStatus(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationDeviceOverview(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationDeviceStateSummary(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationDeviceStatus(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceConfigurationState(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationUserOverview(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationUserStatus(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentLimitConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::DeviceInstallState(v) => &mut v.id,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::DeviceLocalCredentialInfo(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceLogCollectionResponse(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagement(v) => &mut v.id,
            #[cfg(msgraph_v1_search)]
            Self::DeviceManagementCachedReportConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementExchangeConnector(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementExportJob(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementPartner(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementReports(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceManagementTroubleshootingEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::DeviceRegistrationPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::Directory(v) => &mut v.id,
            #[cfg(msgraph_v1_audit_logs_or_search)]
            Self::DirectoryAudit(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryDefinition(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryObject(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryObjectPartnerReference(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryRole(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryRoleTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::DocumentSetVersion(v) => &mut v.id,
            #[cfg(msgraph_v1_domains_or_search)]
            Self::Domain(v) => &mut v.id,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsCnameRecord(v) => &mut v.id,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsMxRecord(v) => &mut v.id,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsRecord(v) => &mut v.id,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsSrvRecord(v) => &mut v.id,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsTxtRecord(v) => &mut v.id,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsUnavailableRecord(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItemVersion(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveProtectionRule(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveProtectionUnit(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveProtectionUnitsBulkAdditionJob(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveRestoreArtifact(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::EBookInstallSummary(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::Edge(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::EditionUpgradeConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignmentDefaults(v) => &mut v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignmentResource(v) => &mut v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignmentSettings(v) => &mut v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationCategory(v) => &mut v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationClass(v) => &mut v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationFeedbackOutcome(v) => &mut v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationFeedbackResourceOutcome(v) => &mut v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationGradingCategory(v) => &mut v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationGradingScheme(v) => &mut v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationModule(v) => &mut v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationModuleResource(v) => &mut v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationOrganization(v) => &mut v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationOutcome(v) => &mut v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationPointsOutcome(v) => &mut v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationRubric(v) => &mut v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationRubricOutcome(v) => &mut v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationSchool(v) => &mut v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationSubmission(v) => &mut v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationSubmissionResource(v) => &mut v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationUser(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::EmailAuthenticationMethod(v) => &mut v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::EmailAuthenticationMethodConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::EmailFileAssessmentRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::EmailNotificationsSetting(v) => &mut v.id,
            #[cfg(msgraph_v1_search)]
            Self::EmergencyCallEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::EmployeeExperienceUser(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EndUserNotification(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EndUserNotificationDetail(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::EndUserSettings(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::Endpoint(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementAsyncOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversation(v) => &mut v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationDiscussionMessage(v) => &mut v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationMessage(v) => &mut v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationMessageReaction(v) => &mut v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationQuestionMessage(v) => &mut v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationSystemMessage(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementRole(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementRoleMember(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::EnrollmentConfigurationAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::EnrollmentTroubleshootingEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_search)]
            Self::EnterpriseCodeSigningCertificate(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::EntitlementManagement(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::EntitlementManagementSettings(v) => &mut v.id,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::Recovery(v) => &mut v.id,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryChangeObjectBase(v) => &mut v.id,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryJob(v) => &mut v.id,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryJobBase(v) => &mut v.id,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryPreviewJob(v) => &mut v.id,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::Snapshot(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::Event(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::EventMessage(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::EventMessageRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::EventMessageResponse(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ExchangeAdmin(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ExchangeMessageTrace(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ExchangeMessageTraceDetail(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ExchangeProtectionPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ExchangeRestoreSession(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::ExchangeSettings(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::Extension(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::ExtensionProperty(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::ExternalAuthenticationMethod(v) => &mut v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::ExternalAuthenticationMethodConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ConnectionOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalActivity(v) => &mut v.id,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalActivityResult(v) => &mut v.id,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalConnection(v) => &mut v.id,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalGroup(v) => &mut v.id,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalItem(v) => &mut v.id,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalConnectorsIdentity(v) => &mut v.id,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::Schema(v) => &mut v.id,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::ExternalDomainName(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ExternalUsersSelfServiceSignUpEventsFlow(v) => &mut v.id,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::FeatureRolloutPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::FederatedIdentityCredential(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::FederatedTokenValidationPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::Fido2AuthenticationMethod(v) => &mut v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::Fido2AuthenticationMethodConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::Fido2CombinationConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::FieldValueSet(v) => &mut v.id,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::FileAssessmentRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::FileAttachment(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorage(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorageContainer(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorageContainerType(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorageContainerTypeRegistration(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_filter_operators)]
            Self::FilterOperatorSchema(v) => &mut v.id,
            #[cfg(msgraph_v1_places_or_search)]
            Self::FixtureMap(v) => &mut v.id,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Floor(v) => &mut v.id,
            #[cfg(msgraph_v1_places_or_search)]
            Self::FootprintMap(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::FraudProtectionProvider(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::GovernanceInsight(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularDriveRestoreArtifact(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularMailboxRestoreArtifact(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularRestoreArtifactBase(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularSiteRestoreArtifact(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::Group(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
            Self::GroupLifecyclePolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_group_settings)]
            Self::GroupSetting(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::GroupSettingTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::HorizontalSection(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::HorizontalSectionColumn(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::HumanSecurityFraudProtectionProvider(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityApiConnector(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityBuiltInUserFlowAttribute(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityContainer(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityCustomUserFlowAttribute(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomTaskExtension(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Insights(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::LifecycleManagementSettings(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::LifecycleWorkflowsContainer(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Run(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Task(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TaskDefinition(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TaskProcessingResult(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TaskReport(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserProcessingResult(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::WorkflowTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_providers_or_search)]
            Self::IdentityProvider(v) => &mut v.id,
            #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
            Self::IdentityProviderBase(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityUserFlow(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityUserFlowAttribute(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityUserFlowAttributeAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityVerifiedIdRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ImportedWindowsAutopilotDeviceIdentity(v) => &mut v.id,
            #[cfg(msgraph_v1_search)]
            Self::ImportedWindowsAutopilotDeviceIdentityUpload(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::InferenceClassification(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::InferenceClassificationOverride(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::InsightsSettings(v) => &mut v.id,
            #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
            Self::InternalDomainFederation(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::InternetExplorerMode(v) => &mut v.id,
            #[cfg(msgraph_v1_invitations_or_search)]
            Self::Invitation(v) => &mut v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::InviteParticipantsOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosCertificateProfile(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosCompliancePolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosCustomConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosGeneralDeviceConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosLobApp(v) => &mut v.id,
            #[cfg(msgraph_v1_search)]
            Self::IosLobAppProvisioningConfigurationAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::IosManagedAppProtection(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosManagedAppRegistration(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosMobileAppConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosStoreApp(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosUpdateConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosUpdateDeviceStatus(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosVppApp(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosVppEBook(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosVppEBookAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosiPadOsWebClip(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ItemActivity(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ItemActivityStat(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_drives_or_sites)]
            Self::ItemAnalytics(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::ItemAttachment(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::ItemInsights(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::ItemRetentionLabel(v) => &mut v.id,
            #[cfg(msgraph_v1_search)]
            Self::LabelContentRight(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::LandingPage(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::LandingPageDetail(v) => &mut v.id,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningContent(v) => &mut v.id,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningCourseActivity(v) => &mut v.id,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningProvider(v) => &mut v.id,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningSelfInitiatedCourse(v) => &mut v.id,
            #[cfg(msgraph_v1_places_or_search)]
            Self::LevelMap(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::LicenseDetails(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::LinkedResource(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItemVersion(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::LocalizedNotificationMessage(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::LoginPage(v) => &mut v.id,
            #[cfg(
                msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more
            )]
            Self::LongRunningOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::M365AppsInstallationOptions(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsCompliancePolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsCustomConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsDmgApp(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsGeneralDeviceConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsLobApp(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsMicrosoftDefenderApp(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsOfficeSuiteApp(v) => &mut v.id,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::MailAssessmentRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::MailFolder(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::MailSearchFolder(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::Mailbox(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::MailboxFolder(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::MailboxItem(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxProtectionRule(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxProtectionUnit(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxProtectionUnitsBulkAdditionJob(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxRestoreArtifact(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MalwareStateForWindowsDevice(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAndroidLobApp(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAndroidStoreApp(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedApp(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppPolicyDeploymentSummary(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppProtection(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppRegistration(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppStatus(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppStatusRaw(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::ManagedDevice(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceStatus(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceSummary(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserStatus(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserSummary(v) => &mut v.id,
            #[cfg(msgraph_v1_search)]
            Self::ManagedDeviceOverview(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedEBook(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedEBookAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedIosLobApp(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedIosStoreApp(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedMobileApp(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedMobileLobApp(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_communications_or_solutions)]
            Self::MeetingAttendanceReport(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::MembershipOutlierInsight(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::Message(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::MessageRule(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::MessageTracingRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::MicrosoftAccountUserConversationMember(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => &mut v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(v) => &mut v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileApp(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppCategory(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppContent(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppContentFile(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppRelationship(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MobileAppTroubleshootingEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileContainedApp(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileLobApp(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MobileThreatDefenseConnector(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::MultiTenantOrganization(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::MultiTenantOrganizationIdentitySyncPolicyTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::MultiTenantOrganizationJoinRequestRecord(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::MultiTenantOrganizationMember(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::MultiTenantOrganizationPartnerConfigurationTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::MultiValueLegacyExtendedProperty(v) => &mut v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::MuteParticipantOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Notebook(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::NotificationMessageTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
            Self::OAuth2PermissionGrant(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::OfferShiftRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::OfficeGraphInsights(v) => &mut v.id,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::OidcIdentityProvider(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAttributeCollectionListener(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnAttributeCollectionStartCustomExtension(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAttributeCollectionStartListener(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnAttributeCollectionSubmitCustomExtension(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAttributeCollectionSubmitListener(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAuthenticationMethodLoadStartListener(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnEmailOtpSendListener(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnFraudProtectionLoadStartListener(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnInteractiveAuthFlowStartListener(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnOtpSendCustomExtension(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnPasswordSubmitCustomExtension(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnPasswordSubmitListener(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::OnPremisesConditionalAccessSettings(v) => &mut v.id,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::OnPremisesDirectorySynchronization(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::OnPremisesSyncBehavior(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnTokenIssuanceStartCustomExtension(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnTokenIssuanceStartListener(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnUserCreateStartListener(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnVerifiedIdClaimValidationListener(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::OneDriveForBusinessBrowseSession(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::OneDriveForBusinessProtectionPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::OneDriveForBusinessRestoreSession(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Onenote(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteEntityBaseModel(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteEntityHierarchyModel(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteEntitySchemaObjectModel(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenotePage(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteResource(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteSection(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_communications_or_solutions)]
            Self::OnlineMeetingBase(v) => &mut v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::OnlineMeetingEngagementConversation(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::OpenShift(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::OpenShiftChangeRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::OpenTypeExtension(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Operation(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::OrgContact(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::Organization(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::OrganizationalBranding(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::OrganizationalBrandingLocalization(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::OrganizationalBrandingProperties(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::OutlookCategory(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::OutlookItem(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::OutlookUser(v) => &mut v.id,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::OwnerlessGroupPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Participant(v) => &mut v.id,
            #[cfg(msgraph_v1_search)]
            Self::ParticipantJoiningNotification(v) => &mut v.id,
            #[cfg(msgraph_v1_search)]
            Self::ParticipantLeftNotification(v) => &mut v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::Partners(v) => &mut v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::AzureUsage(v) => &mut v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::BilledReconciliation(v) => &mut v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::BilledUsage(v) => &mut v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::Billing(v) => &mut v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::BillingReconciliation(v) => &mut v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::ExportSuccessOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::FailedOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::Manifest(v) => &mut v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PartnersBillingOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::RunningOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::UnbilledReconciliation(v) => &mut v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::UnbilledUsage(v) => &mut v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::PasskeyAuthenticationMethodTarget(v) => &mut v.id,
            #[cfg(msgraph_v1_search)]
            Self::PasskeyProfile(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::PasswordAuthenticationMethod(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Payload(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::PeopleAdminSettings(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
            Self::Permission(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::PermissionGrantConditionSet(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::PermissionGrantPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::Person(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::PhoneAuthenticationMethod(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::PhoneUserConversationMember(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::PinnedChatMessageInfo(v) => &mut v.id,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Place(v) => &mut v.id,
            #[cfg(msgraph_v1_planner_or_search)]
            Self::Planner(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerAssignedToTaskBoardTaskFormat(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerBucket(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerBucketTaskBoardTaskFormat(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::PlannerGroup(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerPlan(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerPlanDetails(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerProgressTaskBoardTaskFormat(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerTask(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerTaskDetails(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::PlannerUser(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::PlatformCredentialAuthenticationMethod(v) => &mut v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::PlayPromptOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::PolicyBase(v) => &mut v.id,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::PolicyRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::PolicyTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::Post(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::Presence(v) => &mut v.id,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintConnector(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrintDocument(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrintJob(v) => &mut v.id,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintService(v) => &mut v.id,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintServiceEndpoint(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrintTask(v) => &mut v.id,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintTaskDefinition(v) => &mut v.id,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintTaskTrigger(v) => &mut v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PrintUsage(v) => &mut v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PrintUsageByPrinter(v) => &mut v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PrintUsageByUser(v) => &mut v.id,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrinterBase(v) => &mut v.id,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrinterCreateOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrinterShare(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroup(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleInstance(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleInstance(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessSchedule(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleInstance(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ProfileCardProperty(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::ProfilePhoto(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ProfilePropertySetting(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ProfileSource(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::PronounsSettings(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionPolicyBase(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionRuleBase(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionUnitBase(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionUnitsBulkJobBase(v) => &mut v.id,
            #[cfg(msgraph_v1_audit_logs_or_search)]
            Self::ProvisioningObjectSummary(v) => &mut v.id,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::PublicKeyInfrastructureRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::QrCode(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::QrCodePinAuthenticationMethod(v) => &mut v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::QrCodePinAuthenticationMethodConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::QrPin(v) => &mut v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::RbacApplication(v) => &mut v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReadingAssignmentSubmission(v) => &mut v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReadingCoachPassage(v) => &mut v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::RecordOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::ReferenceAttachment(v) => &mut v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReflectCheckInResponse(v) => &mut v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::RelyingPartyDetailedSummary(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::RemoteAssistancePartner(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::RemoteDesktopSecurityConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::RemoteTenantGroup(v) => &mut v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReportsRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
            Self::Request(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::ResellerDelegatedAdminRelationship(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ResourceOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::ResourceSpecificPermissionGrant(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestoreArtifactBase(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestoreArtifactsBulkRequestBase(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestorePoint(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestoreSessionBase(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::RichLongRunningOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskDetection(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyServicePrincipal(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyServicePrincipalHistoryItem(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyUser(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyUserHistoryItem(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::RoleAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::RoleDefinition(v) => &mut v.id,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Room(v) => &mut v.id,
            #[cfg(msgraph_v1_places_or_search)]
            Self::RoomList(v) => &mut v.id,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SamlOrWsFedExternalDomainFederation(v) => &mut v.id,
            #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
            Self::SamlOrWsFedProvider(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::Schedule(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::ScheduleChangeRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::SchedulingGroup(v) => &mut v.id,
            #[cfg(msgraph_v1_schema_extensions_or_search)]
            Self::SchemaExtension(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_scoped_role_memberships)]
            Self::ScopedRoleMembership(v) => &mut v.id,
            #[cfg(msgraph_v1_search)]
            Self::Acronym(v) => &mut v.id,
            #[cfg(msgraph_v1_search)]
            Self::Bookmark(v) => &mut v.id,
            #[cfg(msgraph_v1_search)]
            Self::Qna(v) => &mut v.id,
            #[cfg(msgraph_v1_search)]
            Self::SearchAnswer(v) => &mut v.id,
            #[cfg(msgraph_v1_search)]
            Self::SearchEntity(v) => &mut v.id,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Section(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SectionGroup(v) => &mut v.id,
            #[cfg(msgraph_v1_places_or_search)]
            Self::SectionMap(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecureScore(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecureScoreControlProfile(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecurityAlert(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AnalyzedEmail(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Article(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::ArticleIndicator(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Artifact(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuditCoreRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuditLogQuery(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuditLogRecord(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuthorityTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AutoAuditingConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Case(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CaseOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CasesRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CategoryTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CitationTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CollaborationRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::DataSet(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::DataSource(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::DataSourceContainer(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::DepartmentTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryAddToReviewSetOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCase(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCaseMember(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCaseSettings(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCustodian(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryEstimateOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryExportOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryHoldOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryHoldPolicySyncOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryIndexOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryNoncustodialDataSource(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryPurgeDataOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryReviewSet(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryReviewSetQuery(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryReviewTag(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoverySearch(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoverySearchExportOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryTagOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::FilePlanDescriptor(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::FilePlanDescriptorTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::FilePlanReferenceTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HealthIssue(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Host(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostComponent(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostCookie(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostPair(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostPort(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostReputation(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostSslCertificate(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostTracker(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Hostname(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::IdentityAccounts(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecurityIdentityContainer(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Incident(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Indicator(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::IntelligenceProfile(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::IntelligenceProfileIndicator(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::IpAddress(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::LabelsRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::NetworkAdapter(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::PassiveDnsRecord(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::RetentionEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::RetentionEventType(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::RetentionLabel(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Search(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Sensor(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SensorCandidate(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SensorCandidateActivationConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SettingsContainer(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SiteSource(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SslCertificate(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SubcategoryTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Subdomain(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Tag(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::ThreatIntelligence(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TriggerTypesRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TriggersRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_search)]
            Self::UnclassifiedArtifact(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::UnifiedGroupSource(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecurityUser(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::UserSource(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Vulnerability(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::VulnerabilityComponent(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::WhoisBaseRecord(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::WhoisHistoryRecord(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::WhoisRecord(v) => &mut v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::SecurityReportsRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::SendDtmfTonesOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_security)]
            Self::SensitivityLabel(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceAnnouncement(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceAnnouncementAttachment(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceAnnouncementBase(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ServiceApp(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceHealth(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceHealthIssue(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::ServicePrincipal(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::ServicePrincipalRiskDetection(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::ServiceProviderConstraints(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_storage)]
            Self::ServiceStorageQuotaBreakdown(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceUpdateMessage(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::SettingStateDeviceSummary(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SharePointBrowseSession(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointGroup(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointGroupMember(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationFinishManifestFileUploadEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJob(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobCancelledEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobDeletedEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobErrorEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobPostponedEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobProgressEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobQueuedEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobStartEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SharePointProtectionPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SharePointRestoreSession(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::SharedInsight(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::SharedPcConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::SharedWithChannelTeamInfo(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::Sharepoint(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::SharepointSettings(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::Shift(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::ShiftPreferences(v) => &mut v.id,
            #[cfg(msgraph_v1_audit_logs_or_search)]
            Self::SignIn(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Simulation(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SimulationAutomation(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SimulationAutomationRun(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::SingleValueLegacyExtendedProperty(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteProtectionRule(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteProtectionUnit(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteProtectionUnitsBulkAdditionJob(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteRestoreArtifact(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::SkypeForBusinessUserConversationMember(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::SkypeUserConversationMember(v) => &mut v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodConfiguration(v) => &mut v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodTarget(v) => &mut v.id,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SocialIdentityProvider(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::SoftwareOathAuthenticationMethod(v) => &mut v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SoftwareOathAuthenticationMethodConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_search)]
            Self::SoftwareUpdateStatusSummary(v) => &mut v.id,
            #[cfg(msgraph_v1_education_or_search)]
            Self::SpeakerAssignmentSubmission(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::StandardWebPart(v) => &mut v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::StartHoldMusicOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::StopHoldMusicOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_storage)]
            Self::StorageQuotaBreakdown(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::StorageSettings(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::StsPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_privacy_or_search_or_security)]
            Self::SubjectRightsRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::SubscribeToToneOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_subscribed_skus)]
            Self::SubscribedSku(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
            Self::Subscription(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::SwapShiftsChangeRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::Synchronization(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::SynchronizationJob(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::SynchronizationSchema(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::SynchronizationTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::TargetDeviceGroup(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TargetedChatMessage(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::TargetedManagedAppConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::TargetedManagedAppPolicyAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::TargetedManagedAppProtection(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::TaskFileAttachment(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::Team(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TeamInfo(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::NumberAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::PolicyIdentifierDetail(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsAdminRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsPolicyAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsPolicyUserAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsUserConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TelephoneNumberLongRunningOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TelephoneNumberManagementRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::TeamsApp(v) => &mut v.id,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::TeamsAppDefinition(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::TeamsAppInstallation(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::TeamsAppSettings(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::TeamsAsyncOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TeamsTab(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_teams_templates)]
            Self::TeamsTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::Teamwork(v) => &mut v.id,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::TeamworkBot(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TeamworkHostedContent(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::TeamworkTag(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::TeamworkTagMember(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::TemporaryAccessPassAuthenticationMethod(v) => &mut v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::TenantAppManagementPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TenantDataSecurityAndGovernance(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TenantProtectionScopeContainer(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::TermStoreGroup(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Relation(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Set(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Store(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Term(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::TermsAndConditions(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::TermsAndConditionsAcceptanceStatus(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::TermsAndConditionsAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TermsOfUseContainer(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::TextWebPart(v) => &mut v.id,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::ThreatAssessmentRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::ThreatAssessmentResult(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::ThumbnailSet(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::TimeCard(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::TimeOff(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffReason(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::Todo(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::TodoTask(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::TodoTaskList(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::TokenIssuancePolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::TokenLifetimePolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Training(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TrainingLanguageDetail(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::Trending(v) => &mut v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRbacResourceAction(v) => &mut v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRbacResourceNamespace(v) => &mut v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentSchedule(v) => &mut v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &mut v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleDefinition(v) => &mut v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilitySchedule(v) => &mut v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &mut v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyApprovalRule(v) => &mut v.id,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAuthenticationContextRule(v) => &mut v.id,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyEnablementRule(v) => &mut v.id,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyExpirationRule(v) => &mut v.id,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyNotificationRule(v) => &mut v.id,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyRule(v) => &mut v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleScheduleBase(v) => &mut v.id,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleScheduleInstanceBase(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_storage)]
            Self::UnifiedStorageQuota(v) => &mut v.id,
            #[cfg(msgraph_v1_places_or_search)]
            Self::UnitMap(v) => &mut v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::UnmuteParticipantOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::UpdateRecordingStatusOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::UrlAssessmentRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_search)]
            Self::UsageRightsIncluded(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::UsedInsight(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::User(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::UserActivity(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::UserDataSecurityAndGovernance(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails(
                v,
            ) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId(
                v,
            ) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion(v) => {
                &mut v.id
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthApplicationPerformance(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDeviceModelPerformance(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformance(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformanceDetails(v) => {
                &mut v.id
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthOsVersionPerformance(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsBaseline(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsCategory(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDevicePerformance(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceScores(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupHistory(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcess(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcessPerformance(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsMetric(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsMetricHistory(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsModelScores(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsOverview(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsScoreHistory(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereDevice(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric(v) => {
                &mut v.id
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereMetric(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereModelPerformance(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::UserFlowLanguageConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::UserFlowLanguagePage(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::UserInsightsSettings(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::UserInstallStateSummary(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::UserProtectionScopeContainer(v) => &mut v.id,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::UserRegistrationDetails(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::UserScopeTeamsAppInstallation(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::UserSettings(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserSignInInsight(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::UserSolutionRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::UserStorage(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::UserTeamwork(v) => &mut v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::VerifiableCredentialAuthenticationMethodTarget(v) => &mut v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::VerifiableCredentialsAuthenticationMethodConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::VerifiedIdProfile(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::VerticalSection(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::VirtualEndpoint(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventPresenter(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistration(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationCustomQuestion(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationPredefinedQuestion(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationQuestionBase(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventTownhall(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventTownhallRegistrationConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventWebinar(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventWebinarRegistrationConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventsRoot(v) => &mut v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::VoiceAuthenticationMethodConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::VppToken(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WebApp(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::WebApplicationFirewallProvider(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::WebApplicationFirewallVerificationModel(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::WebPart(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::Win32LobApp(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10CompliancePolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10CustomConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10EndpointProtectionConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10GeneralConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10MobileCompliancePolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10SecureAssessmentConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10TeamGeneralConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows81CompliancePolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows81GeneralConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsAppX(v) => &mut v.id,
            #[cfg(msgraph_v1_search)]
            Self::WindowsAutopilotDeploymentProfile(v) => &mut v.id,
            #[cfg(msgraph_v1_search)]
            Self::WindowsAutopilotDeploymentProfileAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsAutopilotDeviceIdentity(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::WindowsDeviceMalwareState(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::WindowsInformationProtection(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsInformationProtectionAppLearningSummary(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::WindowsInformationProtectionAppLockerFile(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsInformationProtectionNetworkLearningSummary(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::WindowsInformationProtectionPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsMalwareInformation(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsMobileMsi(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsPhone81CompliancePolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsPhone81CustomConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsPhone81GeneralConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::WindowsProtectionState(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::WindowsSetting(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::WindowsSettingInstance(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsUniversalAppX(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsUniversalAppXContainedApp(v) => &mut v.id,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsUpdateForBusinessConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsWebApp(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::WorkHoursAndLocationsSetting(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::WorkPlanOccurrence(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::WorkPlanRecurrence(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Workbook(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookApplication(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChart(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAreaFormat(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxes(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxis(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxisFormat(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxisTitle(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxisTitleFormat(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartDataLabelFormat(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartDataLabels(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartFill(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartFont(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartGridlines(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartGridlinesFormat(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartLegend(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartLegendFormat(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartLineFormat(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartPoint(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartPointFormat(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartSeries(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartSeriesFormat(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartTitle(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartTitleFormat(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookComment(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookCommentReply(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFilter(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFormatProtection(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFunctionResult(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFunctions(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookNamedItem(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookPivotTable(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRange(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeBorder(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeFill(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeFont(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeFormat(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeSort(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeView(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTable(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTableColumn(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTableRow(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTableSort(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookWorksheet(v) => &mut v.id,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookWorksheetProtection(v) => &mut v.id,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &mut v.id,
            #[cfg(msgraph_v1_core)]
            Self::WorkingTimeSchedule(v) => &mut v.id,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Workspace(v) => &mut v.id,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::X509CertificateAuthenticationMethodConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::X509CertificateCombinationConfiguration(v) => &mut v.id,
        }
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
rt::impl_poly!(AnyEntity);
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(feature = "serde")]
rt::impl_serde!(AnyEntity);
