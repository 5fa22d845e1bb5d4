//! Types of `microsoft.graph` by the first letters of their names (`entity_4`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_any_area_but_compliance)]
impl AnyEntity {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::Entity(_) => "microsoft.graph.entity",
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::AadUserConversationMember(_) => {
                "microsoft.graph.aadUserConversationMember"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackage(_) => "microsoft.graph.accessPackage",
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignment(_) => "microsoft.graph.accessPackageAssignment",
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentPolicy(_) => {
                "microsoft.graph.accessPackageAssignmentPolicy"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequest(_) => {
                "microsoft.graph.accessPackageAssignmentRequest"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequestWorkflowExtension(_) => {
                "microsoft.graph.accessPackageAssignmentRequestWorkflowExtension"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentWorkflowExtension(_) => {
                "microsoft.graph.accessPackageAssignmentWorkflowExtension"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageCatalog(_) => "microsoft.graph.accessPackageCatalog",
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageMultipleChoiceQuestion(_) => {
                "microsoft.graph.accessPackageMultipleChoiceQuestion"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageQuestion(_) => "microsoft.graph.accessPackageQuestion",
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResource(_) => "microsoft.graph.accessPackageResource",
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceEnvironment(_) => {
                "microsoft.graph.accessPackageResourceEnvironment"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceRequest(_) => {
                "microsoft.graph.accessPackageResourceRequest"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceRole(_) => {
                "microsoft.graph.accessPackageResourceRole"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceRoleScope(_) => {
                "microsoft.graph.accessPackageResourceRoleScope"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceScope(_) => {
                "microsoft.graph.accessPackageResourceScope"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageSubject(_) => "microsoft.graph.accessPackageSubject",
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageSuggestion(_) => "microsoft.graph.accessPackageSuggestion",
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageTextInputQuestion(_) => {
                "microsoft.graph.accessPackageTextInputQuestion"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewHistoryDefinition(_) => {
                "microsoft.graph.accessReviewHistoryDefinition"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewHistoryInstance(_) => {
                "microsoft.graph.accessReviewHistoryInstance"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewInstance(_) => "microsoft.graph.accessReviewInstance",
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewInstanceDecisionItem(_) => {
                "microsoft.graph.accessReviewInstanceDecisionItem"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewReviewer(_) => "microsoft.graph.accessReviewReviewer",
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewScheduleDefinition(_) => {
                "microsoft.graph.accessReviewScheduleDefinition"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewSet(_) => "microsoft.graph.accessReviewSet",
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewStage(_) => "microsoft.graph.accessReviewStage",
            #[cfg(msgraph_v1_core)]
            Self::ActivitiesContainer(_) => "microsoft.graph.activitiesContainer",
            #[cfg(msgraph_v1_core)]
            Self::ActivityBasedTimeoutPolicy(_) => {
                "microsoft.graph.activityBasedTimeoutPolicy"
            }
            #[cfg(msgraph_v1_core)]
            Self::ActivityHistoryItem(_) => "microsoft.graph.activityHistoryItem",
            #[cfg(msgraph_v1_communications_or_search)]
            Self::AddLargeGalleryViewOperation(_) => {
                "microsoft.graph.addLargeGalleryViewOperation"
            }
            #[cfg(msgraph_v1_core_or_communications)]
            Self::AdhocCall(_) => "microsoft.graph.adhocCall",
            #[cfg(msgraph_v1_policies_or_search)]
            Self::AdminConsentRequestPolicy(_) => {
                "microsoft.graph.adminConsentRequestPolicy"
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::AdminMicrosoft365Apps(_) => "microsoft.graph.adminMicrosoft365Apps",
            #[cfg(msgraph_v1_admin_or_search)]
            Self::AdminReportSettings(_) => "microsoft.graph.adminReportSettings",
            #[cfg(msgraph_v1_core)]
            Self::AdministrativeUnit(_) => "microsoft.graph.administrativeUnit",
            #[cfg(msgraph_v1_core)]
            Self::AgentIdentity(_) => "microsoft.graph.agentIdentity",
            #[cfg(msgraph_v1_core)]
            Self::AgentIdentityBlueprint(_) => "microsoft.graph.agentIdentityBlueprint",
            #[cfg(msgraph_v1_core)]
            Self::AgentIdentityBlueprintPrincipal(_) => {
                "microsoft.graph.agentIdentityBlueprintPrincipal"
            }
            #[cfg(msgraph_v1_core)]
            Self::AgentUser(_) => "microsoft.graph.agentUser",
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::Agreement(_) => "microsoft.graph.agreement",
            #[cfg(
                msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search
            )]
            Self::AgreementAcceptance(_) => "microsoft.graph.agreementAcceptance",
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFile(_) => "microsoft.graph.agreementFile",
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFileLocalization(_) => {
                "microsoft.graph.agreementFileLocalization"
            }
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFileProperties(_) => "microsoft.graph.agreementFileProperties",
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFileVersion(_) => "microsoft.graph.agreementFileVersion",
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiInteraction(_) => "microsoft.graph.aiInteraction",
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiInteractionHistory(_) => "microsoft.graph.aiInteractionHistory",
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiOnlineMeeting(_) => "microsoft.graph.aiOnlineMeeting",
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiUser(_) => "microsoft.graph.aiUser",
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AkamaiWebApplicationFirewallProvider(_) => {
                "microsoft.graph.akamaiWebApplicationFirewallProvider"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::Alert(_) => "microsoft.graph.alert",
            #[cfg(msgraph_v1_directory_or_search)]
            Self::AllowedValue(_) => "microsoft.graph.allowedValue",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidCompliancePolicy(_) => "microsoft.graph.androidCompliancePolicy",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidCustomConfiguration(_) => {
                "microsoft.graph.androidCustomConfiguration"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidGeneralDeviceConfiguration(_) => {
                "microsoft.graph.androidGeneralDeviceConfiguration"
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::AndroidLobApp(_) => "microsoft.graph.androidLobApp",
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::AndroidManagedAppProtection(_) => {
                "microsoft.graph.androidManagedAppProtection"
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::AndroidManagedAppRegistration(_) => {
                "microsoft.graph.androidManagedAppRegistration"
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::AndroidStoreApp(_) => "microsoft.graph.androidStoreApp",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidWorkProfileCompliancePolicy(_) => {
                "microsoft.graph.androidWorkProfileCompliancePolicy"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidWorkProfileCustomConfiguration(_) => {
                "microsoft.graph.androidWorkProfileCustomConfiguration"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidWorkProfileGeneralDeviceConfiguration(_) => {
                "microsoft.graph.androidWorkProfileGeneralDeviceConfiguration"
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::AnonymousGuestConversationMember(_) => {
                "microsoft.graph.anonymousGuestConversationMember"
            }
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::AppCatalogs(_) => "microsoft.graph.appCatalogs",
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AppConsentApprovalRoute(_) => "microsoft.graph.appConsentApprovalRoute",
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AppConsentRequest(_) => "microsoft.graph.appConsentRequest",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AppLogCollectionRequest(_) => "microsoft.graph.appLogCollectionRequest",
            #[cfg(msgraph_v1_core)]
            Self::AppManagementPolicy(_) => "microsoft.graph.appManagementPolicy",
            #[cfg(msgraph_v1_core)]
            Self::AppRoleAssignment(_) => "microsoft.graph.appRoleAssignment",
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::AppScope(_) => "microsoft.graph.appScope",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AppleDeviceFeaturesConfigurationBase(_) => {
                "microsoft.graph.appleDeviceFeaturesConfigurationBase"
            }
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::AppleManagedIdentityProvider(_) => {
                "microsoft.graph.appleManagedIdentityProvider"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ApplePushNotificationCertificate(_) => {
                "microsoft.graph.applePushNotificationCertificate"
            }
            #[cfg(msgraph_v1_core)]
            Self::Application(_) => "microsoft.graph.application",
            #[cfg(msgraph_v1_application_templates_or_search)]
            Self::ApplicationTemplate(_) => "microsoft.graph.applicationTemplate",
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Approval(_) => "microsoft.graph.approval",
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::ApprovalStage(_) => "microsoft.graph.approvalStage",
            #[cfg(msgraph_v1_core)]
            Self::ApprovedClientApp(_) => "microsoft.graph.approvedClientApp",
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ArkoseFraudProtectionProvider(_) => {
                "microsoft.graph.arkoseFraudProtectionProvider"
            }
            #[cfg(msgraph_v1_core)]
            Self::AssociatedTeamInfo(_) => "microsoft.graph.associatedTeamInfo",
            #[cfg(msgraph_v1_core)]
            Self::Attachment(_) => "microsoft.graph.attachment",
            #[cfg(msgraph_v1_core)]
            Self::AttachmentBase(_) => "microsoft.graph.attachmentBase",
            #[cfg(msgraph_v1_core)]
            Self::AttachmentSession(_) => "microsoft.graph.attachmentSession",
            #[cfg(msgraph_v1_core_or_security)]
            Self::AttackSimulationOperation(_) => {
                "microsoft.graph.attackSimulationOperation"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::AttackSimulationRoot(_) => "microsoft.graph.attackSimulationRoot",
            #[cfg(msgraph_v1_core_or_communications_or_solutions)]
            Self::AttendanceRecord(_) => "microsoft.graph.attendanceRecord",
            #[cfg(msgraph_v1_core_or_functions)]
            Self::AttributeMappingFunctionSchema(_) => {
                "microsoft.graph.attributeMappingFunctionSchema"
            }
            #[cfg(msgraph_v1_directory_or_search)]
            Self::AttributeSet(_) => "microsoft.graph.attributeSet",
            #[cfg(msgraph_v1_communications_or_search)]
            Self::AudioRoutingGroup(_) => "microsoft.graph.audioRoutingGroup",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AuditEvent(_) => "microsoft.graph.auditEvent",
            #[cfg(msgraph_v1_core)]
            Self::Authentication(_) => "microsoft.graph.authentication",
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::AuthenticationCombinationConfiguration(_) => {
                "microsoft.graph.authenticationCombinationConfiguration"
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationContextClassReference(_) => {
                "microsoft.graph.authenticationContextClassReference"
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationEventListener(_) => {
                "microsoft.graph.authenticationEventListener"
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationEventsFlow(_) => {
                "microsoft.graph.authenticationEventsFlow"
            }
            #[cfg(msgraph_v1_policies_or_search)]
            Self::AuthenticationFlowsPolicy(_) => {
                "microsoft.graph.authenticationFlowsPolicy"
            }
            #[cfg(msgraph_v1_core)]
            Self::AuthenticationMethod(_) => "microsoft.graph.authenticationMethod",
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodConfiguration(_) => {
                "microsoft.graph.authenticationMethodConfiguration"
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationMethodModeDetail(_) => {
                "microsoft.graph.authenticationMethodModeDetail"
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodTarget(_) => {
                "microsoft.graph.authenticationMethodTarget"
            }
            #[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
            Self::AuthenticationMethodsPolicy(_) => {
                "microsoft.graph.authenticationMethodsPolicy"
            }
            #[cfg(msgraph_v1_reports_or_search)]
            Self::AuthenticationMethodsRoot(_) => {
                "microsoft.graph.authenticationMethodsRoot"
            }
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::AuthenticationStrengthPolicy(_) => {
                "microsoft.graph.authenticationStrengthPolicy"
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationStrengthRoot(_) => {
                "microsoft.graph.authenticationStrengthRoot"
            }
            #[cfg(msgraph_v1_privacy_or_search_or_security)]
            Self::AuthoredNote(_) => "microsoft.graph.authoredNote",
            #[cfg(msgraph_v1_core)]
            Self::AuthorizationPolicy(_) => "microsoft.graph.authorizationPolicy",
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AvailableAccessPackage(_) => "microsoft.graph.availableAccessPackage",
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::AzureCommunicationServicesUserConversationMember(_) => {
                "microsoft.graph.azureCommunicationServicesUserConversationMember"
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::B2xIdentityUserFlow(_) => "microsoft.graph.b2xIdentityUserFlow",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BackupRestoreRoot(_) => "microsoft.graph.backupRestoreRoot",
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
            Self::BaseItem(_) => "microsoft.graph.baseItem",
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::BaseItemVersion(_) => "microsoft.graph.baseItemVersion",
            #[cfg(msgraph_v1_places_or_search)]
            Self::BaseMapFeature(_) => "microsoft.graph.baseMapFeature",
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(_) => "microsoft.graph.baseSitePage",
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::Bitlocker(_) => "microsoft.graph.bitlocker",
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::BitlockerRecoveryKey(_) => "microsoft.graph.bitlockerRecoveryKey",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingAppointment(_) => "microsoft.graph.bookingAppointment",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingBusiness(_) => "microsoft.graph.bookingBusiness",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCurrency(_) => "microsoft.graph.bookingCurrency",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCustomQuestion(_) => "microsoft.graph.bookingCustomQuestion",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCustomer(_) => "microsoft.graph.bookingCustomer",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCustomerBase(_) => "microsoft.graph.bookingCustomerBase",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingService(_) => "microsoft.graph.bookingService",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingStaffMember(_) => "microsoft.graph.bookingStaffMember",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingStaffMemberBase(_) => "microsoft.graph.bookingStaffMemberBase",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BrowseSessionBase(_) => "microsoft.graph.browseSessionBase",
            #[cfg(msgraph_v1_admin_or_search)]
            Self::BrowserSharedCookie(_) => "microsoft.graph.browserSharedCookie",
            #[cfg(msgraph_v1_admin_or_search)]
            Self::BrowserSite(_) => "microsoft.graph.browserSite",
            #[cfg(msgraph_v1_admin_or_search)]
            Self::BrowserSiteList(_) => "microsoft.graph.browserSiteList",
            #[cfg(msgraph_v1_places_or_search)]
            Self::Building(_) => "microsoft.graph.building",
            #[cfg(msgraph_v1_places_or_search)]
            Self::BuildingMap(_) => "microsoft.graph.buildingMap",
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::BuiltInIdentityProvider(_) => "microsoft.graph.builtInIdentityProvider",
            #[cfg(msgraph_v1_core)]
            Self::BulkUpload(_) => "microsoft.graph.bulkUpload",
            #[cfg(msgraph_v1_identity_or_search)]
            Self::CaPoliciesDeletableRoot(_) => "microsoft.graph.caPoliciesDeletableRoot",
            #[cfg(msgraph_v1_core)]
            Self::Calendar(_) => "microsoft.graph.calendar",
            #[cfg(msgraph_v1_core)]
            Self::CalendarGroup(_) => "microsoft.graph.calendarGroup",
            #[cfg(msgraph_v1_core)]
            Self::CalendarPermission(_) => "microsoft.graph.calendarPermission",
            #[cfg(msgraph_v1_core)]
            Self::CalendarSharingMessage(_) => "microsoft.graph.calendarSharingMessage",
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Call(_) => "microsoft.graph.call",
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CallAiInsight(_) => "microsoft.graph.callAiInsight",
            #[cfg(msgraph_v1_search)]
            Self::CallEvent(_) => "microsoft.graph.callEvent",
            #[cfg(msgraph_v1_core_or_communications)]
            Self::CallRecording(_) => "microsoft.graph.callRecording",
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CallRecord(_) => "microsoft.graph.callRecords.callRecord",
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Organizer(_) => "microsoft.graph.callRecords.organizer",
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CallRecordsParticipant(_) => "microsoft.graph.callRecords.participant",
            #[cfg(msgraph_v1_communications_or_search)]
            Self::ParticipantBase(_) => "microsoft.graph.callRecords.participantBase",
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Segment(_) => "microsoft.graph.callRecords.segment",
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Session(_) => "microsoft.graph.callRecords.session",
            #[cfg(msgraph_v1_core_or_communications)]
            Self::CallTranscript(_) => "microsoft.graph.callTranscript",
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CancelMediaProcessingOperation(_) => {
                "microsoft.graph.cancelMediaProcessingOperation"
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::CanvasLayout(_) => "microsoft.graph.canvasLayout",
            #[cfg(msgraph_v1_core)]
            Self::CertificateAuthorityDetail(_) => {
                "microsoft.graph.certificateAuthorityDetail"
            }
            #[cfg(msgraph_v1_core_or_certificate_based_auth_configuration)]
            Self::CertificateBasedAuthConfiguration(_) => {
                "microsoft.graph.certificateBasedAuthConfiguration"
            }
            #[cfg(msgraph_v1_core)]
            Self::CertificateBasedAuthPki(_) => "microsoft.graph.certificateBasedAuthPki",
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ChangeTrackedEntity(_) => "microsoft.graph.changeTrackedEntity",
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::Channel(_) => "microsoft.graph.channel",
            #[cfg(msgraph_v1_core)]
            Self::Chat(_) => "microsoft.graph.chat",
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ChatMessage(_) => "microsoft.graph.chatMessage",
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ChatMessageHostedContent(_) => {
                "microsoft.graph.chatMessageHostedContent"
            }
            #[cfg(msgraph_v1_core)]
            Self::ChatMessageInfo(_) => "microsoft.graph.chatMessageInfo",
            #[cfg(msgraph_v1_core)]
            Self::ChecklistItem(_) => "microsoft.graph.checklistItem",
            #[cfg(msgraph_v1_core)]
            Self::ClaimsMappingPolicy(_) => "microsoft.graph.claimsMappingPolicy",
            #[cfg(msgraph_v1_core)]
            Self::CloudClipboardItem(_) => "microsoft.graph.cloudClipboardItem",
            #[cfg(msgraph_v1_core)]
            Self::CloudClipboardRoot(_) => "microsoft.graph.cloudClipboardRoot",
            #[cfg(msgraph_v1_identity_or_search)]
            Self::CloudFlareWebApplicationFirewallProvider(_) => {
                "microsoft.graph.cloudFlareWebApplicationFirewallProvider"
            }
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::CloudPc(_) => "microsoft.graph.cloudPC",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcAuditEvent(_) => "microsoft.graph.cloudPcAuditEvent",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcDeviceImage(_) => "microsoft.graph.cloudPcDeviceImage",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcGalleryImage(_) => "microsoft.graph.cloudPcGalleryImage",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcOnPremisesConnection(_) => {
                "microsoft.graph.cloudPcOnPremisesConnection"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcProvisioningPolicy(_) => {
                "microsoft.graph.cloudPcProvisioningPolicy"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcProvisioningPolicyAssignment(_) => {
                "microsoft.graph.cloudPcProvisioningPolicyAssignment"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcReport(_) => "microsoft.graph.cloudPcReport",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcServicePlan(_) => "microsoft.graph.cloudPcServicePlan",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcUserSetting(_) => "microsoft.graph.cloudPcUserSetting",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcUserSettingAssignment(_) => {
                "microsoft.graph.cloudPcUserSettingAssignment"
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
            Self::ColumnDefinition(_) => "microsoft.graph.columnDefinition",
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ColumnLink(_) => "microsoft.graph.columnLink",
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CommsOperation(_) => "microsoft.graph.commsOperation",
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::Community(_) => "microsoft.graph.community",
            #[cfg(msgraph_v1_directory_or_search)]
            Self::CompanySubscription(_) => "microsoft.graph.companySubscription",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ComplianceManagementPartner(_) => {
                "microsoft.graph.complianceManagementPartner"
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ConditionalAccessRoot(_) => "microsoft.graph.conditionalAccessRoot",
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ConditionalAccessTemplate(_) => {
                "microsoft.graph.conditionalAccessTemplate"
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationBaseline(_) => "microsoft.graph.configurationBaseline",
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationDrift(_) => "microsoft.graph.configurationDrift",
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationManagement(_) => "microsoft.graph.configurationManagement",
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationMonitor(_) => "microsoft.graph.configurationMonitor",
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationMonitoringResult(_) => {
                "microsoft.graph.configurationMonitoringResult"
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationSnapshotJob(_) => {
                "microsoft.graph.configurationSnapshotJob"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::ConnectedOrganization(_) => "microsoft.graph.connectedOrganization",
            #[cfg(msgraph_v1_core)]
            Self::Contact(_) => "microsoft.graph.contact",
            #[cfg(msgraph_v1_core)]
            Self::ContactFolder(_) => "microsoft.graph.contactFolder",
            #[cfg(msgraph_v1_core)]
            Self::ContentActivity(_) => "microsoft.graph.contentActivity",
            #[cfg(msgraph_v1_communications_or_search)]
            Self::ContentSharingSession(_) => "microsoft.graph.contentSharingSession",
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ContentType(_) => "microsoft.graph.contentType",
            #[cfg(msgraph_v1_core)]
            Self::Contract(_) => "microsoft.graph.contract",
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::ControlConfiguration(_) => "microsoft.graph.controlConfiguration",
            #[cfg(msgraph_v1_core)]
            Self::Conversation(_) => "microsoft.graph.conversation",
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ConversationMember(_) => "microsoft.graph.conversationMember",
            #[cfg(msgraph_v1_core)]
            Self::ConversationThread(_) => "microsoft.graph.conversationThread",
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdmin(_) => "microsoft.graph.copilotAdmin",
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdminCatalog(_) => "microsoft.graph.copilotAdminCatalog",
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdminLimitedMode(_) => "microsoft.graph.copilotAdminLimitedMode",
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdminSetting(_) => "microsoft.graph.copilotAdminSetting",
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotPackage(_) => "microsoft.graph.copilotPackage",
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotPackageDetail(_) => "microsoft.graph.copilotPackageDetail",
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotReportRoot(_) => "microsoft.graph.copilotReportRoot",
            #[cfg(msgraph_v1_core)]
            Self::CrossTenantAccessPolicy(_) => "microsoft.graph.crossTenantAccessPolicy",
            #[cfg(msgraph_v1_core)]
            Self::CrossTenantAccessPolicyConfigurationDefault(_) => {
                "microsoft.graph.crossTenantAccessPolicyConfigurationDefault"
            }
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::CustomAuthenticationExtension(_) => {
                "microsoft.graph.customAuthenticationExtension"
            }
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::CustomCalloutExtension(_) => "microsoft.graph.customCalloutExtension",
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomDataProvidedResource(_) => {
                "microsoft.graph.customDataProvidedResource"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomDataProvidedResourceAccessReviewUploadSession(_) => {
                "microsoft.graph.customDataProvidedResourceAccessReviewUploadSession"
            }
            #[cfg(msgraph_v1_search)]
            Self::CustomDataProvidedResourceFile(_) => {
                "microsoft.graph.customDataProvidedResourceFile"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomDataProvidedResourceUploadSession(_) => {
                "microsoft.graph.customDataProvidedResourceUploadSession"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomExtensionStageSetting(_) => {
                "microsoft.graph.customExtensionStageSetting"
            }
            #[cfg(msgraph_v1_directory_or_search)]
            Self::CustomSecurityAttributeDefinition(_) => {
                "microsoft.graph.customSecurityAttributeDefinition"
            }
            #[cfg(msgraph_v1_data_policy_operations_or_search)]
            Self::DataPolicyOperation(_) => "microsoft.graph.dataPolicyOperation",
            #[cfg(msgraph_v1_core_or_security)]
            Self::DataSecurityAndGovernance(_) => {
                "microsoft.graph.dataSecurityAndGovernance"
            }
            #[cfg(msgraph_v1_core)]
            Self::DayNote(_) => "microsoft.graph.dayNote",
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::DefaultManagedAppProtection(_) => {
                "microsoft.graph.defaultManagedAppProtection"
            }
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminAccessAssignment(_) => {
                "microsoft.graph.delegatedAdminAccessAssignment"
            }
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminCustomer(_) => "microsoft.graph.delegatedAdminCustomer",
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminRelationship(_) => {
                "microsoft.graph.delegatedAdminRelationship"
            }
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminRelationshipOperation(_) => {
                "microsoft.graph.delegatedAdminRelationshipOperation"
            }
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminRelationshipRequest(_) => {
                "microsoft.graph.delegatedAdminRelationshipRequest"
            }
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminServiceManagementDetail(_) => {
                "microsoft.graph.delegatedAdminServiceManagementDetail"
            }
            #[cfg(msgraph_v1_core)]
            Self::DelegatedAdminServiceProviderConstraints(_) => {
                "microsoft.graph.delegatedAdminServiceProviderConstraints"
            }
            #[cfg(msgraph_v1_core)]
            Self::DelegatedPermissionClassification(_) => {
                "microsoft.graph.delegatedPermissionClassification"
            }
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::DeletedChat(_) => "microsoft.graph.deletedChat",
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::DeletedItemContainer(_) => "microsoft.graph.deletedItemContainer",
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::DeletedTeam(_) => "microsoft.graph.deletedTeam",
            #[cfg(msgraph_v1_search)]
            Self::DeltaParticipants(_) => "microsoft.graph.deltaParticipants",
            #[cfg(msgraph_v1_places_or_search)]
            Self::Desk(_) => "microsoft.graph.desk",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DetectedApp(_) => "microsoft.graph.detectedApp",
            #[cfg(msgraph_v1_core)]
            Self::Device(_) => "microsoft.graph.device",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceAndAppManagementRoleAssignment(_) => {
                "microsoft.graph.deviceAndAppManagementRoleAssignment"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceAndAppManagementRoleDefinition(_) => {
                "microsoft.graph.deviceAndAppManagementRoleDefinition"
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::DeviceAppManagement(_) => "microsoft.graph.deviceAppManagement",
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceCategory(_) => "microsoft.graph.deviceCategory",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceActionItem(_) => {
                "microsoft.graph.deviceComplianceActionItem"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceDeviceOverview(_) => {
                "microsoft.graph.deviceComplianceDeviceOverview"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceDeviceStatus(_) => {
                "microsoft.graph.deviceComplianceDeviceStatus"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicy(_) => "microsoft.graph.deviceCompliancePolicy",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicyAssignment(_) => {
                "microsoft.graph.deviceCompliancePolicyAssignment"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicyDeviceStateSummary(_) => {
                "microsoft.graph.deviceCompliancePolicyDeviceStateSummary"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicySettingStateSummary(_) => {
                "microsoft.graph.deviceCompliancePolicySettingStateSummary"
            }
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceCompliancePolicyState(_) => {
                "microsoft.graph.deviceCompliancePolicyState"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceScheduledActionForRule(_) => {
                "microsoft.graph.deviceComplianceScheduledActionForRule"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceSettingState(_) => {
                "microsoft.graph.deviceComplianceSettingState"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceUserOverview(_) => {
                "microsoft.graph.deviceComplianceUserOverview"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceUserStatus(_) => {
                "microsoft.graph.deviceComplianceUserStatus"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfiguration(_) => "microsoft.graph.deviceConfiguration",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationAssignment(_) => {
                "microsoft.graph.deviceConfigurationAssignment"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationDeviceOverview(_) => {
                "microsoft.graph.deviceConfigurationDeviceOverview"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationDeviceStateSummary(_) => {
                "microsoft.graph.deviceConfigurationDeviceStateSummary"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationDeviceStatus(_) => {
                "microsoft.graph.deviceConfigurationDeviceStatus"
            }
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceConfigurationState(_) => {
                "microsoft.graph.deviceConfigurationState"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationUserOverview(_) => {
                "microsoft.graph.deviceConfigurationUserOverview"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationUserStatus(_) => {
                "microsoft.graph.deviceConfigurationUserStatus"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentConfiguration(_) => {
                "microsoft.graph.deviceEnrollmentConfiguration"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentLimitConfiguration(_) => {
                "microsoft.graph.deviceEnrollmentLimitConfiguration"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(_) => {
                "microsoft.graph.deviceEnrollmentPlatformRestrictionsConfiguration"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(_) => {
                "microsoft.graph.deviceEnrollmentWindowsHelloForBusinessConfiguration"
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::DeviceInstallState(_) => "microsoft.graph.deviceInstallState",
            #[cfg(msgraph_v1_directory_or_search)]
            Self::DeviceLocalCredentialInfo(_) => {
                "microsoft.graph.deviceLocalCredentialInfo"
            }
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceLogCollectionResponse(_) => {
                "microsoft.graph.deviceLogCollectionResponse"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagement(_) => "microsoft.graph.deviceManagement",
            #[cfg(msgraph_v1_search)]
            Self::DeviceManagementCachedReportConfiguration(_) => {
                "microsoft.graph.deviceManagementCachedReportConfiguration"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementExchangeConnector(_) => {
                "microsoft.graph.deviceManagementExchangeConnector"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementExportJob(_) => {
                "microsoft.graph.deviceManagementExportJob"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementPartner(_) => "microsoft.graph.deviceManagementPartner",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementReports(_) => "microsoft.graph.deviceManagementReports",
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceManagementTroubleshootingEvent(_) => {
                "microsoft.graph.deviceManagementTroubleshootingEvent"
            }
            #[cfg(msgraph_v1_policies_or_search)]
            Self::DeviceRegistrationPolicy(_) => {
                "microsoft.graph.deviceRegistrationPolicy"
            }
            #[cfg(msgraph_v1_directory_or_search)]
            Self::Directory(_) => "microsoft.graph.directory",
            #[cfg(msgraph_v1_audit_logs_or_search)]
            Self::DirectoryAudit(_) => "microsoft.graph.directoryAudit",
            #[cfg(msgraph_v1_core)]
            Self::DirectoryDefinition(_) => "microsoft.graph.directoryDefinition",
            #[cfg(msgraph_v1_core)]
            Self::DirectoryObject(_) => "microsoft.graph.directoryObject",
            #[cfg(msgraph_v1_core)]
            Self::DirectoryObjectPartnerReference(_) => {
                "microsoft.graph.directoryObjectPartnerReference"
            }
            #[cfg(msgraph_v1_core)]
            Self::DirectoryRole(_) => "microsoft.graph.directoryRole",
            #[cfg(msgraph_v1_core)]
            Self::DirectoryRoleTemplate(_) => "microsoft.graph.directoryRoleTemplate",
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::DocumentSetVersion(_) => "microsoft.graph.documentSetVersion",
            #[cfg(msgraph_v1_domains_or_search)]
            Self::Domain(_) => "microsoft.graph.domain",
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsCnameRecord(_) => "microsoft.graph.domainDnsCnameRecord",
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsMxRecord(_) => "microsoft.graph.domainDnsMxRecord",
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsRecord(_) => "microsoft.graph.domainDnsRecord",
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsSrvRecord(_) => "microsoft.graph.domainDnsSrvRecord",
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsTxtRecord(_) => "microsoft.graph.domainDnsTxtRecord",
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsUnavailableRecord(_) => {
                "microsoft.graph.domainDnsUnavailableRecord"
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(_) => "microsoft.graph.drive",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(_) => "microsoft.graph.driveItem",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItemVersion(_) => "microsoft.graph.driveItemVersion",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveProtectionRule(_) => "microsoft.graph.driveProtectionRule",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveProtectionUnit(_) => "microsoft.graph.driveProtectionUnit",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveProtectionUnitsBulkAdditionJob(_) => {
                "microsoft.graph.driveProtectionUnitsBulkAdditionJob"
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveRestoreArtifact(_) => "microsoft.graph.driveRestoreArtifact",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveRestoreArtifactsBulkAdditionRequest(_) => {
                "microsoft.graph.driveRestoreArtifactsBulkAdditionRequest"
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::EBookInstallSummary(_) => "microsoft.graph.eBookInstallSummary",
            #[cfg(msgraph_v1_admin_or_search)]
            Self::Edge(_) => "microsoft.graph.edge",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::EditionUpgradeConfiguration(_) => {
                "microsoft.graph.editionUpgradeConfiguration"
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignment(_) => "microsoft.graph.educationAssignment",
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignmentDefaults(_) => {
                "microsoft.graph.educationAssignmentDefaults"
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignmentResource(_) => {
                "microsoft.graph.educationAssignmentResource"
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignmentSettings(_) => {
                "microsoft.graph.educationAssignmentSettings"
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationCategory(_) => "microsoft.graph.educationCategory",
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationClass(_) => "microsoft.graph.educationClass",
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationFeedbackOutcome(_) => {
                "microsoft.graph.educationFeedbackOutcome"
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationFeedbackResourceOutcome(_) => {
                "microsoft.graph.educationFeedbackResourceOutcome"
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationGradingCategory(_) => {
                "microsoft.graph.educationGradingCategory"
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationGradingScheme(_) => "microsoft.graph.educationGradingScheme",
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationModule(_) => "microsoft.graph.educationModule",
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationModuleResource(_) => "microsoft.graph.educationModuleResource",
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationOrganization(_) => "microsoft.graph.educationOrganization",
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationOutcome(_) => "microsoft.graph.educationOutcome",
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationPointsOutcome(_) => "microsoft.graph.educationPointsOutcome",
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationRubric(_) => "microsoft.graph.educationRubric",
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationRubricOutcome(_) => "microsoft.graph.educationRubricOutcome",
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationSchool(_) => "microsoft.graph.educationSchool",
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationSubmission(_) => "microsoft.graph.educationSubmission",
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationSubmissionResource(_) => {
                "microsoft.graph.educationSubmissionResource"
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationUser(_) => "microsoft.graph.educationUser",
            #[cfg(msgraph_v1_core)]
            Self::EmailAuthenticationMethod(_) => {
                "microsoft.graph.emailAuthenticationMethod"
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::EmailAuthenticationMethodConfiguration(_) => {
                "microsoft.graph.emailAuthenticationMethodConfiguration"
            }
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::EmailFileAssessmentRequest(_) => {
                "microsoft.graph.emailFileAssessmentRequest"
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::EmailNotificationsSetting(_) => {
                "microsoft.graph.emailNotificationsSetting"
            }
            #[cfg(msgraph_v1_search)]
            Self::EmergencyCallEvent(_) => "microsoft.graph.emergencyCallEvent",
            #[cfg(msgraph_v1_core)]
            Self::EmployeeExperienceUser(_) => "microsoft.graph.employeeExperienceUser",
            #[cfg(msgraph_v1_search_or_security)]
            Self::EndUserNotification(_) => "microsoft.graph.endUserNotification",
            #[cfg(msgraph_v1_search_or_security)]
            Self::EndUserNotificationDetail(_) => {
                "microsoft.graph.endUserNotificationDetail"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::EndUserSettings(_) => "microsoft.graph.endUserSettings",
            #[cfg(msgraph_v1_core)]
            Self::Endpoint(_) => "microsoft.graph.endpoint",
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementAsyncOperation(_) => {
                "microsoft.graph.engagementAsyncOperation"
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversation(_) => "microsoft.graph.engagementConversation",
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationDiscussionMessage(_) => {
                "microsoft.graph.engagementConversationDiscussionMessage"
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationMessage(_) => {
                "microsoft.graph.engagementConversationMessage"
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationMessageReaction(_) => {
                "microsoft.graph.engagementConversationMessageReaction"
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationQuestionMessage(_) => {
                "microsoft.graph.engagementConversationQuestionMessage"
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationSystemMessage(_) => {
                "microsoft.graph.engagementConversationSystemMessage"
            }
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementRole(_) => "microsoft.graph.engagementRole",
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementRoleMember(_) => "microsoft.graph.engagementRoleMember",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::EnrollmentConfigurationAssignment(_) => {
                "microsoft.graph.enrollmentConfigurationAssignment"
            }
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::EnrollmentTroubleshootingEvent(_) => {
                "microsoft.graph.enrollmentTroubleshootingEvent"
            }
            #[cfg(msgraph_v1_search)]
            Self::EnterpriseCodeSigningCertificate(_) => {
                "microsoft.graph.enterpriseCodeSigningCertificate"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::EntitlementManagement(_) => "microsoft.graph.entitlementManagement",
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::EntitlementManagementSettings(_) => {
                "microsoft.graph.entitlementManagementSettings"
            }
            #[cfg(msgraph_v1_directory_or_search)]
            Self::Recovery(_) => "microsoft.graph.entraRecoveryServices.recovery",
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryChangeObjectBase(_) => {
                "microsoft.graph.entraRecoveryServices.recoveryChangeObjectBase"
            }
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryJob(_) => "microsoft.graph.entraRecoveryServices.recoveryJob",
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryJobBase(_) => {
                "microsoft.graph.entraRecoveryServices.recoveryJobBase"
            }
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryPreviewJob(_) => {
                "microsoft.graph.entraRecoveryServices.recoveryPreviewJob"
            }
            #[cfg(msgraph_v1_directory_or_search)]
            Self::Snapshot(_) => "microsoft.graph.entraRecoveryServices.snapshot",
            #[cfg(msgraph_v1_core)]
            Self::Event(_) => "microsoft.graph.event",
            #[cfg(msgraph_v1_core)]
            Self::EventMessage(_) => "microsoft.graph.eventMessage",
            #[cfg(msgraph_v1_core)]
            Self::EventMessageRequest(_) => "microsoft.graph.eventMessageRequest",
            #[cfg(msgraph_v1_core)]
            Self::EventMessageResponse(_) => "microsoft.graph.eventMessageResponse",
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ExchangeAdmin(_) => "microsoft.graph.exchangeAdmin",
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ExchangeMessageTrace(_) => "microsoft.graph.exchangeMessageTrace",
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ExchangeMessageTraceDetail(_) => {
                "microsoft.graph.exchangeMessageTraceDetail"
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ExchangeProtectionPolicy(_) => {
                "microsoft.graph.exchangeProtectionPolicy"
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ExchangeRestoreSession(_) => "microsoft.graph.exchangeRestoreSession",
            #[cfg(msgraph_v1_core)]
            Self::ExchangeSettings(_) => "microsoft.graph.exchangeSettings",
            #[cfg(msgraph_v1_core)]
            Self::Extension(_) => "microsoft.graph.extension",
            #[cfg(msgraph_v1_core)]
            Self::ExtensionProperty(_) => "microsoft.graph.extensionProperty",
            #[cfg(msgraph_v1_core)]
            Self::ExternalAuthenticationMethod(_) => {
                "microsoft.graph.externalAuthenticationMethod"
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::ExternalAuthenticationMethodConfiguration(_) => {
                "microsoft.graph.externalAuthenticationMethodConfiguration"
            }
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ConnectionOperation(_) => {
                "microsoft.graph.externalConnectors.connectionOperation"
            }
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalActivity(_) => {
                "microsoft.graph.externalConnectors.externalActivity"
            }
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalActivityResult(_) => {
                "microsoft.graph.externalConnectors.externalActivityResult"
            }
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalConnection(_) => {
                "microsoft.graph.externalConnectors.externalConnection"
            }
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalGroup(_) => "microsoft.graph.externalConnectors.externalGroup",
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalItem(_) => "microsoft.graph.externalConnectors.externalItem",
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalConnectorsIdentity(_) => {
                "microsoft.graph.externalConnectors.identity"
            }
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::Schema(_) => "microsoft.graph.externalConnectors.schema",
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::ExternalDomainName(_) => "microsoft.graph.externalDomainName",
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ExternalUsersSelfServiceSignUpEventsFlow(_) => {
                "microsoft.graph.externalUsersSelfServiceSignUpEventsFlow"
            }
            #[cfg(msgraph_v1_policies_or_search)]
            Self::FeatureRolloutPolicy(_) => "microsoft.graph.featureRolloutPolicy",
            #[cfg(msgraph_v1_core)]
            Self::FederatedIdentityCredential(_) => {
                "microsoft.graph.federatedIdentityCredential"
            }
            #[cfg(msgraph_v1_core)]
            Self::FederatedTokenValidationPolicy(_) => {
                "microsoft.graph.federatedTokenValidationPolicy"
            }
            #[cfg(msgraph_v1_core)]
            Self::Fido2AuthenticationMethod(_) => {
                "microsoft.graph.fido2AuthenticationMethod"
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::Fido2AuthenticationMethodConfiguration(_) => {
                "microsoft.graph.fido2AuthenticationMethodConfiguration"
            }
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::Fido2CombinationConfiguration(_) => {
                "microsoft.graph.fido2CombinationConfiguration"
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::FieldValueSet(_) => "microsoft.graph.fieldValueSet",
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::FileAssessmentRequest(_) => "microsoft.graph.fileAssessmentRequest",
            #[cfg(msgraph_v1_core)]
            Self::FileAttachment(_) => "microsoft.graph.fileAttachment",
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorage(_) => "microsoft.graph.fileStorage",
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorageContainer(_) => "microsoft.graph.fileStorageContainer",
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorageContainerType(_) => {
                "microsoft.graph.fileStorageContainerType"
            }
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorageContainerTypeRegistration(_) => {
                "microsoft.graph.fileStorageContainerTypeRegistration"
            }
            #[cfg(msgraph_v1_core_or_filter_operators)]
            Self::FilterOperatorSchema(_) => "microsoft.graph.filterOperatorSchema",
            #[cfg(msgraph_v1_places_or_search)]
            Self::FixtureMap(_) => "microsoft.graph.fixtureMap",
            #[cfg(msgraph_v1_places_or_search)]
            Self::Floor(_) => "microsoft.graph.floor",
            #[cfg(msgraph_v1_places_or_search)]
            Self::FootprintMap(_) => "microsoft.graph.footprintMap",
            #[cfg(msgraph_v1_identity_or_search)]
            Self::FraudProtectionProvider(_) => "microsoft.graph.fraudProtectionProvider",
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::GovernanceInsight(_) => "microsoft.graph.governanceInsight",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularDriveRestoreArtifact(_) => {
                "microsoft.graph.granularDriveRestoreArtifact"
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularMailboxRestoreArtifact(_) => {
                "microsoft.graph.granularMailboxRestoreArtifact"
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularRestoreArtifactBase(_) => {
                "microsoft.graph.granularRestoreArtifactBase"
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularSiteRestoreArtifact(_) => {
                "microsoft.graph.granularSiteRestoreArtifact"
            }
            #[cfg(msgraph_v1_core)]
            Self::Group(_) => "microsoft.graph.group",
            #[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
            Self::GroupLifecyclePolicy(_) => "microsoft.graph.groupLifecyclePolicy",
            #[cfg(msgraph_v1_core_or_group_settings)]
            Self::GroupSetting(_) => "microsoft.graph.groupSetting",
            #[cfg(msgraph_v1_core)]
            Self::GroupSettingTemplate(_) => "microsoft.graph.groupSettingTemplate",
            #[cfg(msgraph_v1_core)]
            Self::HomeRealmDiscoveryPolicy(_) => {
                "microsoft.graph.homeRealmDiscoveryPolicy"
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::HorizontalSection(_) => "microsoft.graph.horizontalSection",
            #[cfg(msgraph_v1_core_or_sites)]
            Self::HorizontalSectionColumn(_) => "microsoft.graph.horizontalSectionColumn",
            #[cfg(msgraph_v1_identity_or_search)]
            Self::HumanSecurityFraudProtectionProvider(_) => {
                "microsoft.graph.humanSecurityFraudProtectionProvider"
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityApiConnector(_) => "microsoft.graph.identityApiConnector",
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityBuiltInUserFlowAttribute(_) => {
                "microsoft.graph.identityBuiltInUserFlowAttribute"
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityContainer(_) => "microsoft.graph.identityContainer",
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityCustomUserFlowAttribute(_) => {
                "microsoft.graph.identityCustomUserFlowAttribute"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomTaskExtension(_) => {
                "microsoft.graph.identityGovernance.customTaskExtension"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Insights(_) => "microsoft.graph.identityGovernance.insights",
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::LifecycleManagementSettings(_) => {
                "microsoft.graph.identityGovernance.lifecycleManagementSettings"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::LifecycleWorkflowsContainer(_) => {
                "microsoft.graph.identityGovernance.lifecycleWorkflowsContainer"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Run(_) => "microsoft.graph.identityGovernance.run",
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Task(_) => "microsoft.graph.identityGovernance.task",
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TaskDefinition(_) => {
                "microsoft.graph.identityGovernance.taskDefinition"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TaskProcessingResult(_) => {
                "microsoft.graph.identityGovernance.taskProcessingResult"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TaskReport(_) => "microsoft.graph.identityGovernance.taskReport",
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserProcessingResult(_) => {
                "microsoft.graph.identityGovernance.userProcessingResult"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::WorkflowTemplate(_) => {
                "microsoft.graph.identityGovernance.workflowTemplate"
            }
            #[cfg(msgraph_v1_identity_providers_or_search)]
            Self::IdentityProvider(_) => "microsoft.graph.identityProvider",
            #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
            Self::IdentityProviderBase(_) => "microsoft.graph.identityProviderBase",
            #[cfg(msgraph_v1_core)]
            Self::IdentitySecurityDefaultsEnforcementPolicy(_) => {
                "microsoft.graph.identitySecurityDefaultsEnforcementPolicy"
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityUserFlow(_) => "microsoft.graph.identityUserFlow",
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityUserFlowAttribute(_) => {
                "microsoft.graph.identityUserFlowAttribute"
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityUserFlowAttributeAssignment(_) => {
                "microsoft.graph.identityUserFlowAttributeAssignment"
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityVerifiedIdRoot(_) => "microsoft.graph.identityVerifiedIdRoot",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ImportedWindowsAutopilotDeviceIdentity(_) => {
                "microsoft.graph.importedWindowsAutopilotDeviceIdentity"
            }
            #[cfg(msgraph_v1_search)]
            Self::ImportedWindowsAutopilotDeviceIdentityUpload(_) => {
                "microsoft.graph.importedWindowsAutopilotDeviceIdentityUpload"
            }
            #[cfg(msgraph_v1_core)]
            Self::InferenceClassification(_) => "microsoft.graph.inferenceClassification",
            #[cfg(msgraph_v1_core)]
            Self::InferenceClassificationOverride(_) => {
                "microsoft.graph.inferenceClassificationOverride"
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::InsightsSettings(_) => "microsoft.graph.insightsSettings",
            #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
            Self::InternalDomainFederation(_) => {
                "microsoft.graph.internalDomainFederation"
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::InternetExplorerMode(_) => "microsoft.graph.internetExplorerMode",
            #[cfg(msgraph_v1_invitations_or_search)]
            Self::Invitation(_) => "microsoft.graph.invitation",
            #[cfg(msgraph_v1_communications_or_search)]
            Self::InviteParticipantsOperation(_) => {
                "microsoft.graph.inviteParticipantsOperation"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosCertificateProfile(_) => "microsoft.graph.iosCertificateProfile",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosCompliancePolicy(_) => "microsoft.graph.iosCompliancePolicy",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosCustomConfiguration(_) => "microsoft.graph.iosCustomConfiguration",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosDeviceFeaturesConfiguration(_) => {
                "microsoft.graph.iosDeviceFeaturesConfiguration"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosGeneralDeviceConfiguration(_) => {
                "microsoft.graph.iosGeneralDeviceConfiguration"
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosLobApp(_) => "microsoft.graph.iosLobApp",
            #[cfg(msgraph_v1_search)]
            Self::IosLobAppProvisioningConfigurationAssignment(_) => {
                "microsoft.graph.iosLobAppProvisioningConfigurationAssignment"
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::IosManagedAppProtection(_) => "microsoft.graph.iosManagedAppProtection",
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosManagedAppRegistration(_) => {
                "microsoft.graph.iosManagedAppRegistration"
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosMobileAppConfiguration(_) => {
                "microsoft.graph.iosMobileAppConfiguration"
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosStoreApp(_) => "microsoft.graph.iosStoreApp",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosUpdateConfiguration(_) => "microsoft.graph.iosUpdateConfiguration",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosUpdateDeviceStatus(_) => "microsoft.graph.iosUpdateDeviceStatus",
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosVppApp(_) => "microsoft.graph.iosVppApp",
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosVppEBook(_) => "microsoft.graph.iosVppEBook",
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosVppEBookAssignment(_) => "microsoft.graph.iosVppEBookAssignment",
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosiPadOsWebClip(_) => "microsoft.graph.iosiPadOSWebClip",
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ItemActivity(_) => "microsoft.graph.itemActivity",
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ItemActivityStat(_) => "microsoft.graph.itemActivityStat",
            #[cfg(msgraph_v1_core_or_drives_or_sites)]
            Self::ItemAnalytics(_) => "microsoft.graph.itemAnalytics",
            #[cfg(msgraph_v1_core)]
            Self::ItemAttachment(_) => "microsoft.graph.itemAttachment",
            #[cfg(msgraph_v1_core)]
            Self::ItemInsights(_) => "microsoft.graph.itemInsights",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::ItemRetentionLabel(_) => "microsoft.graph.itemRetentionLabel",
            #[cfg(msgraph_v1_search)]
            Self::LabelContentRight(_) => "microsoft.graph.labelContentRight",
            #[cfg(msgraph_v1_search_or_security)]
            Self::LandingPage(_) => "microsoft.graph.landingPage",
            #[cfg(msgraph_v1_search_or_security)]
            Self::LandingPageDetail(_) => "microsoft.graph.landingPageDetail",
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningAssignment(_) => "microsoft.graph.learningAssignment",
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningContent(_) => "microsoft.graph.learningContent",
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningCourseActivity(_) => "microsoft.graph.learningCourseActivity",
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningProvider(_) => "microsoft.graph.learningProvider",
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningSelfInitiatedCourse(_) => {
                "microsoft.graph.learningSelfInitiatedCourse"
            }
            #[cfg(msgraph_v1_places_or_search)]
            Self::LevelMap(_) => "microsoft.graph.levelMap",
            #[cfg(msgraph_v1_core)]
            Self::LicenseDetails(_) => "microsoft.graph.licenseDetails",
            #[cfg(msgraph_v1_core)]
            Self::LinkedResource(_) => "microsoft.graph.linkedResource",
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(_) => "microsoft.graph.list",
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(_) => "microsoft.graph.listItem",
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItemVersion(_) => "microsoft.graph.listItemVersion",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::LocalizedNotificationMessage(_) => {
                "microsoft.graph.localizedNotificationMessage"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::LoginPage(_) => "microsoft.graph.loginPage",
            #[cfg(
                msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more
            )]
            Self::LongRunningOperation(_) => "microsoft.graph.longRunningOperation",
            #[cfg(msgraph_v1_admin_or_search)]
            Self::M365AppsInstallationOptions(_) => {
                "microsoft.graph.m365AppsInstallationOptions"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsCompliancePolicy(_) => "microsoft.graph.macOSCompliancePolicy",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsCustomConfiguration(_) => {
                "microsoft.graph.macOSCustomConfiguration"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsDeviceFeaturesConfiguration(_) => {
                "microsoft.graph.macOSDeviceFeaturesConfiguration"
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsDmgApp(_) => "microsoft.graph.macOSDmgApp",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsGeneralDeviceConfiguration(_) => {
                "microsoft.graph.macOSGeneralDeviceConfiguration"
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsLobApp(_) => "microsoft.graph.macOSLobApp",
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsMicrosoftDefenderApp(_) => {
                "microsoft.graph.macOSMicrosoftDefenderApp"
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsMicrosoftEdgeApp(_) => "microsoft.graph.macOSMicrosoftEdgeApp",
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsOfficeSuiteApp(_) => "microsoft.graph.macOSOfficeSuiteApp",
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::MailAssessmentRequest(_) => "microsoft.graph.mailAssessmentRequest",
            #[cfg(msgraph_v1_core)]
            Self::MailFolder(_) => "microsoft.graph.mailFolder",
            #[cfg(msgraph_v1_core)]
            Self::MailSearchFolder(_) => "microsoft.graph.mailSearchFolder",
            #[cfg(msgraph_v1_core)]
            Self::Mailbox(_) => "microsoft.graph.mailbox",
            #[cfg(msgraph_v1_core)]
            Self::MailboxFolder(_) => "microsoft.graph.mailboxFolder",
            #[cfg(msgraph_v1_core)]
            Self::MailboxItem(_) => "microsoft.graph.mailboxItem",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxProtectionRule(_) => "microsoft.graph.mailboxProtectionRule",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxProtectionUnit(_) => "microsoft.graph.mailboxProtectionUnit",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxProtectionUnitsBulkAdditionJob(_) => {
                "microsoft.graph.mailboxProtectionUnitsBulkAdditionJob"
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxRestoreArtifact(_) => "microsoft.graph.mailboxRestoreArtifact",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxRestoreArtifactsBulkAdditionRequest(_) => {
                "microsoft.graph.mailboxRestoreArtifactsBulkAdditionRequest"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MalwareStateForWindowsDevice(_) => {
                "microsoft.graph.malwareStateForWindowsDevice"
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAndroidLobApp(_) => "microsoft.graph.managedAndroidLobApp",
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAndroidStoreApp(_) => "microsoft.graph.managedAndroidStoreApp",
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedApp(_) => "microsoft.graph.managedApp",
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppConfiguration(_) => "microsoft.graph.managedAppConfiguration",
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppOperation(_) => "microsoft.graph.managedAppOperation",
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppPolicy(_) => "microsoft.graph.managedAppPolicy",
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppPolicyDeploymentSummary(_) => {
                "microsoft.graph.managedAppPolicyDeploymentSummary"
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppProtection(_) => "microsoft.graph.managedAppProtection",
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppRegistration(_) => "microsoft.graph.managedAppRegistration",
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppStatus(_) => "microsoft.graph.managedAppStatus",
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppStatusRaw(_) => "microsoft.graph.managedAppStatusRaw",
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::ManagedDevice(_) => "microsoft.graph.managedDevice",
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfiguration(_) => {
                "microsoft.graph.managedDeviceMobileAppConfiguration"
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationAssignment(_) => {
                "microsoft.graph.managedDeviceMobileAppConfigurationAssignment"
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceStatus(_) => {
                "microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus"
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceSummary(_) => {
                "microsoft.graph.managedDeviceMobileAppConfigurationDeviceSummary"
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserStatus(_) => {
                "microsoft.graph.managedDeviceMobileAppConfigurationUserStatus"
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserSummary(_) => {
                "microsoft.graph.managedDeviceMobileAppConfigurationUserSummary"
            }
            #[cfg(msgraph_v1_search)]
            Self::ManagedDeviceOverview(_) => "microsoft.graph.managedDeviceOverview",
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedEBook(_) => "microsoft.graph.managedEBook",
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedEBookAssignment(_) => "microsoft.graph.managedEBookAssignment",
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedIosLobApp(_) => "microsoft.graph.managedIOSLobApp",
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedIosStoreApp(_) => "microsoft.graph.managedIOSStoreApp",
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedMobileApp(_) => "microsoft.graph.managedMobileApp",
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedMobileLobApp(_) => "microsoft.graph.managedMobileLobApp",
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::MdmWindowsInformationProtectionPolicy(_) => {
                "microsoft.graph.mdmWindowsInformationProtectionPolicy"
            }
            #[cfg(msgraph_v1_core_or_communications_or_solutions)]
            Self::MeetingAttendanceReport(_) => "microsoft.graph.meetingAttendanceReport",
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::MembershipOutlierInsight(_) => {
                "microsoft.graph.membershipOutlierInsight"
            }
            #[cfg(msgraph_v1_core)]
            Self::Message(_) => "microsoft.graph.message",
            #[cfg(msgraph_v1_core)]
            Self::MessageRule(_) => "microsoft.graph.messageRule",
            #[cfg(msgraph_v1_admin_or_search)]
            Self::MessageTracingRoot(_) => "microsoft.graph.messageTracingRoot",
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::MicrosoftAccountUserConversationMember(_) => {
                "microsoft.graph.microsoftAccountUserConversationMember"
            }
            #[cfg(msgraph_v1_core)]
            Self::MicrosoftAuthenticatorAuthenticationMethod(_) => {
                "microsoft.graph.microsoftAuthenticatorAuthenticationMethod"
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(_) => {
                "microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration"
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(_) => {
                "microsoft.graph.microsoftAuthenticatorAuthenticationMethodTarget"
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MicrosoftStoreForBusinessApp(_) => {
                "microsoft.graph.microsoftStoreForBusinessApp"
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileApp(_) => "microsoft.graph.mobileApp",
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppAssignment(_) => "microsoft.graph.mobileAppAssignment",
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppCategory(_) => "microsoft.graph.mobileAppCategory",
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppContent(_) => "microsoft.graph.mobileAppContent",
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppContentFile(_) => "microsoft.graph.mobileAppContentFile",
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppRelationship(_) => "microsoft.graph.mobileAppRelationship",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MobileAppTroubleshootingEvent(_) => {
                "microsoft.graph.mobileAppTroubleshootingEvent"
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileContainedApp(_) => "microsoft.graph.mobileContainedApp",
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileLobApp(_) => "microsoft.graph.mobileLobApp",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MobileThreatDefenseConnector(_) => {
                "microsoft.graph.mobileThreatDefenseConnector"
            }
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::MultiTenantOrganization(_) => "microsoft.graph.multiTenantOrganization",
            #[cfg(msgraph_v1_core)]
            Self::MultiTenantOrganizationIdentitySyncPolicyTemplate(_) => {
                "microsoft.graph.multiTenantOrganizationIdentitySyncPolicyTemplate"
            }
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::MultiTenantOrganizationJoinRequestRecord(_) => {
                "microsoft.graph.multiTenantOrganizationJoinRequestRecord"
            }
            #[cfg(msgraph_v1_core)]
            Self::MultiTenantOrganizationMember(_) => {
                "microsoft.graph.multiTenantOrganizationMember"
            }
            #[cfg(msgraph_v1_core)]
            Self::MultiTenantOrganizationPartnerConfigurationTemplate(_) => {
                "microsoft.graph.multiTenantOrganizationPartnerConfigurationTemplate"
            }
            #[cfg(msgraph_v1_core)]
            Self::MultiValueLegacyExtendedProperty(_) => {
                "microsoft.graph.multiValueLegacyExtendedProperty"
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::MuteParticipantOperation(_) => {
                "microsoft.graph.muteParticipantOperation"
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Notebook(_) => "microsoft.graph.notebook",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::NotificationMessageTemplate(_) => {
                "microsoft.graph.notificationMessageTemplate"
            }
            #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
            Self::OAuth2PermissionGrant(_) => "microsoft.graph.oAuth2PermissionGrant",
            #[cfg(msgraph_v1_core)]
            Self::OfferShiftRequest(_) => "microsoft.graph.offerShiftRequest",
            #[cfg(msgraph_v1_core)]
            Self::OfficeGraphInsights(_) => "microsoft.graph.officeGraphInsights",
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::OidcIdentityProvider(_) => "microsoft.graph.oidcIdentityProvider",
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAttributeCollectionListener(_) => {
                "microsoft.graph.onAttributeCollectionListener"
            }
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnAttributeCollectionStartCustomExtension(_) => {
                "microsoft.graph.onAttributeCollectionStartCustomExtension"
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAttributeCollectionStartListener(_) => {
                "microsoft.graph.onAttributeCollectionStartListener"
            }
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnAttributeCollectionSubmitCustomExtension(_) => {
                "microsoft.graph.onAttributeCollectionSubmitCustomExtension"
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAttributeCollectionSubmitListener(_) => {
                "microsoft.graph.onAttributeCollectionSubmitListener"
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAuthenticationMethodLoadStartListener(_) => {
                "microsoft.graph.onAuthenticationMethodLoadStartListener"
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnEmailOtpSendListener(_) => "microsoft.graph.onEmailOtpSendListener",
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnFraudProtectionLoadStartListener(_) => {
                "microsoft.graph.onFraudProtectionLoadStartListener"
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnInteractiveAuthFlowStartListener(_) => {
                "microsoft.graph.onInteractiveAuthFlowStartListener"
            }
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnOtpSendCustomExtension(_) => {
                "microsoft.graph.onOtpSendCustomExtension"
            }
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnPasswordSubmitCustomExtension(_) => {
                "microsoft.graph.onPasswordSubmitCustomExtension"
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnPasswordSubmitListener(_) => {
                "microsoft.graph.onPasswordSubmitListener"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::OnPremisesConditionalAccessSettings(_) => {
                "microsoft.graph.onPremisesConditionalAccessSettings"
            }
            #[cfg(msgraph_v1_directory_or_search)]
            Self::OnPremisesDirectorySynchronization(_) => {
                "microsoft.graph.onPremisesDirectorySynchronization"
            }
            #[cfg(msgraph_v1_core)]
            Self::OnPremisesSyncBehavior(_) => "microsoft.graph.onPremisesSyncBehavior",
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnTokenIssuanceStartCustomExtension(_) => {
                "microsoft.graph.onTokenIssuanceStartCustomExtension"
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnTokenIssuanceStartListener(_) => {
                "microsoft.graph.onTokenIssuanceStartListener"
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnUserCreateStartListener(_) => {
                "microsoft.graph.onUserCreateStartListener"
            }
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnVerifiedIdClaimValidationCustomExtension(_) => {
                "microsoft.graph.onVerifiedIdClaimValidationCustomExtension"
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnVerifiedIdClaimValidationListener(_) => {
                "microsoft.graph.onVerifiedIdClaimValidationListener"
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::OneDriveForBusinessBrowseSession(_) => {
                "microsoft.graph.oneDriveForBusinessBrowseSession"
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::OneDriveForBusinessProtectionPolicy(_) => {
                "microsoft.graph.oneDriveForBusinessProtectionPolicy"
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::OneDriveForBusinessRestoreSession(_) => {
                "microsoft.graph.oneDriveForBusinessRestoreSession"
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Onenote(_) => "microsoft.graph.onenote",
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteEntityBaseModel(_) => "microsoft.graph.onenoteEntityBaseModel",
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteEntityHierarchyModel(_) => {
                "microsoft.graph.onenoteEntityHierarchyModel"
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteEntitySchemaObjectModel(_) => {
                "microsoft.graph.onenoteEntitySchemaObjectModel"
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteOperation(_) => "microsoft.graph.onenoteOperation",
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenotePage(_) => "microsoft.graph.onenotePage",
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteResource(_) => "microsoft.graph.onenoteResource",
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteSection(_) => "microsoft.graph.onenoteSection",
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(_) => "microsoft.graph.onlineMeeting",
            #[cfg(msgraph_v1_core_or_communications_or_solutions)]
            Self::OnlineMeetingBase(_) => "microsoft.graph.onlineMeetingBase",
            #[cfg(msgraph_v1_communications_or_search)]
            Self::OnlineMeetingEngagementConversation(_) => {
                "microsoft.graph.onlineMeetingEngagementConversation"
            }
            #[cfg(msgraph_v1_core)]
            Self::OpenShift(_) => "microsoft.graph.openShift",
            #[cfg(msgraph_v1_core)]
            Self::OpenShiftChangeRequest(_) => "microsoft.graph.openShiftChangeRequest",
            #[cfg(msgraph_v1_core)]
            Self::OpenTypeExtension(_) => "microsoft.graph.openTypeExtension",
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Operation(_) => "microsoft.graph.operation",
            #[cfg(msgraph_v1_core)]
            Self::OrgContact(_) => "microsoft.graph.orgContact",
            #[cfg(msgraph_v1_core)]
            Self::Organization(_) => "microsoft.graph.organization",
            #[cfg(msgraph_v1_core)]
            Self::OrganizationalBranding(_) => "microsoft.graph.organizationalBranding",
            #[cfg(msgraph_v1_core)]
            Self::OrganizationalBrandingLocalization(_) => {
                "microsoft.graph.organizationalBrandingLocalization"
            }
            #[cfg(msgraph_v1_core)]
            Self::OrganizationalBrandingProperties(_) => {
                "microsoft.graph.organizationalBrandingProperties"
            }
            #[cfg(msgraph_v1_core)]
            Self::OutlookCategory(_) => "microsoft.graph.outlookCategory",
            #[cfg(msgraph_v1_core)]
            Self::OutlookItem(_) => "microsoft.graph.outlookItem",
            #[cfg(msgraph_v1_core)]
            Self::OutlookUser(_) => "microsoft.graph.outlookUser",
            #[cfg(msgraph_v1_policies_or_search)]
            Self::OwnerlessGroupPolicy(_) => "microsoft.graph.ownerlessGroupPolicy",
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Participant(_) => "microsoft.graph.participant",
            #[cfg(msgraph_v1_search)]
            Self::ParticipantJoiningNotification(_) => {
                "microsoft.graph.participantJoiningNotification"
            }
            #[cfg(msgraph_v1_search)]
            Self::ParticipantLeftNotification(_) => {
                "microsoft.graph.participantLeftNotification"
            }
            #[cfg(msgraph_v1_reports_or_search)]
            Self::Partners(_) => "microsoft.graph.partners",
            #[cfg(msgraph_v1_reports_or_search)]
            Self::AzureUsage(_) => "microsoft.graph.partners.billing.azureUsage",
            #[cfg(msgraph_v1_reports_or_search)]
            Self::BilledReconciliation(_) => {
                "microsoft.graph.partners.billing.billedReconciliation"
            }
            #[cfg(msgraph_v1_reports_or_search)]
            Self::BilledUsage(_) => "microsoft.graph.partners.billing.billedUsage",
            #[cfg(msgraph_v1_reports_or_search)]
            Self::Billing(_) => "microsoft.graph.partners.billing.billing",
            #[cfg(msgraph_v1_reports_or_search)]
            Self::BillingReconciliation(_) => {
                "microsoft.graph.partners.billing.billingReconciliation"
            }
            #[cfg(msgraph_v1_reports_or_search)]
            Self::ExportSuccessOperation(_) => {
                "microsoft.graph.partners.billing.exportSuccessOperation"
            }
            #[cfg(msgraph_v1_reports_or_search)]
            Self::FailedOperation(_) => {
                "microsoft.graph.partners.billing.failedOperation"
            }
            #[cfg(msgraph_v1_reports_or_search)]
            Self::Manifest(_) => "microsoft.graph.partners.billing.manifest",
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PartnersBillingOperation(_) => {
                "microsoft.graph.partners.billing.operation"
            }
            #[cfg(msgraph_v1_reports_or_search)]
            Self::RunningOperation(_) => {
                "microsoft.graph.partners.billing.runningOperation"
            }
            #[cfg(msgraph_v1_reports_or_search)]
            Self::UnbilledReconciliation(_) => {
                "microsoft.graph.partners.billing.unbilledReconciliation"
            }
            #[cfg(msgraph_v1_reports_or_search)]
            Self::UnbilledUsage(_) => "microsoft.graph.partners.billing.unbilledUsage",
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::PasskeyAuthenticationMethodTarget(_) => {
                "microsoft.graph.passkeyAuthenticationMethodTarget"
            }
            #[cfg(msgraph_v1_search)]
            Self::PasskeyProfile(_) => "microsoft.graph.passkeyProfile",
            #[cfg(msgraph_v1_core)]
            Self::PasswordAuthenticationMethod(_) => {
                "microsoft.graph.passwordAuthenticationMethod"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::Payload(_) => "microsoft.graph.payload",
            #[cfg(msgraph_v1_admin_or_search)]
            Self::PeopleAdminSettings(_) => "microsoft.graph.peopleAdminSettings",
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
            Self::Permission(_) => "microsoft.graph.permission",
            #[cfg(msgraph_v1_core)]
            Self::PermissionGrantConditionSet(_) => {
                "microsoft.graph.permissionGrantConditionSet"
            }
            #[cfg(msgraph_v1_core)]
            Self::PermissionGrantPolicy(_) => "microsoft.graph.permissionGrantPolicy",
            #[cfg(msgraph_v1_core)]
            Self::Person(_) => "microsoft.graph.person",
            #[cfg(msgraph_v1_core)]
            Self::PhoneAuthenticationMethod(_) => {
                "microsoft.graph.phoneAuthenticationMethod"
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::PhoneUserConversationMember(_) => {
                "microsoft.graph.phoneUserConversationMember"
            }
            #[cfg(msgraph_v1_core)]
            Self::PinnedChatMessageInfo(_) => "microsoft.graph.pinnedChatMessageInfo",
            #[cfg(msgraph_v1_places_or_search)]
            Self::Place(_) => "microsoft.graph.place",
            #[cfg(msgraph_v1_planner_or_search)]
            Self::Planner(_) => "microsoft.graph.planner",
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerAssignedToTaskBoardTaskFormat(_) => {
                "microsoft.graph.plannerAssignedToTaskBoardTaskFormat"
            }
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerBucket(_) => "microsoft.graph.plannerBucket",
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerBucketTaskBoardTaskFormat(_) => {
                "microsoft.graph.plannerBucketTaskBoardTaskFormat"
            }
            #[cfg(msgraph_v1_core)]
            Self::PlannerGroup(_) => "microsoft.graph.plannerGroup",
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerPlan(_) => "microsoft.graph.plannerPlan",
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerPlanDetails(_) => "microsoft.graph.plannerPlanDetails",
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerProgressTaskBoardTaskFormat(_) => {
                "microsoft.graph.plannerProgressTaskBoardTaskFormat"
            }
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerTask(_) => "microsoft.graph.plannerTask",
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerTaskDetails(_) => "microsoft.graph.plannerTaskDetails",
            #[cfg(msgraph_v1_core)]
            Self::PlannerUser(_) => "microsoft.graph.plannerUser",
            #[cfg(msgraph_v1_core)]
            Self::PlatformCredentialAuthenticationMethod(_) => {
                "microsoft.graph.platformCredentialAuthenticationMethod"
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::PlayPromptOperation(_) => "microsoft.graph.playPromptOperation",
            #[cfg(msgraph_v1_core)]
            Self::PolicyBase(_) => "microsoft.graph.policyBase",
            #[cfg(msgraph_v1_policies_or_search)]
            Self::PolicyRoot(_) => "microsoft.graph.policyRoot",
            #[cfg(msgraph_v1_core)]
            Self::PolicyTemplate(_) => "microsoft.graph.policyTemplate",
            #[cfg(msgraph_v1_core)]
            Self::Post(_) => "microsoft.graph.post",
            #[cfg(msgraph_v1_core_or_communications)]
            Self::Presence(_) => "microsoft.graph.presence",
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintConnector(_) => "microsoft.graph.printConnector",
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrintDocument(_) => "microsoft.graph.printDocument",
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrintJob(_) => "microsoft.graph.printJob",
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintOperation(_) => "microsoft.graph.printOperation",
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintService(_) => "microsoft.graph.printService",
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintServiceEndpoint(_) => "microsoft.graph.printServiceEndpoint",
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrintTask(_) => "microsoft.graph.printTask",
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintTaskDefinition(_) => "microsoft.graph.printTaskDefinition",
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintTaskTrigger(_) => "microsoft.graph.printTaskTrigger",
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PrintUsage(_) => "microsoft.graph.printUsage",
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PrintUsageByPrinter(_) => "microsoft.graph.printUsageByPrinter",
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PrintUsageByUser(_) => "microsoft.graph.printUsageByUser",
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(_) => "microsoft.graph.printer",
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrinterBase(_) => "microsoft.graph.printerBase",
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrinterCreateOperation(_) => "microsoft.graph.printerCreateOperation",
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrinterShare(_) => "microsoft.graph.printerShare",
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroup(_) => "microsoft.graph.privilegedAccessGroup",
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentSchedule(_) => {
                "microsoft.graph.privilegedAccessGroupAssignmentSchedule"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleInstance(_) => {
                "microsoft.graph.privilegedAccessGroupAssignmentScheduleInstance"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(_) => {
                "microsoft.graph.privilegedAccessGroupAssignmentScheduleRequest"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilitySchedule(_) => {
                "microsoft.graph.privilegedAccessGroupEligibilitySchedule"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleInstance(_) => {
                "microsoft.graph.privilegedAccessGroupEligibilityScheduleInstance"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(_) => {
                "microsoft.graph.privilegedAccessGroupEligibilityScheduleRequest"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessRoot(_) => "microsoft.graph.privilegedAccessRoot",
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessSchedule(_) => {
                "microsoft.graph.privilegedAccessSchedule"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleInstance(_) => {
                "microsoft.graph.privilegedAccessScheduleInstance"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(_) => {
                "microsoft.graph.privilegedAccessScheduleRequest"
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ProfileCardProperty(_) => "microsoft.graph.profileCardProperty",
            #[cfg(msgraph_v1_core)]
            Self::ProfilePhoto(_) => "microsoft.graph.profilePhoto",
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ProfilePropertySetting(_) => "microsoft.graph.profilePropertySetting",
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ProfileSource(_) => "microsoft.graph.profileSource",
            #[cfg(msgraph_v1_admin_or_search)]
            Self::PronounsSettings(_) => "microsoft.graph.pronounsSettings",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionPolicyBase(_) => "microsoft.graph.protectionPolicyBase",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionRuleBase(_) => "microsoft.graph.protectionRuleBase",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionUnitBase(_) => "microsoft.graph.protectionUnitBase",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionUnitsBulkJobBase(_) => {
                "microsoft.graph.protectionUnitsBulkJobBase"
            }
            #[cfg(msgraph_v1_audit_logs_or_search)]
            Self::ProvisioningObjectSummary(_) => {
                "microsoft.graph.provisioningObjectSummary"
            }
            #[cfg(msgraph_v1_directory_or_search)]
            Self::PublicKeyInfrastructureRoot(_) => {
                "microsoft.graph.publicKeyInfrastructureRoot"
            }
            #[cfg(msgraph_v1_core)]
            Self::QrCode(_) => "microsoft.graph.qrCode",
            #[cfg(msgraph_v1_core)]
            Self::QrCodePinAuthenticationMethod(_) => {
                "microsoft.graph.qrCodePinAuthenticationMethod"
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::QrCodePinAuthenticationMethodConfiguration(_) => {
                "microsoft.graph.qrCodePinAuthenticationMethodConfiguration"
            }
            #[cfg(msgraph_v1_core)]
            Self::QrPin(_) => "microsoft.graph.qrPin",
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::RbacApplication(_) => "microsoft.graph.rbacApplication",
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReadingAssignmentSubmission(_) => {
                "microsoft.graph.readingAssignmentSubmission"
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReadingCoachPassage(_) => "microsoft.graph.readingCoachPassage",
            #[cfg(msgraph_v1_communications_or_search)]
            Self::RecordOperation(_) => "microsoft.graph.recordOperation",
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(_) => "microsoft.graph.recycleBin",
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(_) => "microsoft.graph.recycleBinItem",
            #[cfg(msgraph_v1_core)]
            Self::ReferenceAttachment(_) => "microsoft.graph.referenceAttachment",
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReflectCheckInResponse(_) => "microsoft.graph.reflectCheckInResponse",
            #[cfg(msgraph_v1_reports_or_search)]
            Self::RelyingPartyDetailedSummary(_) => {
                "microsoft.graph.relyingPartyDetailedSummary"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::RemoteAssistancePartner(_) => "microsoft.graph.remoteAssistancePartner",
            #[cfg(msgraph_v1_core)]
            Self::RemoteDesktopSecurityConfiguration(_) => {
                "microsoft.graph.remoteDesktopSecurityConfiguration"
            }
            #[cfg(msgraph_v1_core)]
            Self::RemoteTenantGroup(_) => "microsoft.graph.remoteTenantGroup",
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReportsRoot(_) => "microsoft.graph.reportsRoot",
            #[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
            Self::Request(_) => "microsoft.graph.request",
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::ResellerDelegatedAdminRelationship(_) => {
                "microsoft.graph.resellerDelegatedAdminRelationship"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ResourceOperation(_) => "microsoft.graph.resourceOperation",
            #[cfg(msgraph_v1_core)]
            Self::ResourceSpecificPermissionGrant(_) => {
                "microsoft.graph.resourceSpecificPermissionGrant"
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestoreArtifactBase(_) => "microsoft.graph.restoreArtifactBase",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestoreArtifactsBulkRequestBase(_) => {
                "microsoft.graph.restoreArtifactsBulkRequestBase"
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestorePoint(_) => "microsoft.graph.restorePoint",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestoreSessionBase(_) => "microsoft.graph.restoreSessionBase",
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::RichLongRunningOperation(_) => {
                "microsoft.graph.richLongRunningOperation"
            }
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskDetection(_) => "microsoft.graph.riskDetection",
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyServicePrincipal(_) => "microsoft.graph.riskyServicePrincipal",
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyServicePrincipalHistoryItem(_) => {
                "microsoft.graph.riskyServicePrincipalHistoryItem"
            }
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyUser(_) => "microsoft.graph.riskyUser",
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyUserHistoryItem(_) => "microsoft.graph.riskyUserHistoryItem",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::RoleAssignment(_) => "microsoft.graph.roleAssignment",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::RoleDefinition(_) => "microsoft.graph.roleDefinition",
            #[cfg(msgraph_v1_places_or_search)]
            Self::Room(_) => "microsoft.graph.room",
            #[cfg(msgraph_v1_places_or_search)]
            Self::RoomList(_) => "microsoft.graph.roomList",
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SamlOrWsFedExternalDomainFederation(_) => {
                "microsoft.graph.samlOrWsFedExternalDomainFederation"
            }
            #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
            Self::SamlOrWsFedProvider(_) => "microsoft.graph.samlOrWsFedProvider",
            #[cfg(msgraph_v1_core)]
            Self::Schedule(_) => "microsoft.graph.schedule",
            #[cfg(msgraph_v1_core)]
            Self::ScheduleChangeRequest(_) => "microsoft.graph.scheduleChangeRequest",
            #[cfg(msgraph_v1_core)]
            Self::SchedulingGroup(_) => "microsoft.graph.schedulingGroup",
            #[cfg(msgraph_v1_schema_extensions_or_search)]
            Self::SchemaExtension(_) => "microsoft.graph.schemaExtension",
            #[cfg(msgraph_v1_core_or_scoped_role_memberships)]
            Self::ScopedRoleMembership(_) => "microsoft.graph.scopedRoleMembership",
            #[cfg(msgraph_v1_search)]
            Self::Acronym(_) => "microsoft.graph.search.acronym",
            #[cfg(msgraph_v1_search)]
            Self::Bookmark(_) => "microsoft.graph.search.bookmark",
            #[cfg(msgraph_v1_search)]
            Self::Qna(_) => "microsoft.graph.search.qna",
            #[cfg(msgraph_v1_search)]
            Self::SearchAnswer(_) => "microsoft.graph.search.searchAnswer",
            #[cfg(msgraph_v1_search)]
            Self::SearchEntity(_) => "microsoft.graph.searchEntity",
            #[cfg(msgraph_v1_places_or_search)]
            Self::Section(_) => "microsoft.graph.section",
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SectionGroup(_) => "microsoft.graph.sectionGroup",
            #[cfg(msgraph_v1_places_or_search)]
            Self::SectionMap(_) => "microsoft.graph.sectionMap",
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecureScore(_) => "microsoft.graph.secureScore",
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecureScoreControlProfile(_) => {
                "microsoft.graph.secureScoreControlProfile"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecurityAlert(_) => "microsoft.graph.security.alert",
            #[cfg(msgraph_v1_search_or_security)]
            Self::AnalyzedEmail(_) => "microsoft.graph.security.analyzedEmail",
            #[cfg(msgraph_v1_search_or_security)]
            Self::Article(_) => "microsoft.graph.security.article",
            #[cfg(msgraph_v1_search_or_security)]
            Self::ArticleIndicator(_) => "microsoft.graph.security.articleIndicator",
            #[cfg(msgraph_v1_search_or_security)]
            Self::Artifact(_) => "microsoft.graph.security.artifact",
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuditCoreRoot(_) => "microsoft.graph.security.auditCoreRoot",
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuditLogQuery(_) => "microsoft.graph.security.auditLogQuery",
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuditLogRecord(_) => "microsoft.graph.security.auditLogRecord",
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuthorityTemplate(_) => "microsoft.graph.security.authorityTemplate",
            #[cfg(msgraph_v1_search_or_security)]
            Self::AutoAuditingConfiguration(_) => {
                "microsoft.graph.security.autoAuditingConfiguration"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::Case(_) => "microsoft.graph.security.case",
            #[cfg(msgraph_v1_search_or_security)]
            Self::CaseOperation(_) => "microsoft.graph.security.caseOperation",
            #[cfg(msgraph_v1_search_or_security)]
            Self::CasesRoot(_) => "microsoft.graph.security.casesRoot",
            #[cfg(msgraph_v1_search_or_security)]
            Self::CategoryTemplate(_) => "microsoft.graph.security.categoryTemplate",
            #[cfg(msgraph_v1_search_or_security)]
            Self::CitationTemplate(_) => "microsoft.graph.security.citationTemplate",
            #[cfg(msgraph_v1_search_or_security)]
            Self::CollaborationRoot(_) => "microsoft.graph.security.collaborationRoot",
            #[cfg(msgraph_v1_search_or_security)]
            Self::DataSet(_) => "microsoft.graph.security.dataSet",
            #[cfg(msgraph_v1_search_or_security)]
            Self::DataSource(_) => "microsoft.graph.security.dataSource",
            #[cfg(msgraph_v1_search_or_security)]
            Self::DataSourceContainer(_) => {
                "microsoft.graph.security.dataSourceContainer"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::DepartmentTemplate(_) => "microsoft.graph.security.departmentTemplate",
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryAddToReviewSetOperation(_) => {
                "microsoft.graph.security.ediscoveryAddToReviewSetOperation"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCase(_) => "microsoft.graph.security.ediscoveryCase",
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCaseMember(_) => {
                "microsoft.graph.security.ediscoveryCaseMember"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCaseSettings(_) => {
                "microsoft.graph.security.ediscoveryCaseSettings"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCustodian(_) => {
                "microsoft.graph.security.ediscoveryCustodian"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryEstimateOperation(_) => {
                "microsoft.graph.security.ediscoveryEstimateOperation"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryExportOperation(_) => {
                "microsoft.graph.security.ediscoveryExportOperation"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryHoldOperation(_) => {
                "microsoft.graph.security.ediscoveryHoldOperation"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryHoldPolicySyncOperation(_) => {
                "microsoft.graph.security.ediscoveryHoldPolicySyncOperation"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryIndexOperation(_) => {
                "microsoft.graph.security.ediscoveryIndexOperation"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryNoncustodialDataSource(_) => {
                "microsoft.graph.security.ediscoveryNoncustodialDataSource"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryPurgeDataOperation(_) => {
                "microsoft.graph.security.ediscoveryPurgeDataOperation"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryReviewSet(_) => {
                "microsoft.graph.security.ediscoveryReviewSet"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryReviewSetQuery(_) => {
                "microsoft.graph.security.ediscoveryReviewSetQuery"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryReviewTag(_) => {
                "microsoft.graph.security.ediscoveryReviewTag"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoverySearch(_) => "microsoft.graph.security.ediscoverySearch",
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoverySearchExportOperation(_) => {
                "microsoft.graph.security.ediscoverySearchExportOperation"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryTagOperation(_) => {
                "microsoft.graph.security.ediscoveryTagOperation"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::FilePlanDescriptor(_) => "microsoft.graph.security.filePlanDescriptor",
            #[cfg(msgraph_v1_search_or_security)]
            Self::FilePlanDescriptorTemplate(_) => {
                "microsoft.graph.security.filePlanDescriptorTemplate"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::FilePlanReferenceTemplate(_) => {
                "microsoft.graph.security.filePlanReferenceTemplate"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::HealthIssue(_) => "microsoft.graph.security.healthIssue",
            #[cfg(msgraph_v1_search_or_security)]
            Self::Host(_) => "microsoft.graph.security.host",
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostComponent(_) => "microsoft.graph.security.hostComponent",
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostCookie(_) => "microsoft.graph.security.hostCookie",
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostPair(_) => "microsoft.graph.security.hostPair",
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostPort(_) => "microsoft.graph.security.hostPort",
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostReputation(_) => "microsoft.graph.security.hostReputation",
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostSslCertificate(_) => "microsoft.graph.security.hostSslCertificate",
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostTracker(_) => "microsoft.graph.security.hostTracker",
            #[cfg(msgraph_v1_search_or_security)]
            Self::Hostname(_) => "microsoft.graph.security.hostname",
            #[cfg(msgraph_v1_search_or_security)]
            Self::IdentityAccounts(_) => "microsoft.graph.security.identityAccounts",
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecurityIdentityContainer(_) => {
                "microsoft.graph.security.identityContainer"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::Incident(_) => "microsoft.graph.security.incident",
            #[cfg(msgraph_v1_search_or_security)]
            Self::Indicator(_) => "microsoft.graph.security.indicator",
            #[cfg(msgraph_v1_search_or_security)]
            Self::IntelligenceProfile(_) => {
                "microsoft.graph.security.intelligenceProfile"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::IntelligenceProfileIndicator(_) => {
                "microsoft.graph.security.intelligenceProfileIndicator"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::IpAddress(_) => "microsoft.graph.security.ipAddress",
            #[cfg(msgraph_v1_search_or_security)]
            Self::LabelsRoot(_) => "microsoft.graph.security.labelsRoot",
            #[cfg(msgraph_v1_search_or_security)]
            Self::NetworkAdapter(_) => "microsoft.graph.security.networkAdapter",
            #[cfg(msgraph_v1_search_or_security)]
            Self::PassiveDnsRecord(_) => "microsoft.graph.security.passiveDnsRecord",
            #[cfg(msgraph_v1_search_or_security)]
            Self::RetentionEvent(_) => "microsoft.graph.security.retentionEvent",
            #[cfg(msgraph_v1_search_or_security)]
            Self::RetentionEventType(_) => "microsoft.graph.security.retentionEventType",
            #[cfg(msgraph_v1_search_or_security)]
            Self::RetentionLabel(_) => "microsoft.graph.security.retentionLabel",
            #[cfg(msgraph_v1_search_or_security)]
            Self::Search(_) => "microsoft.graph.security.search",
            #[cfg(msgraph_v1_search_or_security)]
            Self::Sensor(_) => "microsoft.graph.security.sensor",
            #[cfg(msgraph_v1_search_or_security)]
            Self::SensorCandidate(_) => "microsoft.graph.security.sensorCandidate",
            #[cfg(msgraph_v1_search_or_security)]
            Self::SensorCandidateActivationConfiguration(_) => {
                "microsoft.graph.security.sensorCandidateActivationConfiguration"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::SettingsContainer(_) => "microsoft.graph.security.settingsContainer",
            #[cfg(msgraph_v1_search_or_security)]
            Self::SiteSource(_) => "microsoft.graph.security.siteSource",
            #[cfg(msgraph_v1_search_or_security)]
            Self::SslCertificate(_) => "microsoft.graph.security.sslCertificate",
            #[cfg(msgraph_v1_search_or_security)]
            Self::SubcategoryTemplate(_) => {
                "microsoft.graph.security.subcategoryTemplate"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::Subdomain(_) => "microsoft.graph.security.subdomain",
            #[cfg(msgraph_v1_search_or_security)]
            Self::Tag(_) => "microsoft.graph.security.tag",
            #[cfg(msgraph_v1_search_or_security)]
            Self::ThreatIntelligence(_) => "microsoft.graph.security.threatIntelligence",
            #[cfg(msgraph_v1_search_or_security)]
            Self::TriggerTypesRoot(_) => "microsoft.graph.security.triggerTypesRoot",
            #[cfg(msgraph_v1_search_or_security)]
            Self::TriggersRoot(_) => "microsoft.graph.security.triggersRoot",
            #[cfg(msgraph_v1_search)]
            Self::UnclassifiedArtifact(_) => {
                "microsoft.graph.security.unclassifiedArtifact"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::UnifiedGroupSource(_) => "microsoft.graph.security.unifiedGroupSource",
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecurityUser(_) => "microsoft.graph.security.user",
            #[cfg(msgraph_v1_search_or_security)]
            Self::UserSource(_) => "microsoft.graph.security.userSource",
            #[cfg(msgraph_v1_search_or_security)]
            Self::Vulnerability(_) => "microsoft.graph.security.vulnerability",
            #[cfg(msgraph_v1_search_or_security)]
            Self::VulnerabilityComponent(_) => {
                "microsoft.graph.security.vulnerabilityComponent"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::WhoisBaseRecord(_) => "microsoft.graph.security.whoisBaseRecord",
            #[cfg(msgraph_v1_search_or_security)]
            Self::WhoisHistoryRecord(_) => "microsoft.graph.security.whoisHistoryRecord",
            #[cfg(msgraph_v1_search_or_security)]
            Self::WhoisRecord(_) => "microsoft.graph.security.whoisRecord",
            #[cfg(msgraph_v1_reports_or_search)]
            Self::SecurityReportsRoot(_) => "microsoft.graph.securityReportsRoot",
            #[cfg(msgraph_v1_communications_or_search)]
            Self::SendDtmfTonesOperation(_) => "microsoft.graph.sendDtmfTonesOperation",
            #[cfg(msgraph_v1_core_or_security)]
            Self::SensitivityLabel(_) => "microsoft.graph.sensitivityLabel",
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceAnnouncement(_) => "microsoft.graph.serviceAnnouncement",
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceAnnouncementAttachment(_) => {
                "microsoft.graph.serviceAnnouncementAttachment"
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceAnnouncementBase(_) => "microsoft.graph.serviceAnnouncementBase",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ServiceApp(_) => "microsoft.graph.serviceApp",
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceHealth(_) => "microsoft.graph.serviceHealth",
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceHealthIssue(_) => "microsoft.graph.serviceHealthIssue",
            #[cfg(msgraph_v1_core)]
            Self::ServicePrincipal(_) => "microsoft.graph.servicePrincipal",
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::ServicePrincipalRiskDetection(_) => {
                "microsoft.graph.servicePrincipalRiskDetection"
            }
            #[cfg(msgraph_v1_core)]
            Self::ServiceProviderConstraints(_) => {
                "microsoft.graph.serviceProviderConstraints"
            }
            #[cfg(msgraph_v1_core_or_storage)]
            Self::ServiceStorageQuotaBreakdown(_) => {
                "microsoft.graph.serviceStorageQuotaBreakdown"
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceUpdateMessage(_) => "microsoft.graph.serviceUpdateMessage",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::SettingStateDeviceSummary(_) => {
                "microsoft.graph.settingStateDeviceSummary"
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SharePointBrowseSession(_) => "microsoft.graph.sharePointBrowseSession",
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointGroup(_) => "microsoft.graph.sharePointGroup",
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointGroupMember(_) => "microsoft.graph.sharePointGroupMember",
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationEvent(_) => {
                "microsoft.graph.sharePointMigrationEvent"
            }
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationFinishManifestFileUploadEvent(_) => {
                "microsoft.graph.sharePointMigrationFinishManifestFileUploadEvent"
            }
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJob(_) => "microsoft.graph.sharePointMigrationJob",
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobCancelledEvent(_) => {
                "microsoft.graph.sharePointMigrationJobCancelledEvent"
            }
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobDeletedEvent(_) => {
                "microsoft.graph.sharePointMigrationJobDeletedEvent"
            }
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobErrorEvent(_) => {
                "microsoft.graph.sharePointMigrationJobErrorEvent"
            }
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobPostponedEvent(_) => {
                "microsoft.graph.sharePointMigrationJobPostponedEvent"
            }
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobProgressEvent(_) => {
                "microsoft.graph.sharePointMigrationJobProgressEvent"
            }
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobQueuedEvent(_) => {
                "microsoft.graph.sharePointMigrationJobQueuedEvent"
            }
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobStartEvent(_) => {
                "microsoft.graph.sharePointMigrationJobStartEvent"
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SharePointProtectionPolicy(_) => {
                "microsoft.graph.sharePointProtectionPolicy"
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SharePointRestoreSession(_) => {
                "microsoft.graph.sharePointRestoreSession"
            }
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(_) => "microsoft.graph.sharedDriveItem",
            #[cfg(msgraph_v1_core)]
            Self::SharedInsight(_) => "microsoft.graph.sharedInsight",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::SharedPcConfiguration(_) => "microsoft.graph.sharedPCConfiguration",
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::SharedWithChannelTeamInfo(_) => {
                "microsoft.graph.sharedWithChannelTeamInfo"
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::Sharepoint(_) => "microsoft.graph.sharepoint",
            #[cfg(msgraph_v1_admin_or_search)]
            Self::SharepointSettings(_) => "microsoft.graph.sharepointSettings",
            #[cfg(msgraph_v1_core)]
            Self::Shift(_) => "microsoft.graph.shift",
            #[cfg(msgraph_v1_core)]
            Self::ShiftPreferences(_) => "microsoft.graph.shiftPreferences",
            #[cfg(msgraph_v1_audit_logs_or_search)]
            Self::SignIn(_) => "microsoft.graph.signIn",
            #[cfg(msgraph_v1_search_or_security)]
            Self::Simulation(_) => "microsoft.graph.simulation",
            #[cfg(msgraph_v1_search_or_security)]
            Self::SimulationAutomation(_) => "microsoft.graph.simulationAutomation",
            #[cfg(msgraph_v1_search_or_security)]
            Self::SimulationAutomationRun(_) => "microsoft.graph.simulationAutomationRun",
            #[cfg(msgraph_v1_core)]
            Self::SingleValueLegacyExtendedProperty(_) => {
                "microsoft.graph.singleValueLegacyExtendedProperty"
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(_) => "microsoft.graph.site",
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(_) => "microsoft.graph.sitePage",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteProtectionRule(_) => "microsoft.graph.siteProtectionRule",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteProtectionUnit(_) => "microsoft.graph.siteProtectionUnit",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteProtectionUnitsBulkAdditionJob(_) => {
                "microsoft.graph.siteProtectionUnitsBulkAdditionJob"
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteRestoreArtifact(_) => "microsoft.graph.siteRestoreArtifact",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteRestoreArtifactsBulkAdditionRequest(_) => {
                "microsoft.graph.siteRestoreArtifactsBulkAdditionRequest"
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::SkypeForBusinessUserConversationMember(_) => {
                "microsoft.graph.skypeForBusinessUserConversationMember"
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::SkypeUserConversationMember(_) => {
                "microsoft.graph.skypeUserConversationMember"
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodConfiguration(_) => {
                "microsoft.graph.smsAuthenticationMethodConfiguration"
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodTarget(_) => {
                "microsoft.graph.smsAuthenticationMethodTarget"
            }
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SocialIdentityProvider(_) => "microsoft.graph.socialIdentityProvider",
            #[cfg(msgraph_v1_core)]
            Self::SoftwareOathAuthenticationMethod(_) => {
                "microsoft.graph.softwareOathAuthenticationMethod"
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SoftwareOathAuthenticationMethodConfiguration(_) => {
                "microsoft.graph.softwareOathAuthenticationMethodConfiguration"
            }
            #[cfg(msgraph_v1_search)]
            Self::SoftwareUpdateStatusSummary(_) => {
                "microsoft.graph.softwareUpdateStatusSummary"
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::SpeakerAssignmentSubmission(_) => {
                "microsoft.graph.speakerAssignmentSubmission"
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::StandardWebPart(_) => "microsoft.graph.standardWebPart",
            #[cfg(msgraph_v1_communications_or_search)]
            Self::StartHoldMusicOperation(_) => "microsoft.graph.startHoldMusicOperation",
            #[cfg(msgraph_v1_communications_or_search)]
            Self::StopHoldMusicOperation(_) => "microsoft.graph.stopHoldMusicOperation",
            #[cfg(msgraph_v1_core_or_storage)]
            Self::StorageQuotaBreakdown(_) => "microsoft.graph.storageQuotaBreakdown",
            #[cfg(msgraph_v1_search_or_storage)]
            Self::StorageSettings(_) => "microsoft.graph.storageSettings",
            #[cfg(msgraph_v1_core)]
            Self::StsPolicy(_) => "microsoft.graph.stsPolicy",
            #[cfg(msgraph_v1_privacy_or_search_or_security)]
            Self::SubjectRightsRequest(_) => "microsoft.graph.subjectRightsRequest",
            #[cfg(msgraph_v1_communications_or_search)]
            Self::SubscribeToToneOperation(_) => {
                "microsoft.graph.subscribeToToneOperation"
            }
            #[cfg(msgraph_v1_search_or_subscribed_skus)]
            Self::SubscribedSku(_) => "microsoft.graph.subscribedSku",
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
            Self::Subscription(_) => "microsoft.graph.subscription",
            #[cfg(msgraph_v1_core)]
            Self::SwapShiftsChangeRequest(_) => "microsoft.graph.swapShiftsChangeRequest",
            #[cfg(msgraph_v1_core)]
            Self::Synchronization(_) => "microsoft.graph.synchronization",
            #[cfg(msgraph_v1_core)]
            Self::SynchronizationJob(_) => "microsoft.graph.synchronizationJob",
            #[cfg(msgraph_v1_core)]
            Self::SynchronizationSchema(_) => "microsoft.graph.synchronizationSchema",
            #[cfg(msgraph_v1_core)]
            Self::SynchronizationTemplate(_) => "microsoft.graph.synchronizationTemplate",
            #[cfg(msgraph_v1_core)]
            Self::TargetDeviceGroup(_) => "microsoft.graph.targetDeviceGroup",
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TargetedChatMessage(_) => "microsoft.graph.targetedChatMessage",
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::TargetedManagedAppConfiguration(_) => {
                "microsoft.graph.targetedManagedAppConfiguration"
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::TargetedManagedAppPolicyAssignment(_) => {
                "microsoft.graph.targetedManagedAppPolicyAssignment"
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::TargetedManagedAppProtection(_) => {
                "microsoft.graph.targetedManagedAppProtection"
            }
            #[cfg(msgraph_v1_core)]
            Self::TaskFileAttachment(_) => "microsoft.graph.taskFileAttachment",
            #[cfg(msgraph_v1_core)]
            Self::Team(_) => "microsoft.graph.team",
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TeamInfo(_) => "microsoft.graph.teamInfo",
            #[cfg(msgraph_v1_admin_or_search)]
            Self::NumberAssignment(_) => {
                "microsoft.graph.teamsAdministration.numberAssignment"
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::PolicyIdentifierDetail(_) => {
                "microsoft.graph.teamsAdministration.policyIdentifierDetail"
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsAdminRoot(_) => {
                "microsoft.graph.teamsAdministration.teamsAdminRoot"
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsPolicyAssignment(_) => {
                "microsoft.graph.teamsAdministration.teamsPolicyAssignment"
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsPolicyUserAssignment(_) => {
                "microsoft.graph.teamsAdministration.teamsPolicyUserAssignment"
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsUserConfiguration(_) => {
                "microsoft.graph.teamsAdministration.teamsUserConfiguration"
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TelephoneNumberLongRunningOperation(_) => {
                "microsoft.graph.teamsAdministration.telephoneNumberLongRunningOperation"
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TelephoneNumberManagementRoot(_) => {
                "microsoft.graph.teamsAdministration.telephoneNumberManagementRoot"
            }
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::TeamsApp(_) => "microsoft.graph.teamsApp",
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::TeamsAppDefinition(_) => "microsoft.graph.teamsAppDefinition",
            #[cfg(msgraph_v1_core)]
            Self::TeamsAppInstallation(_) => "microsoft.graph.teamsAppInstallation",
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::TeamsAppSettings(_) => "microsoft.graph.teamsAppSettings",
            #[cfg(msgraph_v1_core)]
            Self::TeamsAsyncOperation(_) => "microsoft.graph.teamsAsyncOperation",
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TeamsTab(_) => "microsoft.graph.teamsTab",
            #[cfg(msgraph_v1_search_or_teams_templates)]
            Self::TeamsTemplate(_) => "microsoft.graph.teamsTemplate",
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::Teamwork(_) => "microsoft.graph.teamwork",
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::TeamworkBot(_) => "microsoft.graph.teamworkBot",
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TeamworkHostedContent(_) => "microsoft.graph.teamworkHostedContent",
            #[cfg(msgraph_v1_core)]
            Self::TeamworkTag(_) => "microsoft.graph.teamworkTag",
            #[cfg(msgraph_v1_core)]
            Self::TeamworkTagMember(_) => "microsoft.graph.teamworkTagMember",
            #[cfg(msgraph_v1_core)]
            Self::TemporaryAccessPassAuthenticationMethod(_) => {
                "microsoft.graph.temporaryAccessPassAuthenticationMethod"
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(_) => {
                "microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration"
            }
            #[cfg(msgraph_v1_core)]
            Self::TenantAppManagementPolicy(_) => {
                "microsoft.graph.tenantAppManagementPolicy"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::TenantDataSecurityAndGovernance(_) => {
                "microsoft.graph.tenantDataSecurityAndGovernance"
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::TenantProtectionScopeContainer(_) => {
                "microsoft.graph.tenantProtectionScopeContainer"
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::TermStoreGroup(_) => "microsoft.graph.termStore.group",
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Relation(_) => "microsoft.graph.termStore.relation",
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Set(_) => "microsoft.graph.termStore.set",
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Store(_) => "microsoft.graph.termStore.store",
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Term(_) => "microsoft.graph.termStore.term",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::TermsAndConditions(_) => "microsoft.graph.termsAndConditions",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::TermsAndConditionsAcceptanceStatus(_) => {
                "microsoft.graph.termsAndConditionsAcceptanceStatus"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::TermsAndConditionsAssignment(_) => {
                "microsoft.graph.termsAndConditionsAssignment"
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TermsOfUseContainer(_) => "microsoft.graph.termsOfUseContainer",
            #[cfg(msgraph_v1_core_or_sites)]
            Self::TextWebPart(_) => "microsoft.graph.textWebPart",
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::ThreatAssessmentRequest(_) => "microsoft.graph.threatAssessmentRequest",
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::ThreatAssessmentResult(_) => "microsoft.graph.threatAssessmentResult",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::ThumbnailSet(_) => "microsoft.graph.thumbnailSet",
            #[cfg(msgraph_v1_core)]
            Self::TimeCard(_) => "microsoft.graph.timeCard",
            #[cfg(msgraph_v1_core)]
            Self::TimeOff(_) => "microsoft.graph.timeOff",
            #[cfg(msgraph_v1_core)]
            Self::TimeOffReason(_) => "microsoft.graph.timeOffReason",
            #[cfg(msgraph_v1_core)]
            Self::TimeOffRequest(_) => "microsoft.graph.timeOffRequest",
            #[cfg(msgraph_v1_core)]
            Self::Todo(_) => "microsoft.graph.todo",
            #[cfg(msgraph_v1_core)]
            Self::TodoTask(_) => "microsoft.graph.todoTask",
            #[cfg(msgraph_v1_core)]
            Self::TodoTaskList(_) => "microsoft.graph.todoTaskList",
            #[cfg(msgraph_v1_core)]
            Self::TokenIssuancePolicy(_) => "microsoft.graph.tokenIssuancePolicy",
            #[cfg(msgraph_v1_core)]
            Self::TokenLifetimePolicy(_) => "microsoft.graph.tokenLifetimePolicy",
            #[cfg(msgraph_v1_search_or_security)]
            Self::Training(_) => "microsoft.graph.training",
            #[cfg(msgraph_v1_search_or_security)]
            Self::TrainingLanguageDetail(_) => "microsoft.graph.trainingLanguageDetail",
            #[cfg(msgraph_v1_core)]
            Self::Trending(_) => "microsoft.graph.trending",
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRbacResourceAction(_) => {
                "microsoft.graph.unifiedRbacResourceAction"
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRbacResourceNamespace(_) => {
                "microsoft.graph.unifiedRbacResourceNamespace"
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignment(_) => "microsoft.graph.unifiedRoleAssignment",
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentSchedule(_) => {
                "microsoft.graph.unifiedRoleAssignmentSchedule"
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleInstance(_) => {
                "microsoft.graph.unifiedRoleAssignmentScheduleInstance"
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(_) => {
                "microsoft.graph.unifiedRoleAssignmentScheduleRequest"
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleDefinition(_) => "microsoft.graph.unifiedRoleDefinition",
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilitySchedule(_) => {
                "microsoft.graph.unifiedRoleEligibilitySchedule"
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleInstance(_) => {
                "microsoft.graph.unifiedRoleEligibilityScheduleInstance"
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(_) => {
                "microsoft.graph.unifiedRoleEligibilityScheduleRequest"
            }
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicy(_) => {
                "microsoft.graph.unifiedRoleManagementPolicy"
            }
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyApprovalRule(_) => {
                "microsoft.graph.unifiedRoleManagementPolicyApprovalRule"
            }
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAssignment(_) => {
                "microsoft.graph.unifiedRoleManagementPolicyAssignment"
            }
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAuthenticationContextRule(_) => {
                "microsoft.graph.unifiedRoleManagementPolicyAuthenticationContextRule"
            }
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyEnablementRule(_) => {
                "microsoft.graph.unifiedRoleManagementPolicyEnablementRule"
            }
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyExpirationRule(_) => {
                "microsoft.graph.unifiedRoleManagementPolicyExpirationRule"
            }
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyNotificationRule(_) => {
                "microsoft.graph.unifiedRoleManagementPolicyNotificationRule"
            }
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyRule(_) => {
                "microsoft.graph.unifiedRoleManagementPolicyRule"
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleScheduleBase(_) => "microsoft.graph.unifiedRoleScheduleBase",
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleScheduleInstanceBase(_) => {
                "microsoft.graph.unifiedRoleScheduleInstanceBase"
            }
            #[cfg(msgraph_v1_core_or_storage)]
            Self::UnifiedStorageQuota(_) => "microsoft.graph.unifiedStorageQuota",
            #[cfg(msgraph_v1_places_or_search)]
            Self::UnitMap(_) => "microsoft.graph.unitMap",
            #[cfg(msgraph_v1_communications_or_search)]
            Self::UnmuteParticipantOperation(_) => {
                "microsoft.graph.unmuteParticipantOperation"
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::UpdateRecordingStatusOperation(_) => {
                "microsoft.graph.updateRecordingStatusOperation"
            }
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::UrlAssessmentRequest(_) => "microsoft.graph.urlAssessmentRequest",
            #[cfg(msgraph_v1_search)]
            Self::UsageRightsIncluded(_) => "microsoft.graph.usageRightsIncluded",
            #[cfg(msgraph_v1_core)]
            Self::UsedInsight(_) => "microsoft.graph.usedInsight",
            #[cfg(msgraph_v1_core)]
            Self::User(_) => "microsoft.graph.user",
            #[cfg(msgraph_v1_core)]
            Self::UserActivity(_) => "microsoft.graph.userActivity",
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(_) => "microsoft.graph.userConsentRequest",
            #[cfg(msgraph_v1_core)]
            Self::UserDataSecurityAndGovernance(_) => {
                "microsoft.graph.userDataSecurityAndGovernance"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails(
                _,
            ) => {
                "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId(
                _,
            ) => {
                "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion(_) => {
                "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByOSVersion"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthApplicationPerformance(_) => {
                "microsoft.graph.userExperienceAnalyticsAppHealthApplicationPerformance"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDeviceModelPerformance(_) => {
                "microsoft.graph.userExperienceAnalyticsAppHealthDeviceModelPerformance"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformance(_) => {
                "microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformance"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformanceDetails(_) => {
                "microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformanceDetails"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthOsVersionPerformance(_) => {
                "microsoft.graph.userExperienceAnalyticsAppHealthOSVersionPerformance"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsBaseline(_) => {
                "microsoft.graph.userExperienceAnalyticsBaseline"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsCategory(_) => {
                "microsoft.graph.userExperienceAnalyticsCategory"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDevicePerformance(_) => {
                "microsoft.graph.userExperienceAnalyticsDevicePerformance"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceScores(_) => {
                "microsoft.graph.userExperienceAnalyticsDeviceScores"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupHistory(_) => {
                "microsoft.graph.userExperienceAnalyticsDeviceStartupHistory"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcess(_) => {
                "microsoft.graph.userExperienceAnalyticsDeviceStartupProcess"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcessPerformance(_) => {
                "microsoft.graph.userExperienceAnalyticsDeviceStartupProcessPerformance"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsMetric(_) => {
                "microsoft.graph.userExperienceAnalyticsMetric"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsMetricHistory(_) => {
                "microsoft.graph.userExperienceAnalyticsMetricHistory"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsModelScores(_) => {
                "microsoft.graph.userExperienceAnalyticsModelScores"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsOverview(_) => {
                "microsoft.graph.userExperienceAnalyticsOverview"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsScoreHistory(_) => {
                "microsoft.graph.userExperienceAnalyticsScoreHistory"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereDevice(_) => {
                "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevice"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric(_) => {
                "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereMetric(_) => {
                "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereMetric"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereModelPerformance(_) => {
                "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereModelPerformance"
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::UserFlowLanguageConfiguration(_) => {
                "microsoft.graph.userFlowLanguageConfiguration"
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::UserFlowLanguagePage(_) => "microsoft.graph.userFlowLanguagePage",
            #[cfg(msgraph_v1_core)]
            Self::UserInsightsSettings(_) => "microsoft.graph.userInsightsSettings",
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::UserInstallStateSummary(_) => "microsoft.graph.userInstallStateSummary",
            #[cfg(msgraph_v1_core)]
            Self::UserProtectionScopeContainer(_) => {
                "microsoft.graph.userProtectionScopeContainer"
            }
            #[cfg(msgraph_v1_reports_or_search)]
            Self::UserRegistrationDetails(_) => "microsoft.graph.userRegistrationDetails",
            #[cfg(msgraph_v1_core)]
            Self::UserScopeTeamsAppInstallation(_) => {
                "microsoft.graph.userScopeTeamsAppInstallation"
            }
            #[cfg(msgraph_v1_core)]
            Self::UserSettings(_) => "microsoft.graph.userSettings",
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserSignInInsight(_) => "microsoft.graph.userSignInInsight",
            #[cfg(msgraph_v1_core)]
            Self::UserSolutionRoot(_) => "microsoft.graph.userSolutionRoot",
            #[cfg(msgraph_v1_core)]
            Self::UserStorage(_) => "microsoft.graph.userStorage",
            #[cfg(msgraph_v1_core)]
            Self::UserTeamwork(_) => "microsoft.graph.userTeamwork",
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::VerifiableCredentialAuthenticationMethodTarget(_) => {
                "microsoft.graph.verifiableCredentialAuthenticationMethodTarget"
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::VerifiableCredentialsAuthenticationMethodConfiguration(_) => {
                "microsoft.graph.verifiableCredentialsAuthenticationMethodConfiguration"
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::VerifiedIdProfile(_) => "microsoft.graph.verifiedIdProfile",
            #[cfg(msgraph_v1_core_or_sites)]
            Self::VerticalSection(_) => "microsoft.graph.verticalSection",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::VirtualEndpoint(_) => "microsoft.graph.virtualEndpoint",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEvent(_) => "microsoft.graph.virtualEvent",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventPresenter(_) => "microsoft.graph.virtualEventPresenter",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistration(_) => {
                "microsoft.graph.virtualEventRegistration"
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationConfiguration(_) => {
                "microsoft.graph.virtualEventRegistrationConfiguration"
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationCustomQuestion(_) => {
                "microsoft.graph.virtualEventRegistrationCustomQuestion"
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationPredefinedQuestion(_) => {
                "microsoft.graph.virtualEventRegistrationPredefinedQuestion"
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationQuestionBase(_) => {
                "microsoft.graph.virtualEventRegistrationQuestionBase"
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(_) => "microsoft.graph.virtualEventSession",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventTownhall(_) => "microsoft.graph.virtualEventTownhall",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventTownhallRegistrationConfiguration(_) => {
                "microsoft.graph.virtualEventTownhallRegistrationConfiguration"
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventWebinar(_) => "microsoft.graph.virtualEventWebinar",
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventWebinarRegistrationConfiguration(_) => {
                "microsoft.graph.virtualEventWebinarRegistrationConfiguration"
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventsRoot(_) => "microsoft.graph.virtualEventsRoot",
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::VoiceAuthenticationMethodConfiguration(_) => {
                "microsoft.graph.voiceAuthenticationMethodConfiguration"
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::VppToken(_) => "microsoft.graph.vppToken",
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WebApp(_) => "microsoft.graph.webApp",
            #[cfg(msgraph_v1_identity_or_search)]
            Self::WebApplicationFirewallProvider(_) => {
                "microsoft.graph.webApplicationFirewallProvider"
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::WebApplicationFirewallVerificationModel(_) => {
                "microsoft.graph.webApplicationFirewallVerificationModel"
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::WebPart(_) => "microsoft.graph.webPart",
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::Win32LobApp(_) => "microsoft.graph.win32LobApp",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10CompliancePolicy(_) => {
                "microsoft.graph.windows10CompliancePolicy"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10CustomConfiguration(_) => {
                "microsoft.graph.windows10CustomConfiguration"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10EndpointProtectionConfiguration(_) => {
                "microsoft.graph.windows10EndpointProtectionConfiguration"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10EnrollmentCompletionPageConfiguration(_) => {
                "microsoft.graph.windows10EnrollmentCompletionPageConfiguration"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10EnterpriseModernAppManagementConfiguration(_) => {
                "microsoft.graph.windows10EnterpriseModernAppManagementConfiguration"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10GeneralConfiguration(_) => {
                "microsoft.graph.windows10GeneralConfiguration"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10MobileCompliancePolicy(_) => {
                "microsoft.graph.windows10MobileCompliancePolicy"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10SecureAssessmentConfiguration(_) => {
                "microsoft.graph.windows10SecureAssessmentConfiguration"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10TeamGeneralConfiguration(_) => {
                "microsoft.graph.windows10TeamGeneralConfiguration"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows81CompliancePolicy(_) => {
                "microsoft.graph.windows81CompliancePolicy"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows81GeneralConfiguration(_) => {
                "microsoft.graph.windows81GeneralConfiguration"
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsAppX(_) => "microsoft.graph.windowsAppX",
            #[cfg(msgraph_v1_search)]
            Self::WindowsAutopilotDeploymentProfile(_) => {
                "microsoft.graph.windowsAutopilotDeploymentProfile"
            }
            #[cfg(msgraph_v1_search)]
            Self::WindowsAutopilotDeploymentProfileAssignment(_) => {
                "microsoft.graph.windowsAutopilotDeploymentProfileAssignment"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsAutopilotDeviceIdentity(_) => {
                "microsoft.graph.windowsAutopilotDeviceIdentity"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(_) => {
                "microsoft.graph.windowsDefenderAdvancedThreatProtectionConfiguration"
            }
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::WindowsDeviceMalwareState(_) => {
                "microsoft.graph.windowsDeviceMalwareState"
            }
            #[cfg(msgraph_v1_core)]
            Self::WindowsHelloForBusinessAuthenticationMethod(_) => {
                "microsoft.graph.windowsHelloForBusinessAuthenticationMethod"
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::WindowsInformationProtection(_) => {
                "microsoft.graph.windowsInformationProtection"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsInformationProtectionAppLearningSummary(_) => {
                "microsoft.graph.windowsInformationProtectionAppLearningSummary"
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::WindowsInformationProtectionAppLockerFile(_) => {
                "microsoft.graph.windowsInformationProtectionAppLockerFile"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsInformationProtectionNetworkLearningSummary(_) => {
                "microsoft.graph.windowsInformationProtectionNetworkLearningSummary"
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::WindowsInformationProtectionPolicy(_) => {
                "microsoft.graph.windowsInformationProtectionPolicy"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsMalwareInformation(_) => {
                "microsoft.graph.windowsMalwareInformation"
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsMicrosoftEdgeApp(_) => "microsoft.graph.windowsMicrosoftEdgeApp",
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsMobileMsi(_) => "microsoft.graph.windowsMobileMSI",
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsPhone81CompliancePolicy(_) => {
                "microsoft.graph.windowsPhone81CompliancePolicy"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsPhone81CustomConfiguration(_) => {
                "microsoft.graph.windowsPhone81CustomConfiguration"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsPhone81GeneralConfiguration(_) => {
                "microsoft.graph.windowsPhone81GeneralConfiguration"
            }
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::WindowsProtectionState(_) => "microsoft.graph.windowsProtectionState",
            #[cfg(msgraph_v1_core)]
            Self::WindowsSetting(_) => "microsoft.graph.windowsSetting",
            #[cfg(msgraph_v1_core)]
            Self::WindowsSettingInstance(_) => "microsoft.graph.windowsSettingInstance",
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsUniversalAppX(_) => "microsoft.graph.windowsUniversalAppX",
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsUniversalAppXContainedApp(_) => {
                "microsoft.graph.windowsUniversalAppXContainedApp"
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsUpdateForBusinessConfiguration(_) => {
                "microsoft.graph.windowsUpdateForBusinessConfiguration"
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsWebApp(_) => "microsoft.graph.windowsWebApp",
            #[cfg(msgraph_v1_core)]
            Self::WorkHoursAndLocationsSetting(_) => {
                "microsoft.graph.workHoursAndLocationsSetting"
            }
            #[cfg(msgraph_v1_core)]
            Self::WorkPlanOccurrence(_) => "microsoft.graph.workPlanOccurrence",
            #[cfg(msgraph_v1_core)]
            Self::WorkPlanRecurrence(_) => "microsoft.graph.workPlanRecurrence",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Workbook(_) => "microsoft.graph.workbook",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookApplication(_) => "microsoft.graph.workbookApplication",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChart(_) => "microsoft.graph.workbookChart",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAreaFormat(_) => "microsoft.graph.workbookChartAreaFormat",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxes(_) => "microsoft.graph.workbookChartAxes",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxis(_) => "microsoft.graph.workbookChartAxis",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxisFormat(_) => "microsoft.graph.workbookChartAxisFormat",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxisTitle(_) => "microsoft.graph.workbookChartAxisTitle",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxisTitleFormat(_) => {
                "microsoft.graph.workbookChartAxisTitleFormat"
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartDataLabelFormat(_) => {
                "microsoft.graph.workbookChartDataLabelFormat"
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartDataLabels(_) => "microsoft.graph.workbookChartDataLabels",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartFill(_) => "microsoft.graph.workbookChartFill",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartFont(_) => "microsoft.graph.workbookChartFont",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartGridlines(_) => "microsoft.graph.workbookChartGridlines",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartGridlinesFormat(_) => {
                "microsoft.graph.workbookChartGridlinesFormat"
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartLegend(_) => "microsoft.graph.workbookChartLegend",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartLegendFormat(_) => {
                "microsoft.graph.workbookChartLegendFormat"
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartLineFormat(_) => "microsoft.graph.workbookChartLineFormat",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartPoint(_) => "microsoft.graph.workbookChartPoint",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartPointFormat(_) => {
                "microsoft.graph.workbookChartPointFormat"
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartSeries(_) => "microsoft.graph.workbookChartSeries",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartSeriesFormat(_) => {
                "microsoft.graph.workbookChartSeriesFormat"
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartTitle(_) => "microsoft.graph.workbookChartTitle",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartTitleFormat(_) => {
                "microsoft.graph.workbookChartTitleFormat"
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookComment(_) => "microsoft.graph.workbookComment",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookCommentReply(_) => "microsoft.graph.workbookCommentReply",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFilter(_) => "microsoft.graph.workbookFilter",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFormatProtection(_) => {
                "microsoft.graph.workbookFormatProtection"
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFunctionResult(_) => "microsoft.graph.workbookFunctionResult",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFunctions(_) => "microsoft.graph.workbookFunctions",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookNamedItem(_) => "microsoft.graph.workbookNamedItem",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookOperation(_) => "microsoft.graph.workbookOperation",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookPivotTable(_) => "microsoft.graph.workbookPivotTable",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRange(_) => "microsoft.graph.workbookRange",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeBorder(_) => "microsoft.graph.workbookRangeBorder",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeFill(_) => "microsoft.graph.workbookRangeFill",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeFont(_) => "microsoft.graph.workbookRangeFont",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeFormat(_) => "microsoft.graph.workbookRangeFormat",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeSort(_) => "microsoft.graph.workbookRangeSort",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeView(_) => "microsoft.graph.workbookRangeView",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTable(_) => "microsoft.graph.workbookTable",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTableColumn(_) => "microsoft.graph.workbookTableColumn",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTableRow(_) => "microsoft.graph.workbookTableRow",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTableSort(_) => "microsoft.graph.workbookTableSort",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookWorksheet(_) => "microsoft.graph.workbookWorksheet",
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookWorksheetProtection(_) => {
                "microsoft.graph.workbookWorksheetProtection"
            }
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::WorkforceIntegration(_) => "microsoft.graph.workforceIntegration",
            #[cfg(msgraph_v1_core)]
            Self::WorkingTimeSchedule(_) => "microsoft.graph.workingTimeSchedule",
            #[cfg(msgraph_v1_places_or_search)]
            Self::Workspace(_) => "microsoft.graph.workspace",
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::X509CertificateAuthenticationMethodConfiguration(_) => {
                "microsoft.graph.x509CertificateAuthenticationMethodConfiguration"
            }
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::X509CertificateCombinationConfiguration(_) => {
                "microsoft.graph.x509CertificateCombinationConfiguration"
            }
        }
    }
    /// The current variant's unknown members and annotations.
    #[inline]
    pub fn extra(&self) -> &rt::Extra {
        match self {
            Self::Entity(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::AadUserConversationMember(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackage(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequest(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequestWorkflowExtension(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentWorkflowExtension(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageCatalog(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageMultipleChoiceQuestion(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageQuestion(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResource(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceEnvironment(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceRequest(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceRole(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceRoleScope(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceScope(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageSubject(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageSuggestion(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageTextInputQuestion(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewHistoryDefinition(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewHistoryInstance(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewInstance(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewInstanceDecisionItem(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewReviewer(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewScheduleDefinition(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewSet(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewStage(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ActivitiesContainer(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ActivityBasedTimeoutPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ActivityHistoryItem(v) => &v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::AddLargeGalleryViewOperation(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::AdhocCall(v) => &v.extra,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::AdminConsentRequestPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::AdminMicrosoft365Apps(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::AdminReportSettings(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::AdministrativeUnit(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::AgentIdentity(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::AgentIdentityBlueprint(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::AgentIdentityBlueprintPrincipal(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::AgentUser(v) => &v.extra,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::Agreement(v) => &v.extra,
            #[cfg(
                msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search
            )]
            Self::AgreementAcceptance(v) => &v.extra,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFile(v) => &v.extra,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFileLocalization(v) => &v.extra,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFileProperties(v) => &v.extra,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFileVersion(v) => &v.extra,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiInteraction(v) => &v.extra,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiInteractionHistory(v) => &v.extra,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiOnlineMeeting(v) => &v.extra,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiUser(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AkamaiWebApplicationFirewallProvider(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Alert(v) => &v.extra,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::AllowedValue(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidCompliancePolicy(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidCustomConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidGeneralDeviceConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::AndroidLobApp(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::AndroidManagedAppProtection(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::AndroidManagedAppRegistration(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::AndroidStoreApp(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidWorkProfileCompliancePolicy(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidWorkProfileCustomConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::AnonymousGuestConversationMember(v) => &v.extra,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::AppCatalogs(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AppConsentApprovalRoute(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AppConsentRequest(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AppLogCollectionRequest(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::AppManagementPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::AppRoleAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::AppScope(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.extra,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::AppleManagedIdentityProvider(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ApplePushNotificationCertificate(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Application(v) => &v.extra,
            #[cfg(msgraph_v1_application_templates_or_search)]
            Self::ApplicationTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Approval(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::ApprovalStage(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ApprovedClientApp(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ArkoseFraudProtectionProvider(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::AssociatedTeamInfo(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Attachment(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::AttachmentBase(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::AttachmentSession(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_security)]
            Self::AttackSimulationOperation(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AttackSimulationRoot(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_communications_or_solutions)]
            Self::AttendanceRecord(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_functions)]
            Self::AttributeMappingFunctionSchema(v) => &v.extra,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::AttributeSet(v) => &v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::AudioRoutingGroup(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AuditEvent(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Authentication(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::AuthenticationCombinationConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationContextClassReference(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationEventListener(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationEventsFlow(v) => &v.extra,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::AuthenticationFlowsPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::AuthenticationMethod(v) => &v.extra,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationMethodModeDetail(v) => &v.extra,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodTarget(v) => &v.extra,
            #[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
            Self::AuthenticationMethodsPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::AuthenticationMethodsRoot(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::AuthenticationStrengthPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationStrengthRoot(v) => &v.extra,
            #[cfg(msgraph_v1_privacy_or_search_or_security)]
            Self::AuthoredNote(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::AuthorizationPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AvailableAccessPackage(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::AzureCommunicationServicesUserConversationMember(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::B2xIdentityUserFlow(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BackupRestoreRoot(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
            Self::BaseItem(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::BaseItemVersion(v) => &v.extra,
            #[cfg(msgraph_v1_places_or_search)]
            Self::BaseMapFeature(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &v.extra,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::Bitlocker(v) => &v.extra,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::BitlockerRecoveryKey(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingAppointment(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingBusiness(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCurrency(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCustomQuestion(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCustomer(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCustomerBase(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingService(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingStaffMember(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingStaffMemberBase(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BrowseSessionBase(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::BrowserSharedCookie(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::BrowserSite(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::BrowserSiteList(v) => &v.extra,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Building(v) => &v.extra,
            #[cfg(msgraph_v1_places_or_search)]
            Self::BuildingMap(v) => &v.extra,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::BuiltInIdentityProvider(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::BulkUpload(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::CaPoliciesDeletableRoot(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Calendar(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::CalendarGroup(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::CalendarPermission(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::CalendarSharingMessage(v) => &v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Call(v) => &v.extra,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CallAiInsight(v) => &v.extra,
            #[cfg(msgraph_v1_search)]
            Self::CallEvent(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::CallRecording(v) => &v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CallRecord(v) => &v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Organizer(v) => &v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CallRecordsParticipant(v) => &v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::ParticipantBase(v) => &v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Segment(v) => &v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Session(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::CallTranscript(v) => &v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CancelMediaProcessingOperation(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::CanvasLayout(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::CertificateAuthorityDetail(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_certificate_based_auth_configuration)]
            Self::CertificateBasedAuthConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::CertificateBasedAuthPki(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ChangeTrackedEntity(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::Channel(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Chat(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ChatMessage(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ChatMessageHostedContent(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ChatMessageInfo(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ChecklistItem(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ClaimsMappingPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::CloudClipboardItem(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::CloudClipboardRoot(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::CloudFlareWebApplicationFirewallProvider(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::CloudPc(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcAuditEvent(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcDeviceImage(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcGalleryImage(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcOnPremisesConnection(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcProvisioningPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcProvisioningPolicyAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcReport(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcServicePlan(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcUserSetting(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcUserSettingAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
            Self::ColumnDefinition(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ColumnLink(v) => &v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CommsOperation(v) => &v.extra,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::Community(v) => &v.extra,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::CompanySubscription(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ComplianceManagementPartner(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ConditionalAccessRoot(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ConditionalAccessTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationBaseline(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationDrift(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationManagement(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationMonitor(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationMonitoringResult(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationSnapshotJob(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::ConnectedOrganization(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Contact(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ContactFolder(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ContentActivity(v) => &v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::ContentSharingSession(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ContentType(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Contract(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::ControlConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Conversation(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ConversationMember(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ConversationThread(v) => &v.extra,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdmin(v) => &v.extra,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdminCatalog(v) => &v.extra,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdminLimitedMode(v) => &v.extra,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdminSetting(v) => &v.extra,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotPackage(v) => &v.extra,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotPackageDetail(v) => &v.extra,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotReportRoot(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::CrossTenantAccessPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::CrossTenantAccessPolicyConfigurationDefault(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::CustomAuthenticationExtension(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::CustomCalloutExtension(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomDataProvidedResource(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomDataProvidedResourceAccessReviewUploadSession(v) => &v.extra,
            #[cfg(msgraph_v1_search)]
            Self::CustomDataProvidedResourceFile(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomDataProvidedResourceUploadSession(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomExtensionStageSetting(v) => &v.extra,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::CustomSecurityAttributeDefinition(v) => &v.extra,
            #[cfg(msgraph_v1_data_policy_operations_or_search)]
            Self::DataPolicyOperation(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_security)]
            Self::DataSecurityAndGovernance(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::DayNote(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::DefaultManagedAppProtection(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminAccessAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminCustomer(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminRelationship(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminRelationshipOperation(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminRelationshipRequest(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminServiceManagementDetail(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::DelegatedAdminServiceProviderConstraints(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::DelegatedPermissionClassification(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::DeletedChat(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::DeletedItemContainer(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::DeletedTeam(v) => &v.extra,
            #[cfg(msgraph_v1_search)]
            Self::DeltaParticipants(v) => &v.extra,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Desk(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DetectedApp(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Device(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceAndAppManagementRoleAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceAndAppManagementRoleDefinition(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::DeviceAppManagement(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceCategory(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceActionItem(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceDeviceOverview(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceDeviceStatus(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicy(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicyAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicyDeviceStateSummary(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicySettingStateSummary(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceCompliancePolicyState(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceScheduledActionForRule(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceSettingState(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceUserOverview(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceUserStatus(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationDeviceOverview(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationDeviceStateSummary(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationDeviceStatus(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceConfigurationState(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationUserOverview(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationUserStatus(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentLimitConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::DeviceInstallState(v) => &v.extra,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::DeviceLocalCredentialInfo(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceLogCollectionResponse(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagement(v) => &v.extra,
            #[cfg(msgraph_v1_search)]
            Self::DeviceManagementCachedReportConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementExchangeConnector(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementExportJob(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementPartner(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementReports(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceManagementTroubleshootingEvent(v) => &v.extra,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::DeviceRegistrationPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::Directory(v) => &v.extra,
            #[cfg(msgraph_v1_audit_logs_or_search)]
            Self::DirectoryAudit(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryDefinition(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryObject(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryObjectPartnerReference(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryRole(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryRoleTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::DocumentSetVersion(v) => &v.extra,
            #[cfg(msgraph_v1_domains_or_search)]
            Self::Domain(v) => &v.extra,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsCnameRecord(v) => &v.extra,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsMxRecord(v) => &v.extra,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsRecord(v) => &v.extra,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsSrvRecord(v) => &v.extra,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsTxtRecord(v) => &v.extra,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsUnavailableRecord(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItemVersion(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveProtectionRule(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveProtectionUnit(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveProtectionUnitsBulkAdditionJob(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveRestoreArtifact(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::EBookInstallSummary(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::Edge(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::EditionUpgradeConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignmentDefaults(v) => &v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignmentResource(v) => &v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignmentSettings(v) => &v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationCategory(v) => &v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationClass(v) => &v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationFeedbackOutcome(v) => &v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationFeedbackResourceOutcome(v) => &v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationGradingCategory(v) => &v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationGradingScheme(v) => &v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationModule(v) => &v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationModuleResource(v) => &v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationOrganization(v) => &v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationOutcome(v) => &v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationPointsOutcome(v) => &v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationRubric(v) => &v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationRubricOutcome(v) => &v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationSchool(v) => &v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationSubmission(v) => &v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationSubmissionResource(v) => &v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationUser(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::EmailAuthenticationMethod(v) => &v.extra,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::EmailAuthenticationMethodConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::EmailFileAssessmentRequest(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::EmailNotificationsSetting(v) => &v.extra,
            #[cfg(msgraph_v1_search)]
            Self::EmergencyCallEvent(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::EmployeeExperienceUser(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EndUserNotification(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EndUserNotificationDetail(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::EndUserSettings(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Endpoint(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementAsyncOperation(v) => &v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversation(v) => &v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationDiscussionMessage(v) => &v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationMessage(v) => &v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationMessageReaction(v) => &v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationQuestionMessage(v) => &v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationSystemMessage(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementRole(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementRoleMember(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::EnrollmentConfigurationAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::EnrollmentTroubleshootingEvent(v) => &v.extra,
            #[cfg(msgraph_v1_search)]
            Self::EnterpriseCodeSigningCertificate(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::EntitlementManagement(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::EntitlementManagementSettings(v) => &v.extra,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::Recovery(v) => &v.extra,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryChangeObjectBase(v) => &v.extra,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryJob(v) => &v.extra,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryJobBase(v) => &v.extra,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryPreviewJob(v) => &v.extra,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::Snapshot(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Event(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::EventMessage(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::EventMessageRequest(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::EventMessageResponse(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ExchangeAdmin(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ExchangeMessageTrace(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ExchangeMessageTraceDetail(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ExchangeProtectionPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ExchangeRestoreSession(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ExchangeSettings(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Extension(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ExtensionProperty(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ExternalAuthenticationMethod(v) => &v.extra,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::ExternalAuthenticationMethodConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ConnectionOperation(v) => &v.extra,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalActivity(v) => &v.extra,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalActivityResult(v) => &v.extra,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalConnection(v) => &v.extra,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalGroup(v) => &v.extra,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalItem(v) => &v.extra,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalConnectorsIdentity(v) => &v.extra,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::Schema(v) => &v.extra,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::ExternalDomainName(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ExternalUsersSelfServiceSignUpEventsFlow(v) => &v.extra,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::FeatureRolloutPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::FederatedIdentityCredential(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::FederatedTokenValidationPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Fido2AuthenticationMethod(v) => &v.extra,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::Fido2AuthenticationMethodConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::Fido2CombinationConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::FieldValueSet(v) => &v.extra,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::FileAssessmentRequest(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::FileAttachment(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorage(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorageContainer(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorageContainerType(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorageContainerTypeRegistration(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_filter_operators)]
            Self::FilterOperatorSchema(v) => &v.extra,
            #[cfg(msgraph_v1_places_or_search)]
            Self::FixtureMap(v) => &v.extra,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Floor(v) => &v.extra,
            #[cfg(msgraph_v1_places_or_search)]
            Self::FootprintMap(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::FraudProtectionProvider(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::GovernanceInsight(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularDriveRestoreArtifact(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularMailboxRestoreArtifact(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularRestoreArtifactBase(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularSiteRestoreArtifact(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Group(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
            Self::GroupLifecyclePolicy(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_group_settings)]
            Self::GroupSetting(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::GroupSettingTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::HomeRealmDiscoveryPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::HorizontalSection(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::HorizontalSectionColumn(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::HumanSecurityFraudProtectionProvider(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityApiConnector(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityBuiltInUserFlowAttribute(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityContainer(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityCustomUserFlowAttribute(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomTaskExtension(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Insights(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::LifecycleManagementSettings(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::LifecycleWorkflowsContainer(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Run(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Task(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TaskDefinition(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TaskProcessingResult(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TaskReport(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserProcessingResult(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::WorkflowTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_identity_providers_or_search)]
            Self::IdentityProvider(v) => &v.extra,
            #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
            Self::IdentityProviderBase(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityUserFlow(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityUserFlowAttribute(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityUserFlowAttributeAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityVerifiedIdRoot(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ImportedWindowsAutopilotDeviceIdentity(v) => &v.extra,
            #[cfg(msgraph_v1_search)]
            Self::ImportedWindowsAutopilotDeviceIdentityUpload(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::InferenceClassification(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::InferenceClassificationOverride(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::InsightsSettings(v) => &v.extra,
            #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
            Self::InternalDomainFederation(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::InternetExplorerMode(v) => &v.extra,
            #[cfg(msgraph_v1_invitations_or_search)]
            Self::Invitation(v) => &v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::InviteParticipantsOperation(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosCertificateProfile(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosCompliancePolicy(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosCustomConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosDeviceFeaturesConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosGeneralDeviceConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosLobApp(v) => &v.extra,
            #[cfg(msgraph_v1_search)]
            Self::IosLobAppProvisioningConfigurationAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::IosManagedAppProtection(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosManagedAppRegistration(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosMobileAppConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosStoreApp(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosUpdateConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosUpdateDeviceStatus(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosVppApp(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosVppEBook(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosVppEBookAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosiPadOsWebClip(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ItemActivity(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ItemActivityStat(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_sites)]
            Self::ItemAnalytics(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ItemAttachment(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ItemInsights(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::ItemRetentionLabel(v) => &v.extra,
            #[cfg(msgraph_v1_search)]
            Self::LabelContentRight(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::LandingPage(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::LandingPageDetail(v) => &v.extra,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningContent(v) => &v.extra,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningCourseActivity(v) => &v.extra,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningProvider(v) => &v.extra,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningSelfInitiatedCourse(v) => &v.extra,
            #[cfg(msgraph_v1_places_or_search)]
            Self::LevelMap(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::LicenseDetails(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::LinkedResource(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItemVersion(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::LocalizedNotificationMessage(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::LoginPage(v) => &v.extra,
            #[cfg(
                msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more
            )]
            Self::LongRunningOperation(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::M365AppsInstallationOptions(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsCompliancePolicy(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsCustomConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsDmgApp(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsGeneralDeviceConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsLobApp(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsMicrosoftDefenderApp(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsMicrosoftEdgeApp(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsOfficeSuiteApp(v) => &v.extra,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::MailAssessmentRequest(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::MailFolder(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::MailSearchFolder(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Mailbox(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::MailboxFolder(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::MailboxItem(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxProtectionRule(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxProtectionUnit(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxProtectionUnitsBulkAdditionJob(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxRestoreArtifact(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MalwareStateForWindowsDevice(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAndroidLobApp(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAndroidStoreApp(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedApp(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppOperation(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppPolicyDeploymentSummary(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppProtection(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppRegistration(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppStatus(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppStatusRaw(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::ManagedDevice(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceStatus(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceSummary(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserStatus(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserSummary(v) => &v.extra,
            #[cfg(msgraph_v1_search)]
            Self::ManagedDeviceOverview(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedEBook(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedEBookAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedIosLobApp(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedIosStoreApp(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedMobileApp(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedMobileLobApp(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_communications_or_solutions)]
            Self::MeetingAttendanceReport(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::MembershipOutlierInsight(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Message(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::MessageRule(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::MessageTracingRoot(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::MicrosoftAccountUserConversationMember(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => &v.extra,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(v) => &v.extra,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MicrosoftStoreForBusinessApp(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileApp(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppCategory(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppContent(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppContentFile(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppRelationship(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MobileAppTroubleshootingEvent(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileContainedApp(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileLobApp(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MobileThreatDefenseConnector(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::MultiTenantOrganization(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::MultiTenantOrganizationIdentitySyncPolicyTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::MultiTenantOrganizationJoinRequestRecord(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::MultiTenantOrganizationMember(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::MultiTenantOrganizationPartnerConfigurationTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::MultiValueLegacyExtendedProperty(v) => &v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::MuteParticipantOperation(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Notebook(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::NotificationMessageTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
            Self::OAuth2PermissionGrant(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::OfferShiftRequest(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::OfficeGraphInsights(v) => &v.extra,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::OidcIdentityProvider(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAttributeCollectionListener(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnAttributeCollectionStartCustomExtension(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAttributeCollectionStartListener(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnAttributeCollectionSubmitCustomExtension(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAttributeCollectionSubmitListener(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAuthenticationMethodLoadStartListener(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnEmailOtpSendListener(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnFraudProtectionLoadStartListener(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnInteractiveAuthFlowStartListener(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnOtpSendCustomExtension(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnPasswordSubmitCustomExtension(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnPasswordSubmitListener(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::OnPremisesConditionalAccessSettings(v) => &v.extra,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::OnPremisesDirectorySynchronization(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::OnPremisesSyncBehavior(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnTokenIssuanceStartCustomExtension(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnTokenIssuanceStartListener(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnUserCreateStartListener(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnVerifiedIdClaimValidationListener(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::OneDriveForBusinessBrowseSession(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::OneDriveForBusinessProtectionPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::OneDriveForBusinessRestoreSession(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Onenote(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteEntityBaseModel(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteEntityHierarchyModel(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteEntitySchemaObjectModel(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteOperation(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenotePage(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteResource(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteSection(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_communications_or_solutions)]
            Self::OnlineMeetingBase(v) => &v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::OnlineMeetingEngagementConversation(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::OpenShift(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::OpenShiftChangeRequest(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::OpenTypeExtension(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Operation(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::OrgContact(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Organization(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::OrganizationalBranding(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::OrganizationalBrandingLocalization(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::OrganizationalBrandingProperties(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::OutlookCategory(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::OutlookItem(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::OutlookUser(v) => &v.extra,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::OwnerlessGroupPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Participant(v) => &v.extra,
            #[cfg(msgraph_v1_search)]
            Self::ParticipantJoiningNotification(v) => &v.extra,
            #[cfg(msgraph_v1_search)]
            Self::ParticipantLeftNotification(v) => &v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::Partners(v) => &v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::AzureUsage(v) => &v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::BilledReconciliation(v) => &v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::BilledUsage(v) => &v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::Billing(v) => &v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::BillingReconciliation(v) => &v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::ExportSuccessOperation(v) => &v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::FailedOperation(v) => &v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::Manifest(v) => &v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PartnersBillingOperation(v) => &v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::RunningOperation(v) => &v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::UnbilledReconciliation(v) => &v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::UnbilledUsage(v) => &v.extra,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::PasskeyAuthenticationMethodTarget(v) => &v.extra,
            #[cfg(msgraph_v1_search)]
            Self::PasskeyProfile(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::PasswordAuthenticationMethod(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Payload(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::PeopleAdminSettings(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
            Self::Permission(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::PermissionGrantConditionSet(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::PermissionGrantPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Person(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::PhoneAuthenticationMethod(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::PhoneUserConversationMember(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::PinnedChatMessageInfo(v) => &v.extra,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Place(v) => &v.extra,
            #[cfg(msgraph_v1_planner_or_search)]
            Self::Planner(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerAssignedToTaskBoardTaskFormat(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerBucket(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerBucketTaskBoardTaskFormat(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::PlannerGroup(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerPlan(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerPlanDetails(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerProgressTaskBoardTaskFormat(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerTask(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerTaskDetails(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::PlannerUser(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::PlatformCredentialAuthenticationMethod(v) => &v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::PlayPromptOperation(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::PolicyBase(v) => &v.extra,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::PolicyRoot(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::PolicyTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Post(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::Presence(v) => &v.extra,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintConnector(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrintDocument(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrintJob(v) => &v.extra,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintOperation(v) => &v.extra,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintService(v) => &v.extra,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintServiceEndpoint(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrintTask(v) => &v.extra,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintTaskDefinition(v) => &v.extra,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintTaskTrigger(v) => &v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PrintUsage(v) => &v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PrintUsageByPrinter(v) => &v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PrintUsageByUser(v) => &v.extra,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrinterBase(v) => &v.extra,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrinterCreateOperation(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrinterShare(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroup(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleInstance(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleInstance(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessRoot(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessSchedule(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleInstance(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ProfileCardProperty(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ProfilePhoto(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ProfilePropertySetting(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ProfileSource(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::PronounsSettings(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionPolicyBase(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionRuleBase(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionUnitBase(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionUnitsBulkJobBase(v) => &v.extra,
            #[cfg(msgraph_v1_audit_logs_or_search)]
            Self::ProvisioningObjectSummary(v) => &v.extra,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::PublicKeyInfrastructureRoot(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::QrCode(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::QrCodePinAuthenticationMethod(v) => &v.extra,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::QrCodePinAuthenticationMethodConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::QrPin(v) => &v.extra,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::RbacApplication(v) => &v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReadingAssignmentSubmission(v) => &v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReadingCoachPassage(v) => &v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::RecordOperation(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ReferenceAttachment(v) => &v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReflectCheckInResponse(v) => &v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::RelyingPartyDetailedSummary(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::RemoteAssistancePartner(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::RemoteDesktopSecurityConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::RemoteTenantGroup(v) => &v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReportsRoot(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
            Self::Request(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::ResellerDelegatedAdminRelationship(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ResourceOperation(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ResourceSpecificPermissionGrant(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestoreArtifactBase(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestoreArtifactsBulkRequestBase(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestorePoint(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestoreSessionBase(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::RichLongRunningOperation(v) => &v.extra,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskDetection(v) => &v.extra,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyServicePrincipal(v) => &v.extra,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyServicePrincipalHistoryItem(v) => &v.extra,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyUser(v) => &v.extra,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyUserHistoryItem(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::RoleAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::RoleDefinition(v) => &v.extra,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Room(v) => &v.extra,
            #[cfg(msgraph_v1_places_or_search)]
            Self::RoomList(v) => &v.extra,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SamlOrWsFedExternalDomainFederation(v) => &v.extra,
            #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
            Self::SamlOrWsFedProvider(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Schedule(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ScheduleChangeRequest(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::SchedulingGroup(v) => &v.extra,
            #[cfg(msgraph_v1_schema_extensions_or_search)]
            Self::SchemaExtension(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_scoped_role_memberships)]
            Self::ScopedRoleMembership(v) => &v.extra,
            #[cfg(msgraph_v1_search)]
            Self::Acronym(v) => &v.extra,
            #[cfg(msgraph_v1_search)]
            Self::Bookmark(v) => &v.extra,
            #[cfg(msgraph_v1_search)]
            Self::Qna(v) => &v.extra,
            #[cfg(msgraph_v1_search)]
            Self::SearchAnswer(v) => &v.extra,
            #[cfg(msgraph_v1_search)]
            Self::SearchEntity(v) => &v.extra,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Section(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SectionGroup(v) => &v.extra,
            #[cfg(msgraph_v1_places_or_search)]
            Self::SectionMap(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecureScore(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecureScoreControlProfile(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecurityAlert(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AnalyzedEmail(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Article(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::ArticleIndicator(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Artifact(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuditCoreRoot(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuditLogQuery(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuditLogRecord(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuthorityTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AutoAuditingConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Case(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CaseOperation(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CasesRoot(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CategoryTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CitationTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CollaborationRoot(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::DataSet(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::DataSource(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::DataSourceContainer(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::DepartmentTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryAddToReviewSetOperation(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCase(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCaseMember(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCaseSettings(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCustodian(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryEstimateOperation(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryExportOperation(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryHoldOperation(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryHoldPolicySyncOperation(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryIndexOperation(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryNoncustodialDataSource(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryPurgeDataOperation(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryReviewSet(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryReviewSetQuery(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryReviewTag(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoverySearch(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoverySearchExportOperation(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryTagOperation(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::FilePlanDescriptor(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::FilePlanDescriptorTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::FilePlanReferenceTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HealthIssue(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Host(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostComponent(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostCookie(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostPair(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostPort(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostReputation(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostSslCertificate(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostTracker(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Hostname(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::IdentityAccounts(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecurityIdentityContainer(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Incident(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Indicator(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::IntelligenceProfile(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::IntelligenceProfileIndicator(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::IpAddress(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::LabelsRoot(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::NetworkAdapter(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::PassiveDnsRecord(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::RetentionEvent(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::RetentionEventType(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::RetentionLabel(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Search(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Sensor(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SensorCandidate(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SensorCandidateActivationConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SettingsContainer(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SiteSource(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SslCertificate(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SubcategoryTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Subdomain(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Tag(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::ThreatIntelligence(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TriggerTypesRoot(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TriggersRoot(v) => &v.extra,
            #[cfg(msgraph_v1_search)]
            Self::UnclassifiedArtifact(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::UnifiedGroupSource(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecurityUser(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::UserSource(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Vulnerability(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::VulnerabilityComponent(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::WhoisBaseRecord(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::WhoisHistoryRecord(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::WhoisRecord(v) => &v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::SecurityReportsRoot(v) => &v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::SendDtmfTonesOperation(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_security)]
            Self::SensitivityLabel(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceAnnouncement(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceAnnouncementAttachment(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceAnnouncementBase(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ServiceApp(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceHealth(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceHealthIssue(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ServicePrincipal(v) => &v.extra,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::ServicePrincipalRiskDetection(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ServiceProviderConstraints(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_storage)]
            Self::ServiceStorageQuotaBreakdown(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceUpdateMessage(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::SettingStateDeviceSummary(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SharePointBrowseSession(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointGroup(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointGroupMember(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationEvent(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationFinishManifestFileUploadEvent(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJob(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobCancelledEvent(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobDeletedEvent(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobErrorEvent(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobPostponedEvent(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobProgressEvent(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobQueuedEvent(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobStartEvent(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SharePointProtectionPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SharePointRestoreSession(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::SharedInsight(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::SharedPcConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::SharedWithChannelTeamInfo(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::Sharepoint(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::SharepointSettings(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Shift(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ShiftPreferences(v) => &v.extra,
            #[cfg(msgraph_v1_audit_logs_or_search)]
            Self::SignIn(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Simulation(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SimulationAutomation(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SimulationAutomationRun(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::SingleValueLegacyExtendedProperty(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteProtectionRule(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteProtectionUnit(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteProtectionUnitsBulkAdditionJob(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteRestoreArtifact(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::SkypeForBusinessUserConversationMember(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::SkypeUserConversationMember(v) => &v.extra,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodConfiguration(v) => &v.extra,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodTarget(v) => &v.extra,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SocialIdentityProvider(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::SoftwareOathAuthenticationMethod(v) => &v.extra,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SoftwareOathAuthenticationMethodConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_search)]
            Self::SoftwareUpdateStatusSummary(v) => &v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::SpeakerAssignmentSubmission(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::StandardWebPart(v) => &v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::StartHoldMusicOperation(v) => &v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::StopHoldMusicOperation(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_storage)]
            Self::StorageQuotaBreakdown(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::StorageSettings(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::StsPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_privacy_or_search_or_security)]
            Self::SubjectRightsRequest(v) => &v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::SubscribeToToneOperation(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_subscribed_skus)]
            Self::SubscribedSku(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
            Self::Subscription(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::SwapShiftsChangeRequest(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Synchronization(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::SynchronizationJob(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::SynchronizationSchema(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::SynchronizationTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::TargetDeviceGroup(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TargetedChatMessage(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::TargetedManagedAppConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::TargetedManagedAppPolicyAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::TargetedManagedAppProtection(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::TaskFileAttachment(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Team(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TeamInfo(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::NumberAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::PolicyIdentifierDetail(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsAdminRoot(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsPolicyAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsPolicyUserAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsUserConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TelephoneNumberLongRunningOperation(v) => &v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TelephoneNumberManagementRoot(v) => &v.extra,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::TeamsApp(v) => &v.extra,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::TeamsAppDefinition(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::TeamsAppInstallation(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::TeamsAppSettings(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::TeamsAsyncOperation(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TeamsTab(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_teams_templates)]
            Self::TeamsTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::Teamwork(v) => &v.extra,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::TeamworkBot(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TeamworkHostedContent(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::TeamworkTag(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::TeamworkTagMember(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::TemporaryAccessPassAuthenticationMethod(v) => &v.extra,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::TenantAppManagementPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TenantDataSecurityAndGovernance(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TenantProtectionScopeContainer(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::TermStoreGroup(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Relation(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Set(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Store(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Term(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::TermsAndConditions(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::TermsAndConditionsAcceptanceStatus(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::TermsAndConditionsAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TermsOfUseContainer(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::TextWebPart(v) => &v.extra,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::ThreatAssessmentRequest(v) => &v.extra,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::ThreatAssessmentResult(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::ThumbnailSet(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::TimeCard(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::TimeOff(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffReason(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffRequest(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Todo(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::TodoTask(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::TodoTaskList(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::TokenIssuancePolicy(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::TokenLifetimePolicy(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Training(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TrainingLanguageDetail(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Trending(v) => &v.extra,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRbacResourceAction(v) => &v.extra,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRbacResourceNamespace(v) => &v.extra,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentSchedule(v) => &v.extra,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &v.extra,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &v.extra,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleDefinition(v) => &v.extra,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilitySchedule(v) => &v.extra,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &v.extra,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &v.extra,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyApprovalRule(v) => &v.extra,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAuthenticationContextRule(v) => &v.extra,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyEnablementRule(v) => &v.extra,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyExpirationRule(v) => &v.extra,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyNotificationRule(v) => &v.extra,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyRule(v) => &v.extra,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleScheduleBase(v) => &v.extra,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleScheduleInstanceBase(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_storage)]
            Self::UnifiedStorageQuota(v) => &v.extra,
            #[cfg(msgraph_v1_places_or_search)]
            Self::UnitMap(v) => &v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::UnmuteParticipantOperation(v) => &v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::UpdateRecordingStatusOperation(v) => &v.extra,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::UrlAssessmentRequest(v) => &v.extra,
            #[cfg(msgraph_v1_search)]
            Self::UsageRightsIncluded(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::UsedInsight(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::User(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::UserActivity(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::UserDataSecurityAndGovernance(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails(
                v,
            ) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId(
                v,
            ) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion(v) => {
                &v.extra
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthApplicationPerformance(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDeviceModelPerformance(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformance(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformanceDetails(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthOsVersionPerformance(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsBaseline(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsCategory(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDevicePerformance(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceScores(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupHistory(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcess(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcessPerformance(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsMetric(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsMetricHistory(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsModelScores(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsOverview(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsScoreHistory(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereDevice(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric(v) => {
                &v.extra
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereMetric(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereModelPerformance(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::UserFlowLanguageConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::UserFlowLanguagePage(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::UserInsightsSettings(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::UserInstallStateSummary(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::UserProtectionScopeContainer(v) => &v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::UserRegistrationDetails(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::UserScopeTeamsAppInstallation(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::UserSettings(v) => &v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserSignInInsight(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::UserSolutionRoot(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::UserStorage(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::UserTeamwork(v) => &v.extra,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::VerifiableCredentialAuthenticationMethodTarget(v) => &v.extra,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::VerifiableCredentialsAuthenticationMethodConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::VerifiedIdProfile(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::VerticalSection(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::VirtualEndpoint(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEvent(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventPresenter(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistration(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationCustomQuestion(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationPredefinedQuestion(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationQuestionBase(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventTownhall(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventTownhallRegistrationConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventWebinar(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventWebinarRegistrationConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventsRoot(v) => &v.extra,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::VoiceAuthenticationMethodConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::VppToken(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WebApp(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::WebApplicationFirewallProvider(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::WebApplicationFirewallVerificationModel(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::WebPart(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::Win32LobApp(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10CompliancePolicy(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10CustomConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10EndpointProtectionConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10GeneralConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10MobileCompliancePolicy(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10SecureAssessmentConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10TeamGeneralConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows81CompliancePolicy(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows81GeneralConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsAppX(v) => &v.extra,
            #[cfg(msgraph_v1_search)]
            Self::WindowsAutopilotDeploymentProfile(v) => &v.extra,
            #[cfg(msgraph_v1_search)]
            Self::WindowsAutopilotDeploymentProfileAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsAutopilotDeviceIdentity(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::WindowsDeviceMalwareState(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::WindowsInformationProtection(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsInformationProtectionAppLearningSummary(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::WindowsInformationProtectionAppLockerFile(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsInformationProtectionNetworkLearningSummary(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::WindowsInformationProtectionPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsMalwareInformation(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsMicrosoftEdgeApp(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsMobileMsi(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsPhone81CompliancePolicy(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsPhone81CustomConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsPhone81GeneralConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::WindowsProtectionState(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::WindowsSetting(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::WindowsSettingInstance(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsUniversalAppX(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsUniversalAppXContainedApp(v) => &v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsUpdateForBusinessConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsWebApp(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::WorkHoursAndLocationsSetting(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::WorkPlanOccurrence(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::WorkPlanRecurrence(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Workbook(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookApplication(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChart(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAreaFormat(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxes(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxis(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxisFormat(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxisTitle(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxisTitleFormat(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartDataLabelFormat(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartDataLabels(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartFill(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartFont(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartGridlines(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartGridlinesFormat(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartLegend(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartLegendFormat(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartLineFormat(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartPoint(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartPointFormat(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartSeries(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartSeriesFormat(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartTitle(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartTitleFormat(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookComment(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookCommentReply(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFilter(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFormatProtection(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFunctionResult(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFunctions(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookNamedItem(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookOperation(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookPivotTable(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRange(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeBorder(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeFill(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeFont(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeFormat(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeSort(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeView(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTable(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTableColumn(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTableRow(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTableSort(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookWorksheet(v) => &v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookWorksheetProtection(v) => &v.extra,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &v.extra,
            #[cfg(msgraph_v1_core)]
            Self::WorkingTimeSchedule(v) => &v.extra,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Workspace(v) => &v.extra,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::X509CertificateAuthenticationMethodConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::X509CertificateCombinationConfiguration(v) => &v.extra,
        }
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        match self {
            Self::Entity(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::AadUserConversationMember(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackage(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequestWorkflowExtension(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentWorkflowExtension(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageCatalog(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageMultipleChoiceQuestion(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageQuestion(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResource(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceEnvironment(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceRole(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceRoleScope(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceScope(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageSubject(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageSuggestion(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageTextInputQuestion(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewHistoryDefinition(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewHistoryInstance(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewInstance(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewInstanceDecisionItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewReviewer(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewScheduleDefinition(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewSet(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewStage(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ActivitiesContainer(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ActivityHistoryItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::AddLargeGalleryViewOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::AdhocCall(v) => &mut v.extra,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::AdminConsentRequestPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::AdminMicrosoft365Apps(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::AdminReportSettings(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::AdministrativeUnit(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::AgentIdentity(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::AgentIdentityBlueprint(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::AgentUser(v) => &mut v.extra,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::Agreement(v) => &mut v.extra,
            #[cfg(
                msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search
            )]
            Self::AgreementAcceptance(v) => &mut v.extra,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFile(v) => &mut v.extra,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFileLocalization(v) => &mut v.extra,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFileProperties(v) => &mut v.extra,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFileVersion(v) => &mut v.extra,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiInteraction(v) => &mut v.extra,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiInteractionHistory(v) => &mut v.extra,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiOnlineMeeting(v) => &mut v.extra,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiUser(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AkamaiWebApplicationFirewallProvider(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Alert(v) => &mut v.extra,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::AllowedValue(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidCompliancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidCustomConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidGeneralDeviceConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::AndroidLobApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::AndroidManagedAppProtection(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::AndroidManagedAppRegistration(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::AndroidStoreApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidWorkProfileCompliancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidWorkProfileCustomConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::AnonymousGuestConversationMember(v) => &mut v.extra,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::AppCatalogs(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AppConsentApprovalRoute(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AppConsentRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AppLogCollectionRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::AppManagementPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::AppRoleAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::AppScope(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::AppleManagedIdentityProvider(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ApplePushNotificationCertificate(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Application(v) => &mut v.extra,
            #[cfg(msgraph_v1_application_templates_or_search)]
            Self::ApplicationTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Approval(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::ApprovalStage(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ApprovedClientApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ArkoseFraudProtectionProvider(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::AssociatedTeamInfo(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Attachment(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::AttachmentBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::AttachmentSession(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_security)]
            Self::AttackSimulationOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AttackSimulationRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_communications_or_solutions)]
            Self::AttendanceRecord(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_functions)]
            Self::AttributeMappingFunctionSchema(v) => &mut v.extra,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::AttributeSet(v) => &mut v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::AudioRoutingGroup(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AuditEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Authentication(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::AuthenticationCombinationConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationContextClassReference(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationEventListener(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationEventsFlow(v) => &mut v.extra,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::AuthenticationFlowsPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::AuthenticationMethod(v) => &mut v.extra,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationMethodModeDetail(v) => &mut v.extra,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodTarget(v) => &mut v.extra,
            #[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
            Self::AuthenticationMethodsPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::AuthenticationMethodsRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::AuthenticationStrengthPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationStrengthRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_privacy_or_search_or_security)]
            Self::AuthoredNote(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::AuthorizationPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AvailableAccessPackage(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::AzureCommunicationServicesUserConversationMember(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::B2xIdentityUserFlow(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BackupRestoreRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
            Self::BaseItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::BaseItemVersion(v) => &mut v.extra,
            #[cfg(msgraph_v1_places_or_search)]
            Self::BaseMapFeature(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &mut v.extra,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::Bitlocker(v) => &mut v.extra,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::BitlockerRecoveryKey(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingAppointment(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingBusiness(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCurrency(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCustomQuestion(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCustomer(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCustomerBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingService(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingStaffMember(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingStaffMemberBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BrowseSessionBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::BrowserSharedCookie(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::BrowserSite(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::BrowserSiteList(v) => &mut v.extra,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Building(v) => &mut v.extra,
            #[cfg(msgraph_v1_places_or_search)]
            Self::BuildingMap(v) => &mut v.extra,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::BuiltInIdentityProvider(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::BulkUpload(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::CaPoliciesDeletableRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Calendar(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::CalendarGroup(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::CalendarPermission(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::CalendarSharingMessage(v) => &mut v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Call(v) => &mut v.extra,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CallAiInsight(v) => &mut v.extra,
            #[cfg(msgraph_v1_search)]
            Self::CallEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::CallRecording(v) => &mut v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CallRecord(v) => &mut v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Organizer(v) => &mut v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CallRecordsParticipant(v) => &mut v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::ParticipantBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Segment(v) => &mut v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Session(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::CallTranscript(v) => &mut v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CancelMediaProcessingOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::CanvasLayout(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::CertificateAuthorityDetail(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_certificate_based_auth_configuration)]
            Self::CertificateBasedAuthConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::CertificateBasedAuthPki(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ChangeTrackedEntity(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::Channel(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Chat(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ChatMessage(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ChatMessageHostedContent(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ChatMessageInfo(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ChecklistItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ClaimsMappingPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::CloudClipboardItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::CloudClipboardRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::CloudFlareWebApplicationFirewallProvider(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::CloudPc(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcAuditEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcDeviceImage(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcGalleryImage(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcOnPremisesConnection(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcProvisioningPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcProvisioningPolicyAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcReport(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcServicePlan(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcUserSetting(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcUserSettingAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
            Self::ColumnDefinition(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ColumnLink(v) => &mut v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CommsOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::Community(v) => &mut v.extra,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::CompanySubscription(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ComplianceManagementPartner(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ConditionalAccessRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ConditionalAccessTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationBaseline(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationDrift(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationManagement(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationMonitor(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationMonitoringResult(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationSnapshotJob(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::ConnectedOrganization(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Contact(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ContactFolder(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ContentActivity(v) => &mut v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::ContentSharingSession(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ContentType(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Contract(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::ControlConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Conversation(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ConversationMember(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ConversationThread(v) => &mut v.extra,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdmin(v) => &mut v.extra,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdminCatalog(v) => &mut v.extra,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdminLimitedMode(v) => &mut v.extra,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdminSetting(v) => &mut v.extra,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotPackage(v) => &mut v.extra,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotPackageDetail(v) => &mut v.extra,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotReportRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::CrossTenantAccessPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::CrossTenantAccessPolicyConfigurationDefault(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::CustomAuthenticationExtension(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::CustomCalloutExtension(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomDataProvidedResource(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomDataProvidedResourceAccessReviewUploadSession(v) => &mut v.extra,
            #[cfg(msgraph_v1_search)]
            Self::CustomDataProvidedResourceFile(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomDataProvidedResourceUploadSession(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomExtensionStageSetting(v) => &mut v.extra,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::CustomSecurityAttributeDefinition(v) => &mut v.extra,
            #[cfg(msgraph_v1_data_policy_operations_or_search)]
            Self::DataPolicyOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_security)]
            Self::DataSecurityAndGovernance(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::DayNote(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::DefaultManagedAppProtection(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminAccessAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminCustomer(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminRelationship(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminRelationshipOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminRelationshipRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminServiceManagementDetail(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::DelegatedAdminServiceProviderConstraints(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::DelegatedPermissionClassification(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::DeletedChat(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::DeletedItemContainer(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::DeletedTeam(v) => &mut v.extra,
            #[cfg(msgraph_v1_search)]
            Self::DeltaParticipants(v) => &mut v.extra,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Desk(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DetectedApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Device(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceAndAppManagementRoleAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceAndAppManagementRoleDefinition(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::DeviceAppManagement(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceCategory(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceActionItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceDeviceOverview(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceDeviceStatus(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicyAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicyDeviceStateSummary(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicySettingStateSummary(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceCompliancePolicyState(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceScheduledActionForRule(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceSettingState(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceUserOverview(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceUserStatus(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationDeviceOverview(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationDeviceStateSummary(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationDeviceStatus(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceConfigurationState(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationUserOverview(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationUserStatus(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentLimitConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::DeviceInstallState(v) => &mut v.extra,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::DeviceLocalCredentialInfo(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceLogCollectionResponse(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagement(v) => &mut v.extra,
            #[cfg(msgraph_v1_search)]
            Self::DeviceManagementCachedReportConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementExchangeConnector(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementExportJob(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementPartner(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementReports(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceManagementTroubleshootingEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::DeviceRegistrationPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::Directory(v) => &mut v.extra,
            #[cfg(msgraph_v1_audit_logs_or_search)]
            Self::DirectoryAudit(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryDefinition(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryObject(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryObjectPartnerReference(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryRole(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryRoleTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::DocumentSetVersion(v) => &mut v.extra,
            #[cfg(msgraph_v1_domains_or_search)]
            Self::Domain(v) => &mut v.extra,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsCnameRecord(v) => &mut v.extra,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsMxRecord(v) => &mut v.extra,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsRecord(v) => &mut v.extra,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsSrvRecord(v) => &mut v.extra,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsTxtRecord(v) => &mut v.extra,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsUnavailableRecord(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItemVersion(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveProtectionRule(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveProtectionUnit(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveProtectionUnitsBulkAdditionJob(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveRestoreArtifact(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::EBookInstallSummary(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::Edge(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::EditionUpgradeConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignmentDefaults(v) => &mut v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignmentResource(v) => &mut v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignmentSettings(v) => &mut v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationCategory(v) => &mut v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationClass(v) => &mut v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationFeedbackOutcome(v) => &mut v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationFeedbackResourceOutcome(v) => &mut v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationGradingCategory(v) => &mut v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationGradingScheme(v) => &mut v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationModule(v) => &mut v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationModuleResource(v) => &mut v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationOrganization(v) => &mut v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationOutcome(v) => &mut v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationPointsOutcome(v) => &mut v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationRubric(v) => &mut v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationRubricOutcome(v) => &mut v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationSchool(v) => &mut v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationSubmission(v) => &mut v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationSubmissionResource(v) => &mut v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationUser(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::EmailAuthenticationMethod(v) => &mut v.extra,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::EmailAuthenticationMethodConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::EmailFileAssessmentRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::EmailNotificationsSetting(v) => &mut v.extra,
            #[cfg(msgraph_v1_search)]
            Self::EmergencyCallEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::EmployeeExperienceUser(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EndUserNotification(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EndUserNotificationDetail(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::EndUserSettings(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Endpoint(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementAsyncOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversation(v) => &mut v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationDiscussionMessage(v) => &mut v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationMessage(v) => &mut v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationMessageReaction(v) => &mut v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationQuestionMessage(v) => &mut v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationSystemMessage(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementRole(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementRoleMember(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::EnrollmentConfigurationAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::EnrollmentTroubleshootingEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_search)]
            Self::EnterpriseCodeSigningCertificate(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::EntitlementManagement(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::EntitlementManagementSettings(v) => &mut v.extra,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::Recovery(v) => &mut v.extra,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryChangeObjectBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryJob(v) => &mut v.extra,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryJobBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryPreviewJob(v) => &mut v.extra,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::Snapshot(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Event(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::EventMessage(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::EventMessageRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::EventMessageResponse(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ExchangeAdmin(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ExchangeMessageTrace(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ExchangeMessageTraceDetail(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ExchangeProtectionPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ExchangeRestoreSession(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ExchangeSettings(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Extension(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ExtensionProperty(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ExternalAuthenticationMethod(v) => &mut v.extra,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::ExternalAuthenticationMethodConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ConnectionOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalActivity(v) => &mut v.extra,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalActivityResult(v) => &mut v.extra,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalConnection(v) => &mut v.extra,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalGroup(v) => &mut v.extra,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalConnectorsIdentity(v) => &mut v.extra,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::Schema(v) => &mut v.extra,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::ExternalDomainName(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ExternalUsersSelfServiceSignUpEventsFlow(v) => &mut v.extra,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::FeatureRolloutPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::FederatedIdentityCredential(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::FederatedTokenValidationPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Fido2AuthenticationMethod(v) => &mut v.extra,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::Fido2AuthenticationMethodConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::Fido2CombinationConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::FieldValueSet(v) => &mut v.extra,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::FileAssessmentRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::FileAttachment(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorage(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorageContainer(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorageContainerType(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorageContainerTypeRegistration(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_filter_operators)]
            Self::FilterOperatorSchema(v) => &mut v.extra,
            #[cfg(msgraph_v1_places_or_search)]
            Self::FixtureMap(v) => &mut v.extra,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Floor(v) => &mut v.extra,
            #[cfg(msgraph_v1_places_or_search)]
            Self::FootprintMap(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::FraudProtectionProvider(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::GovernanceInsight(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularDriveRestoreArtifact(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularMailboxRestoreArtifact(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularRestoreArtifactBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularSiteRestoreArtifact(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Group(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
            Self::GroupLifecyclePolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_group_settings)]
            Self::GroupSetting(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::GroupSettingTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::HorizontalSection(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::HorizontalSectionColumn(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::HumanSecurityFraudProtectionProvider(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityApiConnector(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityBuiltInUserFlowAttribute(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityContainer(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityCustomUserFlowAttribute(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomTaskExtension(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Insights(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::LifecycleManagementSettings(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::LifecycleWorkflowsContainer(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Run(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Task(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TaskDefinition(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TaskProcessingResult(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TaskReport(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserProcessingResult(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::WorkflowTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_providers_or_search)]
            Self::IdentityProvider(v) => &mut v.extra,
            #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
            Self::IdentityProviderBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityUserFlow(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityUserFlowAttribute(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityUserFlowAttributeAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityVerifiedIdRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ImportedWindowsAutopilotDeviceIdentity(v) => &mut v.extra,
            #[cfg(msgraph_v1_search)]
            Self::ImportedWindowsAutopilotDeviceIdentityUpload(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::InferenceClassification(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::InferenceClassificationOverride(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::InsightsSettings(v) => &mut v.extra,
            #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
            Self::InternalDomainFederation(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::InternetExplorerMode(v) => &mut v.extra,
            #[cfg(msgraph_v1_invitations_or_search)]
            Self::Invitation(v) => &mut v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::InviteParticipantsOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosCertificateProfile(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosCompliancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosCustomConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosGeneralDeviceConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosLobApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_search)]
            Self::IosLobAppProvisioningConfigurationAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::IosManagedAppProtection(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosManagedAppRegistration(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosMobileAppConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosStoreApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosUpdateConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosUpdateDeviceStatus(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosVppApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosVppEBook(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosVppEBookAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosiPadOsWebClip(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ItemActivity(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ItemActivityStat(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_sites)]
            Self::ItemAnalytics(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ItemAttachment(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ItemInsights(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::ItemRetentionLabel(v) => &mut v.extra,
            #[cfg(msgraph_v1_search)]
            Self::LabelContentRight(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::LandingPage(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::LandingPageDetail(v) => &mut v.extra,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningContent(v) => &mut v.extra,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningCourseActivity(v) => &mut v.extra,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningProvider(v) => &mut v.extra,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningSelfInitiatedCourse(v) => &mut v.extra,
            #[cfg(msgraph_v1_places_or_search)]
            Self::LevelMap(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::LicenseDetails(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::LinkedResource(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItemVersion(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::LocalizedNotificationMessage(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::LoginPage(v) => &mut v.extra,
            #[cfg(
                msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more
            )]
            Self::LongRunningOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::M365AppsInstallationOptions(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsCompliancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsCustomConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsDmgApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsGeneralDeviceConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsLobApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsMicrosoftDefenderApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsOfficeSuiteApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::MailAssessmentRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::MailFolder(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::MailSearchFolder(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Mailbox(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::MailboxFolder(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::MailboxItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxProtectionRule(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxProtectionUnit(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxProtectionUnitsBulkAdditionJob(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxRestoreArtifact(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MalwareStateForWindowsDevice(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAndroidLobApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAndroidStoreApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppPolicyDeploymentSummary(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppProtection(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppRegistration(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppStatus(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppStatusRaw(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::ManagedDevice(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceStatus(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceSummary(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserStatus(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserSummary(v) => &mut v.extra,
            #[cfg(msgraph_v1_search)]
            Self::ManagedDeviceOverview(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedEBook(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedEBookAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedIosLobApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedIosStoreApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedMobileApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedMobileLobApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_communications_or_solutions)]
            Self::MeetingAttendanceReport(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::MembershipOutlierInsight(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Message(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::MessageRule(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::MessageTracingRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::MicrosoftAccountUserConversationMember(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => &mut v.extra,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(v) => {
                &mut v.extra
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppCategory(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppContent(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppContentFile(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppRelationship(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MobileAppTroubleshootingEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileContainedApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileLobApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MobileThreatDefenseConnector(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::MultiTenantOrganization(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::MultiTenantOrganizationIdentitySyncPolicyTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::MultiTenantOrganizationJoinRequestRecord(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::MultiTenantOrganizationMember(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::MultiTenantOrganizationPartnerConfigurationTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::MultiValueLegacyExtendedProperty(v) => &mut v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::MuteParticipantOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Notebook(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::NotificationMessageTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
            Self::OAuth2PermissionGrant(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::OfferShiftRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::OfficeGraphInsights(v) => &mut v.extra,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::OidcIdentityProvider(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAttributeCollectionListener(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnAttributeCollectionStartCustomExtension(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAttributeCollectionStartListener(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnAttributeCollectionSubmitCustomExtension(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAttributeCollectionSubmitListener(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAuthenticationMethodLoadStartListener(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnEmailOtpSendListener(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnFraudProtectionLoadStartListener(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnInteractiveAuthFlowStartListener(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnOtpSendCustomExtension(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnPasswordSubmitCustomExtension(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnPasswordSubmitListener(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::OnPremisesConditionalAccessSettings(v) => &mut v.extra,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::OnPremisesDirectorySynchronization(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::OnPremisesSyncBehavior(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnTokenIssuanceStartCustomExtension(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnTokenIssuanceStartListener(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnUserCreateStartListener(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnVerifiedIdClaimValidationListener(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::OneDriveForBusinessBrowseSession(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::OneDriveForBusinessProtectionPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::OneDriveForBusinessRestoreSession(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Onenote(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteEntityBaseModel(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteEntityHierarchyModel(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteEntitySchemaObjectModel(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenotePage(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteResource(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteSection(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_communications_or_solutions)]
            Self::OnlineMeetingBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::OnlineMeetingEngagementConversation(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::OpenShift(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::OpenShiftChangeRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::OpenTypeExtension(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Operation(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::OrgContact(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Organization(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::OrganizationalBranding(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::OrganizationalBrandingLocalization(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::OrganizationalBrandingProperties(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::OutlookCategory(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::OutlookItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::OutlookUser(v) => &mut v.extra,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::OwnerlessGroupPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Participant(v) => &mut v.extra,
            #[cfg(msgraph_v1_search)]
            Self::ParticipantJoiningNotification(v) => &mut v.extra,
            #[cfg(msgraph_v1_search)]
            Self::ParticipantLeftNotification(v) => &mut v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::Partners(v) => &mut v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::AzureUsage(v) => &mut v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::BilledReconciliation(v) => &mut v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::BilledUsage(v) => &mut v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::Billing(v) => &mut v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::BillingReconciliation(v) => &mut v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::ExportSuccessOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::FailedOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::Manifest(v) => &mut v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PartnersBillingOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::RunningOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::UnbilledReconciliation(v) => &mut v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::UnbilledUsage(v) => &mut v.extra,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::PasskeyAuthenticationMethodTarget(v) => &mut v.extra,
            #[cfg(msgraph_v1_search)]
            Self::PasskeyProfile(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::PasswordAuthenticationMethod(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Payload(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::PeopleAdminSettings(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
            Self::Permission(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::PermissionGrantConditionSet(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::PermissionGrantPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Person(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::PhoneAuthenticationMethod(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::PhoneUserConversationMember(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::PinnedChatMessageInfo(v) => &mut v.extra,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Place(v) => &mut v.extra,
            #[cfg(msgraph_v1_planner_or_search)]
            Self::Planner(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerAssignedToTaskBoardTaskFormat(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerBucket(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerBucketTaskBoardTaskFormat(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::PlannerGroup(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerPlan(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerPlanDetails(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerProgressTaskBoardTaskFormat(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerTask(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerTaskDetails(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::PlannerUser(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::PlatformCredentialAuthenticationMethod(v) => &mut v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::PlayPromptOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::PolicyBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::PolicyRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::PolicyTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Post(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::Presence(v) => &mut v.extra,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintConnector(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrintDocument(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrintJob(v) => &mut v.extra,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintService(v) => &mut v.extra,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintServiceEndpoint(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrintTask(v) => &mut v.extra,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintTaskDefinition(v) => &mut v.extra,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintTaskTrigger(v) => &mut v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PrintUsage(v) => &mut v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PrintUsageByPrinter(v) => &mut v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PrintUsageByUser(v) => &mut v.extra,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrinterBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrinterCreateOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrinterShare(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroup(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleInstance(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleInstance(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessSchedule(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleInstance(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ProfileCardProperty(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ProfilePhoto(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ProfilePropertySetting(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ProfileSource(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::PronounsSettings(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionPolicyBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionRuleBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionUnitBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionUnitsBulkJobBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_audit_logs_or_search)]
            Self::ProvisioningObjectSummary(v) => &mut v.extra,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::PublicKeyInfrastructureRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::QrCode(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::QrCodePinAuthenticationMethod(v) => &mut v.extra,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::QrCodePinAuthenticationMethodConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::QrPin(v) => &mut v.extra,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::RbacApplication(v) => &mut v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReadingAssignmentSubmission(v) => &mut v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReadingCoachPassage(v) => &mut v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::RecordOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ReferenceAttachment(v) => &mut v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReflectCheckInResponse(v) => &mut v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::RelyingPartyDetailedSummary(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::RemoteAssistancePartner(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::RemoteDesktopSecurityConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::RemoteTenantGroup(v) => &mut v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReportsRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
            Self::Request(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::ResellerDelegatedAdminRelationship(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ResourceOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ResourceSpecificPermissionGrant(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestoreArtifactBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestoreArtifactsBulkRequestBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestorePoint(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestoreSessionBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::RichLongRunningOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskDetection(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyServicePrincipal(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyServicePrincipalHistoryItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyUser(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyUserHistoryItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::RoleAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::RoleDefinition(v) => &mut v.extra,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Room(v) => &mut v.extra,
            #[cfg(msgraph_v1_places_or_search)]
            Self::RoomList(v) => &mut v.extra,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SamlOrWsFedExternalDomainFederation(v) => &mut v.extra,
            #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
            Self::SamlOrWsFedProvider(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Schedule(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ScheduleChangeRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::SchedulingGroup(v) => &mut v.extra,
            #[cfg(msgraph_v1_schema_extensions_or_search)]
            Self::SchemaExtension(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_scoped_role_memberships)]
            Self::ScopedRoleMembership(v) => &mut v.extra,
            #[cfg(msgraph_v1_search)]
            Self::Acronym(v) => &mut v.extra,
            #[cfg(msgraph_v1_search)]
            Self::Bookmark(v) => &mut v.extra,
            #[cfg(msgraph_v1_search)]
            Self::Qna(v) => &mut v.extra,
            #[cfg(msgraph_v1_search)]
            Self::SearchAnswer(v) => &mut v.extra,
            #[cfg(msgraph_v1_search)]
            Self::SearchEntity(v) => &mut v.extra,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Section(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SectionGroup(v) => &mut v.extra,
            #[cfg(msgraph_v1_places_or_search)]
            Self::SectionMap(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecureScore(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecureScoreControlProfile(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecurityAlert(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AnalyzedEmail(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Article(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::ArticleIndicator(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Artifact(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuditCoreRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuditLogQuery(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuditLogRecord(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuthorityTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AutoAuditingConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Case(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CaseOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CasesRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CategoryTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CitationTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CollaborationRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::DataSet(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::DataSource(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::DataSourceContainer(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::DepartmentTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryAddToReviewSetOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCase(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCaseMember(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCaseSettings(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCustodian(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryEstimateOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryExportOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryHoldOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryHoldPolicySyncOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryIndexOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryNoncustodialDataSource(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryPurgeDataOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryReviewSet(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryReviewSetQuery(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryReviewTag(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoverySearch(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoverySearchExportOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryTagOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::FilePlanDescriptor(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::FilePlanDescriptorTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::FilePlanReferenceTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HealthIssue(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Host(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostComponent(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostCookie(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostPair(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostPort(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostReputation(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostSslCertificate(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostTracker(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Hostname(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::IdentityAccounts(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecurityIdentityContainer(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Incident(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Indicator(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::IntelligenceProfile(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::IntelligenceProfileIndicator(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::IpAddress(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::LabelsRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::NetworkAdapter(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::PassiveDnsRecord(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::RetentionEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::RetentionEventType(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::RetentionLabel(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Search(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Sensor(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SensorCandidate(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SensorCandidateActivationConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SettingsContainer(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SiteSource(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SslCertificate(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SubcategoryTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Subdomain(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Tag(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::ThreatIntelligence(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TriggerTypesRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TriggersRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_search)]
            Self::UnclassifiedArtifact(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::UnifiedGroupSource(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecurityUser(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::UserSource(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Vulnerability(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::VulnerabilityComponent(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::WhoisBaseRecord(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::WhoisHistoryRecord(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::WhoisRecord(v) => &mut v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::SecurityReportsRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::SendDtmfTonesOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_security)]
            Self::SensitivityLabel(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceAnnouncement(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceAnnouncementAttachment(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceAnnouncementBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ServiceApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceHealth(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceHealthIssue(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ServicePrincipal(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::ServicePrincipalRiskDetection(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ServiceProviderConstraints(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_storage)]
            Self::ServiceStorageQuotaBreakdown(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceUpdateMessage(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::SettingStateDeviceSummary(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SharePointBrowseSession(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointGroup(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointGroupMember(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationFinishManifestFileUploadEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJob(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobCancelledEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobDeletedEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobErrorEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobPostponedEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobProgressEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobQueuedEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobStartEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SharePointProtectionPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SharePointRestoreSession(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::SharedInsight(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::SharedPcConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::SharedWithChannelTeamInfo(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::Sharepoint(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::SharepointSettings(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Shift(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::ShiftPreferences(v) => &mut v.extra,
            #[cfg(msgraph_v1_audit_logs_or_search)]
            Self::SignIn(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Simulation(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SimulationAutomation(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SimulationAutomationRun(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::SingleValueLegacyExtendedProperty(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteProtectionRule(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteProtectionUnit(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteProtectionUnitsBulkAdditionJob(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteRestoreArtifact(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::SkypeForBusinessUserConversationMember(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::SkypeUserConversationMember(v) => &mut v.extra,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodConfiguration(v) => &mut v.extra,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodTarget(v) => &mut v.extra,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SocialIdentityProvider(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::SoftwareOathAuthenticationMethod(v) => &mut v.extra,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SoftwareOathAuthenticationMethodConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_search)]
            Self::SoftwareUpdateStatusSummary(v) => &mut v.extra,
            #[cfg(msgraph_v1_education_or_search)]
            Self::SpeakerAssignmentSubmission(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::StandardWebPart(v) => &mut v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::StartHoldMusicOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::StopHoldMusicOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_storage)]
            Self::StorageQuotaBreakdown(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::StorageSettings(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::StsPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_privacy_or_search_or_security)]
            Self::SubjectRightsRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::SubscribeToToneOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_subscribed_skus)]
            Self::SubscribedSku(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
            Self::Subscription(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::SwapShiftsChangeRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Synchronization(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::SynchronizationJob(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::SynchronizationSchema(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::SynchronizationTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::TargetDeviceGroup(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TargetedChatMessage(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::TargetedManagedAppConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::TargetedManagedAppPolicyAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::TargetedManagedAppProtection(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::TaskFileAttachment(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Team(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TeamInfo(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::NumberAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::PolicyIdentifierDetail(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsAdminRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsPolicyAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsPolicyUserAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsUserConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TelephoneNumberLongRunningOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TelephoneNumberManagementRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::TeamsApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::TeamsAppDefinition(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::TeamsAppInstallation(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::TeamsAppSettings(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::TeamsAsyncOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TeamsTab(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_teams_templates)]
            Self::TeamsTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::Teamwork(v) => &mut v.extra,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::TeamworkBot(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TeamworkHostedContent(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::TeamworkTag(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::TeamworkTagMember(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::TemporaryAccessPassAuthenticationMethod(v) => &mut v.extra,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::TenantAppManagementPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TenantDataSecurityAndGovernance(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TenantProtectionScopeContainer(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::TermStoreGroup(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Relation(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Set(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Store(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Term(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::TermsAndConditions(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::TermsAndConditionsAcceptanceStatus(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::TermsAndConditionsAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TermsOfUseContainer(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::TextWebPart(v) => &mut v.extra,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::ThreatAssessmentRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::ThreatAssessmentResult(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::ThumbnailSet(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::TimeCard(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::TimeOff(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffReason(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Todo(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::TodoTask(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::TodoTaskList(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::TokenIssuancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::TokenLifetimePolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Training(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TrainingLanguageDetail(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::Trending(v) => &mut v.extra,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRbacResourceAction(v) => &mut v.extra,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRbacResourceNamespace(v) => &mut v.extra,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentSchedule(v) => &mut v.extra,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &mut v.extra,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleDefinition(v) => &mut v.extra,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilitySchedule(v) => &mut v.extra,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &mut v.extra,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyApprovalRule(v) => &mut v.extra,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAuthenticationContextRule(v) => &mut v.extra,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyEnablementRule(v) => &mut v.extra,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyExpirationRule(v) => &mut v.extra,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyNotificationRule(v) => &mut v.extra,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyRule(v) => &mut v.extra,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleScheduleBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleScheduleInstanceBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_storage)]
            Self::UnifiedStorageQuota(v) => &mut v.extra,
            #[cfg(msgraph_v1_places_or_search)]
            Self::UnitMap(v) => &mut v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::UnmuteParticipantOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::UpdateRecordingStatusOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::UrlAssessmentRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_search)]
            Self::UsageRightsIncluded(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::UsedInsight(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::User(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::UserActivity(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::UserDataSecurityAndGovernance(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails(
                v,
            ) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId(
                v,
            ) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion(v) => {
                &mut v.extra
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthApplicationPerformance(v) => {
                &mut v.extra
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDeviceModelPerformance(v) => {
                &mut v.extra
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformance(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformanceDetails(v) => {
                &mut v.extra
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthOsVersionPerformance(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsBaseline(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsCategory(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDevicePerformance(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceScores(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupHistory(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcess(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcessPerformance(v) => {
                &mut v.extra
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsMetric(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsMetricHistory(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsModelScores(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsOverview(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsScoreHistory(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereDevice(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric(v) => {
                &mut v.extra
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereMetric(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereModelPerformance(v) => {
                &mut v.extra
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::UserFlowLanguageConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::UserFlowLanguagePage(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::UserInsightsSettings(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::UserInstallStateSummary(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::UserProtectionScopeContainer(v) => &mut v.extra,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::UserRegistrationDetails(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::UserScopeTeamsAppInstallation(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::UserSettings(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserSignInInsight(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::UserSolutionRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::UserStorage(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::UserTeamwork(v) => &mut v.extra,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::VerifiableCredentialAuthenticationMethodTarget(v) => &mut v.extra,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::VerifiableCredentialsAuthenticationMethodConfiguration(v) => {
                &mut v.extra
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::VerifiedIdProfile(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::VerticalSection(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::VirtualEndpoint(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventPresenter(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistration(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationCustomQuestion(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationPredefinedQuestion(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationQuestionBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventTownhall(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventTownhallRegistrationConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventWebinar(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventWebinarRegistrationConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventsRoot(v) => &mut v.extra,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::VoiceAuthenticationMethodConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::VppToken(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WebApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::WebApplicationFirewallProvider(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::WebApplicationFirewallVerificationModel(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::WebPart(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::Win32LobApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10CompliancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10CustomConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10EndpointProtectionConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10GeneralConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10MobileCompliancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10SecureAssessmentConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10TeamGeneralConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows81CompliancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows81GeneralConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsAppX(v) => &mut v.extra,
            #[cfg(msgraph_v1_search)]
            Self::WindowsAutopilotDeploymentProfile(v) => &mut v.extra,
            #[cfg(msgraph_v1_search)]
            Self::WindowsAutopilotDeploymentProfileAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsAutopilotDeviceIdentity(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::WindowsDeviceMalwareState(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::WindowsInformationProtection(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsInformationProtectionAppLearningSummary(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::WindowsInformationProtectionAppLockerFile(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsInformationProtectionNetworkLearningSummary(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::WindowsInformationProtectionPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsMalwareInformation(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsMobileMsi(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsPhone81CompliancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsPhone81CustomConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsPhone81GeneralConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::WindowsProtectionState(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::WindowsSetting(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::WindowsSettingInstance(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsUniversalAppX(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsUniversalAppXContainedApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsUpdateForBusinessConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsWebApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::WorkHoursAndLocationsSetting(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::WorkPlanOccurrence(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::WorkPlanRecurrence(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Workbook(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookApplication(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChart(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAreaFormat(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxes(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxis(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxisFormat(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxisTitle(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxisTitleFormat(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartDataLabelFormat(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartDataLabels(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartFill(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartFont(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartGridlines(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartGridlinesFormat(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartLegend(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartLegendFormat(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartLineFormat(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartPoint(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartPointFormat(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartSeries(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartSeriesFormat(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartTitle(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartTitleFormat(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookComment(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookCommentReply(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFilter(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFormatProtection(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFunctionResult(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFunctions(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookNamedItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookPivotTable(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRange(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeBorder(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeFill(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeFont(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeFormat(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeSort(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeView(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTable(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTableColumn(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTableRow(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTableSort(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookWorksheet(v) => &mut v.extra,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookWorksheetProtection(v) => &mut v.extra,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &mut v.extra,
            #[cfg(msgraph_v1_core)]
            Self::WorkingTimeSchedule(v) => &mut v.extra,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Workspace(v) => &mut v.extra,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::X509CertificateAuthenticationMethodConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::X509CertificateCombinationConfiguration(v) => &mut v.extra,
        }
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
