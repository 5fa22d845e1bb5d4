//! Types of `microsoft.graph` by the first letters of their names (`entity_4`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_c73)]
impl AnyEntity {
    /// The qualified CSDL name of the current variant's type.
    #[inline]
    pub fn type_name(&self) -> &'static str {
        match self {
            Self::Entity(_) => "microsoft.graph.entity",
            #[cfg(msgraph_v1_c3)]
            Self::AadUserConversationMember(_) => {
                "microsoft.graph.aadUserConversationMember"
            }
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackage(_) => "microsoft.graph.accessPackage",
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageAssignment(_) => "microsoft.graph.accessPackageAssignment",
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageAssignmentPolicy(_) => {
                "microsoft.graph.accessPackageAssignmentPolicy"
            }
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageAssignmentRequest(_) => {
                "microsoft.graph.accessPackageAssignmentRequest"
            }
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageAssignmentRequestWorkflowExtension(_) => {
                "microsoft.graph.accessPackageAssignmentRequestWorkflowExtension"
            }
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageAssignmentWorkflowExtension(_) => {
                "microsoft.graph.accessPackageAssignmentWorkflowExtension"
            }
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageCatalog(_) => "microsoft.graph.accessPackageCatalog",
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageMultipleChoiceQuestion(_) => {
                "microsoft.graph.accessPackageMultipleChoiceQuestion"
            }
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageQuestion(_) => "microsoft.graph.accessPackageQuestion",
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageResource(_) => "microsoft.graph.accessPackageResource",
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageResourceEnvironment(_) => {
                "microsoft.graph.accessPackageResourceEnvironment"
            }
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageResourceRequest(_) => {
                "microsoft.graph.accessPackageResourceRequest"
            }
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageResourceRole(_) => {
                "microsoft.graph.accessPackageResourceRole"
            }
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageResourceRoleScope(_) => {
                "microsoft.graph.accessPackageResourceRoleScope"
            }
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageResourceScope(_) => {
                "microsoft.graph.accessPackageResourceScope"
            }
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageSubject(_) => "microsoft.graph.accessPackageSubject",
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageSuggestion(_) => "microsoft.graph.accessPackageSuggestion",
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageTextInputQuestion(_) => {
                "microsoft.graph.accessPackageTextInputQuestion"
            }
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewHistoryDefinition(_) => {
                "microsoft.graph.accessReviewHistoryDefinition"
            }
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewHistoryInstance(_) => {
                "microsoft.graph.accessReviewHistoryInstance"
            }
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewInstance(_) => "microsoft.graph.accessReviewInstance",
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewInstanceDecisionItem(_) => {
                "microsoft.graph.accessReviewInstanceDecisionItem"
            }
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewReviewer(_) => "microsoft.graph.accessReviewReviewer",
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewScheduleDefinition(_) => {
                "microsoft.graph.accessReviewScheduleDefinition"
            }
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewSet(_) => "microsoft.graph.accessReviewSet",
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewStage(_) => "microsoft.graph.accessReviewStage",
            #[cfg(msgraph_v1_c10)]
            Self::ActivitiesContainer(_) => "microsoft.graph.activitiesContainer",
            #[cfg(msgraph_v1_c10)]
            Self::ActivityBasedTimeoutPolicy(_) => {
                "microsoft.graph.activityBasedTimeoutPolicy"
            }
            #[cfg(msgraph_v1_c10)]
            Self::ActivityHistoryItem(_) => "microsoft.graph.activityHistoryItem",
            #[cfg(msgraph_v1_c13)]
            Self::AddLargeGalleryViewOperation(_) => {
                "microsoft.graph.addLargeGalleryViewOperation"
            }
            #[cfg(msgraph_v1_c14)]
            Self::AdhocCall(_) => "microsoft.graph.adhocCall",
            #[cfg(msgraph_v1_c16)]
            Self::AdminConsentRequestPolicy(_) => {
                "microsoft.graph.adminConsentRequestPolicy"
            }
            #[cfg(msgraph_v1_c17)]
            Self::AdminMicrosoft365Apps(_) => "microsoft.graph.adminMicrosoft365Apps",
            #[cfg(msgraph_v1_c17)]
            Self::AdminReportSettings(_) => "microsoft.graph.adminReportSettings",
            #[cfg(msgraph_v1_c10)]
            Self::AdministrativeUnit(_) => "microsoft.graph.administrativeUnit",
            #[cfg(msgraph_v1_c10)]
            Self::AgentIdentity(_) => "microsoft.graph.agentIdentity",
            #[cfg(msgraph_v1_c10)]
            Self::AgentIdentityBlueprint(_) => "microsoft.graph.agentIdentityBlueprint",
            #[cfg(msgraph_v1_c10)]
            Self::AgentIdentityBlueprintPrincipal(_) => {
                "microsoft.graph.agentIdentityBlueprintPrincipal"
            }
            #[cfg(msgraph_v1_c10)]
            Self::AgentUser(_) => "microsoft.graph.agentUser",
            #[cfg(msgraph_v1_c20)]
            Self::Agreement(_) => "microsoft.graph.agreement",
            #[cfg(msgraph_v1_c21)]
            Self::AgreementAcceptance(_) => "microsoft.graph.agreementAcceptance",
            #[cfg(msgraph_v1_c20)]
            Self::AgreementFile(_) => "microsoft.graph.agreementFile",
            #[cfg(msgraph_v1_c20)]
            Self::AgreementFileLocalization(_) => {
                "microsoft.graph.agreementFileLocalization"
            }
            #[cfg(msgraph_v1_c20)]
            Self::AgreementFileProperties(_) => "microsoft.graph.agreementFileProperties",
            #[cfg(msgraph_v1_c20)]
            Self::AgreementFileVersion(_) => "microsoft.graph.agreementFileVersion",
            #[cfg(msgraph_v1_c5)]
            Self::AiInteraction(_) => "microsoft.graph.aiInteraction",
            #[cfg(msgraph_v1_c5)]
            Self::AiInteractionHistory(_) => "microsoft.graph.aiInteractionHistory",
            #[cfg(msgraph_v1_c5)]
            Self::AiOnlineMeeting(_) => "microsoft.graph.aiOnlineMeeting",
            #[cfg(msgraph_v1_c5)]
            Self::AiUser(_) => "microsoft.graph.aiUser",
            #[cfg(msgraph_v1_c23)]
            Self::AkamaiWebApplicationFirewallProvider(_) => {
                "microsoft.graph.akamaiWebApplicationFirewallProvider"
            }
            #[cfg(msgraph_v1_c8)]
            Self::Alert(_) => "microsoft.graph.alert",
            #[cfg(msgraph_v1_c27)]
            Self::AllowedValue(_) => "microsoft.graph.allowedValue",
            #[cfg(msgraph_v1_c28)]
            Self::AndroidCompliancePolicy(_) => "microsoft.graph.androidCompliancePolicy",
            #[cfg(msgraph_v1_c28)]
            Self::AndroidCustomConfiguration(_) => {
                "microsoft.graph.androidCustomConfiguration"
            }
            #[cfg(msgraph_v1_c28)]
            Self::AndroidGeneralDeviceConfiguration(_) => {
                "microsoft.graph.androidGeneralDeviceConfiguration"
            }
            #[cfg(msgraph_v1_c29)]
            Self::AndroidLobApp(_) => "microsoft.graph.androidLobApp",
            #[cfg(msgraph_v1_c30)]
            Self::AndroidManagedAppProtection(_) => {
                "microsoft.graph.androidManagedAppProtection"
            }
            #[cfg(msgraph_v1_c29)]
            Self::AndroidManagedAppRegistration(_) => {
                "microsoft.graph.androidManagedAppRegistration"
            }
            #[cfg(msgraph_v1_c29)]
            Self::AndroidStoreApp(_) => "microsoft.graph.androidStoreApp",
            #[cfg(msgraph_v1_c28)]
            Self::AndroidWorkProfileCompliancePolicy(_) => {
                "microsoft.graph.androidWorkProfileCompliancePolicy"
            }
            #[cfg(msgraph_v1_c28)]
            Self::AndroidWorkProfileCustomConfiguration(_) => {
                "microsoft.graph.androidWorkProfileCustomConfiguration"
            }
            #[cfg(msgraph_v1_c28)]
            Self::AndroidWorkProfileGeneralDeviceConfiguration(_) => {
                "microsoft.graph.androidWorkProfileGeneralDeviceConfiguration"
            }
            #[cfg(msgraph_v1_c3)]
            Self::AnonymousGuestConversationMember(_) => {
                "microsoft.graph.anonymousGuestConversationMember"
            }
            #[cfg(msgraph_v1_c32)]
            Self::AppCatalogs(_) => "microsoft.graph.appCatalogs",
            #[cfg(msgraph_v1_c6)]
            Self::AppConsentApprovalRoute(_) => "microsoft.graph.appConsentApprovalRoute",
            #[cfg(msgraph_v1_c6)]
            Self::AppConsentRequest(_) => "microsoft.graph.appConsentRequest",
            #[cfg(msgraph_v1_c28)]
            Self::AppLogCollectionRequest(_) => "microsoft.graph.appLogCollectionRequest",
            #[cfg(msgraph_v1_c10)]
            Self::AppManagementPolicy(_) => "microsoft.graph.appManagementPolicy",
            #[cfg(msgraph_v1_c10)]
            Self::AppRoleAssignment(_) => "microsoft.graph.appRoleAssignment",
            #[cfg(msgraph_v1_c34)]
            Self::AppScope(_) => "microsoft.graph.appScope",
            #[cfg(msgraph_v1_c28)]
            Self::AppleDeviceFeaturesConfigurationBase(_) => {
                "microsoft.graph.appleDeviceFeaturesConfigurationBase"
            }
            #[cfg(msgraph_v1_c35)]
            Self::AppleManagedIdentityProvider(_) => {
                "microsoft.graph.appleManagedIdentityProvider"
            }
            #[cfg(msgraph_v1_c28)]
            Self::ApplePushNotificationCertificate(_) => {
                "microsoft.graph.applePushNotificationCertificate"
            }
            #[cfg(msgraph_v1_c10)]
            Self::Application(_) => "microsoft.graph.application",
            #[cfg(msgraph_v1_c36)]
            Self::ApplicationTemplate(_) => "microsoft.graph.applicationTemplate",
            #[cfg(msgraph_v1_c6)]
            Self::Approval(_) => "microsoft.graph.approval",
            #[cfg(msgraph_v1_c6)]
            Self::ApprovalStage(_) => "microsoft.graph.approvalStage",
            #[cfg(msgraph_v1_c10)]
            Self::ApprovedClientApp(_) => "microsoft.graph.approvedClientApp",
            #[cfg(msgraph_v1_c23)]
            Self::ArkoseFraudProtectionProvider(_) => {
                "microsoft.graph.arkoseFraudProtectionProvider"
            }
            #[cfg(msgraph_v1_c10)]
            Self::AssociatedTeamInfo(_) => "microsoft.graph.associatedTeamInfo",
            #[cfg(msgraph_v1_c10)]
            Self::Attachment(_) => "microsoft.graph.attachment",
            #[cfg(msgraph_v1_c10)]
            Self::AttachmentBase(_) => "microsoft.graph.attachmentBase",
            #[cfg(msgraph_v1_c10)]
            Self::AttachmentSession(_) => "microsoft.graph.attachmentSession",
            #[cfg(msgraph_v1_c11)]
            Self::AttackSimulationOperation(_) => {
                "microsoft.graph.attackSimulationOperation"
            }
            #[cfg(msgraph_v1_c8)]
            Self::AttackSimulationRoot(_) => "microsoft.graph.attackSimulationRoot",
            #[cfg(msgraph_v1_c26)]
            Self::AttendanceRecord(_) => "microsoft.graph.attendanceRecord",
            #[cfg(msgraph_v1_c47)]
            Self::AttributeMappingFunctionSchema(_) => {
                "microsoft.graph.attributeMappingFunctionSchema"
            }
            #[cfg(msgraph_v1_c27)]
            Self::AttributeSet(_) => "microsoft.graph.attributeSet",
            #[cfg(msgraph_v1_c13)]
            Self::AudioRoutingGroup(_) => "microsoft.graph.audioRoutingGroup",
            #[cfg(msgraph_v1_c28)]
            Self::AuditEvent(_) => "microsoft.graph.auditEvent",
            #[cfg(msgraph_v1_c10)]
            Self::Authentication(_) => "microsoft.graph.authentication",
            #[cfg(msgraph_v1_c37)]
            Self::AuthenticationCombinationConfiguration(_) => {
                "microsoft.graph.authenticationCombinationConfiguration"
            }
            #[cfg(msgraph_v1_c23)]
            Self::AuthenticationContextClassReference(_) => {
                "microsoft.graph.authenticationContextClassReference"
            }
            #[cfg(msgraph_v1_c23)]
            Self::AuthenticationEventListener(_) => {
                "microsoft.graph.authenticationEventListener"
            }
            #[cfg(msgraph_v1_c23)]
            Self::AuthenticationEventsFlow(_) => {
                "microsoft.graph.authenticationEventsFlow"
            }
            #[cfg(msgraph_v1_c16)]
            Self::AuthenticationFlowsPolicy(_) => {
                "microsoft.graph.authenticationFlowsPolicy"
            }
            #[cfg(msgraph_v1_c10)]
            Self::AuthenticationMethod(_) => "microsoft.graph.authenticationMethod",
            #[cfg(msgraph_v1_c18)]
            Self::AuthenticationMethodConfiguration(_) => {
                "microsoft.graph.authenticationMethodConfiguration"
            }
            #[cfg(msgraph_v1_c23)]
            Self::AuthenticationMethodModeDetail(_) => {
                "microsoft.graph.authenticationMethodModeDetail"
            }
            #[cfg(msgraph_v1_c18)]
            Self::AuthenticationMethodTarget(_) => {
                "microsoft.graph.authenticationMethodTarget"
            }
            #[cfg(msgraph_v1_c51)]
            Self::AuthenticationMethodsPolicy(_) => {
                "microsoft.graph.authenticationMethodsPolicy"
            }
            #[cfg(msgraph_v1_c44)]
            Self::AuthenticationMethodsRoot(_) => {
                "microsoft.graph.authenticationMethodsRoot"
            }
            #[cfg(msgraph_v1_c37)]
            Self::AuthenticationStrengthPolicy(_) => {
                "microsoft.graph.authenticationStrengthPolicy"
            }
            #[cfg(msgraph_v1_c23)]
            Self::AuthenticationStrengthRoot(_) => {
                "microsoft.graph.authenticationStrengthRoot"
            }
            #[cfg(msgraph_v1_c53)]
            Self::AuthoredNote(_) => "microsoft.graph.authoredNote",
            #[cfg(msgraph_v1_c10)]
            Self::AuthorizationPolicy(_) => "microsoft.graph.authorizationPolicy",
            #[cfg(msgraph_v1_c6)]
            Self::AvailableAccessPackage(_) => "microsoft.graph.availableAccessPackage",
            #[cfg(msgraph_v1_c3)]
            Self::AzureCommunicationServicesUserConversationMember(_) => {
                "microsoft.graph.azureCommunicationServicesUserConversationMember"
            }
            #[cfg(msgraph_v1_c23)]
            Self::B2xIdentityUserFlow(_) => "microsoft.graph.b2xIdentityUserFlow",
            #[cfg(msgraph_v1_c31)]
            Self::BackupRestoreRoot(_) => "microsoft.graph.backupRestoreRoot",
            #[cfg(msgraph_v1_c54)]
            Self::BaseItem(_) => "microsoft.graph.baseItem",
            #[cfg(msgraph_v1_c4)]
            Self::BaseItemVersion(_) => "microsoft.graph.baseItemVersion",
            #[cfg(msgraph_v1_c42)]
            Self::BaseMapFeature(_) => "microsoft.graph.baseMapFeature",
            #[cfg(msgraph_v1_c1)]
            Self::BaseSitePage(_) => "microsoft.graph.baseSitePage",
            #[cfg(msgraph_v1_c56)]
            Self::Bitlocker(_) => "microsoft.graph.bitlocker",
            #[cfg(msgraph_v1_c56)]
            Self::BitlockerRecoveryKey(_) => "microsoft.graph.bitlockerRecoveryKey",
            #[cfg(msgraph_v1_c31)]
            Self::BookingAppointment(_) => "microsoft.graph.bookingAppointment",
            #[cfg(msgraph_v1_c31)]
            Self::BookingBusiness(_) => "microsoft.graph.bookingBusiness",
            #[cfg(msgraph_v1_c31)]
            Self::BookingCurrency(_) => "microsoft.graph.bookingCurrency",
            #[cfg(msgraph_v1_c31)]
            Self::BookingCustomQuestion(_) => "microsoft.graph.bookingCustomQuestion",
            #[cfg(msgraph_v1_c31)]
            Self::BookingCustomer(_) => "microsoft.graph.bookingCustomer",
            #[cfg(msgraph_v1_c31)]
            Self::BookingCustomerBase(_) => "microsoft.graph.bookingCustomerBase",
            #[cfg(msgraph_v1_c31)]
            Self::BookingService(_) => "microsoft.graph.bookingService",
            #[cfg(msgraph_v1_c31)]
            Self::BookingStaffMember(_) => "microsoft.graph.bookingStaffMember",
            #[cfg(msgraph_v1_c31)]
            Self::BookingStaffMemberBase(_) => "microsoft.graph.bookingStaffMemberBase",
            #[cfg(msgraph_v1_c31)]
            Self::BrowseSessionBase(_) => "microsoft.graph.browseSessionBase",
            #[cfg(msgraph_v1_c17)]
            Self::BrowserSharedCookie(_) => "microsoft.graph.browserSharedCookie",
            #[cfg(msgraph_v1_c17)]
            Self::BrowserSite(_) => "microsoft.graph.browserSite",
            #[cfg(msgraph_v1_c17)]
            Self::BrowserSiteList(_) => "microsoft.graph.browserSiteList",
            #[cfg(msgraph_v1_c42)]
            Self::Building(_) => "microsoft.graph.building",
            #[cfg(msgraph_v1_c42)]
            Self::BuildingMap(_) => "microsoft.graph.buildingMap",
            #[cfg(msgraph_v1_c35)]
            Self::BuiltInIdentityProvider(_) => "microsoft.graph.builtInIdentityProvider",
            #[cfg(msgraph_v1_c10)]
            Self::BulkUpload(_) => "microsoft.graph.bulkUpload",
            #[cfg(msgraph_v1_c23)]
            Self::CaPoliciesDeletableRoot(_) => "microsoft.graph.caPoliciesDeletableRoot",
            #[cfg(msgraph_v1_c10)]
            Self::Calendar(_) => "microsoft.graph.calendar",
            #[cfg(msgraph_v1_c10)]
            Self::CalendarGroup(_) => "microsoft.graph.calendarGroup",
            #[cfg(msgraph_v1_c10)]
            Self::CalendarPermission(_) => "microsoft.graph.calendarPermission",
            #[cfg(msgraph_v1_c10)]
            Self::CalendarSharingMessage(_) => "microsoft.graph.calendarSharingMessage",
            #[cfg(msgraph_v1_c13)]
            Self::Call(_) => "microsoft.graph.call",
            #[cfg(msgraph_v1_c5)]
            Self::CallAiInsight(_) => "microsoft.graph.callAiInsight",
            #[cfg(msgraph_v1_c19)]
            Self::CallEvent(_) => "microsoft.graph.callEvent",
            #[cfg(msgraph_v1_c14)]
            Self::CallRecording(_) => "microsoft.graph.callRecording",
            #[cfg(msgraph_v1_c13)]
            Self::CallRecord(_) => "microsoft.graph.callRecords.callRecord",
            #[cfg(msgraph_v1_c13)]
            Self::Organizer(_) => "microsoft.graph.callRecords.organizer",
            #[cfg(msgraph_v1_c13)]
            Self::CallRecordsParticipant(_) => "microsoft.graph.callRecords.participant",
            #[cfg(msgraph_v1_c13)]
            Self::ParticipantBase(_) => "microsoft.graph.callRecords.participantBase",
            #[cfg(msgraph_v1_c13)]
            Self::Segment(_) => "microsoft.graph.callRecords.segment",
            #[cfg(msgraph_v1_c13)]
            Self::Session(_) => "microsoft.graph.callRecords.session",
            #[cfg(msgraph_v1_c14)]
            Self::CallTranscript(_) => "microsoft.graph.callTranscript",
            #[cfg(msgraph_v1_c13)]
            Self::CancelMediaProcessingOperation(_) => {
                "microsoft.graph.cancelMediaProcessingOperation"
            }
            #[cfg(msgraph_v1_c1)]
            Self::CanvasLayout(_) => "microsoft.graph.canvasLayout",
            #[cfg(msgraph_v1_c10)]
            Self::CertificateAuthorityDetail(_) => {
                "microsoft.graph.certificateAuthorityDetail"
            }
            #[cfg(msgraph_v1_c58)]
            Self::CertificateBasedAuthConfiguration(_) => {
                "microsoft.graph.certificateBasedAuthConfiguration"
            }
            #[cfg(msgraph_v1_c10)]
            Self::CertificateBasedAuthPki(_) => "microsoft.graph.certificateBasedAuthPki",
            #[cfg(msgraph_v1_c3)]
            Self::ChangeTrackedEntity(_) => "microsoft.graph.changeTrackedEntity",
            #[cfg(msgraph_v1_c3)]
            Self::Channel(_) => "microsoft.graph.channel",
            #[cfg(msgraph_v1_c10)]
            Self::Chat(_) => "microsoft.graph.chat",
            #[cfg(msgraph_v1_c3)]
            Self::ChatMessage(_) => "microsoft.graph.chatMessage",
            #[cfg(msgraph_v1_c3)]
            Self::ChatMessageHostedContent(_) => {
                "microsoft.graph.chatMessageHostedContent"
            }
            #[cfg(msgraph_v1_c10)]
            Self::ChatMessageInfo(_) => "microsoft.graph.chatMessageInfo",
            #[cfg(msgraph_v1_c10)]
            Self::ChecklistItem(_) => "microsoft.graph.checklistItem",
            #[cfg(msgraph_v1_c10)]
            Self::ClaimsMappingPolicy(_) => "microsoft.graph.claimsMappingPolicy",
            #[cfg(msgraph_v1_c10)]
            Self::CloudClipboardItem(_) => "microsoft.graph.cloudClipboardItem",
            #[cfg(msgraph_v1_c10)]
            Self::CloudClipboardRoot(_) => "microsoft.graph.cloudClipboardRoot",
            #[cfg(msgraph_v1_c23)]
            Self::CloudFlareWebApplicationFirewallProvider(_) => {
                "microsoft.graph.cloudFlareWebApplicationFirewallProvider"
            }
            #[cfg(msgraph_v1_c9)]
            Self::CloudPc(_) => "microsoft.graph.cloudPC",
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcAuditEvent(_) => "microsoft.graph.cloudPcAuditEvent",
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcDeviceImage(_) => "microsoft.graph.cloudPcDeviceImage",
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcGalleryImage(_) => "microsoft.graph.cloudPcGalleryImage",
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcOnPremisesConnection(_) => {
                "microsoft.graph.cloudPcOnPremisesConnection"
            }
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcProvisioningPolicy(_) => {
                "microsoft.graph.cloudPcProvisioningPolicy"
            }
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcProvisioningPolicyAssignment(_) => {
                "microsoft.graph.cloudPcProvisioningPolicyAssignment"
            }
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcReport(_) => "microsoft.graph.cloudPcReport",
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcServicePlan(_) => "microsoft.graph.cloudPcServicePlan",
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcUserSetting(_) => "microsoft.graph.cloudPcUserSetting",
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcUserSettingAssignment(_) => {
                "microsoft.graph.cloudPcUserSettingAssignment"
            }
            #[cfg(msgraph_v1_c54)]
            Self::ColumnDefinition(_) => "microsoft.graph.columnDefinition",
            #[cfg(msgraph_v1_c4)]
            Self::ColumnLink(_) => "microsoft.graph.columnLink",
            #[cfg(msgraph_v1_c13)]
            Self::CommsOperation(_) => "microsoft.graph.commsOperation",
            #[cfg(msgraph_v1_c43)]
            Self::Community(_) => "microsoft.graph.community",
            #[cfg(msgraph_v1_c27)]
            Self::CompanySubscription(_) => "microsoft.graph.companySubscription",
            #[cfg(msgraph_v1_c28)]
            Self::ComplianceManagementPartner(_) => {
                "microsoft.graph.complianceManagementPartner"
            }
            #[cfg(msgraph_v1_c23)]
            Self::ConditionalAccessRoot(_) => "microsoft.graph.conditionalAccessRoot",
            #[cfg(msgraph_v1_c23)]
            Self::ConditionalAccessTemplate(_) => {
                "microsoft.graph.conditionalAccessTemplate"
            }
            #[cfg(msgraph_v1_c17)]
            Self::ConfigurationBaseline(_) => "microsoft.graph.configurationBaseline",
            #[cfg(msgraph_v1_c17)]
            Self::ConfigurationDrift(_) => "microsoft.graph.configurationDrift",
            #[cfg(msgraph_v1_c17)]
            Self::ConfigurationManagement(_) => "microsoft.graph.configurationManagement",
            #[cfg(msgraph_v1_c17)]
            Self::ConfigurationMonitor(_) => "microsoft.graph.configurationMonitor",
            #[cfg(msgraph_v1_c17)]
            Self::ConfigurationMonitoringResult(_) => {
                "microsoft.graph.configurationMonitoringResult"
            }
            #[cfg(msgraph_v1_c17)]
            Self::ConfigurationSnapshotJob(_) => {
                "microsoft.graph.configurationSnapshotJob"
            }
            #[cfg(msgraph_v1_c6)]
            Self::ConnectedOrganization(_) => "microsoft.graph.connectedOrganization",
            #[cfg(msgraph_v1_c10)]
            Self::Contact(_) => "microsoft.graph.contact",
            #[cfg(msgraph_v1_c10)]
            Self::ContactFolder(_) => "microsoft.graph.contactFolder",
            #[cfg(msgraph_v1_c10)]
            Self::ContentActivity(_) => "microsoft.graph.contentActivity",
            #[cfg(msgraph_v1_c13)]
            Self::ContentSharingSession(_) => "microsoft.graph.contentSharingSession",
            #[cfg(msgraph_v1_c4)]
            Self::ContentType(_) => "microsoft.graph.contentType",
            #[cfg(msgraph_v1_c10)]
            Self::Contract(_) => "microsoft.graph.contract",
            #[cfg(msgraph_v1_c6)]
            Self::ControlConfiguration(_) => "microsoft.graph.controlConfiguration",
            #[cfg(msgraph_v1_c10)]
            Self::Conversation(_) => "microsoft.graph.conversation",
            #[cfg(msgraph_v1_c3)]
            Self::ConversationMember(_) => "microsoft.graph.conversationMember",
            #[cfg(msgraph_v1_c10)]
            Self::ConversationThread(_) => "microsoft.graph.conversationThread",
            #[cfg(msgraph_v1_c5)]
            Self::CopilotAdmin(_) => "microsoft.graph.copilotAdmin",
            #[cfg(msgraph_v1_c5)]
            Self::CopilotAdminCatalog(_) => "microsoft.graph.copilotAdminCatalog",
            #[cfg(msgraph_v1_c5)]
            Self::CopilotAdminLimitedMode(_) => "microsoft.graph.copilotAdminLimitedMode",
            #[cfg(msgraph_v1_c5)]
            Self::CopilotAdminSetting(_) => "microsoft.graph.copilotAdminSetting",
            #[cfg(msgraph_v1_c5)]
            Self::CopilotPackage(_) => "microsoft.graph.copilotPackage",
            #[cfg(msgraph_v1_c5)]
            Self::CopilotPackageDetail(_) => "microsoft.graph.copilotPackageDetail",
            #[cfg(msgraph_v1_c5)]
            Self::CopilotReportRoot(_) => "microsoft.graph.copilotReportRoot",
            #[cfg(msgraph_v1_c10)]
            Self::CrossTenantAccessPolicy(_) => "microsoft.graph.crossTenantAccessPolicy",
            #[cfg(msgraph_v1_c10)]
            Self::CrossTenantAccessPolicyConfigurationDefault(_) => {
                "microsoft.graph.crossTenantAccessPolicyConfigurationDefault"
            }
            #[cfg(msgraph_v1_c50)]
            Self::CustomAuthenticationExtension(_) => {
                "microsoft.graph.customAuthenticationExtension"
            }
            #[cfg(msgraph_v1_c50)]
            Self::CustomCalloutExtension(_) => "microsoft.graph.customCalloutExtension",
            #[cfg(msgraph_v1_c6)]
            Self::CustomDataProvidedResource(_) => {
                "microsoft.graph.customDataProvidedResource"
            }
            #[cfg(msgraph_v1_c6)]
            Self::CustomDataProvidedResourceAccessReviewUploadSession(_) => {
                "microsoft.graph.customDataProvidedResourceAccessReviewUploadSession"
            }
            #[cfg(msgraph_v1_c19)]
            Self::CustomDataProvidedResourceFile(_) => {
                "microsoft.graph.customDataProvidedResourceFile"
            }
            #[cfg(msgraph_v1_c6)]
            Self::CustomDataProvidedResourceUploadSession(_) => {
                "microsoft.graph.customDataProvidedResourceUploadSession"
            }
            #[cfg(msgraph_v1_c6)]
            Self::CustomExtensionStageSetting(_) => {
                "microsoft.graph.customExtensionStageSetting"
            }
            #[cfg(msgraph_v1_c27)]
            Self::CustomSecurityAttributeDefinition(_) => {
                "microsoft.graph.customSecurityAttributeDefinition"
            }
            #[cfg(msgraph_v1_c63)]
            Self::DataPolicyOperation(_) => "microsoft.graph.dataPolicyOperation",
            #[cfg(msgraph_v1_c11)]
            Self::DataSecurityAndGovernance(_) => {
                "microsoft.graph.dataSecurityAndGovernance"
            }
            #[cfg(msgraph_v1_c10)]
            Self::DayNote(_) => "microsoft.graph.dayNote",
            #[cfg(msgraph_v1_c30)]
            Self::DefaultManagedAppProtection(_) => {
                "microsoft.graph.defaultManagedAppProtection"
            }
            #[cfg(msgraph_v1_c66)]
            Self::DelegatedAdminAccessAssignment(_) => {
                "microsoft.graph.delegatedAdminAccessAssignment"
            }
            #[cfg(msgraph_v1_c66)]
            Self::DelegatedAdminCustomer(_) => "microsoft.graph.delegatedAdminCustomer",
            #[cfg(msgraph_v1_c66)]
            Self::DelegatedAdminRelationship(_) => {
                "microsoft.graph.delegatedAdminRelationship"
            }
            #[cfg(msgraph_v1_c66)]
            Self::DelegatedAdminRelationshipOperation(_) => {
                "microsoft.graph.delegatedAdminRelationshipOperation"
            }
            #[cfg(msgraph_v1_c66)]
            Self::DelegatedAdminRelationshipRequest(_) => {
                "microsoft.graph.delegatedAdminRelationshipRequest"
            }
            #[cfg(msgraph_v1_c66)]
            Self::DelegatedAdminServiceManagementDetail(_) => {
                "microsoft.graph.delegatedAdminServiceManagementDetail"
            }
            #[cfg(msgraph_v1_c10)]
            Self::DelegatedAdminServiceProviderConstraints(_) => {
                "microsoft.graph.delegatedAdminServiceProviderConstraints"
            }
            #[cfg(msgraph_v1_c10)]
            Self::DelegatedPermissionClassification(_) => {
                "microsoft.graph.delegatedPermissionClassification"
            }
            #[cfg(msgraph_v1_c67)]
            Self::DeletedChat(_) => "microsoft.graph.deletedChat",
            #[cfg(msgraph_v1_c6)]
            Self::DeletedItemContainer(_) => "microsoft.graph.deletedItemContainer",
            #[cfg(msgraph_v1_c67)]
            Self::DeletedTeam(_) => "microsoft.graph.deletedTeam",
            #[cfg(msgraph_v1_c19)]
            Self::DeltaParticipants(_) => "microsoft.graph.deltaParticipants",
            #[cfg(msgraph_v1_c42)]
            Self::Desk(_) => "microsoft.graph.desk",
            #[cfg(msgraph_v1_c28)]
            Self::DetectedApp(_) => "microsoft.graph.detectedApp",
            #[cfg(msgraph_v1_c10)]
            Self::Device(_) => "microsoft.graph.device",
            #[cfg(msgraph_v1_c28)]
            Self::DeviceAndAppManagementRoleAssignment(_) => {
                "microsoft.graph.deviceAndAppManagementRoleAssignment"
            }
            #[cfg(msgraph_v1_c28)]
            Self::DeviceAndAppManagementRoleDefinition(_) => {
                "microsoft.graph.deviceAndAppManagementRoleDefinition"
            }
            #[cfg(msgraph_v1_c29)]
            Self::DeviceAppManagement(_) => "microsoft.graph.deviceAppManagement",
            #[cfg(msgraph_v1_c9)]
            Self::DeviceCategory(_) => "microsoft.graph.deviceCategory",
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceActionItem(_) => {
                "microsoft.graph.deviceComplianceActionItem"
            }
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceDeviceOverview(_) => {
                "microsoft.graph.deviceComplianceDeviceOverview"
            }
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceDeviceStatus(_) => {
                "microsoft.graph.deviceComplianceDeviceStatus"
            }
            #[cfg(msgraph_v1_c28)]
            Self::DeviceCompliancePolicy(_) => "microsoft.graph.deviceCompliancePolicy",
            #[cfg(msgraph_v1_c28)]
            Self::DeviceCompliancePolicyAssignment(_) => {
                "microsoft.graph.deviceCompliancePolicyAssignment"
            }
            #[cfg(msgraph_v1_c28)]
            Self::DeviceCompliancePolicyDeviceStateSummary(_) => {
                "microsoft.graph.deviceCompliancePolicyDeviceStateSummary"
            }
            #[cfg(msgraph_v1_c28)]
            Self::DeviceCompliancePolicySettingStateSummary(_) => {
                "microsoft.graph.deviceCompliancePolicySettingStateSummary"
            }
            #[cfg(msgraph_v1_c9)]
            Self::DeviceCompliancePolicyState(_) => {
                "microsoft.graph.deviceCompliancePolicyState"
            }
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceScheduledActionForRule(_) => {
                "microsoft.graph.deviceComplianceScheduledActionForRule"
            }
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceSettingState(_) => {
                "microsoft.graph.deviceComplianceSettingState"
            }
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceUserOverview(_) => {
                "microsoft.graph.deviceComplianceUserOverview"
            }
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceUserStatus(_) => {
                "microsoft.graph.deviceComplianceUserStatus"
            }
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfiguration(_) => "microsoft.graph.deviceConfiguration",
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfigurationAssignment(_) => {
                "microsoft.graph.deviceConfigurationAssignment"
            }
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfigurationDeviceOverview(_) => {
                "microsoft.graph.deviceConfigurationDeviceOverview"
            }
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfigurationDeviceStateSummary(_) => {
                "microsoft.graph.deviceConfigurationDeviceStateSummary"
            }
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfigurationDeviceStatus(_) => {
                "microsoft.graph.deviceConfigurationDeviceStatus"
            }
            #[cfg(msgraph_v1_c9)]
            Self::DeviceConfigurationState(_) => {
                "microsoft.graph.deviceConfigurationState"
            }
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfigurationUserOverview(_) => {
                "microsoft.graph.deviceConfigurationUserOverview"
            }
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfigurationUserStatus(_) => {
                "microsoft.graph.deviceConfigurationUserStatus"
            }
            #[cfg(msgraph_v1_c28)]
            Self::DeviceEnrollmentConfiguration(_) => {
                "microsoft.graph.deviceEnrollmentConfiguration"
            }
            #[cfg(msgraph_v1_c28)]
            Self::DeviceEnrollmentLimitConfiguration(_) => {
                "microsoft.graph.deviceEnrollmentLimitConfiguration"
            }
            #[cfg(msgraph_v1_c28)]
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(_) => {
                "microsoft.graph.deviceEnrollmentPlatformRestrictionsConfiguration"
            }
            #[cfg(msgraph_v1_c28)]
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(_) => {
                "microsoft.graph.deviceEnrollmentWindowsHelloForBusinessConfiguration"
            }
            #[cfg(msgraph_v1_c29)]
            Self::DeviceInstallState(_) => "microsoft.graph.deviceInstallState",
            #[cfg(msgraph_v1_c27)]
            Self::DeviceLocalCredentialInfo(_) => {
                "microsoft.graph.deviceLocalCredentialInfo"
            }
            #[cfg(msgraph_v1_c9)]
            Self::DeviceLogCollectionResponse(_) => {
                "microsoft.graph.deviceLogCollectionResponse"
            }
            #[cfg(msgraph_v1_c28)]
            Self::DeviceManagement(_) => "microsoft.graph.deviceManagement",
            #[cfg(msgraph_v1_c19)]
            Self::DeviceManagementCachedReportConfiguration(_) => {
                "microsoft.graph.deviceManagementCachedReportConfiguration"
            }
            #[cfg(msgraph_v1_c28)]
            Self::DeviceManagementExchangeConnector(_) => {
                "microsoft.graph.deviceManagementExchangeConnector"
            }
            #[cfg(msgraph_v1_c28)]
            Self::DeviceManagementExportJob(_) => {
                "microsoft.graph.deviceManagementExportJob"
            }
            #[cfg(msgraph_v1_c28)]
            Self::DeviceManagementPartner(_) => "microsoft.graph.deviceManagementPartner",
            #[cfg(msgraph_v1_c28)]
            Self::DeviceManagementReports(_) => "microsoft.graph.deviceManagementReports",
            #[cfg(msgraph_v1_c9)]
            Self::DeviceManagementTroubleshootingEvent(_) => {
                "microsoft.graph.deviceManagementTroubleshootingEvent"
            }
            #[cfg(msgraph_v1_c16)]
            Self::DeviceRegistrationPolicy(_) => {
                "microsoft.graph.deviceRegistrationPolicy"
            }
            #[cfg(msgraph_v1_c27)]
            Self::Directory(_) => "microsoft.graph.directory",
            #[cfg(msgraph_v1_c38)]
            Self::DirectoryAudit(_) => "microsoft.graph.directoryAudit",
            #[cfg(msgraph_v1_c10)]
            Self::DirectoryDefinition(_) => "microsoft.graph.directoryDefinition",
            #[cfg(msgraph_v1_c10)]
            Self::DirectoryObject(_) => "microsoft.graph.directoryObject",
            #[cfg(msgraph_v1_c10)]
            Self::DirectoryObjectPartnerReference(_) => {
                "microsoft.graph.directoryObjectPartnerReference"
            }
            #[cfg(msgraph_v1_c10)]
            Self::DirectoryRole(_) => "microsoft.graph.directoryRole",
            #[cfg(msgraph_v1_c10)]
            Self::DirectoryRoleTemplate(_) => "microsoft.graph.directoryRoleTemplate",
            #[cfg(msgraph_v1_c4)]
            Self::DocumentSetVersion(_) => "microsoft.graph.documentSetVersion",
            #[cfg(msgraph_v1_c68)]
            Self::Domain(_) => "microsoft.graph.domain",
            #[cfg(msgraph_v1_c69)]
            Self::DomainDnsCnameRecord(_) => "microsoft.graph.domainDnsCnameRecord",
            #[cfg(msgraph_v1_c69)]
            Self::DomainDnsMxRecord(_) => "microsoft.graph.domainDnsMxRecord",
            #[cfg(msgraph_v1_c69)]
            Self::DomainDnsRecord(_) => "microsoft.graph.domainDnsRecord",
            #[cfg(msgraph_v1_c69)]
            Self::DomainDnsSrvRecord(_) => "microsoft.graph.domainDnsSrvRecord",
            #[cfg(msgraph_v1_c69)]
            Self::DomainDnsTxtRecord(_) => "microsoft.graph.domainDnsTxtRecord",
            #[cfg(msgraph_v1_c69)]
            Self::DomainDnsUnavailableRecord(_) => {
                "microsoft.graph.domainDnsUnavailableRecord"
            }
            #[cfg(msgraph_v1_c24)]
            Self::Drive(_) => "microsoft.graph.drive",
            #[cfg(msgraph_v1_c24)]
            Self::DriveItem(_) => "microsoft.graph.driveItem",
            #[cfg(msgraph_v1_c24)]
            Self::DriveItemVersion(_) => "microsoft.graph.driveItemVersion",
            #[cfg(msgraph_v1_c31)]
            Self::DriveProtectionRule(_) => "microsoft.graph.driveProtectionRule",
            #[cfg(msgraph_v1_c31)]
            Self::DriveProtectionUnit(_) => "microsoft.graph.driveProtectionUnit",
            #[cfg(msgraph_v1_c31)]
            Self::DriveProtectionUnitsBulkAdditionJob(_) => {
                "microsoft.graph.driveProtectionUnitsBulkAdditionJob"
            }
            #[cfg(msgraph_v1_c31)]
            Self::DriveRestoreArtifact(_) => "microsoft.graph.driveRestoreArtifact",
            #[cfg(msgraph_v1_c31)]
            Self::DriveRestoreArtifactsBulkAdditionRequest(_) => {
                "microsoft.graph.driveRestoreArtifactsBulkAdditionRequest"
            }
            #[cfg(msgraph_v1_c29)]
            Self::EBookInstallSummary(_) => "microsoft.graph.eBookInstallSummary",
            #[cfg(msgraph_v1_c17)]
            Self::Edge(_) => "microsoft.graph.edge",
            #[cfg(msgraph_v1_c28)]
            Self::EditionUpgradeConfiguration(_) => {
                "microsoft.graph.editionUpgradeConfiguration"
            }
            #[cfg(msgraph_v1_c59)]
            Self::EducationAssignment(_) => "microsoft.graph.educationAssignment",
            #[cfg(msgraph_v1_c59)]
            Self::EducationAssignmentDefaults(_) => {
                "microsoft.graph.educationAssignmentDefaults"
            }
            #[cfg(msgraph_v1_c59)]
            Self::EducationAssignmentResource(_) => {
                "microsoft.graph.educationAssignmentResource"
            }
            #[cfg(msgraph_v1_c59)]
            Self::EducationAssignmentSettings(_) => {
                "microsoft.graph.educationAssignmentSettings"
            }
            #[cfg(msgraph_v1_c59)]
            Self::EducationCategory(_) => "microsoft.graph.educationCategory",
            #[cfg(msgraph_v1_c59)]
            Self::EducationClass(_) => "microsoft.graph.educationClass",
            #[cfg(msgraph_v1_c59)]
            Self::EducationFeedbackOutcome(_) => {
                "microsoft.graph.educationFeedbackOutcome"
            }
            #[cfg(msgraph_v1_c59)]
            Self::EducationFeedbackResourceOutcome(_) => {
                "microsoft.graph.educationFeedbackResourceOutcome"
            }
            #[cfg(msgraph_v1_c59)]
            Self::EducationGradingCategory(_) => {
                "microsoft.graph.educationGradingCategory"
            }
            #[cfg(msgraph_v1_c59)]
            Self::EducationGradingScheme(_) => "microsoft.graph.educationGradingScheme",
            #[cfg(msgraph_v1_c59)]
            Self::EducationModule(_) => "microsoft.graph.educationModule",
            #[cfg(msgraph_v1_c59)]
            Self::EducationModuleResource(_) => "microsoft.graph.educationModuleResource",
            #[cfg(msgraph_v1_c59)]
            Self::EducationOrganization(_) => "microsoft.graph.educationOrganization",
            #[cfg(msgraph_v1_c59)]
            Self::EducationOutcome(_) => "microsoft.graph.educationOutcome",
            #[cfg(msgraph_v1_c59)]
            Self::EducationPointsOutcome(_) => "microsoft.graph.educationPointsOutcome",
            #[cfg(msgraph_v1_c59)]
            Self::EducationRubric(_) => "microsoft.graph.educationRubric",
            #[cfg(msgraph_v1_c59)]
            Self::EducationRubricOutcome(_) => "microsoft.graph.educationRubricOutcome",
            #[cfg(msgraph_v1_c59)]
            Self::EducationSchool(_) => "microsoft.graph.educationSchool",
            #[cfg(msgraph_v1_c59)]
            Self::EducationSubmission(_) => "microsoft.graph.educationSubmission",
            #[cfg(msgraph_v1_c59)]
            Self::EducationSubmissionResource(_) => {
                "microsoft.graph.educationSubmissionResource"
            }
            #[cfg(msgraph_v1_c59)]
            Self::EducationUser(_) => "microsoft.graph.educationUser",
            #[cfg(msgraph_v1_c10)]
            Self::EmailAuthenticationMethod(_) => {
                "microsoft.graph.emailAuthenticationMethod"
            }
            #[cfg(msgraph_v1_c18)]
            Self::EmailAuthenticationMethodConfiguration(_) => {
                "microsoft.graph.emailAuthenticationMethodConfiguration"
            }
            #[cfg(msgraph_v1_c56)]
            Self::EmailFileAssessmentRequest(_) => {
                "microsoft.graph.emailFileAssessmentRequest"
            }
            #[cfg(msgraph_v1_c31)]
            Self::EmailNotificationsSetting(_) => {
                "microsoft.graph.emailNotificationsSetting"
            }
            #[cfg(msgraph_v1_c19)]
            Self::EmergencyCallEvent(_) => "microsoft.graph.emergencyCallEvent",
            #[cfg(msgraph_v1_c10)]
            Self::EmployeeExperienceUser(_) => "microsoft.graph.employeeExperienceUser",
            #[cfg(msgraph_v1_c8)]
            Self::EndUserNotification(_) => "microsoft.graph.endUserNotification",
            #[cfg(msgraph_v1_c8)]
            Self::EndUserNotificationDetail(_) => {
                "microsoft.graph.endUserNotificationDetail"
            }
            #[cfg(msgraph_v1_c6)]
            Self::EndUserSettings(_) => "microsoft.graph.endUserSettings",
            #[cfg(msgraph_v1_c10)]
            Self::Endpoint(_) => "microsoft.graph.endpoint",
            #[cfg(msgraph_v1_c72)]
            Self::EngagementAsyncOperation(_) => {
                "microsoft.graph.engagementAsyncOperation"
            }
            #[cfg(msgraph_v1_c13)]
            Self::EngagementConversation(_) => "microsoft.graph.engagementConversation",
            #[cfg(msgraph_v1_c13)]
            Self::EngagementConversationDiscussionMessage(_) => {
                "microsoft.graph.engagementConversationDiscussionMessage"
            }
            #[cfg(msgraph_v1_c13)]
            Self::EngagementConversationMessage(_) => {
                "microsoft.graph.engagementConversationMessage"
            }
            #[cfg(msgraph_v1_c13)]
            Self::EngagementConversationMessageReaction(_) => {
                "microsoft.graph.engagementConversationMessageReaction"
            }
            #[cfg(msgraph_v1_c13)]
            Self::EngagementConversationQuestionMessage(_) => {
                "microsoft.graph.engagementConversationQuestionMessage"
            }
            #[cfg(msgraph_v1_c13)]
            Self::EngagementConversationSystemMessage(_) => {
                "microsoft.graph.engagementConversationSystemMessage"
            }
            #[cfg(msgraph_v1_c72)]
            Self::EngagementRole(_) => "microsoft.graph.engagementRole",
            #[cfg(msgraph_v1_c72)]
            Self::EngagementRoleMember(_) => "microsoft.graph.engagementRoleMember",
            #[cfg(msgraph_v1_c28)]
            Self::EnrollmentConfigurationAssignment(_) => {
                "microsoft.graph.enrollmentConfigurationAssignment"
            }
            #[cfg(msgraph_v1_c9)]
            Self::EnrollmentTroubleshootingEvent(_) => {
                "microsoft.graph.enrollmentTroubleshootingEvent"
            }
            #[cfg(msgraph_v1_c19)]
            Self::EnterpriseCodeSigningCertificate(_) => {
                "microsoft.graph.enterpriseCodeSigningCertificate"
            }
            #[cfg(msgraph_v1_c6)]
            Self::EntitlementManagement(_) => "microsoft.graph.entitlementManagement",
            #[cfg(msgraph_v1_c6)]
            Self::EntitlementManagementSettings(_) => {
                "microsoft.graph.entitlementManagementSettings"
            }
            #[cfg(msgraph_v1_c27)]
            Self::Recovery(_) => "microsoft.graph.entraRecoveryServices.recovery",
            #[cfg(msgraph_v1_c27)]
            Self::RecoveryChangeObjectBase(_) => {
                "microsoft.graph.entraRecoveryServices.recoveryChangeObjectBase"
            }
            #[cfg(msgraph_v1_c27)]
            Self::RecoveryJob(_) => "microsoft.graph.entraRecoveryServices.recoveryJob",
            #[cfg(msgraph_v1_c27)]
            Self::RecoveryJobBase(_) => {
                "microsoft.graph.entraRecoveryServices.recoveryJobBase"
            }
            #[cfg(msgraph_v1_c27)]
            Self::RecoveryPreviewJob(_) => {
                "microsoft.graph.entraRecoveryServices.recoveryPreviewJob"
            }
            #[cfg(msgraph_v1_c27)]
            Self::Snapshot(_) => "microsoft.graph.entraRecoveryServices.snapshot",
            #[cfg(msgraph_v1_c10)]
            Self::Event(_) => "microsoft.graph.event",
            #[cfg(msgraph_v1_c10)]
            Self::EventMessage(_) => "microsoft.graph.eventMessage",
            #[cfg(msgraph_v1_c10)]
            Self::EventMessageRequest(_) => "microsoft.graph.eventMessageRequest",
            #[cfg(msgraph_v1_c10)]
            Self::EventMessageResponse(_) => "microsoft.graph.eventMessageResponse",
            #[cfg(msgraph_v1_c17)]
            Self::ExchangeAdmin(_) => "microsoft.graph.exchangeAdmin",
            #[cfg(msgraph_v1_c17)]
            Self::ExchangeMessageTrace(_) => "microsoft.graph.exchangeMessageTrace",
            #[cfg(msgraph_v1_c17)]
            Self::ExchangeMessageTraceDetail(_) => {
                "microsoft.graph.exchangeMessageTraceDetail"
            }
            #[cfg(msgraph_v1_c31)]
            Self::ExchangeProtectionPolicy(_) => {
                "microsoft.graph.exchangeProtectionPolicy"
            }
            #[cfg(msgraph_v1_c31)]
            Self::ExchangeRestoreSession(_) => "microsoft.graph.exchangeRestoreSession",
            #[cfg(msgraph_v1_c10)]
            Self::ExchangeSettings(_) => "microsoft.graph.exchangeSettings",
            #[cfg(msgraph_v1_c10)]
            Self::Extension(_) => "microsoft.graph.extension",
            #[cfg(msgraph_v1_c10)]
            Self::ExtensionProperty(_) => "microsoft.graph.extensionProperty",
            #[cfg(msgraph_v1_c10)]
            Self::ExternalAuthenticationMethod(_) => {
                "microsoft.graph.externalAuthenticationMethod"
            }
            #[cfg(msgraph_v1_c18)]
            Self::ExternalAuthenticationMethodConfiguration(_) => {
                "microsoft.graph.externalAuthenticationMethodConfiguration"
            }
            #[cfg(msgraph_v1_c55)]
            Self::ConnectionOperation(_) => {
                "microsoft.graph.externalConnectors.connectionOperation"
            }
            #[cfg(msgraph_v1_c55)]
            Self::ExternalActivity(_) => {
                "microsoft.graph.externalConnectors.externalActivity"
            }
            #[cfg(msgraph_v1_c55)]
            Self::ExternalActivityResult(_) => {
                "microsoft.graph.externalConnectors.externalActivityResult"
            }
            #[cfg(msgraph_v1_c55)]
            Self::ExternalConnection(_) => {
                "microsoft.graph.externalConnectors.externalConnection"
            }
            #[cfg(msgraph_v1_c55)]
            Self::ExternalGroup(_) => "microsoft.graph.externalConnectors.externalGroup",
            #[cfg(msgraph_v1_c55)]
            Self::ExternalItem(_) => "microsoft.graph.externalConnectors.externalItem",
            #[cfg(msgraph_v1_c55)]
            Self::ExternalConnectorsIdentity(_) => {
                "microsoft.graph.externalConnectors.identity"
            }
            #[cfg(msgraph_v1_c55)]
            Self::Schema(_) => "microsoft.graph.externalConnectors.schema",
            #[cfg(msgraph_v1_c35)]
            Self::ExternalDomainName(_) => "microsoft.graph.externalDomainName",
            #[cfg(msgraph_v1_c23)]
            Self::ExternalUsersSelfServiceSignUpEventsFlow(_) => {
                "microsoft.graph.externalUsersSelfServiceSignUpEventsFlow"
            }
            #[cfg(msgraph_v1_c16)]
            Self::FeatureRolloutPolicy(_) => "microsoft.graph.featureRolloutPolicy",
            #[cfg(msgraph_v1_c10)]
            Self::FederatedIdentityCredential(_) => {
                "microsoft.graph.federatedIdentityCredential"
            }
            #[cfg(msgraph_v1_c10)]
            Self::FederatedTokenValidationPolicy(_) => {
                "microsoft.graph.federatedTokenValidationPolicy"
            }
            #[cfg(msgraph_v1_c10)]
            Self::Fido2AuthenticationMethod(_) => {
                "microsoft.graph.fido2AuthenticationMethod"
            }
            #[cfg(msgraph_v1_c18)]
            Self::Fido2AuthenticationMethodConfiguration(_) => {
                "microsoft.graph.fido2AuthenticationMethodConfiguration"
            }
            #[cfg(msgraph_v1_c37)]
            Self::Fido2CombinationConfiguration(_) => {
                "microsoft.graph.fido2CombinationConfiguration"
            }
            #[cfg(msgraph_v1_c4)]
            Self::FieldValueSet(_) => "microsoft.graph.fieldValueSet",
            #[cfg(msgraph_v1_c56)]
            Self::FileAssessmentRequest(_) => "microsoft.graph.fileAssessmentRequest",
            #[cfg(msgraph_v1_c10)]
            Self::FileAttachment(_) => "microsoft.graph.fileAttachment",
            #[cfg(msgraph_v1_c76)]
            Self::FileStorage(_) => "microsoft.graph.fileStorage",
            #[cfg(msgraph_v1_c76)]
            Self::FileStorageContainer(_) => "microsoft.graph.fileStorageContainer",
            #[cfg(msgraph_v1_c76)]
            Self::FileStorageContainerType(_) => {
                "microsoft.graph.fileStorageContainerType"
            }
            #[cfg(msgraph_v1_c76)]
            Self::FileStorageContainerTypeRegistration(_) => {
                "microsoft.graph.fileStorageContainerTypeRegistration"
            }
            #[cfg(msgraph_v1_c77)]
            Self::FilterOperatorSchema(_) => "microsoft.graph.filterOperatorSchema",
            #[cfg(msgraph_v1_c42)]
            Self::FixtureMap(_) => "microsoft.graph.fixtureMap",
            #[cfg(msgraph_v1_c42)]
            Self::Floor(_) => "microsoft.graph.floor",
            #[cfg(msgraph_v1_c42)]
            Self::FootprintMap(_) => "microsoft.graph.footprintMap",
            #[cfg(msgraph_v1_c23)]
            Self::FraudProtectionProvider(_) => "microsoft.graph.fraudProtectionProvider",
            #[cfg(msgraph_v1_c6)]
            Self::GovernanceInsight(_) => "microsoft.graph.governanceInsight",
            #[cfg(msgraph_v1_c31)]
            Self::GranularDriveRestoreArtifact(_) => {
                "microsoft.graph.granularDriveRestoreArtifact"
            }
            #[cfg(msgraph_v1_c31)]
            Self::GranularMailboxRestoreArtifact(_) => {
                "microsoft.graph.granularMailboxRestoreArtifact"
            }
            #[cfg(msgraph_v1_c31)]
            Self::GranularRestoreArtifactBase(_) => {
                "microsoft.graph.granularRestoreArtifactBase"
            }
            #[cfg(msgraph_v1_c31)]
            Self::GranularSiteRestoreArtifact(_) => {
                "microsoft.graph.granularSiteRestoreArtifact"
            }
            #[cfg(msgraph_v1_c10)]
            Self::Group(_) => "microsoft.graph.group",
            #[cfg(msgraph_v1_c80)]
            Self::GroupLifecyclePolicy(_) => "microsoft.graph.groupLifecyclePolicy",
            #[cfg(msgraph_v1_c81)]
            Self::GroupSetting(_) => "microsoft.graph.groupSetting",
            #[cfg(msgraph_v1_c10)]
            Self::GroupSettingTemplate(_) => "microsoft.graph.groupSettingTemplate",
            #[cfg(msgraph_v1_c10)]
            Self::HomeRealmDiscoveryPolicy(_) => {
                "microsoft.graph.homeRealmDiscoveryPolicy"
            }
            #[cfg(msgraph_v1_c1)]
            Self::HorizontalSection(_) => "microsoft.graph.horizontalSection",
            #[cfg(msgraph_v1_c1)]
            Self::HorizontalSectionColumn(_) => "microsoft.graph.horizontalSectionColumn",
            #[cfg(msgraph_v1_c23)]
            Self::HumanSecurityFraudProtectionProvider(_) => {
                "microsoft.graph.humanSecurityFraudProtectionProvider"
            }
            #[cfg(msgraph_v1_c23)]
            Self::IdentityApiConnector(_) => "microsoft.graph.identityApiConnector",
            #[cfg(msgraph_v1_c23)]
            Self::IdentityBuiltInUserFlowAttribute(_) => {
                "microsoft.graph.identityBuiltInUserFlowAttribute"
            }
            #[cfg(msgraph_v1_c23)]
            Self::IdentityContainer(_) => "microsoft.graph.identityContainer",
            #[cfg(msgraph_v1_c23)]
            Self::IdentityCustomUserFlowAttribute(_) => {
                "microsoft.graph.identityCustomUserFlowAttribute"
            }
            #[cfg(msgraph_v1_c6)]
            Self::CustomTaskExtension(_) => {
                "microsoft.graph.identityGovernance.customTaskExtension"
            }
            #[cfg(msgraph_v1_c6)]
            Self::Insights(_) => "microsoft.graph.identityGovernance.insights",
            #[cfg(msgraph_v1_c6)]
            Self::LifecycleManagementSettings(_) => {
                "microsoft.graph.identityGovernance.lifecycleManagementSettings"
            }
            #[cfg(msgraph_v1_c6)]
            Self::LifecycleWorkflowsContainer(_) => {
                "microsoft.graph.identityGovernance.lifecycleWorkflowsContainer"
            }
            #[cfg(msgraph_v1_c6)]
            Self::Run(_) => "microsoft.graph.identityGovernance.run",
            #[cfg(msgraph_v1_c6)]
            Self::Task(_) => "microsoft.graph.identityGovernance.task",
            #[cfg(msgraph_v1_c6)]
            Self::TaskDefinition(_) => {
                "microsoft.graph.identityGovernance.taskDefinition"
            }
            #[cfg(msgraph_v1_c6)]
            Self::TaskProcessingResult(_) => {
                "microsoft.graph.identityGovernance.taskProcessingResult"
            }
            #[cfg(msgraph_v1_c6)]
            Self::TaskReport(_) => "microsoft.graph.identityGovernance.taskReport",
            #[cfg(msgraph_v1_c6)]
            Self::UserProcessingResult(_) => {
                "microsoft.graph.identityGovernance.userProcessingResult"
            }
            #[cfg(msgraph_v1_c6)]
            Self::WorkflowTemplate(_) => {
                "microsoft.graph.identityGovernance.workflowTemplate"
            }
            #[cfg(msgraph_v1_c85)]
            Self::IdentityProvider(_) => "microsoft.graph.identityProvider",
            #[cfg(msgraph_v1_c52)]
            Self::IdentityProviderBase(_) => "microsoft.graph.identityProviderBase",
            #[cfg(msgraph_v1_c10)]
            Self::IdentitySecurityDefaultsEnforcementPolicy(_) => {
                "microsoft.graph.identitySecurityDefaultsEnforcementPolicy"
            }
            #[cfg(msgraph_v1_c23)]
            Self::IdentityUserFlow(_) => "microsoft.graph.identityUserFlow",
            #[cfg(msgraph_v1_c23)]
            Self::IdentityUserFlowAttribute(_) => {
                "microsoft.graph.identityUserFlowAttribute"
            }
            #[cfg(msgraph_v1_c23)]
            Self::IdentityUserFlowAttributeAssignment(_) => {
                "microsoft.graph.identityUserFlowAttributeAssignment"
            }
            #[cfg(msgraph_v1_c23)]
            Self::IdentityVerifiedIdRoot(_) => "microsoft.graph.identityVerifiedIdRoot",
            #[cfg(msgraph_v1_c28)]
            Self::ImportedWindowsAutopilotDeviceIdentity(_) => {
                "microsoft.graph.importedWindowsAutopilotDeviceIdentity"
            }
            #[cfg(msgraph_v1_c19)]
            Self::ImportedWindowsAutopilotDeviceIdentityUpload(_) => {
                "microsoft.graph.importedWindowsAutopilotDeviceIdentityUpload"
            }
            #[cfg(msgraph_v1_c10)]
            Self::InferenceClassification(_) => "microsoft.graph.inferenceClassification",
            #[cfg(msgraph_v1_c10)]
            Self::InferenceClassificationOverride(_) => {
                "microsoft.graph.inferenceClassificationOverride"
            }
            #[cfg(msgraph_v1_c17)]
            Self::InsightsSettings(_) => "microsoft.graph.insightsSettings",
            #[cfg(msgraph_v1_c52)]
            Self::InternalDomainFederation(_) => {
                "microsoft.graph.internalDomainFederation"
            }
            #[cfg(msgraph_v1_c17)]
            Self::InternetExplorerMode(_) => "microsoft.graph.internetExplorerMode",
            #[cfg(msgraph_v1_c88)]
            Self::Invitation(_) => "microsoft.graph.invitation",
            #[cfg(msgraph_v1_c13)]
            Self::InviteParticipantsOperation(_) => {
                "microsoft.graph.inviteParticipantsOperation"
            }
            #[cfg(msgraph_v1_c28)]
            Self::IosCertificateProfile(_) => "microsoft.graph.iosCertificateProfile",
            #[cfg(msgraph_v1_c28)]
            Self::IosCompliancePolicy(_) => "microsoft.graph.iosCompliancePolicy",
            #[cfg(msgraph_v1_c28)]
            Self::IosCustomConfiguration(_) => "microsoft.graph.iosCustomConfiguration",
            #[cfg(msgraph_v1_c28)]
            Self::IosDeviceFeaturesConfiguration(_) => {
                "microsoft.graph.iosDeviceFeaturesConfiguration"
            }
            #[cfg(msgraph_v1_c28)]
            Self::IosGeneralDeviceConfiguration(_) => {
                "microsoft.graph.iosGeneralDeviceConfiguration"
            }
            #[cfg(msgraph_v1_c29)]
            Self::IosLobApp(_) => "microsoft.graph.iosLobApp",
            #[cfg(msgraph_v1_c19)]
            Self::IosLobAppProvisioningConfigurationAssignment(_) => {
                "microsoft.graph.iosLobAppProvisioningConfigurationAssignment"
            }
            #[cfg(msgraph_v1_c30)]
            Self::IosManagedAppProtection(_) => "microsoft.graph.iosManagedAppProtection",
            #[cfg(msgraph_v1_c29)]
            Self::IosManagedAppRegistration(_) => {
                "microsoft.graph.iosManagedAppRegistration"
            }
            #[cfg(msgraph_v1_c29)]
            Self::IosMobileAppConfiguration(_) => {
                "microsoft.graph.iosMobileAppConfiguration"
            }
            #[cfg(msgraph_v1_c29)]
            Self::IosStoreApp(_) => "microsoft.graph.iosStoreApp",
            #[cfg(msgraph_v1_c28)]
            Self::IosUpdateConfiguration(_) => "microsoft.graph.iosUpdateConfiguration",
            #[cfg(msgraph_v1_c28)]
            Self::IosUpdateDeviceStatus(_) => "microsoft.graph.iosUpdateDeviceStatus",
            #[cfg(msgraph_v1_c29)]
            Self::IosVppApp(_) => "microsoft.graph.iosVppApp",
            #[cfg(msgraph_v1_c29)]
            Self::IosVppEBook(_) => "microsoft.graph.iosVppEBook",
            #[cfg(msgraph_v1_c29)]
            Self::IosVppEBookAssignment(_) => "microsoft.graph.iosVppEBookAssignment",
            #[cfg(msgraph_v1_c29)]
            Self::IosiPadOsWebClip(_) => "microsoft.graph.iosiPadOSWebClip",
            #[cfg(msgraph_v1_c4)]
            Self::ItemActivity(_) => "microsoft.graph.itemActivity",
            #[cfg(msgraph_v1_c4)]
            Self::ItemActivityStat(_) => "microsoft.graph.itemActivityStat",
            #[cfg(msgraph_v1_c89)]
            Self::ItemAnalytics(_) => "microsoft.graph.itemAnalytics",
            #[cfg(msgraph_v1_c10)]
            Self::ItemAttachment(_) => "microsoft.graph.itemAttachment",
            #[cfg(msgraph_v1_c10)]
            Self::ItemInsights(_) => "microsoft.graph.itemInsights",
            #[cfg(msgraph_v1_c24)]
            Self::ItemRetentionLabel(_) => "microsoft.graph.itemRetentionLabel",
            #[cfg(msgraph_v1_c19)]
            Self::LabelContentRight(_) => "microsoft.graph.labelContentRight",
            #[cfg(msgraph_v1_c8)]
            Self::LandingPage(_) => "microsoft.graph.landingPage",
            #[cfg(msgraph_v1_c8)]
            Self::LandingPageDetail(_) => "microsoft.graph.landingPageDetail",
            #[cfg(msgraph_v1_c43)]
            Self::LearningAssignment(_) => "microsoft.graph.learningAssignment",
            #[cfg(msgraph_v1_c43)]
            Self::LearningContent(_) => "microsoft.graph.learningContent",
            #[cfg(msgraph_v1_c43)]
            Self::LearningCourseActivity(_) => "microsoft.graph.learningCourseActivity",
            #[cfg(msgraph_v1_c43)]
            Self::LearningProvider(_) => "microsoft.graph.learningProvider",
            #[cfg(msgraph_v1_c43)]
            Self::LearningSelfInitiatedCourse(_) => {
                "microsoft.graph.learningSelfInitiatedCourse"
            }
            #[cfg(msgraph_v1_c42)]
            Self::LevelMap(_) => "microsoft.graph.levelMap",
            #[cfg(msgraph_v1_c10)]
            Self::LicenseDetails(_) => "microsoft.graph.licenseDetails",
            #[cfg(msgraph_v1_c10)]
            Self::LinkedResource(_) => "microsoft.graph.linkedResource",
            #[cfg(msgraph_v1_c4)]
            Self::List(_) => "microsoft.graph.list",
            #[cfg(msgraph_v1_c4)]
            Self::ListItem(_) => "microsoft.graph.listItem",
            #[cfg(msgraph_v1_c4)]
            Self::ListItemVersion(_) => "microsoft.graph.listItemVersion",
            #[cfg(msgraph_v1_c28)]
            Self::LocalizedNotificationMessage(_) => {
                "microsoft.graph.localizedNotificationMessage"
            }
            #[cfg(msgraph_v1_c8)]
            Self::LoginPage(_) => "microsoft.graph.loginPage",
            #[cfg(msgraph_v1_c95)]
            Self::LongRunningOperation(_) => "microsoft.graph.longRunningOperation",
            #[cfg(msgraph_v1_c17)]
            Self::M365AppsInstallationOptions(_) => {
                "microsoft.graph.m365AppsInstallationOptions"
            }
            #[cfg(msgraph_v1_c28)]
            Self::MacOsCompliancePolicy(_) => "microsoft.graph.macOSCompliancePolicy",
            #[cfg(msgraph_v1_c28)]
            Self::MacOsCustomConfiguration(_) => {
                "microsoft.graph.macOSCustomConfiguration"
            }
            #[cfg(msgraph_v1_c28)]
            Self::MacOsDeviceFeaturesConfiguration(_) => {
                "microsoft.graph.macOSDeviceFeaturesConfiguration"
            }
            #[cfg(msgraph_v1_c29)]
            Self::MacOsDmgApp(_) => "microsoft.graph.macOSDmgApp",
            #[cfg(msgraph_v1_c28)]
            Self::MacOsGeneralDeviceConfiguration(_) => {
                "microsoft.graph.macOSGeneralDeviceConfiguration"
            }
            #[cfg(msgraph_v1_c29)]
            Self::MacOsLobApp(_) => "microsoft.graph.macOSLobApp",
            #[cfg(msgraph_v1_c29)]
            Self::MacOsMicrosoftDefenderApp(_) => {
                "microsoft.graph.macOSMicrosoftDefenderApp"
            }
            #[cfg(msgraph_v1_c29)]
            Self::MacOsMicrosoftEdgeApp(_) => "microsoft.graph.macOSMicrosoftEdgeApp",
            #[cfg(msgraph_v1_c29)]
            Self::MacOsOfficeSuiteApp(_) => "microsoft.graph.macOSOfficeSuiteApp",
            #[cfg(msgraph_v1_c56)]
            Self::MailAssessmentRequest(_) => "microsoft.graph.mailAssessmentRequest",
            #[cfg(msgraph_v1_c10)]
            Self::MailFolder(_) => "microsoft.graph.mailFolder",
            #[cfg(msgraph_v1_c10)]
            Self::MailSearchFolder(_) => "microsoft.graph.mailSearchFolder",
            #[cfg(msgraph_v1_c10)]
            Self::Mailbox(_) => "microsoft.graph.mailbox",
            #[cfg(msgraph_v1_c10)]
            Self::MailboxFolder(_) => "microsoft.graph.mailboxFolder",
            #[cfg(msgraph_v1_c10)]
            Self::MailboxItem(_) => "microsoft.graph.mailboxItem",
            #[cfg(msgraph_v1_c31)]
            Self::MailboxProtectionRule(_) => "microsoft.graph.mailboxProtectionRule",
            #[cfg(msgraph_v1_c31)]
            Self::MailboxProtectionUnit(_) => "microsoft.graph.mailboxProtectionUnit",
            #[cfg(msgraph_v1_c31)]
            Self::MailboxProtectionUnitsBulkAdditionJob(_) => {
                "microsoft.graph.mailboxProtectionUnitsBulkAdditionJob"
            }
            #[cfg(msgraph_v1_c31)]
            Self::MailboxRestoreArtifact(_) => "microsoft.graph.mailboxRestoreArtifact",
            #[cfg(msgraph_v1_c31)]
            Self::MailboxRestoreArtifactsBulkAdditionRequest(_) => {
                "microsoft.graph.mailboxRestoreArtifactsBulkAdditionRequest"
            }
            #[cfg(msgraph_v1_c28)]
            Self::MalwareStateForWindowsDevice(_) => {
                "microsoft.graph.malwareStateForWindowsDevice"
            }
            #[cfg(msgraph_v1_c29)]
            Self::ManagedAndroidLobApp(_) => "microsoft.graph.managedAndroidLobApp",
            #[cfg(msgraph_v1_c29)]
            Self::ManagedAndroidStoreApp(_) => "microsoft.graph.managedAndroidStoreApp",
            #[cfg(msgraph_v1_c29)]
            Self::ManagedApp(_) => "microsoft.graph.managedApp",
            #[cfg(msgraph_v1_c30)]
            Self::ManagedAppConfiguration(_) => "microsoft.graph.managedAppConfiguration",
            #[cfg(msgraph_v1_c29)]
            Self::ManagedAppOperation(_) => "microsoft.graph.managedAppOperation",
            #[cfg(msgraph_v1_c30)]
            Self::ManagedAppPolicy(_) => "microsoft.graph.managedAppPolicy",
            #[cfg(msgraph_v1_c30)]
            Self::ManagedAppPolicyDeploymentSummary(_) => {
                "microsoft.graph.managedAppPolicyDeploymentSummary"
            }
            #[cfg(msgraph_v1_c30)]
            Self::ManagedAppProtection(_) => "microsoft.graph.managedAppProtection",
            #[cfg(msgraph_v1_c29)]
            Self::ManagedAppRegistration(_) => "microsoft.graph.managedAppRegistration",
            #[cfg(msgraph_v1_c29)]
            Self::ManagedAppStatus(_) => "microsoft.graph.managedAppStatus",
            #[cfg(msgraph_v1_c29)]
            Self::ManagedAppStatusRaw(_) => "microsoft.graph.managedAppStatusRaw",
            #[cfg(msgraph_v1_c9)]
            Self::ManagedDevice(_) => "microsoft.graph.managedDevice",
            #[cfg(msgraph_v1_c29)]
            Self::ManagedDeviceMobileAppConfiguration(_) => {
                "microsoft.graph.managedDeviceMobileAppConfiguration"
            }
            #[cfg(msgraph_v1_c29)]
            Self::ManagedDeviceMobileAppConfigurationAssignment(_) => {
                "microsoft.graph.managedDeviceMobileAppConfigurationAssignment"
            }
            #[cfg(msgraph_v1_c29)]
            Self::ManagedDeviceMobileAppConfigurationDeviceStatus(_) => {
                "microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus"
            }
            #[cfg(msgraph_v1_c29)]
            Self::ManagedDeviceMobileAppConfigurationDeviceSummary(_) => {
                "microsoft.graph.managedDeviceMobileAppConfigurationDeviceSummary"
            }
            #[cfg(msgraph_v1_c29)]
            Self::ManagedDeviceMobileAppConfigurationUserStatus(_) => {
                "microsoft.graph.managedDeviceMobileAppConfigurationUserStatus"
            }
            #[cfg(msgraph_v1_c29)]
            Self::ManagedDeviceMobileAppConfigurationUserSummary(_) => {
                "microsoft.graph.managedDeviceMobileAppConfigurationUserSummary"
            }
            #[cfg(msgraph_v1_c19)]
            Self::ManagedDeviceOverview(_) => "microsoft.graph.managedDeviceOverview",
            #[cfg(msgraph_v1_c29)]
            Self::ManagedEBook(_) => "microsoft.graph.managedEBook",
            #[cfg(msgraph_v1_c29)]
            Self::ManagedEBookAssignment(_) => "microsoft.graph.managedEBookAssignment",
            #[cfg(msgraph_v1_c29)]
            Self::ManagedIosLobApp(_) => "microsoft.graph.managedIOSLobApp",
            #[cfg(msgraph_v1_c29)]
            Self::ManagedIosStoreApp(_) => "microsoft.graph.managedIOSStoreApp",
            #[cfg(msgraph_v1_c30)]
            Self::ManagedMobileApp(_) => "microsoft.graph.managedMobileApp",
            #[cfg(msgraph_v1_c29)]
            Self::ManagedMobileLobApp(_) => "microsoft.graph.managedMobileLobApp",
            #[cfg(msgraph_v1_c30)]
            Self::MdmWindowsInformationProtectionPolicy(_) => {
                "microsoft.graph.mdmWindowsInformationProtectionPolicy"
            }
            #[cfg(msgraph_v1_c26)]
            Self::MeetingAttendanceReport(_) => "microsoft.graph.meetingAttendanceReport",
            #[cfg(msgraph_v1_c6)]
            Self::MembershipOutlierInsight(_) => {
                "microsoft.graph.membershipOutlierInsight"
            }
            #[cfg(msgraph_v1_c10)]
            Self::Message(_) => "microsoft.graph.message",
            #[cfg(msgraph_v1_c10)]
            Self::MessageRule(_) => "microsoft.graph.messageRule",
            #[cfg(msgraph_v1_c17)]
            Self::MessageTracingRoot(_) => "microsoft.graph.messageTracingRoot",
            #[cfg(msgraph_v1_c3)]
            Self::MicrosoftAccountUserConversationMember(_) => {
                "microsoft.graph.microsoftAccountUserConversationMember"
            }
            #[cfg(msgraph_v1_c10)]
            Self::MicrosoftAuthenticatorAuthenticationMethod(_) => {
                "microsoft.graph.microsoftAuthenticatorAuthenticationMethod"
            }
            #[cfg(msgraph_v1_c18)]
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(_) => {
                "microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration"
            }
            #[cfg(msgraph_v1_c18)]
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(_) => {
                "microsoft.graph.microsoftAuthenticatorAuthenticationMethodTarget"
            }
            #[cfg(msgraph_v1_c29)]
            Self::MicrosoftStoreForBusinessApp(_) => {
                "microsoft.graph.microsoftStoreForBusinessApp"
            }
            #[cfg(msgraph_v1_c29)]
            Self::MobileApp(_) => "microsoft.graph.mobileApp",
            #[cfg(msgraph_v1_c29)]
            Self::MobileAppAssignment(_) => "microsoft.graph.mobileAppAssignment",
            #[cfg(msgraph_v1_c29)]
            Self::MobileAppCategory(_) => "microsoft.graph.mobileAppCategory",
            #[cfg(msgraph_v1_c29)]
            Self::MobileAppContent(_) => "microsoft.graph.mobileAppContent",
            #[cfg(msgraph_v1_c29)]
            Self::MobileAppContentFile(_) => "microsoft.graph.mobileAppContentFile",
            #[cfg(msgraph_v1_c29)]
            Self::MobileAppRelationship(_) => "microsoft.graph.mobileAppRelationship",
            #[cfg(msgraph_v1_c28)]
            Self::MobileAppTroubleshootingEvent(_) => {
                "microsoft.graph.mobileAppTroubleshootingEvent"
            }
            #[cfg(msgraph_v1_c29)]
            Self::MobileContainedApp(_) => "microsoft.graph.mobileContainedApp",
            #[cfg(msgraph_v1_c29)]
            Self::MobileLobApp(_) => "microsoft.graph.mobileLobApp",
            #[cfg(msgraph_v1_c28)]
            Self::MobileThreatDefenseConnector(_) => {
                "microsoft.graph.mobileThreatDefenseConnector"
            }
            #[cfg(msgraph_v1_c66)]
            Self::MultiTenantOrganization(_) => "microsoft.graph.multiTenantOrganization",
            #[cfg(msgraph_v1_c10)]
            Self::MultiTenantOrganizationIdentitySyncPolicyTemplate(_) => {
                "microsoft.graph.multiTenantOrganizationIdentitySyncPolicyTemplate"
            }
            #[cfg(msgraph_v1_c66)]
            Self::MultiTenantOrganizationJoinRequestRecord(_) => {
                "microsoft.graph.multiTenantOrganizationJoinRequestRecord"
            }
            #[cfg(msgraph_v1_c10)]
            Self::MultiTenantOrganizationMember(_) => {
                "microsoft.graph.multiTenantOrganizationMember"
            }
            #[cfg(msgraph_v1_c10)]
            Self::MultiTenantOrganizationPartnerConfigurationTemplate(_) => {
                "microsoft.graph.multiTenantOrganizationPartnerConfigurationTemplate"
            }
            #[cfg(msgraph_v1_c10)]
            Self::MultiValueLegacyExtendedProperty(_) => {
                "microsoft.graph.multiValueLegacyExtendedProperty"
            }
            #[cfg(msgraph_v1_c13)]
            Self::MuteParticipantOperation(_) => {
                "microsoft.graph.muteParticipantOperation"
            }
            #[cfg(msgraph_v1_c1)]
            Self::Notebook(_) => "microsoft.graph.notebook",
            #[cfg(msgraph_v1_c28)]
            Self::NotificationMessageTemplate(_) => {
                "microsoft.graph.notificationMessageTemplate"
            }
            #[cfg(msgraph_v1_c98)]
            Self::OAuth2PermissionGrant(_) => "microsoft.graph.oAuth2PermissionGrant",
            #[cfg(msgraph_v1_c10)]
            Self::OfferShiftRequest(_) => "microsoft.graph.offerShiftRequest",
            #[cfg(msgraph_v1_c10)]
            Self::OfficeGraphInsights(_) => "microsoft.graph.officeGraphInsights",
            #[cfg(msgraph_v1_c35)]
            Self::OidcIdentityProvider(_) => "microsoft.graph.oidcIdentityProvider",
            #[cfg(msgraph_v1_c23)]
            Self::OnAttributeCollectionListener(_) => {
                "microsoft.graph.onAttributeCollectionListener"
            }
            #[cfg(msgraph_v1_c50)]
            Self::OnAttributeCollectionStartCustomExtension(_) => {
                "microsoft.graph.onAttributeCollectionStartCustomExtension"
            }
            #[cfg(msgraph_v1_c23)]
            Self::OnAttributeCollectionStartListener(_) => {
                "microsoft.graph.onAttributeCollectionStartListener"
            }
            #[cfg(msgraph_v1_c50)]
            Self::OnAttributeCollectionSubmitCustomExtension(_) => {
                "microsoft.graph.onAttributeCollectionSubmitCustomExtension"
            }
            #[cfg(msgraph_v1_c23)]
            Self::OnAttributeCollectionSubmitListener(_) => {
                "microsoft.graph.onAttributeCollectionSubmitListener"
            }
            #[cfg(msgraph_v1_c23)]
            Self::OnAuthenticationMethodLoadStartListener(_) => {
                "microsoft.graph.onAuthenticationMethodLoadStartListener"
            }
            #[cfg(msgraph_v1_c23)]
            Self::OnEmailOtpSendListener(_) => "microsoft.graph.onEmailOtpSendListener",
            #[cfg(msgraph_v1_c23)]
            Self::OnFraudProtectionLoadStartListener(_) => {
                "microsoft.graph.onFraudProtectionLoadStartListener"
            }
            #[cfg(msgraph_v1_c23)]
            Self::OnInteractiveAuthFlowStartListener(_) => {
                "microsoft.graph.onInteractiveAuthFlowStartListener"
            }
            #[cfg(msgraph_v1_c50)]
            Self::OnOtpSendCustomExtension(_) => {
                "microsoft.graph.onOtpSendCustomExtension"
            }
            #[cfg(msgraph_v1_c50)]
            Self::OnPasswordSubmitCustomExtension(_) => {
                "microsoft.graph.onPasswordSubmitCustomExtension"
            }
            #[cfg(msgraph_v1_c23)]
            Self::OnPasswordSubmitListener(_) => {
                "microsoft.graph.onPasswordSubmitListener"
            }
            #[cfg(msgraph_v1_c28)]
            Self::OnPremisesConditionalAccessSettings(_) => {
                "microsoft.graph.onPremisesConditionalAccessSettings"
            }
            #[cfg(msgraph_v1_c27)]
            Self::OnPremisesDirectorySynchronization(_) => {
                "microsoft.graph.onPremisesDirectorySynchronization"
            }
            #[cfg(msgraph_v1_c10)]
            Self::OnPremisesSyncBehavior(_) => "microsoft.graph.onPremisesSyncBehavior",
            #[cfg(msgraph_v1_c50)]
            Self::OnTokenIssuanceStartCustomExtension(_) => {
                "microsoft.graph.onTokenIssuanceStartCustomExtension"
            }
            #[cfg(msgraph_v1_c23)]
            Self::OnTokenIssuanceStartListener(_) => {
                "microsoft.graph.onTokenIssuanceStartListener"
            }
            #[cfg(msgraph_v1_c23)]
            Self::OnUserCreateStartListener(_) => {
                "microsoft.graph.onUserCreateStartListener"
            }
            #[cfg(msgraph_v1_c50)]
            Self::OnVerifiedIdClaimValidationCustomExtension(_) => {
                "microsoft.graph.onVerifiedIdClaimValidationCustomExtension"
            }
            #[cfg(msgraph_v1_c23)]
            Self::OnVerifiedIdClaimValidationListener(_) => {
                "microsoft.graph.onVerifiedIdClaimValidationListener"
            }
            #[cfg(msgraph_v1_c31)]
            Self::OneDriveForBusinessBrowseSession(_) => {
                "microsoft.graph.oneDriveForBusinessBrowseSession"
            }
            #[cfg(msgraph_v1_c31)]
            Self::OneDriveForBusinessProtectionPolicy(_) => {
                "microsoft.graph.oneDriveForBusinessProtectionPolicy"
            }
            #[cfg(msgraph_v1_c31)]
            Self::OneDriveForBusinessRestoreSession(_) => {
                "microsoft.graph.oneDriveForBusinessRestoreSession"
            }
            #[cfg(msgraph_v1_c1)]
            Self::Onenote(_) => "microsoft.graph.onenote",
            #[cfg(msgraph_v1_c1)]
            Self::OnenoteEntityBaseModel(_) => "microsoft.graph.onenoteEntityBaseModel",
            #[cfg(msgraph_v1_c1)]
            Self::OnenoteEntityHierarchyModel(_) => {
                "microsoft.graph.onenoteEntityHierarchyModel"
            }
            #[cfg(msgraph_v1_c1)]
            Self::OnenoteEntitySchemaObjectModel(_) => {
                "microsoft.graph.onenoteEntitySchemaObjectModel"
            }
            #[cfg(msgraph_v1_c1)]
            Self::OnenoteOperation(_) => "microsoft.graph.onenoteOperation",
            #[cfg(msgraph_v1_c1)]
            Self::OnenotePage(_) => "microsoft.graph.onenotePage",
            #[cfg(msgraph_v1_c1)]
            Self::OnenoteResource(_) => "microsoft.graph.onenoteResource",
            #[cfg(msgraph_v1_c1)]
            Self::OnenoteSection(_) => "microsoft.graph.onenoteSection",
            #[cfg(msgraph_v1_c14)]
            Self::OnlineMeeting(_) => "microsoft.graph.onlineMeeting",
            #[cfg(msgraph_v1_c26)]
            Self::OnlineMeetingBase(_) => "microsoft.graph.onlineMeetingBase",
            #[cfg(msgraph_v1_c13)]
            Self::OnlineMeetingEngagementConversation(_) => {
                "microsoft.graph.onlineMeetingEngagementConversation"
            }
            #[cfg(msgraph_v1_c10)]
            Self::OpenShift(_) => "microsoft.graph.openShift",
            #[cfg(msgraph_v1_c10)]
            Self::OpenShiftChangeRequest(_) => "microsoft.graph.openShiftChangeRequest",
            #[cfg(msgraph_v1_c10)]
            Self::OpenTypeExtension(_) => "microsoft.graph.openTypeExtension",
            #[cfg(msgraph_v1_c1)]
            Self::Operation(_) => "microsoft.graph.operation",
            #[cfg(msgraph_v1_c10)]
            Self::OrgContact(_) => "microsoft.graph.orgContact",
            #[cfg(msgraph_v1_c10)]
            Self::Organization(_) => "microsoft.graph.organization",
            #[cfg(msgraph_v1_c10)]
            Self::OrganizationalBranding(_) => "microsoft.graph.organizationalBranding",
            #[cfg(msgraph_v1_c10)]
            Self::OrganizationalBrandingLocalization(_) => {
                "microsoft.graph.organizationalBrandingLocalization"
            }
            #[cfg(msgraph_v1_c10)]
            Self::OrganizationalBrandingProperties(_) => {
                "microsoft.graph.organizationalBrandingProperties"
            }
            #[cfg(msgraph_v1_c10)]
            Self::OutlookCategory(_) => "microsoft.graph.outlookCategory",
            #[cfg(msgraph_v1_c10)]
            Self::OutlookItem(_) => "microsoft.graph.outlookItem",
            #[cfg(msgraph_v1_c10)]
            Self::OutlookUser(_) => "microsoft.graph.outlookUser",
            #[cfg(msgraph_v1_c16)]
            Self::OwnerlessGroupPolicy(_) => "microsoft.graph.ownerlessGroupPolicy",
            #[cfg(msgraph_v1_c13)]
            Self::Participant(_) => "microsoft.graph.participant",
            #[cfg(msgraph_v1_c19)]
            Self::ParticipantJoiningNotification(_) => {
                "microsoft.graph.participantJoiningNotification"
            }
            #[cfg(msgraph_v1_c19)]
            Self::ParticipantLeftNotification(_) => {
                "microsoft.graph.participantLeftNotification"
            }
            #[cfg(msgraph_v1_c44)]
            Self::Partners(_) => "microsoft.graph.partners",
            #[cfg(msgraph_v1_c44)]
            Self::AzureUsage(_) => "microsoft.graph.partners.billing.azureUsage",
            #[cfg(msgraph_v1_c44)]
            Self::BilledReconciliation(_) => {
                "microsoft.graph.partners.billing.billedReconciliation"
            }
            #[cfg(msgraph_v1_c44)]
            Self::BilledUsage(_) => "microsoft.graph.partners.billing.billedUsage",
            #[cfg(msgraph_v1_c44)]
            Self::Billing(_) => "microsoft.graph.partners.billing.billing",
            #[cfg(msgraph_v1_c44)]
            Self::BillingReconciliation(_) => {
                "microsoft.graph.partners.billing.billingReconciliation"
            }
            #[cfg(msgraph_v1_c44)]
            Self::ExportSuccessOperation(_) => {
                "microsoft.graph.partners.billing.exportSuccessOperation"
            }
            #[cfg(msgraph_v1_c44)]
            Self::FailedOperation(_) => {
                "microsoft.graph.partners.billing.failedOperation"
            }
            #[cfg(msgraph_v1_c44)]
            Self::Manifest(_) => "microsoft.graph.partners.billing.manifest",
            #[cfg(msgraph_v1_c44)]
            Self::PartnersBillingOperation(_) => {
                "microsoft.graph.partners.billing.operation"
            }
            #[cfg(msgraph_v1_c44)]
            Self::RunningOperation(_) => {
                "microsoft.graph.partners.billing.runningOperation"
            }
            #[cfg(msgraph_v1_c44)]
            Self::UnbilledReconciliation(_) => {
                "microsoft.graph.partners.billing.unbilledReconciliation"
            }
            #[cfg(msgraph_v1_c44)]
            Self::UnbilledUsage(_) => "microsoft.graph.partners.billing.unbilledUsage",
            #[cfg(msgraph_v1_c18)]
            Self::PasskeyAuthenticationMethodTarget(_) => {
                "microsoft.graph.passkeyAuthenticationMethodTarget"
            }
            #[cfg(msgraph_v1_c19)]
            Self::PasskeyProfile(_) => "microsoft.graph.passkeyProfile",
            #[cfg(msgraph_v1_c10)]
            Self::PasswordAuthenticationMethod(_) => {
                "microsoft.graph.passwordAuthenticationMethod"
            }
            #[cfg(msgraph_v1_c8)]
            Self::Payload(_) => "microsoft.graph.payload",
            #[cfg(msgraph_v1_c17)]
            Self::PeopleAdminSettings(_) => "microsoft.graph.peopleAdminSettings",
            #[cfg(msgraph_v1_c54)]
            Self::Permission(_) => "microsoft.graph.permission",
            #[cfg(msgraph_v1_c10)]
            Self::PermissionGrantConditionSet(_) => {
                "microsoft.graph.permissionGrantConditionSet"
            }
            #[cfg(msgraph_v1_c10)]
            Self::PermissionGrantPolicy(_) => "microsoft.graph.permissionGrantPolicy",
            #[cfg(msgraph_v1_c10)]
            Self::Person(_) => "microsoft.graph.person",
            #[cfg(msgraph_v1_c10)]
            Self::PhoneAuthenticationMethod(_) => {
                "microsoft.graph.phoneAuthenticationMethod"
            }
            #[cfg(msgraph_v1_c3)]
            Self::PhoneUserConversationMember(_) => {
                "microsoft.graph.phoneUserConversationMember"
            }
            #[cfg(msgraph_v1_c10)]
            Self::PinnedChatMessageInfo(_) => "microsoft.graph.pinnedChatMessageInfo",
            #[cfg(msgraph_v1_c42)]
            Self::Place(_) => "microsoft.graph.place",
            #[cfg(msgraph_v1_c103)]
            Self::Planner(_) => "microsoft.graph.planner",
            #[cfg(msgraph_v1_c104)]
            Self::PlannerAssignedToTaskBoardTaskFormat(_) => {
                "microsoft.graph.plannerAssignedToTaskBoardTaskFormat"
            }
            #[cfg(msgraph_v1_c104)]
            Self::PlannerBucket(_) => "microsoft.graph.plannerBucket",
            #[cfg(msgraph_v1_c104)]
            Self::PlannerBucketTaskBoardTaskFormat(_) => {
                "microsoft.graph.plannerBucketTaskBoardTaskFormat"
            }
            #[cfg(msgraph_v1_c10)]
            Self::PlannerGroup(_) => "microsoft.graph.plannerGroup",
            #[cfg(msgraph_v1_c104)]
            Self::PlannerPlan(_) => "microsoft.graph.plannerPlan",
            #[cfg(msgraph_v1_c104)]
            Self::PlannerPlanDetails(_) => "microsoft.graph.plannerPlanDetails",
            #[cfg(msgraph_v1_c104)]
            Self::PlannerProgressTaskBoardTaskFormat(_) => {
                "microsoft.graph.plannerProgressTaskBoardTaskFormat"
            }
            #[cfg(msgraph_v1_c104)]
            Self::PlannerTask(_) => "microsoft.graph.plannerTask",
            #[cfg(msgraph_v1_c104)]
            Self::PlannerTaskDetails(_) => "microsoft.graph.plannerTaskDetails",
            #[cfg(msgraph_v1_c10)]
            Self::PlannerUser(_) => "microsoft.graph.plannerUser",
            #[cfg(msgraph_v1_c10)]
            Self::PlatformCredentialAuthenticationMethod(_) => {
                "microsoft.graph.platformCredentialAuthenticationMethod"
            }
            #[cfg(msgraph_v1_c13)]
            Self::PlayPromptOperation(_) => "microsoft.graph.playPromptOperation",
            #[cfg(msgraph_v1_c10)]
            Self::PolicyBase(_) => "microsoft.graph.policyBase",
            #[cfg(msgraph_v1_c16)]
            Self::PolicyRoot(_) => "microsoft.graph.policyRoot",
            #[cfg(msgraph_v1_c10)]
            Self::PolicyTemplate(_) => "microsoft.graph.policyTemplate",
            #[cfg(msgraph_v1_c10)]
            Self::Post(_) => "microsoft.graph.post",
            #[cfg(msgraph_v1_c14)]
            Self::Presence(_) => "microsoft.graph.presence",
            #[cfg(msgraph_v1_c105)]
            Self::PrintConnector(_) => "microsoft.graph.printConnector",
            #[cfg(msgraph_v1_c87)]
            Self::PrintDocument(_) => "microsoft.graph.printDocument",
            #[cfg(msgraph_v1_c87)]
            Self::PrintJob(_) => "microsoft.graph.printJob",
            #[cfg(msgraph_v1_c105)]
            Self::PrintOperation(_) => "microsoft.graph.printOperation",
            #[cfg(msgraph_v1_c105)]
            Self::PrintService(_) => "microsoft.graph.printService",
            #[cfg(msgraph_v1_c105)]
            Self::PrintServiceEndpoint(_) => "microsoft.graph.printServiceEndpoint",
            #[cfg(msgraph_v1_c87)]
            Self::PrintTask(_) => "microsoft.graph.printTask",
            #[cfg(msgraph_v1_c105)]
            Self::PrintTaskDefinition(_) => "microsoft.graph.printTaskDefinition",
            #[cfg(msgraph_v1_c105)]
            Self::PrintTaskTrigger(_) => "microsoft.graph.printTaskTrigger",
            #[cfg(msgraph_v1_c44)]
            Self::PrintUsage(_) => "microsoft.graph.printUsage",
            #[cfg(msgraph_v1_c44)]
            Self::PrintUsageByPrinter(_) => "microsoft.graph.printUsageByPrinter",
            #[cfg(msgraph_v1_c44)]
            Self::PrintUsageByUser(_) => "microsoft.graph.printUsageByUser",
            #[cfg(msgraph_v1_c105)]
            Self::Printer(_) => "microsoft.graph.printer",
            #[cfg(msgraph_v1_c87)]
            Self::PrinterBase(_) => "microsoft.graph.printerBase",
            #[cfg(msgraph_v1_c105)]
            Self::PrinterCreateOperation(_) => "microsoft.graph.printerCreateOperation",
            #[cfg(msgraph_v1_c87)]
            Self::PrinterShare(_) => "microsoft.graph.printerShare",
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroup(_) => "microsoft.graph.privilegedAccessGroup",
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroupAssignmentSchedule(_) => {
                "microsoft.graph.privilegedAccessGroupAssignmentSchedule"
            }
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroupAssignmentScheduleInstance(_) => {
                "microsoft.graph.privilegedAccessGroupAssignmentScheduleInstance"
            }
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(_) => {
                "microsoft.graph.privilegedAccessGroupAssignmentScheduleRequest"
            }
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroupEligibilitySchedule(_) => {
                "microsoft.graph.privilegedAccessGroupEligibilitySchedule"
            }
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroupEligibilityScheduleInstance(_) => {
                "microsoft.graph.privilegedAccessGroupEligibilityScheduleInstance"
            }
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(_) => {
                "microsoft.graph.privilegedAccessGroupEligibilityScheduleRequest"
            }
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessRoot(_) => "microsoft.graph.privilegedAccessRoot",
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessSchedule(_) => {
                "microsoft.graph.privilegedAccessSchedule"
            }
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessScheduleInstance(_) => {
                "microsoft.graph.privilegedAccessScheduleInstance"
            }
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessScheduleRequest(_) => {
                "microsoft.graph.privilegedAccessScheduleRequest"
            }
            #[cfg(msgraph_v1_c17)]
            Self::ProfileCardProperty(_) => "microsoft.graph.profileCardProperty",
            #[cfg(msgraph_v1_c10)]
            Self::ProfilePhoto(_) => "microsoft.graph.profilePhoto",
            #[cfg(msgraph_v1_c17)]
            Self::ProfilePropertySetting(_) => "microsoft.graph.profilePropertySetting",
            #[cfg(msgraph_v1_c17)]
            Self::ProfileSource(_) => "microsoft.graph.profileSource",
            #[cfg(msgraph_v1_c17)]
            Self::PronounsSettings(_) => "microsoft.graph.pronounsSettings",
            #[cfg(msgraph_v1_c31)]
            Self::ProtectionPolicyBase(_) => "microsoft.graph.protectionPolicyBase",
            #[cfg(msgraph_v1_c31)]
            Self::ProtectionRuleBase(_) => "microsoft.graph.protectionRuleBase",
            #[cfg(msgraph_v1_c31)]
            Self::ProtectionUnitBase(_) => "microsoft.graph.protectionUnitBase",
            #[cfg(msgraph_v1_c31)]
            Self::ProtectionUnitsBulkJobBase(_) => {
                "microsoft.graph.protectionUnitsBulkJobBase"
            }
            #[cfg(msgraph_v1_c38)]
            Self::ProvisioningObjectSummary(_) => {
                "microsoft.graph.provisioningObjectSummary"
            }
            #[cfg(msgraph_v1_c27)]
            Self::PublicKeyInfrastructureRoot(_) => {
                "microsoft.graph.publicKeyInfrastructureRoot"
            }
            #[cfg(msgraph_v1_c10)]
            Self::QrCode(_) => "microsoft.graph.qrCode",
            #[cfg(msgraph_v1_c10)]
            Self::QrCodePinAuthenticationMethod(_) => {
                "microsoft.graph.qrCodePinAuthenticationMethod"
            }
            #[cfg(msgraph_v1_c18)]
            Self::QrCodePinAuthenticationMethodConfiguration(_) => {
                "microsoft.graph.qrCodePinAuthenticationMethodConfiguration"
            }
            #[cfg(msgraph_v1_c10)]
            Self::QrPin(_) => "microsoft.graph.qrPin",
            #[cfg(msgraph_v1_c34)]
            Self::RbacApplication(_) => "microsoft.graph.rbacApplication",
            #[cfg(msgraph_v1_c59)]
            Self::ReadingAssignmentSubmission(_) => {
                "microsoft.graph.readingAssignmentSubmission"
            }
            #[cfg(msgraph_v1_c59)]
            Self::ReadingCoachPassage(_) => "microsoft.graph.readingCoachPassage",
            #[cfg(msgraph_v1_c13)]
            Self::RecordOperation(_) => "microsoft.graph.recordOperation",
            #[cfg(msgraph_v1_c76)]
            Self::RecycleBin(_) => "microsoft.graph.recycleBin",
            #[cfg(msgraph_v1_c76)]
            Self::RecycleBinItem(_) => "microsoft.graph.recycleBinItem",
            #[cfg(msgraph_v1_c10)]
            Self::ReferenceAttachment(_) => "microsoft.graph.referenceAttachment",
            #[cfg(msgraph_v1_c59)]
            Self::ReflectCheckInResponse(_) => "microsoft.graph.reflectCheckInResponse",
            #[cfg(msgraph_v1_c44)]
            Self::RelyingPartyDetailedSummary(_) => {
                "microsoft.graph.relyingPartyDetailedSummary"
            }
            #[cfg(msgraph_v1_c28)]
            Self::RemoteAssistancePartner(_) => "microsoft.graph.remoteAssistancePartner",
            #[cfg(msgraph_v1_c10)]
            Self::RemoteDesktopSecurityConfiguration(_) => {
                "microsoft.graph.remoteDesktopSecurityConfiguration"
            }
            #[cfg(msgraph_v1_c10)]
            Self::RemoteTenantGroup(_) => "microsoft.graph.remoteTenantGroup",
            #[cfg(msgraph_v1_c59)]
            Self::ReportsRoot(_) => "microsoft.graph.reportsRoot",
            #[cfg(msgraph_v1_c74)]
            Self::Request(_) => "microsoft.graph.request",
            #[cfg(msgraph_v1_c66)]
            Self::ResellerDelegatedAdminRelationship(_) => {
                "microsoft.graph.resellerDelegatedAdminRelationship"
            }
            #[cfg(msgraph_v1_c28)]
            Self::ResourceOperation(_) => "microsoft.graph.resourceOperation",
            #[cfg(msgraph_v1_c10)]
            Self::ResourceSpecificPermissionGrant(_) => {
                "microsoft.graph.resourceSpecificPermissionGrant"
            }
            #[cfg(msgraph_v1_c31)]
            Self::RestoreArtifactBase(_) => "microsoft.graph.restoreArtifactBase",
            #[cfg(msgraph_v1_c31)]
            Self::RestoreArtifactsBulkRequestBase(_) => {
                "microsoft.graph.restoreArtifactsBulkRequestBase"
            }
            #[cfg(msgraph_v1_c31)]
            Self::RestorePoint(_) => "microsoft.graph.restorePoint",
            #[cfg(msgraph_v1_c31)]
            Self::RestoreSessionBase(_) => "microsoft.graph.restoreSessionBase",
            #[cfg(msgraph_v1_c4)]
            Self::RichLongRunningOperation(_) => {
                "microsoft.graph.richLongRunningOperation"
            }
            #[cfg(msgraph_v1_c12)]
            Self::RiskDetection(_) => "microsoft.graph.riskDetection",
            #[cfg(msgraph_v1_c12)]
            Self::RiskyServicePrincipal(_) => "microsoft.graph.riskyServicePrincipal",
            #[cfg(msgraph_v1_c12)]
            Self::RiskyServicePrincipalHistoryItem(_) => {
                "microsoft.graph.riskyServicePrincipalHistoryItem"
            }
            #[cfg(msgraph_v1_c12)]
            Self::RiskyUser(_) => "microsoft.graph.riskyUser",
            #[cfg(msgraph_v1_c12)]
            Self::RiskyUserHistoryItem(_) => "microsoft.graph.riskyUserHistoryItem",
            #[cfg(msgraph_v1_c28)]
            Self::RoleAssignment(_) => "microsoft.graph.roleAssignment",
            #[cfg(msgraph_v1_c28)]
            Self::RoleDefinition(_) => "microsoft.graph.roleDefinition",
            #[cfg(msgraph_v1_c42)]
            Self::Room(_) => "microsoft.graph.room",
            #[cfg(msgraph_v1_c42)]
            Self::RoomList(_) => "microsoft.graph.roomList",
            #[cfg(msgraph_v1_c35)]
            Self::SamlOrWsFedExternalDomainFederation(_) => {
                "microsoft.graph.samlOrWsFedExternalDomainFederation"
            }
            #[cfg(msgraph_v1_c52)]
            Self::SamlOrWsFedProvider(_) => "microsoft.graph.samlOrWsFedProvider",
            #[cfg(msgraph_v1_c10)]
            Self::Schedule(_) => "microsoft.graph.schedule",
            #[cfg(msgraph_v1_c10)]
            Self::ScheduleChangeRequest(_) => "microsoft.graph.scheduleChangeRequest",
            #[cfg(msgraph_v1_c10)]
            Self::SchedulingGroup(_) => "microsoft.graph.schedulingGroup",
            #[cfg(msgraph_v1_c75)]
            Self::SchemaExtension(_) => "microsoft.graph.schemaExtension",
            #[cfg(msgraph_v1_c112)]
            Self::ScopedRoleMembership(_) => "microsoft.graph.scopedRoleMembership",
            #[cfg(msgraph_v1_c19)]
            Self::Acronym(_) => "microsoft.graph.search.acronym",
            #[cfg(msgraph_v1_c19)]
            Self::Bookmark(_) => "microsoft.graph.search.bookmark",
            #[cfg(msgraph_v1_c19)]
            Self::Qna(_) => "microsoft.graph.search.qna",
            #[cfg(msgraph_v1_c19)]
            Self::SearchAnswer(_) => "microsoft.graph.search.searchAnswer",
            #[cfg(msgraph_v1_c19)]
            Self::SearchEntity(_) => "microsoft.graph.searchEntity",
            #[cfg(msgraph_v1_c42)]
            Self::Section(_) => "microsoft.graph.section",
            #[cfg(msgraph_v1_c1)]
            Self::SectionGroup(_) => "microsoft.graph.sectionGroup",
            #[cfg(msgraph_v1_c42)]
            Self::SectionMap(_) => "microsoft.graph.sectionMap",
            #[cfg(msgraph_v1_c8)]
            Self::SecureScore(_) => "microsoft.graph.secureScore",
            #[cfg(msgraph_v1_c8)]
            Self::SecureScoreControlProfile(_) => {
                "microsoft.graph.secureScoreControlProfile"
            }
            #[cfg(msgraph_v1_c8)]
            Self::SecurityAlert(_) => "microsoft.graph.security.alert",
            #[cfg(msgraph_v1_c8)]
            Self::AnalyzedEmail(_) => "microsoft.graph.security.analyzedEmail",
            #[cfg(msgraph_v1_c8)]
            Self::Article(_) => "microsoft.graph.security.article",
            #[cfg(msgraph_v1_c8)]
            Self::ArticleIndicator(_) => "microsoft.graph.security.articleIndicator",
            #[cfg(msgraph_v1_c8)]
            Self::Artifact(_) => "microsoft.graph.security.artifact",
            #[cfg(msgraph_v1_c8)]
            Self::AuditCoreRoot(_) => "microsoft.graph.security.auditCoreRoot",
            #[cfg(msgraph_v1_c8)]
            Self::AuditLogQuery(_) => "microsoft.graph.security.auditLogQuery",
            #[cfg(msgraph_v1_c8)]
            Self::AuditLogRecord(_) => "microsoft.graph.security.auditLogRecord",
            #[cfg(msgraph_v1_c8)]
            Self::AuthorityTemplate(_) => "microsoft.graph.security.authorityTemplate",
            #[cfg(msgraph_v1_c8)]
            Self::AutoAuditingConfiguration(_) => {
                "microsoft.graph.security.autoAuditingConfiguration"
            }
            #[cfg(msgraph_v1_c8)]
            Self::Case(_) => "microsoft.graph.security.case",
            #[cfg(msgraph_v1_c8)]
            Self::CaseOperation(_) => "microsoft.graph.security.caseOperation",
            #[cfg(msgraph_v1_c8)]
            Self::CasesRoot(_) => "microsoft.graph.security.casesRoot",
            #[cfg(msgraph_v1_c8)]
            Self::CategoryTemplate(_) => "microsoft.graph.security.categoryTemplate",
            #[cfg(msgraph_v1_c8)]
            Self::CitationTemplate(_) => "microsoft.graph.security.citationTemplate",
            #[cfg(msgraph_v1_c8)]
            Self::CollaborationRoot(_) => "microsoft.graph.security.collaborationRoot",
            #[cfg(msgraph_v1_c8)]
            Self::DataSet(_) => "microsoft.graph.security.dataSet",
            #[cfg(msgraph_v1_c8)]
            Self::DataSource(_) => "microsoft.graph.security.dataSource",
            #[cfg(msgraph_v1_c8)]
            Self::DataSourceContainer(_) => {
                "microsoft.graph.security.dataSourceContainer"
            }
            #[cfg(msgraph_v1_c8)]
            Self::DepartmentTemplate(_) => "microsoft.graph.security.departmentTemplate",
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryAddToReviewSetOperation(_) => {
                "microsoft.graph.security.ediscoveryAddToReviewSetOperation"
            }
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryCase(_) => "microsoft.graph.security.ediscoveryCase",
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryCaseMember(_) => {
                "microsoft.graph.security.ediscoveryCaseMember"
            }
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryCaseSettings(_) => {
                "microsoft.graph.security.ediscoveryCaseSettings"
            }
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryCustodian(_) => {
                "microsoft.graph.security.ediscoveryCustodian"
            }
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryEstimateOperation(_) => {
                "microsoft.graph.security.ediscoveryEstimateOperation"
            }
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryExportOperation(_) => {
                "microsoft.graph.security.ediscoveryExportOperation"
            }
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryHoldOperation(_) => {
                "microsoft.graph.security.ediscoveryHoldOperation"
            }
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryHoldPolicySyncOperation(_) => {
                "microsoft.graph.security.ediscoveryHoldPolicySyncOperation"
            }
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryIndexOperation(_) => {
                "microsoft.graph.security.ediscoveryIndexOperation"
            }
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryNoncustodialDataSource(_) => {
                "microsoft.graph.security.ediscoveryNoncustodialDataSource"
            }
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryPurgeDataOperation(_) => {
                "microsoft.graph.security.ediscoveryPurgeDataOperation"
            }
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryReviewSet(_) => {
                "microsoft.graph.security.ediscoveryReviewSet"
            }
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryReviewSetQuery(_) => {
                "microsoft.graph.security.ediscoveryReviewSetQuery"
            }
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryReviewTag(_) => {
                "microsoft.graph.security.ediscoveryReviewTag"
            }
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoverySearch(_) => "microsoft.graph.security.ediscoverySearch",
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoverySearchExportOperation(_) => {
                "microsoft.graph.security.ediscoverySearchExportOperation"
            }
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryTagOperation(_) => {
                "microsoft.graph.security.ediscoveryTagOperation"
            }
            #[cfg(msgraph_v1_c8)]
            Self::FilePlanDescriptor(_) => "microsoft.graph.security.filePlanDescriptor",
            #[cfg(msgraph_v1_c8)]
            Self::FilePlanDescriptorTemplate(_) => {
                "microsoft.graph.security.filePlanDescriptorTemplate"
            }
            #[cfg(msgraph_v1_c8)]
            Self::FilePlanReferenceTemplate(_) => {
                "microsoft.graph.security.filePlanReferenceTemplate"
            }
            #[cfg(msgraph_v1_c8)]
            Self::HealthIssue(_) => "microsoft.graph.security.healthIssue",
            #[cfg(msgraph_v1_c8)]
            Self::Host(_) => "microsoft.graph.security.host",
            #[cfg(msgraph_v1_c8)]
            Self::HostComponent(_) => "microsoft.graph.security.hostComponent",
            #[cfg(msgraph_v1_c8)]
            Self::HostCookie(_) => "microsoft.graph.security.hostCookie",
            #[cfg(msgraph_v1_c8)]
            Self::HostPair(_) => "microsoft.graph.security.hostPair",
            #[cfg(msgraph_v1_c8)]
            Self::HostPort(_) => "microsoft.graph.security.hostPort",
            #[cfg(msgraph_v1_c8)]
            Self::HostReputation(_) => "microsoft.graph.security.hostReputation",
            #[cfg(msgraph_v1_c8)]
            Self::HostSslCertificate(_) => "microsoft.graph.security.hostSslCertificate",
            #[cfg(msgraph_v1_c8)]
            Self::HostTracker(_) => "microsoft.graph.security.hostTracker",
            #[cfg(msgraph_v1_c8)]
            Self::Hostname(_) => "microsoft.graph.security.hostname",
            #[cfg(msgraph_v1_c8)]
            Self::IdentityAccounts(_) => "microsoft.graph.security.identityAccounts",
            #[cfg(msgraph_v1_c8)]
            Self::SecurityIdentityContainer(_) => {
                "microsoft.graph.security.identityContainer"
            }
            #[cfg(msgraph_v1_c8)]
            Self::Incident(_) => "microsoft.graph.security.incident",
            #[cfg(msgraph_v1_c8)]
            Self::Indicator(_) => "microsoft.graph.security.indicator",
            #[cfg(msgraph_v1_c8)]
            Self::IntelligenceProfile(_) => {
                "microsoft.graph.security.intelligenceProfile"
            }
            #[cfg(msgraph_v1_c8)]
            Self::IntelligenceProfileIndicator(_) => {
                "microsoft.graph.security.intelligenceProfileIndicator"
            }
            #[cfg(msgraph_v1_c8)]
            Self::IpAddress(_) => "microsoft.graph.security.ipAddress",
            #[cfg(msgraph_v1_c8)]
            Self::LabelsRoot(_) => "microsoft.graph.security.labelsRoot",
            #[cfg(msgraph_v1_c8)]
            Self::NetworkAdapter(_) => "microsoft.graph.security.networkAdapter",
            #[cfg(msgraph_v1_c8)]
            Self::PassiveDnsRecord(_) => "microsoft.graph.security.passiveDnsRecord",
            #[cfg(msgraph_v1_c8)]
            Self::RetentionEvent(_) => "microsoft.graph.security.retentionEvent",
            #[cfg(msgraph_v1_c8)]
            Self::RetentionEventType(_) => "microsoft.graph.security.retentionEventType",
            #[cfg(msgraph_v1_c8)]
            Self::RetentionLabel(_) => "microsoft.graph.security.retentionLabel",
            #[cfg(msgraph_v1_c8)]
            Self::Search(_) => "microsoft.graph.security.search",
            #[cfg(msgraph_v1_c8)]
            Self::Sensor(_) => "microsoft.graph.security.sensor",
            #[cfg(msgraph_v1_c8)]
            Self::SensorCandidate(_) => "microsoft.graph.security.sensorCandidate",
            #[cfg(msgraph_v1_c8)]
            Self::SensorCandidateActivationConfiguration(_) => {
                "microsoft.graph.security.sensorCandidateActivationConfiguration"
            }
            #[cfg(msgraph_v1_c8)]
            Self::SettingsContainer(_) => "microsoft.graph.security.settingsContainer",
            #[cfg(msgraph_v1_c8)]
            Self::SiteSource(_) => "microsoft.graph.security.siteSource",
            #[cfg(msgraph_v1_c8)]
            Self::SslCertificate(_) => "microsoft.graph.security.sslCertificate",
            #[cfg(msgraph_v1_c8)]
            Self::SubcategoryTemplate(_) => {
                "microsoft.graph.security.subcategoryTemplate"
            }
            #[cfg(msgraph_v1_c8)]
            Self::Subdomain(_) => "microsoft.graph.security.subdomain",
            #[cfg(msgraph_v1_c8)]
            Self::Tag(_) => "microsoft.graph.security.tag",
            #[cfg(msgraph_v1_c8)]
            Self::ThreatIntelligence(_) => "microsoft.graph.security.threatIntelligence",
            #[cfg(msgraph_v1_c8)]
            Self::TriggerTypesRoot(_) => "microsoft.graph.security.triggerTypesRoot",
            #[cfg(msgraph_v1_c8)]
            Self::TriggersRoot(_) => "microsoft.graph.security.triggersRoot",
            #[cfg(msgraph_v1_c19)]
            Self::UnclassifiedArtifact(_) => {
                "microsoft.graph.security.unclassifiedArtifact"
            }
            #[cfg(msgraph_v1_c8)]
            Self::UnifiedGroupSource(_) => "microsoft.graph.security.unifiedGroupSource",
            #[cfg(msgraph_v1_c8)]
            Self::SecurityUser(_) => "microsoft.graph.security.user",
            #[cfg(msgraph_v1_c8)]
            Self::UserSource(_) => "microsoft.graph.security.userSource",
            #[cfg(msgraph_v1_c8)]
            Self::Vulnerability(_) => "microsoft.graph.security.vulnerability",
            #[cfg(msgraph_v1_c8)]
            Self::VulnerabilityComponent(_) => {
                "microsoft.graph.security.vulnerabilityComponent"
            }
            #[cfg(msgraph_v1_c8)]
            Self::WhoisBaseRecord(_) => "microsoft.graph.security.whoisBaseRecord",
            #[cfg(msgraph_v1_c8)]
            Self::WhoisHistoryRecord(_) => "microsoft.graph.security.whoisHistoryRecord",
            #[cfg(msgraph_v1_c8)]
            Self::WhoisRecord(_) => "microsoft.graph.security.whoisRecord",
            #[cfg(msgraph_v1_c44)]
            Self::SecurityReportsRoot(_) => "microsoft.graph.securityReportsRoot",
            #[cfg(msgraph_v1_c13)]
            Self::SendDtmfTonesOperation(_) => "microsoft.graph.sendDtmfTonesOperation",
            #[cfg(msgraph_v1_c11)]
            Self::SensitivityLabel(_) => "microsoft.graph.sensitivityLabel",
            #[cfg(msgraph_v1_c17)]
            Self::ServiceAnnouncement(_) => "microsoft.graph.serviceAnnouncement",
            #[cfg(msgraph_v1_c17)]
            Self::ServiceAnnouncementAttachment(_) => {
                "microsoft.graph.serviceAnnouncementAttachment"
            }
            #[cfg(msgraph_v1_c17)]
            Self::ServiceAnnouncementBase(_) => "microsoft.graph.serviceAnnouncementBase",
            #[cfg(msgraph_v1_c31)]
            Self::ServiceApp(_) => "microsoft.graph.serviceApp",
            #[cfg(msgraph_v1_c17)]
            Self::ServiceHealth(_) => "microsoft.graph.serviceHealth",
            #[cfg(msgraph_v1_c17)]
            Self::ServiceHealthIssue(_) => "microsoft.graph.serviceHealthIssue",
            #[cfg(msgraph_v1_c10)]
            Self::ServicePrincipal(_) => "microsoft.graph.servicePrincipal",
            #[cfg(msgraph_v1_c12)]
            Self::ServicePrincipalRiskDetection(_) => {
                "microsoft.graph.servicePrincipalRiskDetection"
            }
            #[cfg(msgraph_v1_c10)]
            Self::ServiceProviderConstraints(_) => {
                "microsoft.graph.serviceProviderConstraints"
            }
            #[cfg(msgraph_v1_c40)]
            Self::ServiceStorageQuotaBreakdown(_) => {
                "microsoft.graph.serviceStorageQuotaBreakdown"
            }
            #[cfg(msgraph_v1_c17)]
            Self::ServiceUpdateMessage(_) => "microsoft.graph.serviceUpdateMessage",
            #[cfg(msgraph_v1_c28)]
            Self::SettingStateDeviceSummary(_) => {
                "microsoft.graph.settingStateDeviceSummary"
            }
            #[cfg(msgraph_v1_c31)]
            Self::SharePointBrowseSession(_) => "microsoft.graph.sharePointBrowseSession",
            #[cfg(msgraph_v1_c76)]
            Self::SharePointGroup(_) => "microsoft.graph.sharePointGroup",
            #[cfg(msgraph_v1_c76)]
            Self::SharePointGroupMember(_) => "microsoft.graph.sharePointGroupMember",
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationEvent(_) => {
                "microsoft.graph.sharePointMigrationEvent"
            }
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationFinishManifestFileUploadEvent(_) => {
                "microsoft.graph.sharePointMigrationFinishManifestFileUploadEvent"
            }
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJob(_) => "microsoft.graph.sharePointMigrationJob",
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobCancelledEvent(_) => {
                "microsoft.graph.sharePointMigrationJobCancelledEvent"
            }
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobDeletedEvent(_) => {
                "microsoft.graph.sharePointMigrationJobDeletedEvent"
            }
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobErrorEvent(_) => {
                "microsoft.graph.sharePointMigrationJobErrorEvent"
            }
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobPostponedEvent(_) => {
                "microsoft.graph.sharePointMigrationJobPostponedEvent"
            }
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobProgressEvent(_) => {
                "microsoft.graph.sharePointMigrationJobProgressEvent"
            }
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobQueuedEvent(_) => {
                "microsoft.graph.sharePointMigrationJobQueuedEvent"
            }
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobStartEvent(_) => {
                "microsoft.graph.sharePointMigrationJobStartEvent"
            }
            #[cfg(msgraph_v1_c31)]
            Self::SharePointProtectionPolicy(_) => {
                "microsoft.graph.sharePointProtectionPolicy"
            }
            #[cfg(msgraph_v1_c31)]
            Self::SharePointRestoreSession(_) => {
                "microsoft.graph.sharePointRestoreSession"
            }
            #[cfg(msgraph_v1_c115)]
            Self::SharedDriveItem(_) => "microsoft.graph.sharedDriveItem",
            #[cfg(msgraph_v1_c10)]
            Self::SharedInsight(_) => "microsoft.graph.sharedInsight",
            #[cfg(msgraph_v1_c28)]
            Self::SharedPcConfiguration(_) => "microsoft.graph.sharedPCConfiguration",
            #[cfg(msgraph_v1_c3)]
            Self::SharedWithChannelTeamInfo(_) => {
                "microsoft.graph.sharedWithChannelTeamInfo"
            }
            #[cfg(msgraph_v1_c17)]
            Self::Sharepoint(_) => "microsoft.graph.sharepoint",
            #[cfg(msgraph_v1_c17)]
            Self::SharepointSettings(_) => "microsoft.graph.sharepointSettings",
            #[cfg(msgraph_v1_c10)]
            Self::Shift(_) => "microsoft.graph.shift",
            #[cfg(msgraph_v1_c10)]
            Self::ShiftPreferences(_) => "microsoft.graph.shiftPreferences",
            #[cfg(msgraph_v1_c38)]
            Self::SignIn(_) => "microsoft.graph.signIn",
            #[cfg(msgraph_v1_c8)]
            Self::Simulation(_) => "microsoft.graph.simulation",
            #[cfg(msgraph_v1_c8)]
            Self::SimulationAutomation(_) => "microsoft.graph.simulationAutomation",
            #[cfg(msgraph_v1_c8)]
            Self::SimulationAutomationRun(_) => "microsoft.graph.simulationAutomationRun",
            #[cfg(msgraph_v1_c10)]
            Self::SingleValueLegacyExtendedProperty(_) => {
                "microsoft.graph.singleValueLegacyExtendedProperty"
            }
            #[cfg(msgraph_v1_c1)]
            Self::Site(_) => "microsoft.graph.site",
            #[cfg(msgraph_v1_c1)]
            Self::SitePage(_) => "microsoft.graph.sitePage",
            #[cfg(msgraph_v1_c31)]
            Self::SiteProtectionRule(_) => "microsoft.graph.siteProtectionRule",
            #[cfg(msgraph_v1_c31)]
            Self::SiteProtectionUnit(_) => "microsoft.graph.siteProtectionUnit",
            #[cfg(msgraph_v1_c31)]
            Self::SiteProtectionUnitsBulkAdditionJob(_) => {
                "microsoft.graph.siteProtectionUnitsBulkAdditionJob"
            }
            #[cfg(msgraph_v1_c31)]
            Self::SiteRestoreArtifact(_) => "microsoft.graph.siteRestoreArtifact",
            #[cfg(msgraph_v1_c31)]
            Self::SiteRestoreArtifactsBulkAdditionRequest(_) => {
                "microsoft.graph.siteRestoreArtifactsBulkAdditionRequest"
            }
            #[cfg(msgraph_v1_c3)]
            Self::SkypeForBusinessUserConversationMember(_) => {
                "microsoft.graph.skypeForBusinessUserConversationMember"
            }
            #[cfg(msgraph_v1_c3)]
            Self::SkypeUserConversationMember(_) => {
                "microsoft.graph.skypeUserConversationMember"
            }
            #[cfg(msgraph_v1_c18)]
            Self::SmsAuthenticationMethodConfiguration(_) => {
                "microsoft.graph.smsAuthenticationMethodConfiguration"
            }
            #[cfg(msgraph_v1_c18)]
            Self::SmsAuthenticationMethodTarget(_) => {
                "microsoft.graph.smsAuthenticationMethodTarget"
            }
            #[cfg(msgraph_v1_c35)]
            Self::SocialIdentityProvider(_) => "microsoft.graph.socialIdentityProvider",
            #[cfg(msgraph_v1_c10)]
            Self::SoftwareOathAuthenticationMethod(_) => {
                "microsoft.graph.softwareOathAuthenticationMethod"
            }
            #[cfg(msgraph_v1_c18)]
            Self::SoftwareOathAuthenticationMethodConfiguration(_) => {
                "microsoft.graph.softwareOathAuthenticationMethodConfiguration"
            }
            #[cfg(msgraph_v1_c19)]
            Self::SoftwareUpdateStatusSummary(_) => {
                "microsoft.graph.softwareUpdateStatusSummary"
            }
            #[cfg(msgraph_v1_c59)]
            Self::SpeakerAssignmentSubmission(_) => {
                "microsoft.graph.speakerAssignmentSubmission"
            }
            #[cfg(msgraph_v1_c1)]
            Self::StandardWebPart(_) => "microsoft.graph.standardWebPart",
            #[cfg(msgraph_v1_c13)]
            Self::StartHoldMusicOperation(_) => "microsoft.graph.startHoldMusicOperation",
            #[cfg(msgraph_v1_c13)]
            Self::StopHoldMusicOperation(_) => "microsoft.graph.stopHoldMusicOperation",
            #[cfg(msgraph_v1_c40)]
            Self::StorageQuotaBreakdown(_) => "microsoft.graph.storageQuotaBreakdown",
            #[cfg(msgraph_v1_c76)]
            Self::StorageSettings(_) => "microsoft.graph.storageSettings",
            #[cfg(msgraph_v1_c10)]
            Self::StsPolicy(_) => "microsoft.graph.stsPolicy",
            #[cfg(msgraph_v1_c53)]
            Self::SubjectRightsRequest(_) => "microsoft.graph.subjectRightsRequest",
            #[cfg(msgraph_v1_c13)]
            Self::SubscribeToToneOperation(_) => {
                "microsoft.graph.subscribeToToneOperation"
            }
            #[cfg(msgraph_v1_c93)]
            Self::SubscribedSku(_) => "microsoft.graph.subscribedSku",
            #[cfg(msgraph_v1_c119)]
            Self::Subscription(_) => "microsoft.graph.subscription",
            #[cfg(msgraph_v1_c10)]
            Self::SwapShiftsChangeRequest(_) => "microsoft.graph.swapShiftsChangeRequest",
            #[cfg(msgraph_v1_c10)]
            Self::Synchronization(_) => "microsoft.graph.synchronization",
            #[cfg(msgraph_v1_c10)]
            Self::SynchronizationJob(_) => "microsoft.graph.synchronizationJob",
            #[cfg(msgraph_v1_c10)]
            Self::SynchronizationSchema(_) => "microsoft.graph.synchronizationSchema",
            #[cfg(msgraph_v1_c10)]
            Self::SynchronizationTemplate(_) => "microsoft.graph.synchronizationTemplate",
            #[cfg(msgraph_v1_c10)]
            Self::TargetDeviceGroup(_) => "microsoft.graph.targetDeviceGroup",
            #[cfg(msgraph_v1_c3)]
            Self::TargetedChatMessage(_) => "microsoft.graph.targetedChatMessage",
            #[cfg(msgraph_v1_c30)]
            Self::TargetedManagedAppConfiguration(_) => {
                "microsoft.graph.targetedManagedAppConfiguration"
            }
            #[cfg(msgraph_v1_c30)]
            Self::TargetedManagedAppPolicyAssignment(_) => {
                "microsoft.graph.targetedManagedAppPolicyAssignment"
            }
            #[cfg(msgraph_v1_c30)]
            Self::TargetedManagedAppProtection(_) => {
                "microsoft.graph.targetedManagedAppProtection"
            }
            #[cfg(msgraph_v1_c10)]
            Self::TaskFileAttachment(_) => "microsoft.graph.taskFileAttachment",
            #[cfg(msgraph_v1_c10)]
            Self::Team(_) => "microsoft.graph.team",
            #[cfg(msgraph_v1_c3)]
            Self::TeamInfo(_) => "microsoft.graph.teamInfo",
            #[cfg(msgraph_v1_c17)]
            Self::NumberAssignment(_) => {
                "microsoft.graph.teamsAdministration.numberAssignment"
            }
            #[cfg(msgraph_v1_c17)]
            Self::PolicyIdentifierDetail(_) => {
                "microsoft.graph.teamsAdministration.policyIdentifierDetail"
            }
            #[cfg(msgraph_v1_c17)]
            Self::TeamsAdminRoot(_) => {
                "microsoft.graph.teamsAdministration.teamsAdminRoot"
            }
            #[cfg(msgraph_v1_c17)]
            Self::TeamsPolicyAssignment(_) => {
                "microsoft.graph.teamsAdministration.teamsPolicyAssignment"
            }
            #[cfg(msgraph_v1_c17)]
            Self::TeamsPolicyUserAssignment(_) => {
                "microsoft.graph.teamsAdministration.teamsPolicyUserAssignment"
            }
            #[cfg(msgraph_v1_c17)]
            Self::TeamsUserConfiguration(_) => {
                "microsoft.graph.teamsAdministration.teamsUserConfiguration"
            }
            #[cfg(msgraph_v1_c17)]
            Self::TelephoneNumberLongRunningOperation(_) => {
                "microsoft.graph.teamsAdministration.telephoneNumberLongRunningOperation"
            }
            #[cfg(msgraph_v1_c17)]
            Self::TelephoneNumberManagementRoot(_) => {
                "microsoft.graph.teamsAdministration.telephoneNumberManagementRoot"
            }
            #[cfg(msgraph_v1_c32)]
            Self::TeamsApp(_) => "microsoft.graph.teamsApp",
            #[cfg(msgraph_v1_c32)]
            Self::TeamsAppDefinition(_) => "microsoft.graph.teamsAppDefinition",
            #[cfg(msgraph_v1_c10)]
            Self::TeamsAppInstallation(_) => "microsoft.graph.teamsAppInstallation",
            #[cfg(msgraph_v1_c67)]
            Self::TeamsAppSettings(_) => "microsoft.graph.teamsAppSettings",
            #[cfg(msgraph_v1_c10)]
            Self::TeamsAsyncOperation(_) => "microsoft.graph.teamsAsyncOperation",
            #[cfg(msgraph_v1_c3)]
            Self::TeamsTab(_) => "microsoft.graph.teamsTab",
            #[cfg(msgraph_v1_c121)]
            Self::TeamsTemplate(_) => "microsoft.graph.teamsTemplate",
            #[cfg(msgraph_v1_c67)]
            Self::Teamwork(_) => "microsoft.graph.teamwork",
            #[cfg(msgraph_v1_c32)]
            Self::TeamworkBot(_) => "microsoft.graph.teamworkBot",
            #[cfg(msgraph_v1_c3)]
            Self::TeamworkHostedContent(_) => "microsoft.graph.teamworkHostedContent",
            #[cfg(msgraph_v1_c10)]
            Self::TeamworkTag(_) => "microsoft.graph.teamworkTag",
            #[cfg(msgraph_v1_c10)]
            Self::TeamworkTagMember(_) => "microsoft.graph.teamworkTagMember",
            #[cfg(msgraph_v1_c10)]
            Self::TemporaryAccessPassAuthenticationMethod(_) => {
                "microsoft.graph.temporaryAccessPassAuthenticationMethod"
            }
            #[cfg(msgraph_v1_c18)]
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(_) => {
                "microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration"
            }
            #[cfg(msgraph_v1_c10)]
            Self::TenantAppManagementPolicy(_) => {
                "microsoft.graph.tenantAppManagementPolicy"
            }
            #[cfg(msgraph_v1_c8)]
            Self::TenantDataSecurityAndGovernance(_) => {
                "microsoft.graph.tenantDataSecurityAndGovernance"
            }
            #[cfg(msgraph_v1_c8)]
            Self::TenantProtectionScopeContainer(_) => {
                "microsoft.graph.tenantProtectionScopeContainer"
            }
            #[cfg(msgraph_v1_c1)]
            Self::TermStoreGroup(_) => "microsoft.graph.termStore.group",
            #[cfg(msgraph_v1_c1)]
            Self::Relation(_) => "microsoft.graph.termStore.relation",
            #[cfg(msgraph_v1_c1)]
            Self::Set(_) => "microsoft.graph.termStore.set",
            #[cfg(msgraph_v1_c1)]
            Self::Store(_) => "microsoft.graph.termStore.store",
            #[cfg(msgraph_v1_c1)]
            Self::Term(_) => "microsoft.graph.termStore.term",
            #[cfg(msgraph_v1_c28)]
            Self::TermsAndConditions(_) => "microsoft.graph.termsAndConditions",
            #[cfg(msgraph_v1_c28)]
            Self::TermsAndConditionsAcceptanceStatus(_) => {
                "microsoft.graph.termsAndConditionsAcceptanceStatus"
            }
            #[cfg(msgraph_v1_c28)]
            Self::TermsAndConditionsAssignment(_) => {
                "microsoft.graph.termsAndConditionsAssignment"
            }
            #[cfg(msgraph_v1_c6)]
            Self::TermsOfUseContainer(_) => "microsoft.graph.termsOfUseContainer",
            #[cfg(msgraph_v1_c1)]
            Self::TextWebPart(_) => "microsoft.graph.textWebPart",
            #[cfg(msgraph_v1_c56)]
            Self::ThreatAssessmentRequest(_) => "microsoft.graph.threatAssessmentRequest",
            #[cfg(msgraph_v1_c56)]
            Self::ThreatAssessmentResult(_) => "microsoft.graph.threatAssessmentResult",
            #[cfg(msgraph_v1_c24)]
            Self::ThumbnailSet(_) => "microsoft.graph.thumbnailSet",
            #[cfg(msgraph_v1_c10)]
            Self::TimeCard(_) => "microsoft.graph.timeCard",
            #[cfg(msgraph_v1_c10)]
            Self::TimeOff(_) => "microsoft.graph.timeOff",
            #[cfg(msgraph_v1_c10)]
            Self::TimeOffReason(_) => "microsoft.graph.timeOffReason",
            #[cfg(msgraph_v1_c10)]
            Self::TimeOffRequest(_) => "microsoft.graph.timeOffRequest",
            #[cfg(msgraph_v1_c10)]
            Self::Todo(_) => "microsoft.graph.todo",
            #[cfg(msgraph_v1_c10)]
            Self::TodoTask(_) => "microsoft.graph.todoTask",
            #[cfg(msgraph_v1_c10)]
            Self::TodoTaskList(_) => "microsoft.graph.todoTaskList",
            #[cfg(msgraph_v1_c10)]
            Self::TokenIssuancePolicy(_) => "microsoft.graph.tokenIssuancePolicy",
            #[cfg(msgraph_v1_c10)]
            Self::TokenLifetimePolicy(_) => "microsoft.graph.tokenLifetimePolicy",
            #[cfg(msgraph_v1_c8)]
            Self::Training(_) => "microsoft.graph.training",
            #[cfg(msgraph_v1_c8)]
            Self::TrainingLanguageDetail(_) => "microsoft.graph.trainingLanguageDetail",
            #[cfg(msgraph_v1_c10)]
            Self::Trending(_) => "microsoft.graph.trending",
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRbacResourceAction(_) => {
                "microsoft.graph.unifiedRbacResourceAction"
            }
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRbacResourceNamespace(_) => {
                "microsoft.graph.unifiedRbacResourceNamespace"
            }
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleAssignment(_) => "microsoft.graph.unifiedRoleAssignment",
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleAssignmentSchedule(_) => {
                "microsoft.graph.unifiedRoleAssignmentSchedule"
            }
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleAssignmentScheduleInstance(_) => {
                "microsoft.graph.unifiedRoleAssignmentScheduleInstance"
            }
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleAssignmentScheduleRequest(_) => {
                "microsoft.graph.unifiedRoleAssignmentScheduleRequest"
            }
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleDefinition(_) => "microsoft.graph.unifiedRoleDefinition",
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleEligibilitySchedule(_) => {
                "microsoft.graph.unifiedRoleEligibilitySchedule"
            }
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleEligibilityScheduleInstance(_) => {
                "microsoft.graph.unifiedRoleEligibilityScheduleInstance"
            }
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleEligibilityScheduleRequest(_) => {
                "microsoft.graph.unifiedRoleEligibilityScheduleRequest"
            }
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicy(_) => {
                "microsoft.graph.unifiedRoleManagementPolicy"
            }
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyApprovalRule(_) => {
                "microsoft.graph.unifiedRoleManagementPolicyApprovalRule"
            }
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyAssignment(_) => {
                "microsoft.graph.unifiedRoleManagementPolicyAssignment"
            }
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyAuthenticationContextRule(_) => {
                "microsoft.graph.unifiedRoleManagementPolicyAuthenticationContextRule"
            }
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyEnablementRule(_) => {
                "microsoft.graph.unifiedRoleManagementPolicyEnablementRule"
            }
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyExpirationRule(_) => {
                "microsoft.graph.unifiedRoleManagementPolicyExpirationRule"
            }
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyNotificationRule(_) => {
                "microsoft.graph.unifiedRoleManagementPolicyNotificationRule"
            }
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyRule(_) => {
                "microsoft.graph.unifiedRoleManagementPolicyRule"
            }
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleScheduleBase(_) => "microsoft.graph.unifiedRoleScheduleBase",
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleScheduleInstanceBase(_) => {
                "microsoft.graph.unifiedRoleScheduleInstanceBase"
            }
            #[cfg(msgraph_v1_c40)]
            Self::UnifiedStorageQuota(_) => "microsoft.graph.unifiedStorageQuota",
            #[cfg(msgraph_v1_c42)]
            Self::UnitMap(_) => "microsoft.graph.unitMap",
            #[cfg(msgraph_v1_c13)]
            Self::UnmuteParticipantOperation(_) => {
                "microsoft.graph.unmuteParticipantOperation"
            }
            #[cfg(msgraph_v1_c13)]
            Self::UpdateRecordingStatusOperation(_) => {
                "microsoft.graph.updateRecordingStatusOperation"
            }
            #[cfg(msgraph_v1_c56)]
            Self::UrlAssessmentRequest(_) => "microsoft.graph.urlAssessmentRequest",
            #[cfg(msgraph_v1_c19)]
            Self::UsageRightsIncluded(_) => "microsoft.graph.usageRightsIncluded",
            #[cfg(msgraph_v1_c10)]
            Self::UsedInsight(_) => "microsoft.graph.usedInsight",
            #[cfg(msgraph_v1_c10)]
            Self::User(_) => "microsoft.graph.user",
            #[cfg(msgraph_v1_c10)]
            Self::UserActivity(_) => "microsoft.graph.userActivity",
            #[cfg(msgraph_v1_c6)]
            Self::UserConsentRequest(_) => "microsoft.graph.userConsentRequest",
            #[cfg(msgraph_v1_c10)]
            Self::UserDataSecurityAndGovernance(_) => {
                "microsoft.graph.userDataSecurityAndGovernance"
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails(
                _,
            ) => {
                "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails"
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId(
                _,
            ) => {
                "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId"
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion(_) => {
                "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByOSVersion"
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthApplicationPerformance(_) => {
                "microsoft.graph.userExperienceAnalyticsAppHealthApplicationPerformance"
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthDeviceModelPerformance(_) => {
                "microsoft.graph.userExperienceAnalyticsAppHealthDeviceModelPerformance"
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformance(_) => {
                "microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformance"
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformanceDetails(_) => {
                "microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformanceDetails"
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthOsVersionPerformance(_) => {
                "microsoft.graph.userExperienceAnalyticsAppHealthOSVersionPerformance"
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsBaseline(_) => {
                "microsoft.graph.userExperienceAnalyticsBaseline"
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsCategory(_) => {
                "microsoft.graph.userExperienceAnalyticsCategory"
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsDevicePerformance(_) => {
                "microsoft.graph.userExperienceAnalyticsDevicePerformance"
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsDeviceScores(_) => {
                "microsoft.graph.userExperienceAnalyticsDeviceScores"
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsDeviceStartupHistory(_) => {
                "microsoft.graph.userExperienceAnalyticsDeviceStartupHistory"
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsDeviceStartupProcess(_) => {
                "microsoft.graph.userExperienceAnalyticsDeviceStartupProcess"
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsDeviceStartupProcessPerformance(_) => {
                "microsoft.graph.userExperienceAnalyticsDeviceStartupProcessPerformance"
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsMetric(_) => {
                "microsoft.graph.userExperienceAnalyticsMetric"
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsMetricHistory(_) => {
                "microsoft.graph.userExperienceAnalyticsMetricHistory"
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsModelScores(_) => {
                "microsoft.graph.userExperienceAnalyticsModelScores"
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsOverview(_) => {
                "microsoft.graph.userExperienceAnalyticsOverview"
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsScoreHistory(_) => {
                "microsoft.graph.userExperienceAnalyticsScoreHistory"
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsWorkFromAnywhereDevice(_) => {
                "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevice"
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric(_) => {
                "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric"
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsWorkFromAnywhereMetric(_) => {
                "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereMetric"
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsWorkFromAnywhereModelPerformance(_) => {
                "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereModelPerformance"
            }
            #[cfg(msgraph_v1_c23)]
            Self::UserFlowLanguageConfiguration(_) => {
                "microsoft.graph.userFlowLanguageConfiguration"
            }
            #[cfg(msgraph_v1_c23)]
            Self::UserFlowLanguagePage(_) => "microsoft.graph.userFlowLanguagePage",
            #[cfg(msgraph_v1_c10)]
            Self::UserInsightsSettings(_) => "microsoft.graph.userInsightsSettings",
            #[cfg(msgraph_v1_c29)]
            Self::UserInstallStateSummary(_) => "microsoft.graph.userInstallStateSummary",
            #[cfg(msgraph_v1_c10)]
            Self::UserProtectionScopeContainer(_) => {
                "microsoft.graph.userProtectionScopeContainer"
            }
            #[cfg(msgraph_v1_c44)]
            Self::UserRegistrationDetails(_) => "microsoft.graph.userRegistrationDetails",
            #[cfg(msgraph_v1_c10)]
            Self::UserScopeTeamsAppInstallation(_) => {
                "microsoft.graph.userScopeTeamsAppInstallation"
            }
            #[cfg(msgraph_v1_c10)]
            Self::UserSettings(_) => "microsoft.graph.userSettings",
            #[cfg(msgraph_v1_c6)]
            Self::UserSignInInsight(_) => "microsoft.graph.userSignInInsight",
            #[cfg(msgraph_v1_c10)]
            Self::UserSolutionRoot(_) => "microsoft.graph.userSolutionRoot",
            #[cfg(msgraph_v1_c10)]
            Self::UserStorage(_) => "microsoft.graph.userStorage",
            #[cfg(msgraph_v1_c10)]
            Self::UserTeamwork(_) => "microsoft.graph.userTeamwork",
            #[cfg(msgraph_v1_c18)]
            Self::VerifiableCredentialAuthenticationMethodTarget(_) => {
                "microsoft.graph.verifiableCredentialAuthenticationMethodTarget"
            }
            #[cfg(msgraph_v1_c18)]
            Self::VerifiableCredentialsAuthenticationMethodConfiguration(_) => {
                "microsoft.graph.verifiableCredentialsAuthenticationMethodConfiguration"
            }
            #[cfg(msgraph_v1_c23)]
            Self::VerifiedIdProfile(_) => "microsoft.graph.verifiedIdProfile",
            #[cfg(msgraph_v1_c1)]
            Self::VerticalSection(_) => "microsoft.graph.verticalSection",
            #[cfg(msgraph_v1_c28)]
            Self::VirtualEndpoint(_) => "microsoft.graph.virtualEndpoint",
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEvent(_) => "microsoft.graph.virtualEvent",
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventPresenter(_) => "microsoft.graph.virtualEventPresenter",
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventRegistration(_) => {
                "microsoft.graph.virtualEventRegistration"
            }
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventRegistrationConfiguration(_) => {
                "microsoft.graph.virtualEventRegistrationConfiguration"
            }
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventRegistrationCustomQuestion(_) => {
                "microsoft.graph.virtualEventRegistrationCustomQuestion"
            }
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventRegistrationPredefinedQuestion(_) => {
                "microsoft.graph.virtualEventRegistrationPredefinedQuestion"
            }
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventRegistrationQuestionBase(_) => {
                "microsoft.graph.virtualEventRegistrationQuestionBase"
            }
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventSession(_) => "microsoft.graph.virtualEventSession",
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventTownhall(_) => "microsoft.graph.virtualEventTownhall",
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventTownhallRegistrationConfiguration(_) => {
                "microsoft.graph.virtualEventTownhallRegistrationConfiguration"
            }
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventWebinar(_) => "microsoft.graph.virtualEventWebinar",
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventWebinarRegistrationConfiguration(_) => {
                "microsoft.graph.virtualEventWebinarRegistrationConfiguration"
            }
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventsRoot(_) => "microsoft.graph.virtualEventsRoot",
            #[cfg(msgraph_v1_c18)]
            Self::VoiceAuthenticationMethodConfiguration(_) => {
                "microsoft.graph.voiceAuthenticationMethodConfiguration"
            }
            #[cfg(msgraph_v1_c29)]
            Self::VppToken(_) => "microsoft.graph.vppToken",
            #[cfg(msgraph_v1_c29)]
            Self::WebApp(_) => "microsoft.graph.webApp",
            #[cfg(msgraph_v1_c23)]
            Self::WebApplicationFirewallProvider(_) => {
                "microsoft.graph.webApplicationFirewallProvider"
            }
            #[cfg(msgraph_v1_c23)]
            Self::WebApplicationFirewallVerificationModel(_) => {
                "microsoft.graph.webApplicationFirewallVerificationModel"
            }
            #[cfg(msgraph_v1_c1)]
            Self::WebPart(_) => "microsoft.graph.webPart",
            #[cfg(msgraph_v1_c29)]
            Self::Win32LobApp(_) => "microsoft.graph.win32LobApp",
            #[cfg(msgraph_v1_c28)]
            Self::Windows10CompliancePolicy(_) => {
                "microsoft.graph.windows10CompliancePolicy"
            }
            #[cfg(msgraph_v1_c28)]
            Self::Windows10CustomConfiguration(_) => {
                "microsoft.graph.windows10CustomConfiguration"
            }
            #[cfg(msgraph_v1_c28)]
            Self::Windows10EndpointProtectionConfiguration(_) => {
                "microsoft.graph.windows10EndpointProtectionConfiguration"
            }
            #[cfg(msgraph_v1_c28)]
            Self::Windows10EnrollmentCompletionPageConfiguration(_) => {
                "microsoft.graph.windows10EnrollmentCompletionPageConfiguration"
            }
            #[cfg(msgraph_v1_c28)]
            Self::Windows10EnterpriseModernAppManagementConfiguration(_) => {
                "microsoft.graph.windows10EnterpriseModernAppManagementConfiguration"
            }
            #[cfg(msgraph_v1_c28)]
            Self::Windows10GeneralConfiguration(_) => {
                "microsoft.graph.windows10GeneralConfiguration"
            }
            #[cfg(msgraph_v1_c28)]
            Self::Windows10MobileCompliancePolicy(_) => {
                "microsoft.graph.windows10MobileCompliancePolicy"
            }
            #[cfg(msgraph_v1_c28)]
            Self::Windows10SecureAssessmentConfiguration(_) => {
                "microsoft.graph.windows10SecureAssessmentConfiguration"
            }
            #[cfg(msgraph_v1_c28)]
            Self::Windows10TeamGeneralConfiguration(_) => {
                "microsoft.graph.windows10TeamGeneralConfiguration"
            }
            #[cfg(msgraph_v1_c28)]
            Self::Windows81CompliancePolicy(_) => {
                "microsoft.graph.windows81CompliancePolicy"
            }
            #[cfg(msgraph_v1_c28)]
            Self::Windows81GeneralConfiguration(_) => {
                "microsoft.graph.windows81GeneralConfiguration"
            }
            #[cfg(msgraph_v1_c29)]
            Self::WindowsAppX(_) => "microsoft.graph.windowsAppX",
            #[cfg(msgraph_v1_c19)]
            Self::WindowsAutopilotDeploymentProfile(_) => {
                "microsoft.graph.windowsAutopilotDeploymentProfile"
            }
            #[cfg(msgraph_v1_c19)]
            Self::WindowsAutopilotDeploymentProfileAssignment(_) => {
                "microsoft.graph.windowsAutopilotDeploymentProfileAssignment"
            }
            #[cfg(msgraph_v1_c28)]
            Self::WindowsAutopilotDeviceIdentity(_) => {
                "microsoft.graph.windowsAutopilotDeviceIdentity"
            }
            #[cfg(msgraph_v1_c28)]
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(_) => {
                "microsoft.graph.windowsDefenderAdvancedThreatProtectionConfiguration"
            }
            #[cfg(msgraph_v1_c9)]
            Self::WindowsDeviceMalwareState(_) => {
                "microsoft.graph.windowsDeviceMalwareState"
            }
            #[cfg(msgraph_v1_c10)]
            Self::WindowsHelloForBusinessAuthenticationMethod(_) => {
                "microsoft.graph.windowsHelloForBusinessAuthenticationMethod"
            }
            #[cfg(msgraph_v1_c30)]
            Self::WindowsInformationProtection(_) => {
                "microsoft.graph.windowsInformationProtection"
            }
            #[cfg(msgraph_v1_c28)]
            Self::WindowsInformationProtectionAppLearningSummary(_) => {
                "microsoft.graph.windowsInformationProtectionAppLearningSummary"
            }
            #[cfg(msgraph_v1_c30)]
            Self::WindowsInformationProtectionAppLockerFile(_) => {
                "microsoft.graph.windowsInformationProtectionAppLockerFile"
            }
            #[cfg(msgraph_v1_c28)]
            Self::WindowsInformationProtectionNetworkLearningSummary(_) => {
                "microsoft.graph.windowsInformationProtectionNetworkLearningSummary"
            }
            #[cfg(msgraph_v1_c30)]
            Self::WindowsInformationProtectionPolicy(_) => {
                "microsoft.graph.windowsInformationProtectionPolicy"
            }
            #[cfg(msgraph_v1_c28)]
            Self::WindowsMalwareInformation(_) => {
                "microsoft.graph.windowsMalwareInformation"
            }
            #[cfg(msgraph_v1_c29)]
            Self::WindowsMicrosoftEdgeApp(_) => "microsoft.graph.windowsMicrosoftEdgeApp",
            #[cfg(msgraph_v1_c29)]
            Self::WindowsMobileMsi(_) => "microsoft.graph.windowsMobileMSI",
            #[cfg(msgraph_v1_c28)]
            Self::WindowsPhone81CompliancePolicy(_) => {
                "microsoft.graph.windowsPhone81CompliancePolicy"
            }
            #[cfg(msgraph_v1_c28)]
            Self::WindowsPhone81CustomConfiguration(_) => {
                "microsoft.graph.windowsPhone81CustomConfiguration"
            }
            #[cfg(msgraph_v1_c28)]
            Self::WindowsPhone81GeneralConfiguration(_) => {
                "microsoft.graph.windowsPhone81GeneralConfiguration"
            }
            #[cfg(msgraph_v1_c9)]
            Self::WindowsProtectionState(_) => "microsoft.graph.windowsProtectionState",
            #[cfg(msgraph_v1_c10)]
            Self::WindowsSetting(_) => "microsoft.graph.windowsSetting",
            #[cfg(msgraph_v1_c10)]
            Self::WindowsSettingInstance(_) => "microsoft.graph.windowsSettingInstance",
            #[cfg(msgraph_v1_c29)]
            Self::WindowsUniversalAppX(_) => "microsoft.graph.windowsUniversalAppX",
            #[cfg(msgraph_v1_c29)]
            Self::WindowsUniversalAppXContainedApp(_) => {
                "microsoft.graph.windowsUniversalAppXContainedApp"
            }
            #[cfg(msgraph_v1_c28)]
            Self::WindowsUpdateForBusinessConfiguration(_) => {
                "microsoft.graph.windowsUpdateForBusinessConfiguration"
            }
            #[cfg(msgraph_v1_c29)]
            Self::WindowsWebApp(_) => "microsoft.graph.windowsWebApp",
            #[cfg(msgraph_v1_c10)]
            Self::WorkHoursAndLocationsSetting(_) => {
                "microsoft.graph.workHoursAndLocationsSetting"
            }
            #[cfg(msgraph_v1_c10)]
            Self::WorkPlanOccurrence(_) => "microsoft.graph.workPlanOccurrence",
            #[cfg(msgraph_v1_c10)]
            Self::WorkPlanRecurrence(_) => "microsoft.graph.workPlanRecurrence",
            #[cfg(msgraph_v1_c24)]
            Self::Workbook(_) => "microsoft.graph.workbook",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookApplication(_) => "microsoft.graph.workbookApplication",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChart(_) => "microsoft.graph.workbookChart",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartAreaFormat(_) => "microsoft.graph.workbookChartAreaFormat",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartAxes(_) => "microsoft.graph.workbookChartAxes",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartAxis(_) => "microsoft.graph.workbookChartAxis",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartAxisFormat(_) => "microsoft.graph.workbookChartAxisFormat",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartAxisTitle(_) => "microsoft.graph.workbookChartAxisTitle",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartAxisTitleFormat(_) => {
                "microsoft.graph.workbookChartAxisTitleFormat"
            }
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartDataLabelFormat(_) => {
                "microsoft.graph.workbookChartDataLabelFormat"
            }
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartDataLabels(_) => "microsoft.graph.workbookChartDataLabels",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartFill(_) => "microsoft.graph.workbookChartFill",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartFont(_) => "microsoft.graph.workbookChartFont",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartGridlines(_) => "microsoft.graph.workbookChartGridlines",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartGridlinesFormat(_) => {
                "microsoft.graph.workbookChartGridlinesFormat"
            }
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartLegend(_) => "microsoft.graph.workbookChartLegend",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartLegendFormat(_) => {
                "microsoft.graph.workbookChartLegendFormat"
            }
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartLineFormat(_) => "microsoft.graph.workbookChartLineFormat",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartPoint(_) => "microsoft.graph.workbookChartPoint",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartPointFormat(_) => {
                "microsoft.graph.workbookChartPointFormat"
            }
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartSeries(_) => "microsoft.graph.workbookChartSeries",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartSeriesFormat(_) => {
                "microsoft.graph.workbookChartSeriesFormat"
            }
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartTitle(_) => "microsoft.graph.workbookChartTitle",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartTitleFormat(_) => {
                "microsoft.graph.workbookChartTitleFormat"
            }
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookComment(_) => "microsoft.graph.workbookComment",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookCommentReply(_) => "microsoft.graph.workbookCommentReply",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookFilter(_) => "microsoft.graph.workbookFilter",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookFormatProtection(_) => {
                "microsoft.graph.workbookFormatProtection"
            }
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookFunctionResult(_) => "microsoft.graph.workbookFunctionResult",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookFunctions(_) => "microsoft.graph.workbookFunctions",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookNamedItem(_) => "microsoft.graph.workbookNamedItem",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookOperation(_) => "microsoft.graph.workbookOperation",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookPivotTable(_) => "microsoft.graph.workbookPivotTable",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRange(_) => "microsoft.graph.workbookRange",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRangeBorder(_) => "microsoft.graph.workbookRangeBorder",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRangeFill(_) => "microsoft.graph.workbookRangeFill",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRangeFont(_) => "microsoft.graph.workbookRangeFont",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRangeFormat(_) => "microsoft.graph.workbookRangeFormat",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRangeSort(_) => "microsoft.graph.workbookRangeSort",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRangeView(_) => "microsoft.graph.workbookRangeView",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookTable(_) => "microsoft.graph.workbookTable",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookTableColumn(_) => "microsoft.graph.workbookTableColumn",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookTableRow(_) => "microsoft.graph.workbookTableRow",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookTableSort(_) => "microsoft.graph.workbookTableSort",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookWorksheet(_) => "microsoft.graph.workbookWorksheet",
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookWorksheetProtection(_) => {
                "microsoft.graph.workbookWorksheetProtection"
            }
            #[cfg(msgraph_v1_c67)]
            Self::WorkforceIntegration(_) => "microsoft.graph.workforceIntegration",
            #[cfg(msgraph_v1_c10)]
            Self::WorkingTimeSchedule(_) => "microsoft.graph.workingTimeSchedule",
            #[cfg(msgraph_v1_c42)]
            Self::Workspace(_) => "microsoft.graph.workspace",
            #[cfg(msgraph_v1_c18)]
            Self::X509CertificateAuthenticationMethodConfiguration(_) => {
                "microsoft.graph.x509CertificateAuthenticationMethodConfiguration"
            }
            #[cfg(msgraph_v1_c37)]
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
            #[cfg(msgraph_v1_c3)]
            Self::AadUserConversationMember(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackage(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageAssignmentPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageAssignmentRequest(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageAssignmentRequestWorkflowExtension(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageAssignmentWorkflowExtension(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageCatalog(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageMultipleChoiceQuestion(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageQuestion(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageResource(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageResourceEnvironment(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageResourceRequest(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageResourceRole(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageResourceRoleScope(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageResourceScope(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageSubject(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageSuggestion(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageTextInputQuestion(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewHistoryDefinition(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewHistoryInstance(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewInstance(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewInstanceDecisionItem(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewReviewer(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewScheduleDefinition(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewSet(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewStage(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ActivitiesContainer(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ActivityBasedTimeoutPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ActivityHistoryItem(v) => &v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::AddLargeGalleryViewOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c14)]
            Self::AdhocCall(v) => &v.extra,
            #[cfg(msgraph_v1_c16)]
            Self::AdminConsentRequestPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::AdminMicrosoft365Apps(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::AdminReportSettings(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::AdministrativeUnit(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::AgentIdentity(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::AgentIdentityBlueprint(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::AgentIdentityBlueprintPrincipal(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::AgentUser(v) => &v.extra,
            #[cfg(msgraph_v1_c20)]
            Self::Agreement(v) => &v.extra,
            #[cfg(msgraph_v1_c21)]
            Self::AgreementAcceptance(v) => &v.extra,
            #[cfg(msgraph_v1_c20)]
            Self::AgreementFile(v) => &v.extra,
            #[cfg(msgraph_v1_c20)]
            Self::AgreementFileLocalization(v) => &v.extra,
            #[cfg(msgraph_v1_c20)]
            Self::AgreementFileProperties(v) => &v.extra,
            #[cfg(msgraph_v1_c20)]
            Self::AgreementFileVersion(v) => &v.extra,
            #[cfg(msgraph_v1_c5)]
            Self::AiInteraction(v) => &v.extra,
            #[cfg(msgraph_v1_c5)]
            Self::AiInteractionHistory(v) => &v.extra,
            #[cfg(msgraph_v1_c5)]
            Self::AiOnlineMeeting(v) => &v.extra,
            #[cfg(msgraph_v1_c5)]
            Self::AiUser(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::AkamaiWebApplicationFirewallProvider(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::Alert(v) => &v.extra,
            #[cfg(msgraph_v1_c27)]
            Self::AllowedValue(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::AndroidCompliancePolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::AndroidCustomConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::AndroidGeneralDeviceConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::AndroidLobApp(v) => &v.extra,
            #[cfg(msgraph_v1_c30)]
            Self::AndroidManagedAppProtection(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::AndroidManagedAppRegistration(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::AndroidStoreApp(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::AndroidWorkProfileCompliancePolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::AndroidWorkProfileCustomConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c3)]
            Self::AnonymousGuestConversationMember(v) => &v.extra,
            #[cfg(msgraph_v1_c32)]
            Self::AppCatalogs(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AppConsentApprovalRoute(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AppConsentRequest(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::AppLogCollectionRequest(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::AppManagementPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::AppRoleAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_c34)]
            Self::AppScope(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.extra,
            #[cfg(msgraph_v1_c35)]
            Self::AppleManagedIdentityProvider(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::ApplePushNotificationCertificate(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Application(v) => &v.extra,
            #[cfg(msgraph_v1_c36)]
            Self::ApplicationTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::Approval(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::ApprovalStage(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ApprovedClientApp(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::ArkoseFraudProtectionProvider(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::AssociatedTeamInfo(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Attachment(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::AttachmentBase(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::AttachmentSession(v) => &v.extra,
            #[cfg(msgraph_v1_c11)]
            Self::AttackSimulationOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::AttackSimulationRoot(v) => &v.extra,
            #[cfg(msgraph_v1_c26)]
            Self::AttendanceRecord(v) => &v.extra,
            #[cfg(msgraph_v1_c47)]
            Self::AttributeMappingFunctionSchema(v) => &v.extra,
            #[cfg(msgraph_v1_c27)]
            Self::AttributeSet(v) => &v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::AudioRoutingGroup(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::AuditEvent(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Authentication(v) => &v.extra,
            #[cfg(msgraph_v1_c37)]
            Self::AuthenticationCombinationConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::AuthenticationContextClassReference(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::AuthenticationEventListener(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::AuthenticationEventsFlow(v) => &v.extra,
            #[cfg(msgraph_v1_c16)]
            Self::AuthenticationFlowsPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::AuthenticationMethod(v) => &v.extra,
            #[cfg(msgraph_v1_c18)]
            Self::AuthenticationMethodConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::AuthenticationMethodModeDetail(v) => &v.extra,
            #[cfg(msgraph_v1_c18)]
            Self::AuthenticationMethodTarget(v) => &v.extra,
            #[cfg(msgraph_v1_c51)]
            Self::AuthenticationMethodsPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::AuthenticationMethodsRoot(v) => &v.extra,
            #[cfg(msgraph_v1_c37)]
            Self::AuthenticationStrengthPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::AuthenticationStrengthRoot(v) => &v.extra,
            #[cfg(msgraph_v1_c53)]
            Self::AuthoredNote(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::AuthorizationPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AvailableAccessPackage(v) => &v.extra,
            #[cfg(msgraph_v1_c3)]
            Self::AzureCommunicationServicesUserConversationMember(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::B2xIdentityUserFlow(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::BackupRestoreRoot(v) => &v.extra,
            #[cfg(msgraph_v1_c54)]
            Self::BaseItem(v) => &v.extra,
            #[cfg(msgraph_v1_c4)]
            Self::BaseItemVersion(v) => &v.extra,
            #[cfg(msgraph_v1_c42)]
            Self::BaseMapFeature(v) => &v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::BaseSitePage(v) => &v.extra,
            #[cfg(msgraph_v1_c56)]
            Self::Bitlocker(v) => &v.extra,
            #[cfg(msgraph_v1_c56)]
            Self::BitlockerRecoveryKey(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::BookingAppointment(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::BookingBusiness(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::BookingCurrency(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::BookingCustomQuestion(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::BookingCustomer(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::BookingCustomerBase(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::BookingService(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::BookingStaffMember(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::BookingStaffMemberBase(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::BrowseSessionBase(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::BrowserSharedCookie(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::BrowserSite(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::BrowserSiteList(v) => &v.extra,
            #[cfg(msgraph_v1_c42)]
            Self::Building(v) => &v.extra,
            #[cfg(msgraph_v1_c42)]
            Self::BuildingMap(v) => &v.extra,
            #[cfg(msgraph_v1_c35)]
            Self::BuiltInIdentityProvider(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::BulkUpload(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::CaPoliciesDeletableRoot(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Calendar(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::CalendarGroup(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::CalendarPermission(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::CalendarSharingMessage(v) => &v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::Call(v) => &v.extra,
            #[cfg(msgraph_v1_c5)]
            Self::CallAiInsight(v) => &v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::CallEvent(v) => &v.extra,
            #[cfg(msgraph_v1_c14)]
            Self::CallRecording(v) => &v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::CallRecord(v) => &v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::Organizer(v) => &v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::CallRecordsParticipant(v) => &v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::ParticipantBase(v) => &v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::Segment(v) => &v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::Session(v) => &v.extra,
            #[cfg(msgraph_v1_c14)]
            Self::CallTranscript(v) => &v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::CancelMediaProcessingOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::CanvasLayout(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::CertificateAuthorityDetail(v) => &v.extra,
            #[cfg(msgraph_v1_c58)]
            Self::CertificateBasedAuthConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::CertificateBasedAuthPki(v) => &v.extra,
            #[cfg(msgraph_v1_c3)]
            Self::ChangeTrackedEntity(v) => &v.extra,
            #[cfg(msgraph_v1_c3)]
            Self::Channel(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Chat(v) => &v.extra,
            #[cfg(msgraph_v1_c3)]
            Self::ChatMessage(v) => &v.extra,
            #[cfg(msgraph_v1_c3)]
            Self::ChatMessageHostedContent(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ChatMessageInfo(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ChecklistItem(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ClaimsMappingPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::CloudClipboardItem(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::CloudClipboardRoot(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::CloudFlareWebApplicationFirewallProvider(v) => &v.extra,
            #[cfg(msgraph_v1_c9)]
            Self::CloudPc(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcAuditEvent(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcDeviceImage(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcGalleryImage(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcOnPremisesConnection(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcProvisioningPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcProvisioningPolicyAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcReport(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcServicePlan(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcUserSetting(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcUserSettingAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_c54)]
            Self::ColumnDefinition(v) => &v.extra,
            #[cfg(msgraph_v1_c4)]
            Self::ColumnLink(v) => &v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::CommsOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c43)]
            Self::Community(v) => &v.extra,
            #[cfg(msgraph_v1_c27)]
            Self::CompanySubscription(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::ComplianceManagementPartner(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::ConditionalAccessRoot(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::ConditionalAccessTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ConfigurationBaseline(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ConfigurationDrift(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ConfigurationManagement(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ConfigurationMonitor(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ConfigurationMonitoringResult(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ConfigurationSnapshotJob(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::ConnectedOrganization(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Contact(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ContactFolder(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ContentActivity(v) => &v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::ContentSharingSession(v) => &v.extra,
            #[cfg(msgraph_v1_c4)]
            Self::ContentType(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Contract(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::ControlConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Conversation(v) => &v.extra,
            #[cfg(msgraph_v1_c3)]
            Self::ConversationMember(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ConversationThread(v) => &v.extra,
            #[cfg(msgraph_v1_c5)]
            Self::CopilotAdmin(v) => &v.extra,
            #[cfg(msgraph_v1_c5)]
            Self::CopilotAdminCatalog(v) => &v.extra,
            #[cfg(msgraph_v1_c5)]
            Self::CopilotAdminLimitedMode(v) => &v.extra,
            #[cfg(msgraph_v1_c5)]
            Self::CopilotAdminSetting(v) => &v.extra,
            #[cfg(msgraph_v1_c5)]
            Self::CopilotPackage(v) => &v.extra,
            #[cfg(msgraph_v1_c5)]
            Self::CopilotPackageDetail(v) => &v.extra,
            #[cfg(msgraph_v1_c5)]
            Self::CopilotReportRoot(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::CrossTenantAccessPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::CrossTenantAccessPolicyConfigurationDefault(v) => &v.extra,
            #[cfg(msgraph_v1_c50)]
            Self::CustomAuthenticationExtension(v) => &v.extra,
            #[cfg(msgraph_v1_c50)]
            Self::CustomCalloutExtension(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::CustomDataProvidedResource(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::CustomDataProvidedResourceAccessReviewUploadSession(v) => &v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::CustomDataProvidedResourceFile(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::CustomDataProvidedResourceUploadSession(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::CustomExtensionStageSetting(v) => &v.extra,
            #[cfg(msgraph_v1_c27)]
            Self::CustomSecurityAttributeDefinition(v) => &v.extra,
            #[cfg(msgraph_v1_c63)]
            Self::DataPolicyOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c11)]
            Self::DataSecurityAndGovernance(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::DayNote(v) => &v.extra,
            #[cfg(msgraph_v1_c30)]
            Self::DefaultManagedAppProtection(v) => &v.extra,
            #[cfg(msgraph_v1_c66)]
            Self::DelegatedAdminAccessAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_c66)]
            Self::DelegatedAdminCustomer(v) => &v.extra,
            #[cfg(msgraph_v1_c66)]
            Self::DelegatedAdminRelationship(v) => &v.extra,
            #[cfg(msgraph_v1_c66)]
            Self::DelegatedAdminRelationshipOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c66)]
            Self::DelegatedAdminRelationshipRequest(v) => &v.extra,
            #[cfg(msgraph_v1_c66)]
            Self::DelegatedAdminServiceManagementDetail(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::DelegatedAdminServiceProviderConstraints(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::DelegatedPermissionClassification(v) => &v.extra,
            #[cfg(msgraph_v1_c67)]
            Self::DeletedChat(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::DeletedItemContainer(v) => &v.extra,
            #[cfg(msgraph_v1_c67)]
            Self::DeletedTeam(v) => &v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::DeltaParticipants(v) => &v.extra,
            #[cfg(msgraph_v1_c42)]
            Self::Desk(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DetectedApp(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Device(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceAndAppManagementRoleAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceAndAppManagementRoleDefinition(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::DeviceAppManagement(v) => &v.extra,
            #[cfg(msgraph_v1_c9)]
            Self::DeviceCategory(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceActionItem(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceDeviceOverview(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceDeviceStatus(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceCompliancePolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceCompliancePolicyAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceCompliancePolicyDeviceStateSummary(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceCompliancePolicySettingStateSummary(v) => &v.extra,
            #[cfg(msgraph_v1_c9)]
            Self::DeviceCompliancePolicyState(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceScheduledActionForRule(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceSettingState(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceUserOverview(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceUserStatus(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfigurationAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfigurationDeviceOverview(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfigurationDeviceStateSummary(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfigurationDeviceStatus(v) => &v.extra,
            #[cfg(msgraph_v1_c9)]
            Self::DeviceConfigurationState(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfigurationUserOverview(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfigurationUserStatus(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceEnrollmentConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceEnrollmentLimitConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::DeviceInstallState(v) => &v.extra,
            #[cfg(msgraph_v1_c27)]
            Self::DeviceLocalCredentialInfo(v) => &v.extra,
            #[cfg(msgraph_v1_c9)]
            Self::DeviceLogCollectionResponse(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceManagement(v) => &v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::DeviceManagementCachedReportConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceManagementExchangeConnector(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceManagementExportJob(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceManagementPartner(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceManagementReports(v) => &v.extra,
            #[cfg(msgraph_v1_c9)]
            Self::DeviceManagementTroubleshootingEvent(v) => &v.extra,
            #[cfg(msgraph_v1_c16)]
            Self::DeviceRegistrationPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c27)]
            Self::Directory(v) => &v.extra,
            #[cfg(msgraph_v1_c38)]
            Self::DirectoryAudit(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::DirectoryDefinition(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::DirectoryObject(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::DirectoryObjectPartnerReference(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::DirectoryRole(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::DirectoryRoleTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_c4)]
            Self::DocumentSetVersion(v) => &v.extra,
            #[cfg(msgraph_v1_c68)]
            Self::Domain(v) => &v.extra,
            #[cfg(msgraph_v1_c69)]
            Self::DomainDnsCnameRecord(v) => &v.extra,
            #[cfg(msgraph_v1_c69)]
            Self::DomainDnsMxRecord(v) => &v.extra,
            #[cfg(msgraph_v1_c69)]
            Self::DomainDnsRecord(v) => &v.extra,
            #[cfg(msgraph_v1_c69)]
            Self::DomainDnsSrvRecord(v) => &v.extra,
            #[cfg(msgraph_v1_c69)]
            Self::DomainDnsTxtRecord(v) => &v.extra,
            #[cfg(msgraph_v1_c69)]
            Self::DomainDnsUnavailableRecord(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::Drive(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::DriveItem(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::DriveItemVersion(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::DriveProtectionRule(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::DriveProtectionUnit(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::DriveProtectionUnitsBulkAdditionJob(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::DriveRestoreArtifact(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::EBookInstallSummary(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::Edge(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::EditionUpgradeConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationAssignmentDefaults(v) => &v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationAssignmentResource(v) => &v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationAssignmentSettings(v) => &v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationCategory(v) => &v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationClass(v) => &v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationFeedbackOutcome(v) => &v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationFeedbackResourceOutcome(v) => &v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationGradingCategory(v) => &v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationGradingScheme(v) => &v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationModule(v) => &v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationModuleResource(v) => &v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationOrganization(v) => &v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationOutcome(v) => &v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationPointsOutcome(v) => &v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationRubric(v) => &v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationRubricOutcome(v) => &v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationSchool(v) => &v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationSubmission(v) => &v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationSubmissionResource(v) => &v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationUser(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::EmailAuthenticationMethod(v) => &v.extra,
            #[cfg(msgraph_v1_c18)]
            Self::EmailAuthenticationMethodConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c56)]
            Self::EmailFileAssessmentRequest(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::EmailNotificationsSetting(v) => &v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::EmergencyCallEvent(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::EmployeeExperienceUser(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EndUserNotification(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EndUserNotificationDetail(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::EndUserSettings(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Endpoint(v) => &v.extra,
            #[cfg(msgraph_v1_c72)]
            Self::EngagementAsyncOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::EngagementConversation(v) => &v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::EngagementConversationDiscussionMessage(v) => &v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::EngagementConversationMessage(v) => &v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::EngagementConversationMessageReaction(v) => &v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::EngagementConversationQuestionMessage(v) => &v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::EngagementConversationSystemMessage(v) => &v.extra,
            #[cfg(msgraph_v1_c72)]
            Self::EngagementRole(v) => &v.extra,
            #[cfg(msgraph_v1_c72)]
            Self::EngagementRoleMember(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::EnrollmentConfigurationAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_c9)]
            Self::EnrollmentTroubleshootingEvent(v) => &v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::EnterpriseCodeSigningCertificate(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::EntitlementManagement(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::EntitlementManagementSettings(v) => &v.extra,
            #[cfg(msgraph_v1_c27)]
            Self::Recovery(v) => &v.extra,
            #[cfg(msgraph_v1_c27)]
            Self::RecoveryChangeObjectBase(v) => &v.extra,
            #[cfg(msgraph_v1_c27)]
            Self::RecoveryJob(v) => &v.extra,
            #[cfg(msgraph_v1_c27)]
            Self::RecoveryJobBase(v) => &v.extra,
            #[cfg(msgraph_v1_c27)]
            Self::RecoveryPreviewJob(v) => &v.extra,
            #[cfg(msgraph_v1_c27)]
            Self::Snapshot(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Event(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::EventMessage(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::EventMessageRequest(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::EventMessageResponse(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ExchangeAdmin(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ExchangeMessageTrace(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ExchangeMessageTraceDetail(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::ExchangeProtectionPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::ExchangeRestoreSession(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ExchangeSettings(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Extension(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ExtensionProperty(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ExternalAuthenticationMethod(v) => &v.extra,
            #[cfg(msgraph_v1_c18)]
            Self::ExternalAuthenticationMethodConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c55)]
            Self::ConnectionOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c55)]
            Self::ExternalActivity(v) => &v.extra,
            #[cfg(msgraph_v1_c55)]
            Self::ExternalActivityResult(v) => &v.extra,
            #[cfg(msgraph_v1_c55)]
            Self::ExternalConnection(v) => &v.extra,
            #[cfg(msgraph_v1_c55)]
            Self::ExternalGroup(v) => &v.extra,
            #[cfg(msgraph_v1_c55)]
            Self::ExternalItem(v) => &v.extra,
            #[cfg(msgraph_v1_c55)]
            Self::ExternalConnectorsIdentity(v) => &v.extra,
            #[cfg(msgraph_v1_c55)]
            Self::Schema(v) => &v.extra,
            #[cfg(msgraph_v1_c35)]
            Self::ExternalDomainName(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::ExternalUsersSelfServiceSignUpEventsFlow(v) => &v.extra,
            #[cfg(msgraph_v1_c16)]
            Self::FeatureRolloutPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::FederatedIdentityCredential(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::FederatedTokenValidationPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Fido2AuthenticationMethod(v) => &v.extra,
            #[cfg(msgraph_v1_c18)]
            Self::Fido2AuthenticationMethodConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c37)]
            Self::Fido2CombinationConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c4)]
            Self::FieldValueSet(v) => &v.extra,
            #[cfg(msgraph_v1_c56)]
            Self::FileAssessmentRequest(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::FileAttachment(v) => &v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::FileStorage(v) => &v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::FileStorageContainer(v) => &v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::FileStorageContainerType(v) => &v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::FileStorageContainerTypeRegistration(v) => &v.extra,
            #[cfg(msgraph_v1_c77)]
            Self::FilterOperatorSchema(v) => &v.extra,
            #[cfg(msgraph_v1_c42)]
            Self::FixtureMap(v) => &v.extra,
            #[cfg(msgraph_v1_c42)]
            Self::Floor(v) => &v.extra,
            #[cfg(msgraph_v1_c42)]
            Self::FootprintMap(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::FraudProtectionProvider(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::GovernanceInsight(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::GranularDriveRestoreArtifact(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::GranularMailboxRestoreArtifact(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::GranularRestoreArtifactBase(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::GranularSiteRestoreArtifact(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Group(v) => &v.extra,
            #[cfg(msgraph_v1_c80)]
            Self::GroupLifecyclePolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c81)]
            Self::GroupSetting(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::GroupSettingTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::HomeRealmDiscoveryPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::HorizontalSection(v) => &v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::HorizontalSectionColumn(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::HumanSecurityFraudProtectionProvider(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::IdentityApiConnector(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::IdentityBuiltInUserFlowAttribute(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::IdentityContainer(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::IdentityCustomUserFlowAttribute(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::CustomTaskExtension(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::Insights(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::LifecycleManagementSettings(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::LifecycleWorkflowsContainer(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::Run(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::Task(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::TaskDefinition(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::TaskProcessingResult(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::TaskReport(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::UserProcessingResult(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::WorkflowTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_c85)]
            Self::IdentityProvider(v) => &v.extra,
            #[cfg(msgraph_v1_c52)]
            Self::IdentityProviderBase(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::IdentityUserFlow(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::IdentityUserFlowAttribute(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::IdentityUserFlowAttributeAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::IdentityVerifiedIdRoot(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::ImportedWindowsAutopilotDeviceIdentity(v) => &v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::ImportedWindowsAutopilotDeviceIdentityUpload(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::InferenceClassification(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::InferenceClassificationOverride(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::InsightsSettings(v) => &v.extra,
            #[cfg(msgraph_v1_c52)]
            Self::InternalDomainFederation(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::InternetExplorerMode(v) => &v.extra,
            #[cfg(msgraph_v1_c88)]
            Self::Invitation(v) => &v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::InviteParticipantsOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::IosCertificateProfile(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::IosCompliancePolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::IosCustomConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::IosDeviceFeaturesConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::IosGeneralDeviceConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::IosLobApp(v) => &v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::IosLobAppProvisioningConfigurationAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_c30)]
            Self::IosManagedAppProtection(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::IosManagedAppRegistration(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::IosMobileAppConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::IosStoreApp(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::IosUpdateConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::IosUpdateDeviceStatus(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::IosVppApp(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::IosVppEBook(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::IosVppEBookAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::IosiPadOsWebClip(v) => &v.extra,
            #[cfg(msgraph_v1_c4)]
            Self::ItemActivity(v) => &v.extra,
            #[cfg(msgraph_v1_c4)]
            Self::ItemActivityStat(v) => &v.extra,
            #[cfg(msgraph_v1_c89)]
            Self::ItemAnalytics(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ItemAttachment(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ItemInsights(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::ItemRetentionLabel(v) => &v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::LabelContentRight(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::LandingPage(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::LandingPageDetail(v) => &v.extra,
            #[cfg(msgraph_v1_c43)]
            Self::LearningAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_c43)]
            Self::LearningContent(v) => &v.extra,
            #[cfg(msgraph_v1_c43)]
            Self::LearningCourseActivity(v) => &v.extra,
            #[cfg(msgraph_v1_c43)]
            Self::LearningProvider(v) => &v.extra,
            #[cfg(msgraph_v1_c43)]
            Self::LearningSelfInitiatedCourse(v) => &v.extra,
            #[cfg(msgraph_v1_c42)]
            Self::LevelMap(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::LicenseDetails(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::LinkedResource(v) => &v.extra,
            #[cfg(msgraph_v1_c4)]
            Self::List(v) => &v.extra,
            #[cfg(msgraph_v1_c4)]
            Self::ListItem(v) => &v.extra,
            #[cfg(msgraph_v1_c4)]
            Self::ListItemVersion(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::LocalizedNotificationMessage(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::LoginPage(v) => &v.extra,
            #[cfg(msgraph_v1_c95)]
            Self::LongRunningOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::M365AppsInstallationOptions(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::MacOsCompliancePolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::MacOsCustomConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::MacOsDmgApp(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::MacOsGeneralDeviceConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::MacOsLobApp(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::MacOsMicrosoftDefenderApp(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::MacOsMicrosoftEdgeApp(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::MacOsOfficeSuiteApp(v) => &v.extra,
            #[cfg(msgraph_v1_c56)]
            Self::MailAssessmentRequest(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::MailFolder(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::MailSearchFolder(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Mailbox(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::MailboxFolder(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::MailboxItem(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::MailboxProtectionRule(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::MailboxProtectionUnit(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::MailboxProtectionUnitsBulkAdditionJob(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::MailboxRestoreArtifact(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::MalwareStateForWindowsDevice(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedAndroidLobApp(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedAndroidStoreApp(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedApp(v) => &v.extra,
            #[cfg(msgraph_v1_c30)]
            Self::ManagedAppConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedAppOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c30)]
            Self::ManagedAppPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c30)]
            Self::ManagedAppPolicyDeploymentSummary(v) => &v.extra,
            #[cfg(msgraph_v1_c30)]
            Self::ManagedAppProtection(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedAppRegistration(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedAppStatus(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedAppStatusRaw(v) => &v.extra,
            #[cfg(msgraph_v1_c9)]
            Self::ManagedDevice(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedDeviceMobileAppConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedDeviceMobileAppConfigurationAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedDeviceMobileAppConfigurationDeviceStatus(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedDeviceMobileAppConfigurationDeviceSummary(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedDeviceMobileAppConfigurationUserStatus(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedDeviceMobileAppConfigurationUserSummary(v) => &v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::ManagedDeviceOverview(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedEBook(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedEBookAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedIosLobApp(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedIosStoreApp(v) => &v.extra,
            #[cfg(msgraph_v1_c30)]
            Self::ManagedMobileApp(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedMobileLobApp(v) => &v.extra,
            #[cfg(msgraph_v1_c30)]
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c26)]
            Self::MeetingAttendanceReport(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::MembershipOutlierInsight(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Message(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::MessageRule(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::MessageTracingRoot(v) => &v.extra,
            #[cfg(msgraph_v1_c3)]
            Self::MicrosoftAccountUserConversationMember(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => &v.extra,
            #[cfg(msgraph_v1_c18)]
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c18)]
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::MicrosoftStoreForBusinessApp(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::MobileApp(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::MobileAppAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::MobileAppCategory(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::MobileAppContent(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::MobileAppContentFile(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::MobileAppRelationship(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::MobileAppTroubleshootingEvent(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::MobileContainedApp(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::MobileLobApp(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::MobileThreatDefenseConnector(v) => &v.extra,
            #[cfg(msgraph_v1_c66)]
            Self::MultiTenantOrganization(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::MultiTenantOrganizationIdentitySyncPolicyTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_c66)]
            Self::MultiTenantOrganizationJoinRequestRecord(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::MultiTenantOrganizationMember(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::MultiTenantOrganizationPartnerConfigurationTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::MultiValueLegacyExtendedProperty(v) => &v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::MuteParticipantOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::Notebook(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::NotificationMessageTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_c98)]
            Self::OAuth2PermissionGrant(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::OfferShiftRequest(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::OfficeGraphInsights(v) => &v.extra,
            #[cfg(msgraph_v1_c35)]
            Self::OidcIdentityProvider(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::OnAttributeCollectionListener(v) => &v.extra,
            #[cfg(msgraph_v1_c50)]
            Self::OnAttributeCollectionStartCustomExtension(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::OnAttributeCollectionStartListener(v) => &v.extra,
            #[cfg(msgraph_v1_c50)]
            Self::OnAttributeCollectionSubmitCustomExtension(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::OnAttributeCollectionSubmitListener(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::OnAuthenticationMethodLoadStartListener(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::OnEmailOtpSendListener(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::OnFraudProtectionLoadStartListener(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::OnInteractiveAuthFlowStartListener(v) => &v.extra,
            #[cfg(msgraph_v1_c50)]
            Self::OnOtpSendCustomExtension(v) => &v.extra,
            #[cfg(msgraph_v1_c50)]
            Self::OnPasswordSubmitCustomExtension(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::OnPasswordSubmitListener(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::OnPremisesConditionalAccessSettings(v) => &v.extra,
            #[cfg(msgraph_v1_c27)]
            Self::OnPremisesDirectorySynchronization(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::OnPremisesSyncBehavior(v) => &v.extra,
            #[cfg(msgraph_v1_c50)]
            Self::OnTokenIssuanceStartCustomExtension(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::OnTokenIssuanceStartListener(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::OnUserCreateStartListener(v) => &v.extra,
            #[cfg(msgraph_v1_c50)]
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::OnVerifiedIdClaimValidationListener(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::OneDriveForBusinessBrowseSession(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::OneDriveForBusinessProtectionPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::OneDriveForBusinessRestoreSession(v) => &v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::Onenote(v) => &v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::OnenoteEntityBaseModel(v) => &v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::OnenoteEntityHierarchyModel(v) => &v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::OnenoteEntitySchemaObjectModel(v) => &v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::OnenoteOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::OnenotePage(v) => &v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::OnenoteResource(v) => &v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::OnenoteSection(v) => &v.extra,
            #[cfg(msgraph_v1_c14)]
            Self::OnlineMeeting(v) => &v.extra,
            #[cfg(msgraph_v1_c26)]
            Self::OnlineMeetingBase(v) => &v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::OnlineMeetingEngagementConversation(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::OpenShift(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::OpenShiftChangeRequest(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::OpenTypeExtension(v) => &v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::Operation(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::OrgContact(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Organization(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::OrganizationalBranding(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::OrganizationalBrandingLocalization(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::OrganizationalBrandingProperties(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::OutlookCategory(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::OutlookItem(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::OutlookUser(v) => &v.extra,
            #[cfg(msgraph_v1_c16)]
            Self::OwnerlessGroupPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::Participant(v) => &v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::ParticipantJoiningNotification(v) => &v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::ParticipantLeftNotification(v) => &v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::Partners(v) => &v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::AzureUsage(v) => &v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::BilledReconciliation(v) => &v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::BilledUsage(v) => &v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::Billing(v) => &v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::BillingReconciliation(v) => &v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::ExportSuccessOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::FailedOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::Manifest(v) => &v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::PartnersBillingOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::RunningOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::UnbilledReconciliation(v) => &v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::UnbilledUsage(v) => &v.extra,
            #[cfg(msgraph_v1_c18)]
            Self::PasskeyAuthenticationMethodTarget(v) => &v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::PasskeyProfile(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::PasswordAuthenticationMethod(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::Payload(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::PeopleAdminSettings(v) => &v.extra,
            #[cfg(msgraph_v1_c54)]
            Self::Permission(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::PermissionGrantConditionSet(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::PermissionGrantPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Person(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::PhoneAuthenticationMethod(v) => &v.extra,
            #[cfg(msgraph_v1_c3)]
            Self::PhoneUserConversationMember(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::PinnedChatMessageInfo(v) => &v.extra,
            #[cfg(msgraph_v1_c42)]
            Self::Place(v) => &v.extra,
            #[cfg(msgraph_v1_c103)]
            Self::Planner(v) => &v.extra,
            #[cfg(msgraph_v1_c104)]
            Self::PlannerAssignedToTaskBoardTaskFormat(v) => &v.extra,
            #[cfg(msgraph_v1_c104)]
            Self::PlannerBucket(v) => &v.extra,
            #[cfg(msgraph_v1_c104)]
            Self::PlannerBucketTaskBoardTaskFormat(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::PlannerGroup(v) => &v.extra,
            #[cfg(msgraph_v1_c104)]
            Self::PlannerPlan(v) => &v.extra,
            #[cfg(msgraph_v1_c104)]
            Self::PlannerPlanDetails(v) => &v.extra,
            #[cfg(msgraph_v1_c104)]
            Self::PlannerProgressTaskBoardTaskFormat(v) => &v.extra,
            #[cfg(msgraph_v1_c104)]
            Self::PlannerTask(v) => &v.extra,
            #[cfg(msgraph_v1_c104)]
            Self::PlannerTaskDetails(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::PlannerUser(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::PlatformCredentialAuthenticationMethod(v) => &v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::PlayPromptOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::PolicyBase(v) => &v.extra,
            #[cfg(msgraph_v1_c16)]
            Self::PolicyRoot(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::PolicyTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Post(v) => &v.extra,
            #[cfg(msgraph_v1_c14)]
            Self::Presence(v) => &v.extra,
            #[cfg(msgraph_v1_c105)]
            Self::PrintConnector(v) => &v.extra,
            #[cfg(msgraph_v1_c87)]
            Self::PrintDocument(v) => &v.extra,
            #[cfg(msgraph_v1_c87)]
            Self::PrintJob(v) => &v.extra,
            #[cfg(msgraph_v1_c105)]
            Self::PrintOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c105)]
            Self::PrintService(v) => &v.extra,
            #[cfg(msgraph_v1_c105)]
            Self::PrintServiceEndpoint(v) => &v.extra,
            #[cfg(msgraph_v1_c87)]
            Self::PrintTask(v) => &v.extra,
            #[cfg(msgraph_v1_c105)]
            Self::PrintTaskDefinition(v) => &v.extra,
            #[cfg(msgraph_v1_c105)]
            Self::PrintTaskTrigger(v) => &v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::PrintUsage(v) => &v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::PrintUsageByPrinter(v) => &v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::PrintUsageByUser(v) => &v.extra,
            #[cfg(msgraph_v1_c105)]
            Self::Printer(v) => &v.extra,
            #[cfg(msgraph_v1_c87)]
            Self::PrinterBase(v) => &v.extra,
            #[cfg(msgraph_v1_c105)]
            Self::PrinterCreateOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c87)]
            Self::PrinterShare(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroup(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroupAssignmentScheduleInstance(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroupEligibilityScheduleInstance(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessRoot(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessSchedule(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessScheduleInstance(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessScheduleRequest(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ProfileCardProperty(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ProfilePhoto(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ProfilePropertySetting(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ProfileSource(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::PronounsSettings(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::ProtectionPolicyBase(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::ProtectionRuleBase(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::ProtectionUnitBase(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::ProtectionUnitsBulkJobBase(v) => &v.extra,
            #[cfg(msgraph_v1_c38)]
            Self::ProvisioningObjectSummary(v) => &v.extra,
            #[cfg(msgraph_v1_c27)]
            Self::PublicKeyInfrastructureRoot(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::QrCode(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::QrCodePinAuthenticationMethod(v) => &v.extra,
            #[cfg(msgraph_v1_c18)]
            Self::QrCodePinAuthenticationMethodConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::QrPin(v) => &v.extra,
            #[cfg(msgraph_v1_c34)]
            Self::RbacApplication(v) => &v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::ReadingAssignmentSubmission(v) => &v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::ReadingCoachPassage(v) => &v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::RecordOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::RecycleBin(v) => &v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::RecycleBinItem(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ReferenceAttachment(v) => &v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::ReflectCheckInResponse(v) => &v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::RelyingPartyDetailedSummary(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::RemoteAssistancePartner(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::RemoteDesktopSecurityConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::RemoteTenantGroup(v) => &v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::ReportsRoot(v) => &v.extra,
            #[cfg(msgraph_v1_c74)]
            Self::Request(v) => &v.extra,
            #[cfg(msgraph_v1_c66)]
            Self::ResellerDelegatedAdminRelationship(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::ResourceOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ResourceSpecificPermissionGrant(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::RestoreArtifactBase(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::RestoreArtifactsBulkRequestBase(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::RestorePoint(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::RestoreSessionBase(v) => &v.extra,
            #[cfg(msgraph_v1_c4)]
            Self::RichLongRunningOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c12)]
            Self::RiskDetection(v) => &v.extra,
            #[cfg(msgraph_v1_c12)]
            Self::RiskyServicePrincipal(v) => &v.extra,
            #[cfg(msgraph_v1_c12)]
            Self::RiskyServicePrincipalHistoryItem(v) => &v.extra,
            #[cfg(msgraph_v1_c12)]
            Self::RiskyUser(v) => &v.extra,
            #[cfg(msgraph_v1_c12)]
            Self::RiskyUserHistoryItem(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::RoleAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::RoleDefinition(v) => &v.extra,
            #[cfg(msgraph_v1_c42)]
            Self::Room(v) => &v.extra,
            #[cfg(msgraph_v1_c42)]
            Self::RoomList(v) => &v.extra,
            #[cfg(msgraph_v1_c35)]
            Self::SamlOrWsFedExternalDomainFederation(v) => &v.extra,
            #[cfg(msgraph_v1_c52)]
            Self::SamlOrWsFedProvider(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Schedule(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ScheduleChangeRequest(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::SchedulingGroup(v) => &v.extra,
            #[cfg(msgraph_v1_c75)]
            Self::SchemaExtension(v) => &v.extra,
            #[cfg(msgraph_v1_c112)]
            Self::ScopedRoleMembership(v) => &v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::Acronym(v) => &v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::Bookmark(v) => &v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::Qna(v) => &v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::SearchAnswer(v) => &v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::SearchEntity(v) => &v.extra,
            #[cfg(msgraph_v1_c42)]
            Self::Section(v) => &v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::SectionGroup(v) => &v.extra,
            #[cfg(msgraph_v1_c42)]
            Self::SectionMap(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::SecureScore(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::SecureScoreControlProfile(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::SecurityAlert(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::AnalyzedEmail(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::Article(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::ArticleIndicator(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::Artifact(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::AuditCoreRoot(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::AuditLogQuery(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::AuditLogRecord(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::AuthorityTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::AutoAuditingConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::Case(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::CaseOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::CasesRoot(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::CategoryTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::CitationTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::CollaborationRoot(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::DataSet(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::DataSource(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::DataSourceContainer(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::DepartmentTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryAddToReviewSetOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryCase(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryCaseMember(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryCaseSettings(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryCustodian(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryEstimateOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryExportOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryHoldOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryHoldPolicySyncOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryIndexOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryNoncustodialDataSource(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryPurgeDataOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryReviewSet(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryReviewSetQuery(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryReviewTag(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoverySearch(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoverySearchExportOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryTagOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::FilePlanDescriptor(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::FilePlanDescriptorTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::FilePlanReferenceTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::HealthIssue(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::Host(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::HostComponent(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::HostCookie(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::HostPair(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::HostPort(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::HostReputation(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::HostSslCertificate(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::HostTracker(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::Hostname(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::IdentityAccounts(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::SecurityIdentityContainer(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::Incident(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::Indicator(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::IntelligenceProfile(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::IntelligenceProfileIndicator(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::IpAddress(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::LabelsRoot(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::NetworkAdapter(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::PassiveDnsRecord(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::RetentionEvent(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::RetentionEventType(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::RetentionLabel(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::Search(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::Sensor(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::SensorCandidate(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::SensorCandidateActivationConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::SettingsContainer(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::SiteSource(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::SslCertificate(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::SubcategoryTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::Subdomain(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::Tag(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::ThreatIntelligence(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::TriggerTypesRoot(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::TriggersRoot(v) => &v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::UnclassifiedArtifact(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::UnifiedGroupSource(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::SecurityUser(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::UserSource(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::Vulnerability(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::VulnerabilityComponent(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::WhoisBaseRecord(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::WhoisHistoryRecord(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::WhoisRecord(v) => &v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::SecurityReportsRoot(v) => &v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::SendDtmfTonesOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c11)]
            Self::SensitivityLabel(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ServiceAnnouncement(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ServiceAnnouncementAttachment(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ServiceAnnouncementBase(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::ServiceApp(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ServiceHealth(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ServiceHealthIssue(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ServicePrincipal(v) => &v.extra,
            #[cfg(msgraph_v1_c12)]
            Self::ServicePrincipalRiskDetection(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ServiceProviderConstraints(v) => &v.extra,
            #[cfg(msgraph_v1_c40)]
            Self::ServiceStorageQuotaBreakdown(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ServiceUpdateMessage(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::SettingStateDeviceSummary(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::SharePointBrowseSession(v) => &v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointGroup(v) => &v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointGroupMember(v) => &v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationEvent(v) => &v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationFinishManifestFileUploadEvent(v) => &v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJob(v) => &v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobCancelledEvent(v) => &v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobDeletedEvent(v) => &v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobErrorEvent(v) => &v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobPostponedEvent(v) => &v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobProgressEvent(v) => &v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobQueuedEvent(v) => &v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobStartEvent(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::SharePointProtectionPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::SharePointRestoreSession(v) => &v.extra,
            #[cfg(msgraph_v1_c115)]
            Self::SharedDriveItem(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::SharedInsight(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::SharedPcConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c3)]
            Self::SharedWithChannelTeamInfo(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::Sharepoint(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::SharepointSettings(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Shift(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ShiftPreferences(v) => &v.extra,
            #[cfg(msgraph_v1_c38)]
            Self::SignIn(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::Simulation(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::SimulationAutomation(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::SimulationAutomationRun(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::SingleValueLegacyExtendedProperty(v) => &v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::Site(v) => &v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::SitePage(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::SiteProtectionRule(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::SiteProtectionUnit(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::SiteProtectionUnitsBulkAdditionJob(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::SiteRestoreArtifact(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => &v.extra,
            #[cfg(msgraph_v1_c3)]
            Self::SkypeForBusinessUserConversationMember(v) => &v.extra,
            #[cfg(msgraph_v1_c3)]
            Self::SkypeUserConversationMember(v) => &v.extra,
            #[cfg(msgraph_v1_c18)]
            Self::SmsAuthenticationMethodConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c18)]
            Self::SmsAuthenticationMethodTarget(v) => &v.extra,
            #[cfg(msgraph_v1_c35)]
            Self::SocialIdentityProvider(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::SoftwareOathAuthenticationMethod(v) => &v.extra,
            #[cfg(msgraph_v1_c18)]
            Self::SoftwareOathAuthenticationMethodConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::SoftwareUpdateStatusSummary(v) => &v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::SpeakerAssignmentSubmission(v) => &v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::StandardWebPart(v) => &v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::StartHoldMusicOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::StopHoldMusicOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c40)]
            Self::StorageQuotaBreakdown(v) => &v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::StorageSettings(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::StsPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c53)]
            Self::SubjectRightsRequest(v) => &v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::SubscribeToToneOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c93)]
            Self::SubscribedSku(v) => &v.extra,
            #[cfg(msgraph_v1_c119)]
            Self::Subscription(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::SwapShiftsChangeRequest(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Synchronization(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::SynchronizationJob(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::SynchronizationSchema(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::SynchronizationTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::TargetDeviceGroup(v) => &v.extra,
            #[cfg(msgraph_v1_c3)]
            Self::TargetedChatMessage(v) => &v.extra,
            #[cfg(msgraph_v1_c30)]
            Self::TargetedManagedAppConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c30)]
            Self::TargetedManagedAppPolicyAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_c30)]
            Self::TargetedManagedAppProtection(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::TaskFileAttachment(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Team(v) => &v.extra,
            #[cfg(msgraph_v1_c3)]
            Self::TeamInfo(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::NumberAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::PolicyIdentifierDetail(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::TeamsAdminRoot(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::TeamsPolicyAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::TeamsPolicyUserAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::TeamsUserConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::TelephoneNumberLongRunningOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::TelephoneNumberManagementRoot(v) => &v.extra,
            #[cfg(msgraph_v1_c32)]
            Self::TeamsApp(v) => &v.extra,
            #[cfg(msgraph_v1_c32)]
            Self::TeamsAppDefinition(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::TeamsAppInstallation(v) => &v.extra,
            #[cfg(msgraph_v1_c67)]
            Self::TeamsAppSettings(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::TeamsAsyncOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c3)]
            Self::TeamsTab(v) => &v.extra,
            #[cfg(msgraph_v1_c121)]
            Self::TeamsTemplate(v) => &v.extra,
            #[cfg(msgraph_v1_c67)]
            Self::Teamwork(v) => &v.extra,
            #[cfg(msgraph_v1_c32)]
            Self::TeamworkBot(v) => &v.extra,
            #[cfg(msgraph_v1_c3)]
            Self::TeamworkHostedContent(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::TeamworkTag(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::TeamworkTagMember(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::TemporaryAccessPassAuthenticationMethod(v) => &v.extra,
            #[cfg(msgraph_v1_c18)]
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::TenantAppManagementPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::TenantDataSecurityAndGovernance(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::TenantProtectionScopeContainer(v) => &v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::TermStoreGroup(v) => &v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::Relation(v) => &v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::Set(v) => &v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::Store(v) => &v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::Term(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::TermsAndConditions(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::TermsAndConditionsAcceptanceStatus(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::TermsAndConditionsAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::TermsOfUseContainer(v) => &v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::TextWebPart(v) => &v.extra,
            #[cfg(msgraph_v1_c56)]
            Self::ThreatAssessmentRequest(v) => &v.extra,
            #[cfg(msgraph_v1_c56)]
            Self::ThreatAssessmentResult(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::ThumbnailSet(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::TimeCard(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::TimeOff(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::TimeOffReason(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::TimeOffRequest(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Todo(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::TodoTask(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::TodoTaskList(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::TokenIssuancePolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::TokenLifetimePolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::Training(v) => &v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::TrainingLanguageDetail(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Trending(v) => &v.extra,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRbacResourceAction(v) => &v.extra,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRbacResourceNamespace(v) => &v.extra,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleAssignmentSchedule(v) => &v.extra,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &v.extra,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &v.extra,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleDefinition(v) => &v.extra,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleEligibilitySchedule(v) => &v.extra,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &v.extra,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &v.extra,
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyApprovalRule(v) => &v.extra,
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyAuthenticationContextRule(v) => &v.extra,
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyEnablementRule(v) => &v.extra,
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyExpirationRule(v) => &v.extra,
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyNotificationRule(v) => &v.extra,
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyRule(v) => &v.extra,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleScheduleBase(v) => &v.extra,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleScheduleInstanceBase(v) => &v.extra,
            #[cfg(msgraph_v1_c40)]
            Self::UnifiedStorageQuota(v) => &v.extra,
            #[cfg(msgraph_v1_c42)]
            Self::UnitMap(v) => &v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::UnmuteParticipantOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::UpdateRecordingStatusOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c56)]
            Self::UrlAssessmentRequest(v) => &v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::UsageRightsIncluded(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::UsedInsight(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::User(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::UserActivity(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::UserConsentRequest(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::UserDataSecurityAndGovernance(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails(
                v,
            ) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId(
                v,
            ) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion(v) => {
                &v.extra
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthApplicationPerformance(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthDeviceModelPerformance(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformance(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformanceDetails(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthOsVersionPerformance(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsBaseline(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsCategory(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsDevicePerformance(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsDeviceScores(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsDeviceStartupHistory(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsDeviceStartupProcess(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsDeviceStartupProcessPerformance(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsMetric(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsMetricHistory(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsModelScores(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsOverview(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsScoreHistory(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsWorkFromAnywhereDevice(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric(v) => {
                &v.extra
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsWorkFromAnywhereMetric(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsWorkFromAnywhereModelPerformance(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::UserFlowLanguageConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::UserFlowLanguagePage(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::UserInsightsSettings(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::UserInstallStateSummary(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::UserProtectionScopeContainer(v) => &v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::UserRegistrationDetails(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::UserScopeTeamsAppInstallation(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::UserSettings(v) => &v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::UserSignInInsight(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::UserSolutionRoot(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::UserStorage(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::UserTeamwork(v) => &v.extra,
            #[cfg(msgraph_v1_c18)]
            Self::VerifiableCredentialAuthenticationMethodTarget(v) => &v.extra,
            #[cfg(msgraph_v1_c18)]
            Self::VerifiableCredentialsAuthenticationMethodConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::VerifiedIdProfile(v) => &v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::VerticalSection(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::VirtualEndpoint(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEvent(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventPresenter(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventRegistration(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventRegistrationConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventRegistrationCustomQuestion(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventRegistrationPredefinedQuestion(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventRegistrationQuestionBase(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventSession(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventTownhall(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventTownhallRegistrationConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventWebinar(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventWebinarRegistrationConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventsRoot(v) => &v.extra,
            #[cfg(msgraph_v1_c18)]
            Self::VoiceAuthenticationMethodConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::VppToken(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::WebApp(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::WebApplicationFirewallProvider(v) => &v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::WebApplicationFirewallVerificationModel(v) => &v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::WebPart(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::Win32LobApp(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10CompliancePolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10CustomConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10EndpointProtectionConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10GeneralConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10MobileCompliancePolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10SecureAssessmentConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10TeamGeneralConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::Windows81CompliancePolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::Windows81GeneralConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::WindowsAppX(v) => &v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::WindowsAutopilotDeploymentProfile(v) => &v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::WindowsAutopilotDeploymentProfileAssignment(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsAutopilotDeviceIdentity(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c9)]
            Self::WindowsDeviceMalwareState(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => &v.extra,
            #[cfg(msgraph_v1_c30)]
            Self::WindowsInformationProtection(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsInformationProtectionAppLearningSummary(v) => &v.extra,
            #[cfg(msgraph_v1_c30)]
            Self::WindowsInformationProtectionAppLockerFile(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsInformationProtectionNetworkLearningSummary(v) => &v.extra,
            #[cfg(msgraph_v1_c30)]
            Self::WindowsInformationProtectionPolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsMalwareInformation(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::WindowsMicrosoftEdgeApp(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::WindowsMobileMsi(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsPhone81CompliancePolicy(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsPhone81CustomConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsPhone81GeneralConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c9)]
            Self::WindowsProtectionState(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::WindowsSetting(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::WindowsSettingInstance(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::WindowsUniversalAppX(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::WindowsUniversalAppXContainedApp(v) => &v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsUpdateForBusinessConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::WindowsWebApp(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::WorkHoursAndLocationsSetting(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::WorkPlanOccurrence(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::WorkPlanRecurrence(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::Workbook(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookApplication(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChart(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartAreaFormat(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartAxes(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartAxis(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartAxisFormat(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartAxisTitle(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartAxisTitleFormat(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartDataLabelFormat(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartDataLabels(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartFill(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartFont(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartGridlines(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartGridlinesFormat(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartLegend(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartLegendFormat(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartLineFormat(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartPoint(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartPointFormat(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartSeries(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartSeriesFormat(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartTitle(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartTitleFormat(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookComment(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookCommentReply(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookFilter(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookFormatProtection(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookFunctionResult(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookFunctions(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookNamedItem(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookOperation(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookPivotTable(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRange(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRangeBorder(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRangeFill(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRangeFont(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRangeFormat(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRangeSort(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRangeView(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookTable(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookTableColumn(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookTableRow(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookTableSort(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookWorksheet(v) => &v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookWorksheetProtection(v) => &v.extra,
            #[cfg(msgraph_v1_c67)]
            Self::WorkforceIntegration(v) => &v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::WorkingTimeSchedule(v) => &v.extra,
            #[cfg(msgraph_v1_c42)]
            Self::Workspace(v) => &v.extra,
            #[cfg(msgraph_v1_c18)]
            Self::X509CertificateAuthenticationMethodConfiguration(v) => &v.extra,
            #[cfg(msgraph_v1_c37)]
            Self::X509CertificateCombinationConfiguration(v) => &v.extra,
        }
    }
    /// The current variant's unknown members and annotations, mutably.
    #[inline]
    pub fn extra_mut(&mut self) -> &mut rt::Extra {
        match self {
            Self::Entity(v) => &mut v.extra,
            #[cfg(msgraph_v1_c3)]
            Self::AadUserConversationMember(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackage(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageAssignmentPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageAssignmentRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageAssignmentRequestWorkflowExtension(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageAssignmentWorkflowExtension(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageCatalog(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageMultipleChoiceQuestion(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageQuestion(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageResource(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageResourceEnvironment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageResourceRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageResourceRole(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageResourceRoleScope(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageResourceScope(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageSubject(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageSuggestion(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageTextInputQuestion(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewHistoryDefinition(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewHistoryInstance(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewInstance(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewInstanceDecisionItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewReviewer(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewScheduleDefinition(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewSet(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewStage(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ActivitiesContainer(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ActivityHistoryItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::AddLargeGalleryViewOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c14)]
            Self::AdhocCall(v) => &mut v.extra,
            #[cfg(msgraph_v1_c16)]
            Self::AdminConsentRequestPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::AdminMicrosoft365Apps(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::AdminReportSettings(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::AdministrativeUnit(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::AgentIdentity(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::AgentIdentityBlueprint(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::AgentUser(v) => &mut v.extra,
            #[cfg(msgraph_v1_c20)]
            Self::Agreement(v) => &mut v.extra,
            #[cfg(msgraph_v1_c21)]
            Self::AgreementAcceptance(v) => &mut v.extra,
            #[cfg(msgraph_v1_c20)]
            Self::AgreementFile(v) => &mut v.extra,
            #[cfg(msgraph_v1_c20)]
            Self::AgreementFileLocalization(v) => &mut v.extra,
            #[cfg(msgraph_v1_c20)]
            Self::AgreementFileProperties(v) => &mut v.extra,
            #[cfg(msgraph_v1_c20)]
            Self::AgreementFileVersion(v) => &mut v.extra,
            #[cfg(msgraph_v1_c5)]
            Self::AiInteraction(v) => &mut v.extra,
            #[cfg(msgraph_v1_c5)]
            Self::AiInteractionHistory(v) => &mut v.extra,
            #[cfg(msgraph_v1_c5)]
            Self::AiOnlineMeeting(v) => &mut v.extra,
            #[cfg(msgraph_v1_c5)]
            Self::AiUser(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::AkamaiWebApplicationFirewallProvider(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::Alert(v) => &mut v.extra,
            #[cfg(msgraph_v1_c27)]
            Self::AllowedValue(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::AndroidCompliancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::AndroidCustomConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::AndroidGeneralDeviceConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::AndroidLobApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_c30)]
            Self::AndroidManagedAppProtection(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::AndroidManagedAppRegistration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::AndroidStoreApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::AndroidWorkProfileCompliancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::AndroidWorkProfileCustomConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c3)]
            Self::AnonymousGuestConversationMember(v) => &mut v.extra,
            #[cfg(msgraph_v1_c32)]
            Self::AppCatalogs(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AppConsentApprovalRoute(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AppConsentRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::AppLogCollectionRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::AppManagementPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::AppRoleAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c34)]
            Self::AppScope(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_c35)]
            Self::AppleManagedIdentityProvider(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::ApplePushNotificationCertificate(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Application(v) => &mut v.extra,
            #[cfg(msgraph_v1_c36)]
            Self::ApplicationTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::Approval(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::ApprovalStage(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ApprovedClientApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::ArkoseFraudProtectionProvider(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::AssociatedTeamInfo(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Attachment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::AttachmentBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::AttachmentSession(v) => &mut v.extra,
            #[cfg(msgraph_v1_c11)]
            Self::AttackSimulationOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::AttackSimulationRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_c26)]
            Self::AttendanceRecord(v) => &mut v.extra,
            #[cfg(msgraph_v1_c47)]
            Self::AttributeMappingFunctionSchema(v) => &mut v.extra,
            #[cfg(msgraph_v1_c27)]
            Self::AttributeSet(v) => &mut v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::AudioRoutingGroup(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::AuditEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Authentication(v) => &mut v.extra,
            #[cfg(msgraph_v1_c37)]
            Self::AuthenticationCombinationConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::AuthenticationContextClassReference(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::AuthenticationEventListener(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::AuthenticationEventsFlow(v) => &mut v.extra,
            #[cfg(msgraph_v1_c16)]
            Self::AuthenticationFlowsPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::AuthenticationMethod(v) => &mut v.extra,
            #[cfg(msgraph_v1_c18)]
            Self::AuthenticationMethodConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::AuthenticationMethodModeDetail(v) => &mut v.extra,
            #[cfg(msgraph_v1_c18)]
            Self::AuthenticationMethodTarget(v) => &mut v.extra,
            #[cfg(msgraph_v1_c51)]
            Self::AuthenticationMethodsPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::AuthenticationMethodsRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_c37)]
            Self::AuthenticationStrengthPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::AuthenticationStrengthRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_c53)]
            Self::AuthoredNote(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::AuthorizationPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::AvailableAccessPackage(v) => &mut v.extra,
            #[cfg(msgraph_v1_c3)]
            Self::AzureCommunicationServicesUserConversationMember(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::B2xIdentityUserFlow(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::BackupRestoreRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_c54)]
            Self::BaseItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_c4)]
            Self::BaseItemVersion(v) => &mut v.extra,
            #[cfg(msgraph_v1_c42)]
            Self::BaseMapFeature(v) => &mut v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::BaseSitePage(v) => &mut v.extra,
            #[cfg(msgraph_v1_c56)]
            Self::Bitlocker(v) => &mut v.extra,
            #[cfg(msgraph_v1_c56)]
            Self::BitlockerRecoveryKey(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::BookingAppointment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::BookingBusiness(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::BookingCurrency(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::BookingCustomQuestion(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::BookingCustomer(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::BookingCustomerBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::BookingService(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::BookingStaffMember(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::BookingStaffMemberBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::BrowseSessionBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::BrowserSharedCookie(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::BrowserSite(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::BrowserSiteList(v) => &mut v.extra,
            #[cfg(msgraph_v1_c42)]
            Self::Building(v) => &mut v.extra,
            #[cfg(msgraph_v1_c42)]
            Self::BuildingMap(v) => &mut v.extra,
            #[cfg(msgraph_v1_c35)]
            Self::BuiltInIdentityProvider(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::BulkUpload(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::CaPoliciesDeletableRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Calendar(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::CalendarGroup(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::CalendarPermission(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::CalendarSharingMessage(v) => &mut v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::Call(v) => &mut v.extra,
            #[cfg(msgraph_v1_c5)]
            Self::CallAiInsight(v) => &mut v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::CallEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_c14)]
            Self::CallRecording(v) => &mut v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::CallRecord(v) => &mut v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::Organizer(v) => &mut v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::CallRecordsParticipant(v) => &mut v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::ParticipantBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::Segment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::Session(v) => &mut v.extra,
            #[cfg(msgraph_v1_c14)]
            Self::CallTranscript(v) => &mut v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::CancelMediaProcessingOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::CanvasLayout(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::CertificateAuthorityDetail(v) => &mut v.extra,
            #[cfg(msgraph_v1_c58)]
            Self::CertificateBasedAuthConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::CertificateBasedAuthPki(v) => &mut v.extra,
            #[cfg(msgraph_v1_c3)]
            Self::ChangeTrackedEntity(v) => &mut v.extra,
            #[cfg(msgraph_v1_c3)]
            Self::Channel(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Chat(v) => &mut v.extra,
            #[cfg(msgraph_v1_c3)]
            Self::ChatMessage(v) => &mut v.extra,
            #[cfg(msgraph_v1_c3)]
            Self::ChatMessageHostedContent(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ChatMessageInfo(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ChecklistItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ClaimsMappingPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::CloudClipboardItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::CloudClipboardRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::CloudFlareWebApplicationFirewallProvider(v) => &mut v.extra,
            #[cfg(msgraph_v1_c9)]
            Self::CloudPc(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcAuditEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcDeviceImage(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcGalleryImage(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcOnPremisesConnection(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcProvisioningPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcProvisioningPolicyAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcReport(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcServicePlan(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcUserSetting(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcUserSettingAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c54)]
            Self::ColumnDefinition(v) => &mut v.extra,
            #[cfg(msgraph_v1_c4)]
            Self::ColumnLink(v) => &mut v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::CommsOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c43)]
            Self::Community(v) => &mut v.extra,
            #[cfg(msgraph_v1_c27)]
            Self::CompanySubscription(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::ComplianceManagementPartner(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::ConditionalAccessRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::ConditionalAccessTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ConfigurationBaseline(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ConfigurationDrift(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ConfigurationManagement(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ConfigurationMonitor(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ConfigurationMonitoringResult(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ConfigurationSnapshotJob(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::ConnectedOrganization(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Contact(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ContactFolder(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ContentActivity(v) => &mut v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::ContentSharingSession(v) => &mut v.extra,
            #[cfg(msgraph_v1_c4)]
            Self::ContentType(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Contract(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::ControlConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Conversation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c3)]
            Self::ConversationMember(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ConversationThread(v) => &mut v.extra,
            #[cfg(msgraph_v1_c5)]
            Self::CopilotAdmin(v) => &mut v.extra,
            #[cfg(msgraph_v1_c5)]
            Self::CopilotAdminCatalog(v) => &mut v.extra,
            #[cfg(msgraph_v1_c5)]
            Self::CopilotAdminLimitedMode(v) => &mut v.extra,
            #[cfg(msgraph_v1_c5)]
            Self::CopilotAdminSetting(v) => &mut v.extra,
            #[cfg(msgraph_v1_c5)]
            Self::CopilotPackage(v) => &mut v.extra,
            #[cfg(msgraph_v1_c5)]
            Self::CopilotPackageDetail(v) => &mut v.extra,
            #[cfg(msgraph_v1_c5)]
            Self::CopilotReportRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::CrossTenantAccessPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::CrossTenantAccessPolicyConfigurationDefault(v) => &mut v.extra,
            #[cfg(msgraph_v1_c50)]
            Self::CustomAuthenticationExtension(v) => &mut v.extra,
            #[cfg(msgraph_v1_c50)]
            Self::CustomCalloutExtension(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::CustomDataProvidedResource(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::CustomDataProvidedResourceAccessReviewUploadSession(v) => &mut v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::CustomDataProvidedResourceFile(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::CustomDataProvidedResourceUploadSession(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::CustomExtensionStageSetting(v) => &mut v.extra,
            #[cfg(msgraph_v1_c27)]
            Self::CustomSecurityAttributeDefinition(v) => &mut v.extra,
            #[cfg(msgraph_v1_c63)]
            Self::DataPolicyOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c11)]
            Self::DataSecurityAndGovernance(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::DayNote(v) => &mut v.extra,
            #[cfg(msgraph_v1_c30)]
            Self::DefaultManagedAppProtection(v) => &mut v.extra,
            #[cfg(msgraph_v1_c66)]
            Self::DelegatedAdminAccessAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c66)]
            Self::DelegatedAdminCustomer(v) => &mut v.extra,
            #[cfg(msgraph_v1_c66)]
            Self::DelegatedAdminRelationship(v) => &mut v.extra,
            #[cfg(msgraph_v1_c66)]
            Self::DelegatedAdminRelationshipOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c66)]
            Self::DelegatedAdminRelationshipRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_c66)]
            Self::DelegatedAdminServiceManagementDetail(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::DelegatedAdminServiceProviderConstraints(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::DelegatedPermissionClassification(v) => &mut v.extra,
            #[cfg(msgraph_v1_c67)]
            Self::DeletedChat(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::DeletedItemContainer(v) => &mut v.extra,
            #[cfg(msgraph_v1_c67)]
            Self::DeletedTeam(v) => &mut v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::DeltaParticipants(v) => &mut v.extra,
            #[cfg(msgraph_v1_c42)]
            Self::Desk(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DetectedApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Device(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceAndAppManagementRoleAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceAndAppManagementRoleDefinition(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::DeviceAppManagement(v) => &mut v.extra,
            #[cfg(msgraph_v1_c9)]
            Self::DeviceCategory(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceActionItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceDeviceOverview(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceDeviceStatus(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceCompliancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceCompliancePolicyAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceCompliancePolicyDeviceStateSummary(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceCompliancePolicySettingStateSummary(v) => &mut v.extra,
            #[cfg(msgraph_v1_c9)]
            Self::DeviceCompliancePolicyState(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceScheduledActionForRule(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceSettingState(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceUserOverview(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceUserStatus(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfigurationAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfigurationDeviceOverview(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfigurationDeviceStateSummary(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfigurationDeviceStatus(v) => &mut v.extra,
            #[cfg(msgraph_v1_c9)]
            Self::DeviceConfigurationState(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfigurationUserOverview(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfigurationUserStatus(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceEnrollmentConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceEnrollmentLimitConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::DeviceInstallState(v) => &mut v.extra,
            #[cfg(msgraph_v1_c27)]
            Self::DeviceLocalCredentialInfo(v) => &mut v.extra,
            #[cfg(msgraph_v1_c9)]
            Self::DeviceLogCollectionResponse(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceManagement(v) => &mut v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::DeviceManagementCachedReportConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceManagementExchangeConnector(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceManagementExportJob(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceManagementPartner(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceManagementReports(v) => &mut v.extra,
            #[cfg(msgraph_v1_c9)]
            Self::DeviceManagementTroubleshootingEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_c16)]
            Self::DeviceRegistrationPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c27)]
            Self::Directory(v) => &mut v.extra,
            #[cfg(msgraph_v1_c38)]
            Self::DirectoryAudit(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::DirectoryDefinition(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::DirectoryObject(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::DirectoryObjectPartnerReference(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::DirectoryRole(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::DirectoryRoleTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_c4)]
            Self::DocumentSetVersion(v) => &mut v.extra,
            #[cfg(msgraph_v1_c68)]
            Self::Domain(v) => &mut v.extra,
            #[cfg(msgraph_v1_c69)]
            Self::DomainDnsCnameRecord(v) => &mut v.extra,
            #[cfg(msgraph_v1_c69)]
            Self::DomainDnsMxRecord(v) => &mut v.extra,
            #[cfg(msgraph_v1_c69)]
            Self::DomainDnsRecord(v) => &mut v.extra,
            #[cfg(msgraph_v1_c69)]
            Self::DomainDnsSrvRecord(v) => &mut v.extra,
            #[cfg(msgraph_v1_c69)]
            Self::DomainDnsTxtRecord(v) => &mut v.extra,
            #[cfg(msgraph_v1_c69)]
            Self::DomainDnsUnavailableRecord(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::Drive(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::DriveItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::DriveItemVersion(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::DriveProtectionRule(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::DriveProtectionUnit(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::DriveProtectionUnitsBulkAdditionJob(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::DriveRestoreArtifact(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::EBookInstallSummary(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::Edge(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::EditionUpgradeConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationAssignmentDefaults(v) => &mut v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationAssignmentResource(v) => &mut v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationAssignmentSettings(v) => &mut v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationCategory(v) => &mut v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationClass(v) => &mut v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationFeedbackOutcome(v) => &mut v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationFeedbackResourceOutcome(v) => &mut v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationGradingCategory(v) => &mut v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationGradingScheme(v) => &mut v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationModule(v) => &mut v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationModuleResource(v) => &mut v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationOrganization(v) => &mut v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationOutcome(v) => &mut v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationPointsOutcome(v) => &mut v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationRubric(v) => &mut v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationRubricOutcome(v) => &mut v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationSchool(v) => &mut v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationSubmission(v) => &mut v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationSubmissionResource(v) => &mut v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::EducationUser(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::EmailAuthenticationMethod(v) => &mut v.extra,
            #[cfg(msgraph_v1_c18)]
            Self::EmailAuthenticationMethodConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c56)]
            Self::EmailFileAssessmentRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::EmailNotificationsSetting(v) => &mut v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::EmergencyCallEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::EmployeeExperienceUser(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EndUserNotification(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EndUserNotificationDetail(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::EndUserSettings(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Endpoint(v) => &mut v.extra,
            #[cfg(msgraph_v1_c72)]
            Self::EngagementAsyncOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::EngagementConversation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::EngagementConversationDiscussionMessage(v) => &mut v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::EngagementConversationMessage(v) => &mut v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::EngagementConversationMessageReaction(v) => &mut v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::EngagementConversationQuestionMessage(v) => &mut v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::EngagementConversationSystemMessage(v) => &mut v.extra,
            #[cfg(msgraph_v1_c72)]
            Self::EngagementRole(v) => &mut v.extra,
            #[cfg(msgraph_v1_c72)]
            Self::EngagementRoleMember(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::EnrollmentConfigurationAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c9)]
            Self::EnrollmentTroubleshootingEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::EnterpriseCodeSigningCertificate(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::EntitlementManagement(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::EntitlementManagementSettings(v) => &mut v.extra,
            #[cfg(msgraph_v1_c27)]
            Self::Recovery(v) => &mut v.extra,
            #[cfg(msgraph_v1_c27)]
            Self::RecoveryChangeObjectBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_c27)]
            Self::RecoveryJob(v) => &mut v.extra,
            #[cfg(msgraph_v1_c27)]
            Self::RecoveryJobBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_c27)]
            Self::RecoveryPreviewJob(v) => &mut v.extra,
            #[cfg(msgraph_v1_c27)]
            Self::Snapshot(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Event(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::EventMessage(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::EventMessageRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::EventMessageResponse(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ExchangeAdmin(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ExchangeMessageTrace(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ExchangeMessageTraceDetail(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::ExchangeProtectionPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::ExchangeRestoreSession(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ExchangeSettings(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Extension(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ExtensionProperty(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ExternalAuthenticationMethod(v) => &mut v.extra,
            #[cfg(msgraph_v1_c18)]
            Self::ExternalAuthenticationMethodConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c55)]
            Self::ConnectionOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c55)]
            Self::ExternalActivity(v) => &mut v.extra,
            #[cfg(msgraph_v1_c55)]
            Self::ExternalActivityResult(v) => &mut v.extra,
            #[cfg(msgraph_v1_c55)]
            Self::ExternalConnection(v) => &mut v.extra,
            #[cfg(msgraph_v1_c55)]
            Self::ExternalGroup(v) => &mut v.extra,
            #[cfg(msgraph_v1_c55)]
            Self::ExternalItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_c55)]
            Self::ExternalConnectorsIdentity(v) => &mut v.extra,
            #[cfg(msgraph_v1_c55)]
            Self::Schema(v) => &mut v.extra,
            #[cfg(msgraph_v1_c35)]
            Self::ExternalDomainName(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::ExternalUsersSelfServiceSignUpEventsFlow(v) => &mut v.extra,
            #[cfg(msgraph_v1_c16)]
            Self::FeatureRolloutPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::FederatedIdentityCredential(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::FederatedTokenValidationPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Fido2AuthenticationMethod(v) => &mut v.extra,
            #[cfg(msgraph_v1_c18)]
            Self::Fido2AuthenticationMethodConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c37)]
            Self::Fido2CombinationConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c4)]
            Self::FieldValueSet(v) => &mut v.extra,
            #[cfg(msgraph_v1_c56)]
            Self::FileAssessmentRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::FileAttachment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::FileStorage(v) => &mut v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::FileStorageContainer(v) => &mut v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::FileStorageContainerType(v) => &mut v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::FileStorageContainerTypeRegistration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c77)]
            Self::FilterOperatorSchema(v) => &mut v.extra,
            #[cfg(msgraph_v1_c42)]
            Self::FixtureMap(v) => &mut v.extra,
            #[cfg(msgraph_v1_c42)]
            Self::Floor(v) => &mut v.extra,
            #[cfg(msgraph_v1_c42)]
            Self::FootprintMap(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::FraudProtectionProvider(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::GovernanceInsight(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::GranularDriveRestoreArtifact(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::GranularMailboxRestoreArtifact(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::GranularRestoreArtifactBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::GranularSiteRestoreArtifact(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Group(v) => &mut v.extra,
            #[cfg(msgraph_v1_c80)]
            Self::GroupLifecyclePolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c81)]
            Self::GroupSetting(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::GroupSettingTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::HorizontalSection(v) => &mut v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::HorizontalSectionColumn(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::HumanSecurityFraudProtectionProvider(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::IdentityApiConnector(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::IdentityBuiltInUserFlowAttribute(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::IdentityContainer(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::IdentityCustomUserFlowAttribute(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::CustomTaskExtension(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::Insights(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::LifecycleManagementSettings(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::LifecycleWorkflowsContainer(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::Run(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::Task(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::TaskDefinition(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::TaskProcessingResult(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::TaskReport(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::UserProcessingResult(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::WorkflowTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_c85)]
            Self::IdentityProvider(v) => &mut v.extra,
            #[cfg(msgraph_v1_c52)]
            Self::IdentityProviderBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::IdentityUserFlow(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::IdentityUserFlowAttribute(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::IdentityUserFlowAttributeAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::IdentityVerifiedIdRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::ImportedWindowsAutopilotDeviceIdentity(v) => &mut v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::ImportedWindowsAutopilotDeviceIdentityUpload(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::InferenceClassification(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::InferenceClassificationOverride(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::InsightsSettings(v) => &mut v.extra,
            #[cfg(msgraph_v1_c52)]
            Self::InternalDomainFederation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::InternetExplorerMode(v) => &mut v.extra,
            #[cfg(msgraph_v1_c88)]
            Self::Invitation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::InviteParticipantsOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::IosCertificateProfile(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::IosCompliancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::IosCustomConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::IosGeneralDeviceConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::IosLobApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::IosLobAppProvisioningConfigurationAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c30)]
            Self::IosManagedAppProtection(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::IosManagedAppRegistration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::IosMobileAppConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::IosStoreApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::IosUpdateConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::IosUpdateDeviceStatus(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::IosVppApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::IosVppEBook(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::IosVppEBookAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::IosiPadOsWebClip(v) => &mut v.extra,
            #[cfg(msgraph_v1_c4)]
            Self::ItemActivity(v) => &mut v.extra,
            #[cfg(msgraph_v1_c4)]
            Self::ItemActivityStat(v) => &mut v.extra,
            #[cfg(msgraph_v1_c89)]
            Self::ItemAnalytics(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ItemAttachment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ItemInsights(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::ItemRetentionLabel(v) => &mut v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::LabelContentRight(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::LandingPage(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::LandingPageDetail(v) => &mut v.extra,
            #[cfg(msgraph_v1_c43)]
            Self::LearningAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c43)]
            Self::LearningContent(v) => &mut v.extra,
            #[cfg(msgraph_v1_c43)]
            Self::LearningCourseActivity(v) => &mut v.extra,
            #[cfg(msgraph_v1_c43)]
            Self::LearningProvider(v) => &mut v.extra,
            #[cfg(msgraph_v1_c43)]
            Self::LearningSelfInitiatedCourse(v) => &mut v.extra,
            #[cfg(msgraph_v1_c42)]
            Self::LevelMap(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::LicenseDetails(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::LinkedResource(v) => &mut v.extra,
            #[cfg(msgraph_v1_c4)]
            Self::List(v) => &mut v.extra,
            #[cfg(msgraph_v1_c4)]
            Self::ListItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_c4)]
            Self::ListItemVersion(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::LocalizedNotificationMessage(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::LoginPage(v) => &mut v.extra,
            #[cfg(msgraph_v1_c95)]
            Self::LongRunningOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::M365AppsInstallationOptions(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::MacOsCompliancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::MacOsCustomConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::MacOsDmgApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::MacOsGeneralDeviceConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::MacOsLobApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::MacOsMicrosoftDefenderApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::MacOsOfficeSuiteApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_c56)]
            Self::MailAssessmentRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::MailFolder(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::MailSearchFolder(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Mailbox(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::MailboxFolder(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::MailboxItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::MailboxProtectionRule(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::MailboxProtectionUnit(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::MailboxProtectionUnitsBulkAdditionJob(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::MailboxRestoreArtifact(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::MalwareStateForWindowsDevice(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedAndroidLobApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedAndroidStoreApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_c30)]
            Self::ManagedAppConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedAppOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c30)]
            Self::ManagedAppPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c30)]
            Self::ManagedAppPolicyDeploymentSummary(v) => &mut v.extra,
            #[cfg(msgraph_v1_c30)]
            Self::ManagedAppProtection(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedAppRegistration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedAppStatus(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedAppStatusRaw(v) => &mut v.extra,
            #[cfg(msgraph_v1_c9)]
            Self::ManagedDevice(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedDeviceMobileAppConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedDeviceMobileAppConfigurationAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedDeviceMobileAppConfigurationDeviceStatus(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedDeviceMobileAppConfigurationDeviceSummary(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedDeviceMobileAppConfigurationUserStatus(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedDeviceMobileAppConfigurationUserSummary(v) => &mut v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::ManagedDeviceOverview(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedEBook(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedEBookAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedIosLobApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedIosStoreApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_c30)]
            Self::ManagedMobileApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedMobileLobApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_c30)]
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c26)]
            Self::MeetingAttendanceReport(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::MembershipOutlierInsight(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Message(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::MessageRule(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::MessageTracingRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_c3)]
            Self::MicrosoftAccountUserConversationMember(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => &mut v.extra,
            #[cfg(msgraph_v1_c18)]
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(v) => {
                &mut v.extra
            }
            #[cfg(msgraph_v1_c18)]
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::MobileApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::MobileAppAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::MobileAppCategory(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::MobileAppContent(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::MobileAppContentFile(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::MobileAppRelationship(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::MobileAppTroubleshootingEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::MobileContainedApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::MobileLobApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::MobileThreatDefenseConnector(v) => &mut v.extra,
            #[cfg(msgraph_v1_c66)]
            Self::MultiTenantOrganization(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::MultiTenantOrganizationIdentitySyncPolicyTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_c66)]
            Self::MultiTenantOrganizationJoinRequestRecord(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::MultiTenantOrganizationMember(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::MultiTenantOrganizationPartnerConfigurationTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::MultiValueLegacyExtendedProperty(v) => &mut v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::MuteParticipantOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::Notebook(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::NotificationMessageTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_c98)]
            Self::OAuth2PermissionGrant(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::OfferShiftRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::OfficeGraphInsights(v) => &mut v.extra,
            #[cfg(msgraph_v1_c35)]
            Self::OidcIdentityProvider(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::OnAttributeCollectionListener(v) => &mut v.extra,
            #[cfg(msgraph_v1_c50)]
            Self::OnAttributeCollectionStartCustomExtension(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::OnAttributeCollectionStartListener(v) => &mut v.extra,
            #[cfg(msgraph_v1_c50)]
            Self::OnAttributeCollectionSubmitCustomExtension(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::OnAttributeCollectionSubmitListener(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::OnAuthenticationMethodLoadStartListener(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::OnEmailOtpSendListener(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::OnFraudProtectionLoadStartListener(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::OnInteractiveAuthFlowStartListener(v) => &mut v.extra,
            #[cfg(msgraph_v1_c50)]
            Self::OnOtpSendCustomExtension(v) => &mut v.extra,
            #[cfg(msgraph_v1_c50)]
            Self::OnPasswordSubmitCustomExtension(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::OnPasswordSubmitListener(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::OnPremisesConditionalAccessSettings(v) => &mut v.extra,
            #[cfg(msgraph_v1_c27)]
            Self::OnPremisesDirectorySynchronization(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::OnPremisesSyncBehavior(v) => &mut v.extra,
            #[cfg(msgraph_v1_c50)]
            Self::OnTokenIssuanceStartCustomExtension(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::OnTokenIssuanceStartListener(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::OnUserCreateStartListener(v) => &mut v.extra,
            #[cfg(msgraph_v1_c50)]
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::OnVerifiedIdClaimValidationListener(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::OneDriveForBusinessBrowseSession(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::OneDriveForBusinessProtectionPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::OneDriveForBusinessRestoreSession(v) => &mut v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::Onenote(v) => &mut v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::OnenoteEntityBaseModel(v) => &mut v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::OnenoteEntityHierarchyModel(v) => &mut v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::OnenoteEntitySchemaObjectModel(v) => &mut v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::OnenoteOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::OnenotePage(v) => &mut v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::OnenoteResource(v) => &mut v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::OnenoteSection(v) => &mut v.extra,
            #[cfg(msgraph_v1_c14)]
            Self::OnlineMeeting(v) => &mut v.extra,
            #[cfg(msgraph_v1_c26)]
            Self::OnlineMeetingBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::OnlineMeetingEngagementConversation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::OpenShift(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::OpenShiftChangeRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::OpenTypeExtension(v) => &mut v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::Operation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::OrgContact(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Organization(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::OrganizationalBranding(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::OrganizationalBrandingLocalization(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::OrganizationalBrandingProperties(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::OutlookCategory(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::OutlookItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::OutlookUser(v) => &mut v.extra,
            #[cfg(msgraph_v1_c16)]
            Self::OwnerlessGroupPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::Participant(v) => &mut v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::ParticipantJoiningNotification(v) => &mut v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::ParticipantLeftNotification(v) => &mut v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::Partners(v) => &mut v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::AzureUsage(v) => &mut v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::BilledReconciliation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::BilledUsage(v) => &mut v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::Billing(v) => &mut v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::BillingReconciliation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::ExportSuccessOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::FailedOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::Manifest(v) => &mut v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::PartnersBillingOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::RunningOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::UnbilledReconciliation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::UnbilledUsage(v) => &mut v.extra,
            #[cfg(msgraph_v1_c18)]
            Self::PasskeyAuthenticationMethodTarget(v) => &mut v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::PasskeyProfile(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::PasswordAuthenticationMethod(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::Payload(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::PeopleAdminSettings(v) => &mut v.extra,
            #[cfg(msgraph_v1_c54)]
            Self::Permission(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::PermissionGrantConditionSet(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::PermissionGrantPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Person(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::PhoneAuthenticationMethod(v) => &mut v.extra,
            #[cfg(msgraph_v1_c3)]
            Self::PhoneUserConversationMember(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::PinnedChatMessageInfo(v) => &mut v.extra,
            #[cfg(msgraph_v1_c42)]
            Self::Place(v) => &mut v.extra,
            #[cfg(msgraph_v1_c103)]
            Self::Planner(v) => &mut v.extra,
            #[cfg(msgraph_v1_c104)]
            Self::PlannerAssignedToTaskBoardTaskFormat(v) => &mut v.extra,
            #[cfg(msgraph_v1_c104)]
            Self::PlannerBucket(v) => &mut v.extra,
            #[cfg(msgraph_v1_c104)]
            Self::PlannerBucketTaskBoardTaskFormat(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::PlannerGroup(v) => &mut v.extra,
            #[cfg(msgraph_v1_c104)]
            Self::PlannerPlan(v) => &mut v.extra,
            #[cfg(msgraph_v1_c104)]
            Self::PlannerPlanDetails(v) => &mut v.extra,
            #[cfg(msgraph_v1_c104)]
            Self::PlannerProgressTaskBoardTaskFormat(v) => &mut v.extra,
            #[cfg(msgraph_v1_c104)]
            Self::PlannerTask(v) => &mut v.extra,
            #[cfg(msgraph_v1_c104)]
            Self::PlannerTaskDetails(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::PlannerUser(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::PlatformCredentialAuthenticationMethod(v) => &mut v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::PlayPromptOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::PolicyBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_c16)]
            Self::PolicyRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::PolicyTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Post(v) => &mut v.extra,
            #[cfg(msgraph_v1_c14)]
            Self::Presence(v) => &mut v.extra,
            #[cfg(msgraph_v1_c105)]
            Self::PrintConnector(v) => &mut v.extra,
            #[cfg(msgraph_v1_c87)]
            Self::PrintDocument(v) => &mut v.extra,
            #[cfg(msgraph_v1_c87)]
            Self::PrintJob(v) => &mut v.extra,
            #[cfg(msgraph_v1_c105)]
            Self::PrintOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c105)]
            Self::PrintService(v) => &mut v.extra,
            #[cfg(msgraph_v1_c105)]
            Self::PrintServiceEndpoint(v) => &mut v.extra,
            #[cfg(msgraph_v1_c87)]
            Self::PrintTask(v) => &mut v.extra,
            #[cfg(msgraph_v1_c105)]
            Self::PrintTaskDefinition(v) => &mut v.extra,
            #[cfg(msgraph_v1_c105)]
            Self::PrintTaskTrigger(v) => &mut v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::PrintUsage(v) => &mut v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::PrintUsageByPrinter(v) => &mut v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::PrintUsageByUser(v) => &mut v.extra,
            #[cfg(msgraph_v1_c105)]
            Self::Printer(v) => &mut v.extra,
            #[cfg(msgraph_v1_c87)]
            Self::PrinterBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_c105)]
            Self::PrinterCreateOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c87)]
            Self::PrinterShare(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroup(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroupAssignmentScheduleInstance(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroupEligibilityScheduleInstance(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessSchedule(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessScheduleInstance(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ProfileCardProperty(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ProfilePhoto(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ProfilePropertySetting(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ProfileSource(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::PronounsSettings(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::ProtectionPolicyBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::ProtectionRuleBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::ProtectionUnitBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::ProtectionUnitsBulkJobBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_c38)]
            Self::ProvisioningObjectSummary(v) => &mut v.extra,
            #[cfg(msgraph_v1_c27)]
            Self::PublicKeyInfrastructureRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::QrCode(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::QrCodePinAuthenticationMethod(v) => &mut v.extra,
            #[cfg(msgraph_v1_c18)]
            Self::QrCodePinAuthenticationMethodConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::QrPin(v) => &mut v.extra,
            #[cfg(msgraph_v1_c34)]
            Self::RbacApplication(v) => &mut v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::ReadingAssignmentSubmission(v) => &mut v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::ReadingCoachPassage(v) => &mut v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::RecordOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::RecycleBin(v) => &mut v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::RecycleBinItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ReferenceAttachment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::ReflectCheckInResponse(v) => &mut v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::RelyingPartyDetailedSummary(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::RemoteAssistancePartner(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::RemoteDesktopSecurityConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::RemoteTenantGroup(v) => &mut v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::ReportsRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_c74)]
            Self::Request(v) => &mut v.extra,
            #[cfg(msgraph_v1_c66)]
            Self::ResellerDelegatedAdminRelationship(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::ResourceOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ResourceSpecificPermissionGrant(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::RestoreArtifactBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::RestoreArtifactsBulkRequestBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::RestorePoint(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::RestoreSessionBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_c4)]
            Self::RichLongRunningOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c12)]
            Self::RiskDetection(v) => &mut v.extra,
            #[cfg(msgraph_v1_c12)]
            Self::RiskyServicePrincipal(v) => &mut v.extra,
            #[cfg(msgraph_v1_c12)]
            Self::RiskyServicePrincipalHistoryItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_c12)]
            Self::RiskyUser(v) => &mut v.extra,
            #[cfg(msgraph_v1_c12)]
            Self::RiskyUserHistoryItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::RoleAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::RoleDefinition(v) => &mut v.extra,
            #[cfg(msgraph_v1_c42)]
            Self::Room(v) => &mut v.extra,
            #[cfg(msgraph_v1_c42)]
            Self::RoomList(v) => &mut v.extra,
            #[cfg(msgraph_v1_c35)]
            Self::SamlOrWsFedExternalDomainFederation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c52)]
            Self::SamlOrWsFedProvider(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Schedule(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ScheduleChangeRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::SchedulingGroup(v) => &mut v.extra,
            #[cfg(msgraph_v1_c75)]
            Self::SchemaExtension(v) => &mut v.extra,
            #[cfg(msgraph_v1_c112)]
            Self::ScopedRoleMembership(v) => &mut v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::Acronym(v) => &mut v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::Bookmark(v) => &mut v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::Qna(v) => &mut v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::SearchAnswer(v) => &mut v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::SearchEntity(v) => &mut v.extra,
            #[cfg(msgraph_v1_c42)]
            Self::Section(v) => &mut v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::SectionGroup(v) => &mut v.extra,
            #[cfg(msgraph_v1_c42)]
            Self::SectionMap(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::SecureScore(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::SecureScoreControlProfile(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::SecurityAlert(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::AnalyzedEmail(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::Article(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::ArticleIndicator(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::Artifact(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::AuditCoreRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::AuditLogQuery(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::AuditLogRecord(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::AuthorityTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::AutoAuditingConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::Case(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::CaseOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::CasesRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::CategoryTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::CitationTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::CollaborationRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::DataSet(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::DataSource(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::DataSourceContainer(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::DepartmentTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryAddToReviewSetOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryCase(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryCaseMember(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryCaseSettings(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryCustodian(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryEstimateOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryExportOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryHoldOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryHoldPolicySyncOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryIndexOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryNoncustodialDataSource(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryPurgeDataOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryReviewSet(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryReviewSetQuery(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryReviewTag(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoverySearch(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoverySearchExportOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryTagOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::FilePlanDescriptor(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::FilePlanDescriptorTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::FilePlanReferenceTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::HealthIssue(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::Host(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::HostComponent(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::HostCookie(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::HostPair(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::HostPort(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::HostReputation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::HostSslCertificate(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::HostTracker(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::Hostname(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::IdentityAccounts(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::SecurityIdentityContainer(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::Incident(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::Indicator(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::IntelligenceProfile(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::IntelligenceProfileIndicator(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::IpAddress(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::LabelsRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::NetworkAdapter(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::PassiveDnsRecord(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::RetentionEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::RetentionEventType(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::RetentionLabel(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::Search(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::Sensor(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::SensorCandidate(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::SensorCandidateActivationConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::SettingsContainer(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::SiteSource(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::SslCertificate(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::SubcategoryTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::Subdomain(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::Tag(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::ThreatIntelligence(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::TriggerTypesRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::TriggersRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::UnclassifiedArtifact(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::UnifiedGroupSource(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::SecurityUser(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::UserSource(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::Vulnerability(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::VulnerabilityComponent(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::WhoisBaseRecord(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::WhoisHistoryRecord(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::WhoisRecord(v) => &mut v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::SecurityReportsRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::SendDtmfTonesOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c11)]
            Self::SensitivityLabel(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ServiceAnnouncement(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ServiceAnnouncementAttachment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ServiceAnnouncementBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::ServiceApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ServiceHealth(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ServiceHealthIssue(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ServicePrincipal(v) => &mut v.extra,
            #[cfg(msgraph_v1_c12)]
            Self::ServicePrincipalRiskDetection(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ServiceProviderConstraints(v) => &mut v.extra,
            #[cfg(msgraph_v1_c40)]
            Self::ServiceStorageQuotaBreakdown(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::ServiceUpdateMessage(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::SettingStateDeviceSummary(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::SharePointBrowseSession(v) => &mut v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointGroup(v) => &mut v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointGroupMember(v) => &mut v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationFinishManifestFileUploadEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJob(v) => &mut v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobCancelledEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobDeletedEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobErrorEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobPostponedEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobProgressEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobQueuedEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobStartEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::SharePointProtectionPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::SharePointRestoreSession(v) => &mut v.extra,
            #[cfg(msgraph_v1_c115)]
            Self::SharedDriveItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::SharedInsight(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::SharedPcConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c3)]
            Self::SharedWithChannelTeamInfo(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::Sharepoint(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::SharepointSettings(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Shift(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::ShiftPreferences(v) => &mut v.extra,
            #[cfg(msgraph_v1_c38)]
            Self::SignIn(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::Simulation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::SimulationAutomation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::SimulationAutomationRun(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::SingleValueLegacyExtendedProperty(v) => &mut v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::Site(v) => &mut v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::SitePage(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::SiteProtectionRule(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::SiteProtectionUnit(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::SiteProtectionUnitsBulkAdditionJob(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::SiteRestoreArtifact(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_c3)]
            Self::SkypeForBusinessUserConversationMember(v) => &mut v.extra,
            #[cfg(msgraph_v1_c3)]
            Self::SkypeUserConversationMember(v) => &mut v.extra,
            #[cfg(msgraph_v1_c18)]
            Self::SmsAuthenticationMethodConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c18)]
            Self::SmsAuthenticationMethodTarget(v) => &mut v.extra,
            #[cfg(msgraph_v1_c35)]
            Self::SocialIdentityProvider(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::SoftwareOathAuthenticationMethod(v) => &mut v.extra,
            #[cfg(msgraph_v1_c18)]
            Self::SoftwareOathAuthenticationMethodConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::SoftwareUpdateStatusSummary(v) => &mut v.extra,
            #[cfg(msgraph_v1_c59)]
            Self::SpeakerAssignmentSubmission(v) => &mut v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::StandardWebPart(v) => &mut v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::StartHoldMusicOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::StopHoldMusicOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c40)]
            Self::StorageQuotaBreakdown(v) => &mut v.extra,
            #[cfg(msgraph_v1_c76)]
            Self::StorageSettings(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::StsPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c53)]
            Self::SubjectRightsRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::SubscribeToToneOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c93)]
            Self::SubscribedSku(v) => &mut v.extra,
            #[cfg(msgraph_v1_c119)]
            Self::Subscription(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::SwapShiftsChangeRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Synchronization(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::SynchronizationJob(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::SynchronizationSchema(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::SynchronizationTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::TargetDeviceGroup(v) => &mut v.extra,
            #[cfg(msgraph_v1_c3)]
            Self::TargetedChatMessage(v) => &mut v.extra,
            #[cfg(msgraph_v1_c30)]
            Self::TargetedManagedAppConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c30)]
            Self::TargetedManagedAppPolicyAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c30)]
            Self::TargetedManagedAppProtection(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::TaskFileAttachment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Team(v) => &mut v.extra,
            #[cfg(msgraph_v1_c3)]
            Self::TeamInfo(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::NumberAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::PolicyIdentifierDetail(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::TeamsAdminRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::TeamsPolicyAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::TeamsPolicyUserAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::TeamsUserConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::TelephoneNumberLongRunningOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c17)]
            Self::TelephoneNumberManagementRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_c32)]
            Self::TeamsApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_c32)]
            Self::TeamsAppDefinition(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::TeamsAppInstallation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c67)]
            Self::TeamsAppSettings(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::TeamsAsyncOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c3)]
            Self::TeamsTab(v) => &mut v.extra,
            #[cfg(msgraph_v1_c121)]
            Self::TeamsTemplate(v) => &mut v.extra,
            #[cfg(msgraph_v1_c67)]
            Self::Teamwork(v) => &mut v.extra,
            #[cfg(msgraph_v1_c32)]
            Self::TeamworkBot(v) => &mut v.extra,
            #[cfg(msgraph_v1_c3)]
            Self::TeamworkHostedContent(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::TeamworkTag(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::TeamworkTagMember(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::TemporaryAccessPassAuthenticationMethod(v) => &mut v.extra,
            #[cfg(msgraph_v1_c18)]
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::TenantAppManagementPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::TenantDataSecurityAndGovernance(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::TenantProtectionScopeContainer(v) => &mut v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::TermStoreGroup(v) => &mut v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::Relation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::Set(v) => &mut v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::Store(v) => &mut v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::Term(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::TermsAndConditions(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::TermsAndConditionsAcceptanceStatus(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::TermsAndConditionsAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::TermsOfUseContainer(v) => &mut v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::TextWebPart(v) => &mut v.extra,
            #[cfg(msgraph_v1_c56)]
            Self::ThreatAssessmentRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_c56)]
            Self::ThreatAssessmentResult(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::ThumbnailSet(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::TimeCard(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::TimeOff(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::TimeOffReason(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::TimeOffRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Todo(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::TodoTask(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::TodoTaskList(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::TokenIssuancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::TokenLifetimePolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::Training(v) => &mut v.extra,
            #[cfg(msgraph_v1_c8)]
            Self::TrainingLanguageDetail(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::Trending(v) => &mut v.extra,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRbacResourceAction(v) => &mut v.extra,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRbacResourceNamespace(v) => &mut v.extra,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleAssignmentSchedule(v) => &mut v.extra,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &mut v.extra,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleDefinition(v) => &mut v.extra,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleEligibilitySchedule(v) => &mut v.extra,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &mut v.extra,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyApprovalRule(v) => &mut v.extra,
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyAuthenticationContextRule(v) => &mut v.extra,
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyEnablementRule(v) => &mut v.extra,
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyExpirationRule(v) => &mut v.extra,
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyNotificationRule(v) => &mut v.extra,
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyRule(v) => &mut v.extra,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleScheduleBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleScheduleInstanceBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_c40)]
            Self::UnifiedStorageQuota(v) => &mut v.extra,
            #[cfg(msgraph_v1_c42)]
            Self::UnitMap(v) => &mut v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::UnmuteParticipantOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c13)]
            Self::UpdateRecordingStatusOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c56)]
            Self::UrlAssessmentRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::UsageRightsIncluded(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::UsedInsight(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::User(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::UserActivity(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::UserConsentRequest(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::UserDataSecurityAndGovernance(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails(
                v,
            ) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId(
                v,
            ) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion(v) => {
                &mut v.extra
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthApplicationPerformance(v) => {
                &mut v.extra
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthDeviceModelPerformance(v) => {
                &mut v.extra
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformance(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformanceDetails(v) => {
                &mut v.extra
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthOsVersionPerformance(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsBaseline(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsCategory(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsDevicePerformance(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsDeviceScores(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsDeviceStartupHistory(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsDeviceStartupProcess(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsDeviceStartupProcessPerformance(v) => {
                &mut v.extra
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsMetric(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsMetricHistory(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsModelScores(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsOverview(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsScoreHistory(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsWorkFromAnywhereDevice(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric(v) => {
                &mut v.extra
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsWorkFromAnywhereMetric(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsWorkFromAnywhereModelPerformance(v) => {
                &mut v.extra
            }
            #[cfg(msgraph_v1_c23)]
            Self::UserFlowLanguageConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::UserFlowLanguagePage(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::UserInsightsSettings(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::UserInstallStateSummary(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::UserProtectionScopeContainer(v) => &mut v.extra,
            #[cfg(msgraph_v1_c44)]
            Self::UserRegistrationDetails(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::UserScopeTeamsAppInstallation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::UserSettings(v) => &mut v.extra,
            #[cfg(msgraph_v1_c6)]
            Self::UserSignInInsight(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::UserSolutionRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::UserStorage(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::UserTeamwork(v) => &mut v.extra,
            #[cfg(msgraph_v1_c18)]
            Self::VerifiableCredentialAuthenticationMethodTarget(v) => &mut v.extra,
            #[cfg(msgraph_v1_c18)]
            Self::VerifiableCredentialsAuthenticationMethodConfiguration(v) => {
                &mut v.extra
            }
            #[cfg(msgraph_v1_c23)]
            Self::VerifiedIdProfile(v) => &mut v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::VerticalSection(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::VirtualEndpoint(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEvent(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventPresenter(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventRegistration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventRegistrationConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventRegistrationCustomQuestion(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventRegistrationPredefinedQuestion(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventRegistrationQuestionBase(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventSession(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventTownhall(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventTownhallRegistrationConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventWebinar(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventWebinarRegistrationConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventsRoot(v) => &mut v.extra,
            #[cfg(msgraph_v1_c18)]
            Self::VoiceAuthenticationMethodConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::VppToken(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::WebApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::WebApplicationFirewallProvider(v) => &mut v.extra,
            #[cfg(msgraph_v1_c23)]
            Self::WebApplicationFirewallVerificationModel(v) => &mut v.extra,
            #[cfg(msgraph_v1_c1)]
            Self::WebPart(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::Win32LobApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10CompliancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10CustomConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10EndpointProtectionConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10GeneralConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10MobileCompliancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10SecureAssessmentConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10TeamGeneralConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::Windows81CompliancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::Windows81GeneralConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::WindowsAppX(v) => &mut v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::WindowsAutopilotDeploymentProfile(v) => &mut v.extra,
            #[cfg(msgraph_v1_c19)]
            Self::WindowsAutopilotDeploymentProfileAssignment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsAutopilotDeviceIdentity(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c9)]
            Self::WindowsDeviceMalwareState(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => &mut v.extra,
            #[cfg(msgraph_v1_c30)]
            Self::WindowsInformationProtection(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsInformationProtectionAppLearningSummary(v) => &mut v.extra,
            #[cfg(msgraph_v1_c30)]
            Self::WindowsInformationProtectionAppLockerFile(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsInformationProtectionNetworkLearningSummary(v) => &mut v.extra,
            #[cfg(msgraph_v1_c30)]
            Self::WindowsInformationProtectionPolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsMalwareInformation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::WindowsMobileMsi(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsPhone81CompliancePolicy(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsPhone81CustomConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsPhone81GeneralConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c9)]
            Self::WindowsProtectionState(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::WindowsSetting(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::WindowsSettingInstance(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::WindowsUniversalAppX(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::WindowsUniversalAppXContainedApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsUpdateForBusinessConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c29)]
            Self::WindowsWebApp(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::WorkHoursAndLocationsSetting(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::WorkPlanOccurrence(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::WorkPlanRecurrence(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::Workbook(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookApplication(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChart(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartAreaFormat(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartAxes(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartAxis(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartAxisFormat(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartAxisTitle(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartAxisTitleFormat(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartDataLabelFormat(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartDataLabels(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartFill(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartFont(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartGridlines(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartGridlinesFormat(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartLegend(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartLegendFormat(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartLineFormat(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartPoint(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartPointFormat(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartSeries(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartSeriesFormat(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartTitle(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartTitleFormat(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookComment(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookCommentReply(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookFilter(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookFormatProtection(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookFunctionResult(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookFunctions(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookNamedItem(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookOperation(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookPivotTable(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRange(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRangeBorder(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRangeFill(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRangeFont(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRangeFormat(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRangeSort(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRangeView(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookTable(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookTableColumn(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookTableRow(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookTableSort(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookWorksheet(v) => &mut v.extra,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookWorksheetProtection(v) => &mut v.extra,
            #[cfg(msgraph_v1_c67)]
            Self::WorkforceIntegration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c10)]
            Self::WorkingTimeSchedule(v) => &mut v.extra,
            #[cfg(msgraph_v1_c42)]
            Self::Workspace(v) => &mut v.extra,
            #[cfg(msgraph_v1_c18)]
            Self::X509CertificateAuthenticationMethodConfiguration(v) => &mut v.extra,
            #[cfg(msgraph_v1_c37)]
            Self::X509CertificateCombinationConfiguration(v) => &mut v.extra,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id(&self) -> &rt::Field<::std::string::String> {
        match self {
            Self::Entity(v) => &v.id,
            #[cfg(msgraph_v1_c3)]
            Self::AadUserConversationMember(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackage(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageAssignment(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageAssignmentPolicy(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageAssignmentRequest(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageAssignmentRequestWorkflowExtension(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageAssignmentWorkflowExtension(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageCatalog(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageMultipleChoiceQuestion(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageQuestion(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageResource(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageResourceEnvironment(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageResourceRequest(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageResourceRole(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageResourceRoleScope(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageResourceScope(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageSubject(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageSuggestion(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageTextInputQuestion(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewHistoryDefinition(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewHistoryInstance(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewInstance(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewInstanceDecisionItem(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewReviewer(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewScheduleDefinition(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewSet(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewStage(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ActivitiesContainer(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ActivityBasedTimeoutPolicy(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ActivityHistoryItem(v) => &v.id,
            #[cfg(msgraph_v1_c13)]
            Self::AddLargeGalleryViewOperation(v) => &v.id,
            #[cfg(msgraph_v1_c14)]
            Self::AdhocCall(v) => &v.id,
            #[cfg(msgraph_v1_c16)]
            Self::AdminConsentRequestPolicy(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::AdminMicrosoft365Apps(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::AdminReportSettings(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::AdministrativeUnit(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::AgentIdentity(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::AgentIdentityBlueprint(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::AgentIdentityBlueprintPrincipal(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::AgentUser(v) => &v.id,
            #[cfg(msgraph_v1_c20)]
            Self::Agreement(v) => &v.id,
            #[cfg(msgraph_v1_c21)]
            Self::AgreementAcceptance(v) => &v.id,
            #[cfg(msgraph_v1_c20)]
            Self::AgreementFile(v) => &v.id,
            #[cfg(msgraph_v1_c20)]
            Self::AgreementFileLocalization(v) => &v.id,
            #[cfg(msgraph_v1_c20)]
            Self::AgreementFileProperties(v) => &v.id,
            #[cfg(msgraph_v1_c20)]
            Self::AgreementFileVersion(v) => &v.id,
            #[cfg(msgraph_v1_c5)]
            Self::AiInteraction(v) => &v.id,
            #[cfg(msgraph_v1_c5)]
            Self::AiInteractionHistory(v) => &v.id,
            #[cfg(msgraph_v1_c5)]
            Self::AiOnlineMeeting(v) => &v.id,
            #[cfg(msgraph_v1_c5)]
            Self::AiUser(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::AkamaiWebApplicationFirewallProvider(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::Alert(v) => &v.id,
            #[cfg(msgraph_v1_c27)]
            Self::AllowedValue(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::AndroidCompliancePolicy(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::AndroidCustomConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::AndroidGeneralDeviceConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::AndroidLobApp(v) => &v.id,
            #[cfg(msgraph_v1_c30)]
            Self::AndroidManagedAppProtection(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::AndroidManagedAppRegistration(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::AndroidStoreApp(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::AndroidWorkProfileCompliancePolicy(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::AndroidWorkProfileCustomConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c3)]
            Self::AnonymousGuestConversationMember(v) => &v.id,
            #[cfg(msgraph_v1_c32)]
            Self::AppCatalogs(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AppConsentApprovalRoute(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AppConsentRequest(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::AppLogCollectionRequest(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::AppManagementPolicy(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::AppRoleAssignment(v) => &v.id,
            #[cfg(msgraph_v1_c34)]
            Self::AppScope(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::AppleDeviceFeaturesConfigurationBase(v) => &v.id,
            #[cfg(msgraph_v1_c35)]
            Self::AppleManagedIdentityProvider(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::ApplePushNotificationCertificate(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Application(v) => &v.id,
            #[cfg(msgraph_v1_c36)]
            Self::ApplicationTemplate(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::Approval(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::ApprovalStage(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ApprovedClientApp(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::ArkoseFraudProtectionProvider(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::AssociatedTeamInfo(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Attachment(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::AttachmentBase(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::AttachmentSession(v) => &v.id,
            #[cfg(msgraph_v1_c11)]
            Self::AttackSimulationOperation(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::AttackSimulationRoot(v) => &v.id,
            #[cfg(msgraph_v1_c26)]
            Self::AttendanceRecord(v) => &v.id,
            #[cfg(msgraph_v1_c47)]
            Self::AttributeMappingFunctionSchema(v) => &v.id,
            #[cfg(msgraph_v1_c27)]
            Self::AttributeSet(v) => &v.id,
            #[cfg(msgraph_v1_c13)]
            Self::AudioRoutingGroup(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::AuditEvent(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Authentication(v) => &v.id,
            #[cfg(msgraph_v1_c37)]
            Self::AuthenticationCombinationConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::AuthenticationContextClassReference(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::AuthenticationEventListener(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::AuthenticationEventsFlow(v) => &v.id,
            #[cfg(msgraph_v1_c16)]
            Self::AuthenticationFlowsPolicy(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::AuthenticationMethod(v) => &v.id,
            #[cfg(msgraph_v1_c18)]
            Self::AuthenticationMethodConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::AuthenticationMethodModeDetail(v) => &v.id,
            #[cfg(msgraph_v1_c18)]
            Self::AuthenticationMethodTarget(v) => &v.id,
            #[cfg(msgraph_v1_c51)]
            Self::AuthenticationMethodsPolicy(v) => &v.id,
            #[cfg(msgraph_v1_c44)]
            Self::AuthenticationMethodsRoot(v) => &v.id,
            #[cfg(msgraph_v1_c37)]
            Self::AuthenticationStrengthPolicy(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::AuthenticationStrengthRoot(v) => &v.id,
            #[cfg(msgraph_v1_c53)]
            Self::AuthoredNote(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::AuthorizationPolicy(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AvailableAccessPackage(v) => &v.id,
            #[cfg(msgraph_v1_c3)]
            Self::AzureCommunicationServicesUserConversationMember(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::B2xIdentityUserFlow(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::BackupRestoreRoot(v) => &v.id,
            #[cfg(msgraph_v1_c54)]
            Self::BaseItem(v) => &v.id,
            #[cfg(msgraph_v1_c4)]
            Self::BaseItemVersion(v) => &v.id,
            #[cfg(msgraph_v1_c42)]
            Self::BaseMapFeature(v) => &v.id,
            #[cfg(msgraph_v1_c1)]
            Self::BaseSitePage(v) => &v.id,
            #[cfg(msgraph_v1_c56)]
            Self::Bitlocker(v) => &v.id,
            #[cfg(msgraph_v1_c56)]
            Self::BitlockerRecoveryKey(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::BookingAppointment(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::BookingBusiness(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::BookingCurrency(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::BookingCustomQuestion(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::BookingCustomer(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::BookingCustomerBase(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::BookingService(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::BookingStaffMember(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::BookingStaffMemberBase(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::BrowseSessionBase(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::BrowserSharedCookie(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::BrowserSite(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::BrowserSiteList(v) => &v.id,
            #[cfg(msgraph_v1_c42)]
            Self::Building(v) => &v.id,
            #[cfg(msgraph_v1_c42)]
            Self::BuildingMap(v) => &v.id,
            #[cfg(msgraph_v1_c35)]
            Self::BuiltInIdentityProvider(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::BulkUpload(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::CaPoliciesDeletableRoot(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Calendar(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::CalendarGroup(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::CalendarPermission(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::CalendarSharingMessage(v) => &v.id,
            #[cfg(msgraph_v1_c13)]
            Self::Call(v) => &v.id,
            #[cfg(msgraph_v1_c5)]
            Self::CallAiInsight(v) => &v.id,
            #[cfg(msgraph_v1_c19)]
            Self::CallEvent(v) => &v.id,
            #[cfg(msgraph_v1_c14)]
            Self::CallRecording(v) => &v.id,
            #[cfg(msgraph_v1_c13)]
            Self::CallRecord(v) => &v.id,
            #[cfg(msgraph_v1_c13)]
            Self::Organizer(v) => &v.id,
            #[cfg(msgraph_v1_c13)]
            Self::CallRecordsParticipant(v) => &v.id,
            #[cfg(msgraph_v1_c13)]
            Self::ParticipantBase(v) => &v.id,
            #[cfg(msgraph_v1_c13)]
            Self::Segment(v) => &v.id,
            #[cfg(msgraph_v1_c13)]
            Self::Session(v) => &v.id,
            #[cfg(msgraph_v1_c14)]
            Self::CallTranscript(v) => &v.id,
            #[cfg(msgraph_v1_c13)]
            Self::CancelMediaProcessingOperation(v) => &v.id,
            #[cfg(msgraph_v1_c1)]
            Self::CanvasLayout(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::CertificateAuthorityDetail(v) => &v.id,
            #[cfg(msgraph_v1_c58)]
            Self::CertificateBasedAuthConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::CertificateBasedAuthPki(v) => &v.id,
            #[cfg(msgraph_v1_c3)]
            Self::ChangeTrackedEntity(v) => &v.id,
            #[cfg(msgraph_v1_c3)]
            Self::Channel(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Chat(v) => &v.id,
            #[cfg(msgraph_v1_c3)]
            Self::ChatMessage(v) => &v.id,
            #[cfg(msgraph_v1_c3)]
            Self::ChatMessageHostedContent(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ChatMessageInfo(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ChecklistItem(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ClaimsMappingPolicy(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::CloudClipboardItem(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::CloudClipboardRoot(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::CloudFlareWebApplicationFirewallProvider(v) => &v.id,
            #[cfg(msgraph_v1_c9)]
            Self::CloudPc(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcAuditEvent(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcDeviceImage(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcGalleryImage(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcOnPremisesConnection(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcProvisioningPolicy(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcProvisioningPolicyAssignment(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcReport(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcServicePlan(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcUserSetting(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcUserSettingAssignment(v) => &v.id,
            #[cfg(msgraph_v1_c54)]
            Self::ColumnDefinition(v) => &v.id,
            #[cfg(msgraph_v1_c4)]
            Self::ColumnLink(v) => &v.id,
            #[cfg(msgraph_v1_c13)]
            Self::CommsOperation(v) => &v.id,
            #[cfg(msgraph_v1_c43)]
            Self::Community(v) => &v.id,
            #[cfg(msgraph_v1_c27)]
            Self::CompanySubscription(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::ComplianceManagementPartner(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::ConditionalAccessRoot(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::ConditionalAccessTemplate(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ConfigurationBaseline(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ConfigurationDrift(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ConfigurationManagement(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ConfigurationMonitor(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ConfigurationMonitoringResult(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ConfigurationSnapshotJob(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::ConnectedOrganization(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Contact(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ContactFolder(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ContentActivity(v) => &v.id,
            #[cfg(msgraph_v1_c13)]
            Self::ContentSharingSession(v) => &v.id,
            #[cfg(msgraph_v1_c4)]
            Self::ContentType(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Contract(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::ControlConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Conversation(v) => &v.id,
            #[cfg(msgraph_v1_c3)]
            Self::ConversationMember(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ConversationThread(v) => &v.id,
            #[cfg(msgraph_v1_c5)]
            Self::CopilotAdmin(v) => &v.id,
            #[cfg(msgraph_v1_c5)]
            Self::CopilotAdminCatalog(v) => &v.id,
            #[cfg(msgraph_v1_c5)]
            Self::CopilotAdminLimitedMode(v) => &v.id,
            #[cfg(msgraph_v1_c5)]
            Self::CopilotAdminSetting(v) => &v.id,
            #[cfg(msgraph_v1_c5)]
            Self::CopilotPackage(v) => &v.id,
            #[cfg(msgraph_v1_c5)]
            Self::CopilotPackageDetail(v) => &v.id,
            #[cfg(msgraph_v1_c5)]
            Self::CopilotReportRoot(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::CrossTenantAccessPolicy(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::CrossTenantAccessPolicyConfigurationDefault(v) => &v.id,
            #[cfg(msgraph_v1_c50)]
            Self::CustomAuthenticationExtension(v) => &v.id,
            #[cfg(msgraph_v1_c50)]
            Self::CustomCalloutExtension(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::CustomDataProvidedResource(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::CustomDataProvidedResourceAccessReviewUploadSession(v) => &v.id,
            #[cfg(msgraph_v1_c19)]
            Self::CustomDataProvidedResourceFile(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::CustomDataProvidedResourceUploadSession(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::CustomExtensionStageSetting(v) => &v.id,
            #[cfg(msgraph_v1_c27)]
            Self::CustomSecurityAttributeDefinition(v) => &v.id,
            #[cfg(msgraph_v1_c63)]
            Self::DataPolicyOperation(v) => &v.id,
            #[cfg(msgraph_v1_c11)]
            Self::DataSecurityAndGovernance(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::DayNote(v) => &v.id,
            #[cfg(msgraph_v1_c30)]
            Self::DefaultManagedAppProtection(v) => &v.id,
            #[cfg(msgraph_v1_c66)]
            Self::DelegatedAdminAccessAssignment(v) => &v.id,
            #[cfg(msgraph_v1_c66)]
            Self::DelegatedAdminCustomer(v) => &v.id,
            #[cfg(msgraph_v1_c66)]
            Self::DelegatedAdminRelationship(v) => &v.id,
            #[cfg(msgraph_v1_c66)]
            Self::DelegatedAdminRelationshipOperation(v) => &v.id,
            #[cfg(msgraph_v1_c66)]
            Self::DelegatedAdminRelationshipRequest(v) => &v.id,
            #[cfg(msgraph_v1_c66)]
            Self::DelegatedAdminServiceManagementDetail(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::DelegatedAdminServiceProviderConstraints(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::DelegatedPermissionClassification(v) => &v.id,
            #[cfg(msgraph_v1_c67)]
            Self::DeletedChat(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::DeletedItemContainer(v) => &v.id,
            #[cfg(msgraph_v1_c67)]
            Self::DeletedTeam(v) => &v.id,
            #[cfg(msgraph_v1_c19)]
            Self::DeltaParticipants(v) => &v.id,
            #[cfg(msgraph_v1_c42)]
            Self::Desk(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DetectedApp(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Device(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceAndAppManagementRoleAssignment(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceAndAppManagementRoleDefinition(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::DeviceAppManagement(v) => &v.id,
            #[cfg(msgraph_v1_c9)]
            Self::DeviceCategory(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceActionItem(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceDeviceOverview(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceDeviceStatus(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceCompliancePolicy(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceCompliancePolicyAssignment(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceCompliancePolicyDeviceStateSummary(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceCompliancePolicySettingStateSummary(v) => &v.id,
            #[cfg(msgraph_v1_c9)]
            Self::DeviceCompliancePolicyState(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceScheduledActionForRule(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceSettingState(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceUserOverview(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceUserStatus(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfigurationAssignment(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfigurationDeviceOverview(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfigurationDeviceStateSummary(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfigurationDeviceStatus(v) => &v.id,
            #[cfg(msgraph_v1_c9)]
            Self::DeviceConfigurationState(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfigurationUserOverview(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfigurationUserStatus(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceEnrollmentConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceEnrollmentLimitConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::DeviceInstallState(v) => &v.id,
            #[cfg(msgraph_v1_c27)]
            Self::DeviceLocalCredentialInfo(v) => &v.id,
            #[cfg(msgraph_v1_c9)]
            Self::DeviceLogCollectionResponse(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceManagement(v) => &v.id,
            #[cfg(msgraph_v1_c19)]
            Self::DeviceManagementCachedReportConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceManagementExchangeConnector(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceManagementExportJob(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceManagementPartner(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceManagementReports(v) => &v.id,
            #[cfg(msgraph_v1_c9)]
            Self::DeviceManagementTroubleshootingEvent(v) => &v.id,
            #[cfg(msgraph_v1_c16)]
            Self::DeviceRegistrationPolicy(v) => &v.id,
            #[cfg(msgraph_v1_c27)]
            Self::Directory(v) => &v.id,
            #[cfg(msgraph_v1_c38)]
            Self::DirectoryAudit(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::DirectoryDefinition(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::DirectoryObject(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::DirectoryObjectPartnerReference(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::DirectoryRole(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::DirectoryRoleTemplate(v) => &v.id,
            #[cfg(msgraph_v1_c4)]
            Self::DocumentSetVersion(v) => &v.id,
            #[cfg(msgraph_v1_c68)]
            Self::Domain(v) => &v.id,
            #[cfg(msgraph_v1_c69)]
            Self::DomainDnsCnameRecord(v) => &v.id,
            #[cfg(msgraph_v1_c69)]
            Self::DomainDnsMxRecord(v) => &v.id,
            #[cfg(msgraph_v1_c69)]
            Self::DomainDnsRecord(v) => &v.id,
            #[cfg(msgraph_v1_c69)]
            Self::DomainDnsSrvRecord(v) => &v.id,
            #[cfg(msgraph_v1_c69)]
            Self::DomainDnsTxtRecord(v) => &v.id,
            #[cfg(msgraph_v1_c69)]
            Self::DomainDnsUnavailableRecord(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::Drive(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::DriveItem(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::DriveItemVersion(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::DriveProtectionRule(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::DriveProtectionUnit(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::DriveProtectionUnitsBulkAdditionJob(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::DriveRestoreArtifact(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::EBookInstallSummary(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::Edge(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::EditionUpgradeConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationAssignment(v) => &v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationAssignmentDefaults(v) => &v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationAssignmentResource(v) => &v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationAssignmentSettings(v) => &v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationCategory(v) => &v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationClass(v) => &v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationFeedbackOutcome(v) => &v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationFeedbackResourceOutcome(v) => &v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationGradingCategory(v) => &v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationGradingScheme(v) => &v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationModule(v) => &v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationModuleResource(v) => &v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationOrganization(v) => &v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationOutcome(v) => &v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationPointsOutcome(v) => &v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationRubric(v) => &v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationRubricOutcome(v) => &v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationSchool(v) => &v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationSubmission(v) => &v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationSubmissionResource(v) => &v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationUser(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::EmailAuthenticationMethod(v) => &v.id,
            #[cfg(msgraph_v1_c18)]
            Self::EmailAuthenticationMethodConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c56)]
            Self::EmailFileAssessmentRequest(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::EmailNotificationsSetting(v) => &v.id,
            #[cfg(msgraph_v1_c19)]
            Self::EmergencyCallEvent(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::EmployeeExperienceUser(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EndUserNotification(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EndUserNotificationDetail(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::EndUserSettings(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Endpoint(v) => &v.id,
            #[cfg(msgraph_v1_c72)]
            Self::EngagementAsyncOperation(v) => &v.id,
            #[cfg(msgraph_v1_c13)]
            Self::EngagementConversation(v) => &v.id,
            #[cfg(msgraph_v1_c13)]
            Self::EngagementConversationDiscussionMessage(v) => &v.id,
            #[cfg(msgraph_v1_c13)]
            Self::EngagementConversationMessage(v) => &v.id,
            #[cfg(msgraph_v1_c13)]
            Self::EngagementConversationMessageReaction(v) => &v.id,
            #[cfg(msgraph_v1_c13)]
            Self::EngagementConversationQuestionMessage(v) => &v.id,
            #[cfg(msgraph_v1_c13)]
            Self::EngagementConversationSystemMessage(v) => &v.id,
            #[cfg(msgraph_v1_c72)]
            Self::EngagementRole(v) => &v.id,
            #[cfg(msgraph_v1_c72)]
            Self::EngagementRoleMember(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::EnrollmentConfigurationAssignment(v) => &v.id,
            #[cfg(msgraph_v1_c9)]
            Self::EnrollmentTroubleshootingEvent(v) => &v.id,
            #[cfg(msgraph_v1_c19)]
            Self::EnterpriseCodeSigningCertificate(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::EntitlementManagement(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::EntitlementManagementSettings(v) => &v.id,
            #[cfg(msgraph_v1_c27)]
            Self::Recovery(v) => &v.id,
            #[cfg(msgraph_v1_c27)]
            Self::RecoveryChangeObjectBase(v) => &v.id,
            #[cfg(msgraph_v1_c27)]
            Self::RecoveryJob(v) => &v.id,
            #[cfg(msgraph_v1_c27)]
            Self::RecoveryJobBase(v) => &v.id,
            #[cfg(msgraph_v1_c27)]
            Self::RecoveryPreviewJob(v) => &v.id,
            #[cfg(msgraph_v1_c27)]
            Self::Snapshot(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Event(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::EventMessage(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::EventMessageRequest(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::EventMessageResponse(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ExchangeAdmin(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ExchangeMessageTrace(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ExchangeMessageTraceDetail(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::ExchangeProtectionPolicy(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::ExchangeRestoreSession(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ExchangeSettings(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Extension(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ExtensionProperty(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ExternalAuthenticationMethod(v) => &v.id,
            #[cfg(msgraph_v1_c18)]
            Self::ExternalAuthenticationMethodConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c55)]
            Self::ConnectionOperation(v) => &v.id,
            #[cfg(msgraph_v1_c55)]
            Self::ExternalActivity(v) => &v.id,
            #[cfg(msgraph_v1_c55)]
            Self::ExternalActivityResult(v) => &v.id,
            #[cfg(msgraph_v1_c55)]
            Self::ExternalConnection(v) => &v.id,
            #[cfg(msgraph_v1_c55)]
            Self::ExternalGroup(v) => &v.id,
            #[cfg(msgraph_v1_c55)]
            Self::ExternalItem(v) => &v.id,
            #[cfg(msgraph_v1_c55)]
            Self::ExternalConnectorsIdentity(v) => &v.id,
            #[cfg(msgraph_v1_c55)]
            Self::Schema(v) => &v.id,
            #[cfg(msgraph_v1_c35)]
            Self::ExternalDomainName(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::ExternalUsersSelfServiceSignUpEventsFlow(v) => &v.id,
            #[cfg(msgraph_v1_c16)]
            Self::FeatureRolloutPolicy(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::FederatedIdentityCredential(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::FederatedTokenValidationPolicy(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Fido2AuthenticationMethod(v) => &v.id,
            #[cfg(msgraph_v1_c18)]
            Self::Fido2AuthenticationMethodConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c37)]
            Self::Fido2CombinationConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c4)]
            Self::FieldValueSet(v) => &v.id,
            #[cfg(msgraph_v1_c56)]
            Self::FileAssessmentRequest(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::FileAttachment(v) => &v.id,
            #[cfg(msgraph_v1_c76)]
            Self::FileStorage(v) => &v.id,
            #[cfg(msgraph_v1_c76)]
            Self::FileStorageContainer(v) => &v.id,
            #[cfg(msgraph_v1_c76)]
            Self::FileStorageContainerType(v) => &v.id,
            #[cfg(msgraph_v1_c76)]
            Self::FileStorageContainerTypeRegistration(v) => &v.id,
            #[cfg(msgraph_v1_c77)]
            Self::FilterOperatorSchema(v) => &v.id,
            #[cfg(msgraph_v1_c42)]
            Self::FixtureMap(v) => &v.id,
            #[cfg(msgraph_v1_c42)]
            Self::Floor(v) => &v.id,
            #[cfg(msgraph_v1_c42)]
            Self::FootprintMap(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::FraudProtectionProvider(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::GovernanceInsight(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::GranularDriveRestoreArtifact(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::GranularMailboxRestoreArtifact(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::GranularRestoreArtifactBase(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::GranularSiteRestoreArtifact(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Group(v) => &v.id,
            #[cfg(msgraph_v1_c80)]
            Self::GroupLifecyclePolicy(v) => &v.id,
            #[cfg(msgraph_v1_c81)]
            Self::GroupSetting(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::GroupSettingTemplate(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::HomeRealmDiscoveryPolicy(v) => &v.id,
            #[cfg(msgraph_v1_c1)]
            Self::HorizontalSection(v) => &v.id,
            #[cfg(msgraph_v1_c1)]
            Self::HorizontalSectionColumn(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::HumanSecurityFraudProtectionProvider(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::IdentityApiConnector(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::IdentityBuiltInUserFlowAttribute(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::IdentityContainer(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::IdentityCustomUserFlowAttribute(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::CustomTaskExtension(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::Insights(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::LifecycleManagementSettings(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::LifecycleWorkflowsContainer(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::Run(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::Task(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::TaskDefinition(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::TaskProcessingResult(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::TaskReport(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::UserProcessingResult(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::WorkflowTemplate(v) => &v.id,
            #[cfg(msgraph_v1_c85)]
            Self::IdentityProvider(v) => &v.id,
            #[cfg(msgraph_v1_c52)]
            Self::IdentityProviderBase(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::IdentityUserFlow(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::IdentityUserFlowAttribute(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::IdentityUserFlowAttributeAssignment(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::IdentityVerifiedIdRoot(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::ImportedWindowsAutopilotDeviceIdentity(v) => &v.id,
            #[cfg(msgraph_v1_c19)]
            Self::ImportedWindowsAutopilotDeviceIdentityUpload(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::InferenceClassification(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::InferenceClassificationOverride(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::InsightsSettings(v) => &v.id,
            #[cfg(msgraph_v1_c52)]
            Self::InternalDomainFederation(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::InternetExplorerMode(v) => &v.id,
            #[cfg(msgraph_v1_c88)]
            Self::Invitation(v) => &v.id,
            #[cfg(msgraph_v1_c13)]
            Self::InviteParticipantsOperation(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::IosCertificateProfile(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::IosCompliancePolicy(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::IosCustomConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::IosDeviceFeaturesConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::IosGeneralDeviceConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::IosLobApp(v) => &v.id,
            #[cfg(msgraph_v1_c19)]
            Self::IosLobAppProvisioningConfigurationAssignment(v) => &v.id,
            #[cfg(msgraph_v1_c30)]
            Self::IosManagedAppProtection(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::IosManagedAppRegistration(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::IosMobileAppConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::IosStoreApp(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::IosUpdateConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::IosUpdateDeviceStatus(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::IosVppApp(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::IosVppEBook(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::IosVppEBookAssignment(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::IosiPadOsWebClip(v) => &v.id,
            #[cfg(msgraph_v1_c4)]
            Self::ItemActivity(v) => &v.id,
            #[cfg(msgraph_v1_c4)]
            Self::ItemActivityStat(v) => &v.id,
            #[cfg(msgraph_v1_c89)]
            Self::ItemAnalytics(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ItemAttachment(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ItemInsights(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::ItemRetentionLabel(v) => &v.id,
            #[cfg(msgraph_v1_c19)]
            Self::LabelContentRight(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::LandingPage(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::LandingPageDetail(v) => &v.id,
            #[cfg(msgraph_v1_c43)]
            Self::LearningAssignment(v) => &v.id,
            #[cfg(msgraph_v1_c43)]
            Self::LearningContent(v) => &v.id,
            #[cfg(msgraph_v1_c43)]
            Self::LearningCourseActivity(v) => &v.id,
            #[cfg(msgraph_v1_c43)]
            Self::LearningProvider(v) => &v.id,
            #[cfg(msgraph_v1_c43)]
            Self::LearningSelfInitiatedCourse(v) => &v.id,
            #[cfg(msgraph_v1_c42)]
            Self::LevelMap(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::LicenseDetails(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::LinkedResource(v) => &v.id,
            #[cfg(msgraph_v1_c4)]
            Self::List(v) => &v.id,
            #[cfg(msgraph_v1_c4)]
            Self::ListItem(v) => &v.id,
            #[cfg(msgraph_v1_c4)]
            Self::ListItemVersion(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::LocalizedNotificationMessage(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::LoginPage(v) => &v.id,
            #[cfg(msgraph_v1_c95)]
            Self::LongRunningOperation(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::M365AppsInstallationOptions(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::MacOsCompliancePolicy(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::MacOsCustomConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::MacOsDeviceFeaturesConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::MacOsDmgApp(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::MacOsGeneralDeviceConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::MacOsLobApp(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::MacOsMicrosoftDefenderApp(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::MacOsMicrosoftEdgeApp(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::MacOsOfficeSuiteApp(v) => &v.id,
            #[cfg(msgraph_v1_c56)]
            Self::MailAssessmentRequest(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::MailFolder(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::MailSearchFolder(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Mailbox(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::MailboxFolder(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::MailboxItem(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::MailboxProtectionRule(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::MailboxProtectionUnit(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::MailboxProtectionUnitsBulkAdditionJob(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::MailboxRestoreArtifact(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::MalwareStateForWindowsDevice(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedAndroidLobApp(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedAndroidStoreApp(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedApp(v) => &v.id,
            #[cfg(msgraph_v1_c30)]
            Self::ManagedAppConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedAppOperation(v) => &v.id,
            #[cfg(msgraph_v1_c30)]
            Self::ManagedAppPolicy(v) => &v.id,
            #[cfg(msgraph_v1_c30)]
            Self::ManagedAppPolicyDeploymentSummary(v) => &v.id,
            #[cfg(msgraph_v1_c30)]
            Self::ManagedAppProtection(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedAppRegistration(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedAppStatus(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedAppStatusRaw(v) => &v.id,
            #[cfg(msgraph_v1_c9)]
            Self::ManagedDevice(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedDeviceMobileAppConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedDeviceMobileAppConfigurationAssignment(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedDeviceMobileAppConfigurationDeviceStatus(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedDeviceMobileAppConfigurationDeviceSummary(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedDeviceMobileAppConfigurationUserStatus(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedDeviceMobileAppConfigurationUserSummary(v) => &v.id,
            #[cfg(msgraph_v1_c19)]
            Self::ManagedDeviceOverview(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedEBook(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedEBookAssignment(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedIosLobApp(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedIosStoreApp(v) => &v.id,
            #[cfg(msgraph_v1_c30)]
            Self::ManagedMobileApp(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedMobileLobApp(v) => &v.id,
            #[cfg(msgraph_v1_c30)]
            Self::MdmWindowsInformationProtectionPolicy(v) => &v.id,
            #[cfg(msgraph_v1_c26)]
            Self::MeetingAttendanceReport(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::MembershipOutlierInsight(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Message(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::MessageRule(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::MessageTracingRoot(v) => &v.id,
            #[cfg(msgraph_v1_c3)]
            Self::MicrosoftAccountUserConversationMember(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => &v.id,
            #[cfg(msgraph_v1_c18)]
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c18)]
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::MicrosoftStoreForBusinessApp(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::MobileApp(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::MobileAppAssignment(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::MobileAppCategory(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::MobileAppContent(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::MobileAppContentFile(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::MobileAppRelationship(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::MobileAppTroubleshootingEvent(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::MobileContainedApp(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::MobileLobApp(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::MobileThreatDefenseConnector(v) => &v.id,
            #[cfg(msgraph_v1_c66)]
            Self::MultiTenantOrganization(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::MultiTenantOrganizationIdentitySyncPolicyTemplate(v) => &v.id,
            #[cfg(msgraph_v1_c66)]
            Self::MultiTenantOrganizationJoinRequestRecord(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::MultiTenantOrganizationMember(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::MultiTenantOrganizationPartnerConfigurationTemplate(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::MultiValueLegacyExtendedProperty(v) => &v.id,
            #[cfg(msgraph_v1_c13)]
            Self::MuteParticipantOperation(v) => &v.id,
            #[cfg(msgraph_v1_c1)]
            Self::Notebook(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::NotificationMessageTemplate(v) => &v.id,
            #[cfg(msgraph_v1_c98)]
            Self::OAuth2PermissionGrant(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::OfferShiftRequest(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::OfficeGraphInsights(v) => &v.id,
            #[cfg(msgraph_v1_c35)]
            Self::OidcIdentityProvider(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::OnAttributeCollectionListener(v) => &v.id,
            #[cfg(msgraph_v1_c50)]
            Self::OnAttributeCollectionStartCustomExtension(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::OnAttributeCollectionStartListener(v) => &v.id,
            #[cfg(msgraph_v1_c50)]
            Self::OnAttributeCollectionSubmitCustomExtension(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::OnAttributeCollectionSubmitListener(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::OnAuthenticationMethodLoadStartListener(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::OnEmailOtpSendListener(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::OnFraudProtectionLoadStartListener(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::OnInteractiveAuthFlowStartListener(v) => &v.id,
            #[cfg(msgraph_v1_c50)]
            Self::OnOtpSendCustomExtension(v) => &v.id,
            #[cfg(msgraph_v1_c50)]
            Self::OnPasswordSubmitCustomExtension(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::OnPasswordSubmitListener(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::OnPremisesConditionalAccessSettings(v) => &v.id,
            #[cfg(msgraph_v1_c27)]
            Self::OnPremisesDirectorySynchronization(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::OnPremisesSyncBehavior(v) => &v.id,
            #[cfg(msgraph_v1_c50)]
            Self::OnTokenIssuanceStartCustomExtension(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::OnTokenIssuanceStartListener(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::OnUserCreateStartListener(v) => &v.id,
            #[cfg(msgraph_v1_c50)]
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::OnVerifiedIdClaimValidationListener(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::OneDriveForBusinessBrowseSession(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::OneDriveForBusinessProtectionPolicy(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::OneDriveForBusinessRestoreSession(v) => &v.id,
            #[cfg(msgraph_v1_c1)]
            Self::Onenote(v) => &v.id,
            #[cfg(msgraph_v1_c1)]
            Self::OnenoteEntityBaseModel(v) => &v.id,
            #[cfg(msgraph_v1_c1)]
            Self::OnenoteEntityHierarchyModel(v) => &v.id,
            #[cfg(msgraph_v1_c1)]
            Self::OnenoteEntitySchemaObjectModel(v) => &v.id,
            #[cfg(msgraph_v1_c1)]
            Self::OnenoteOperation(v) => &v.id,
            #[cfg(msgraph_v1_c1)]
            Self::OnenotePage(v) => &v.id,
            #[cfg(msgraph_v1_c1)]
            Self::OnenoteResource(v) => &v.id,
            #[cfg(msgraph_v1_c1)]
            Self::OnenoteSection(v) => &v.id,
            #[cfg(msgraph_v1_c14)]
            Self::OnlineMeeting(v) => &v.id,
            #[cfg(msgraph_v1_c26)]
            Self::OnlineMeetingBase(v) => &v.id,
            #[cfg(msgraph_v1_c13)]
            Self::OnlineMeetingEngagementConversation(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::OpenShift(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::OpenShiftChangeRequest(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::OpenTypeExtension(v) => &v.id,
            #[cfg(msgraph_v1_c1)]
            Self::Operation(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::OrgContact(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Organization(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::OrganizationalBranding(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::OrganizationalBrandingLocalization(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::OrganizationalBrandingProperties(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::OutlookCategory(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::OutlookItem(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::OutlookUser(v) => &v.id,
            #[cfg(msgraph_v1_c16)]
            Self::OwnerlessGroupPolicy(v) => &v.id,
            #[cfg(msgraph_v1_c13)]
            Self::Participant(v) => &v.id,
            #[cfg(msgraph_v1_c19)]
            Self::ParticipantJoiningNotification(v) => &v.id,
            #[cfg(msgraph_v1_c19)]
            Self::ParticipantLeftNotification(v) => &v.id,
            #[cfg(msgraph_v1_c44)]
            Self::Partners(v) => &v.id,
            #[cfg(msgraph_v1_c44)]
            Self::AzureUsage(v) => &v.id,
            #[cfg(msgraph_v1_c44)]
            Self::BilledReconciliation(v) => &v.id,
            #[cfg(msgraph_v1_c44)]
            Self::BilledUsage(v) => &v.id,
            #[cfg(msgraph_v1_c44)]
            Self::Billing(v) => &v.id,
            #[cfg(msgraph_v1_c44)]
            Self::BillingReconciliation(v) => &v.id,
            #[cfg(msgraph_v1_c44)]
            Self::ExportSuccessOperation(v) => &v.id,
            #[cfg(msgraph_v1_c44)]
            Self::FailedOperation(v) => &v.id,
            #[cfg(msgraph_v1_c44)]
            Self::Manifest(v) => &v.id,
            #[cfg(msgraph_v1_c44)]
            Self::PartnersBillingOperation(v) => &v.id,
            #[cfg(msgraph_v1_c44)]
            Self::RunningOperation(v) => &v.id,
            #[cfg(msgraph_v1_c44)]
            Self::UnbilledReconciliation(v) => &v.id,
            #[cfg(msgraph_v1_c44)]
            Self::UnbilledUsage(v) => &v.id,
            #[cfg(msgraph_v1_c18)]
            Self::PasskeyAuthenticationMethodTarget(v) => &v.id,
            #[cfg(msgraph_v1_c19)]
            Self::PasskeyProfile(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::PasswordAuthenticationMethod(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::Payload(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::PeopleAdminSettings(v) => &v.id,
            #[cfg(msgraph_v1_c54)]
            Self::Permission(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::PermissionGrantConditionSet(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::PermissionGrantPolicy(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Person(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::PhoneAuthenticationMethod(v) => &v.id,
            #[cfg(msgraph_v1_c3)]
            Self::PhoneUserConversationMember(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::PinnedChatMessageInfo(v) => &v.id,
            #[cfg(msgraph_v1_c42)]
            Self::Place(v) => &v.id,
            #[cfg(msgraph_v1_c103)]
            Self::Planner(v) => &v.id,
            #[cfg(msgraph_v1_c104)]
            Self::PlannerAssignedToTaskBoardTaskFormat(v) => &v.id,
            #[cfg(msgraph_v1_c104)]
            Self::PlannerBucket(v) => &v.id,
            #[cfg(msgraph_v1_c104)]
            Self::PlannerBucketTaskBoardTaskFormat(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::PlannerGroup(v) => &v.id,
            #[cfg(msgraph_v1_c104)]
            Self::PlannerPlan(v) => &v.id,
            #[cfg(msgraph_v1_c104)]
            Self::PlannerPlanDetails(v) => &v.id,
            #[cfg(msgraph_v1_c104)]
            Self::PlannerProgressTaskBoardTaskFormat(v) => &v.id,
            #[cfg(msgraph_v1_c104)]
            Self::PlannerTask(v) => &v.id,
            #[cfg(msgraph_v1_c104)]
            Self::PlannerTaskDetails(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::PlannerUser(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::PlatformCredentialAuthenticationMethod(v) => &v.id,
            #[cfg(msgraph_v1_c13)]
            Self::PlayPromptOperation(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::PolicyBase(v) => &v.id,
            #[cfg(msgraph_v1_c16)]
            Self::PolicyRoot(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::PolicyTemplate(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Post(v) => &v.id,
            #[cfg(msgraph_v1_c14)]
            Self::Presence(v) => &v.id,
            #[cfg(msgraph_v1_c105)]
            Self::PrintConnector(v) => &v.id,
            #[cfg(msgraph_v1_c87)]
            Self::PrintDocument(v) => &v.id,
            #[cfg(msgraph_v1_c87)]
            Self::PrintJob(v) => &v.id,
            #[cfg(msgraph_v1_c105)]
            Self::PrintOperation(v) => &v.id,
            #[cfg(msgraph_v1_c105)]
            Self::PrintService(v) => &v.id,
            #[cfg(msgraph_v1_c105)]
            Self::PrintServiceEndpoint(v) => &v.id,
            #[cfg(msgraph_v1_c87)]
            Self::PrintTask(v) => &v.id,
            #[cfg(msgraph_v1_c105)]
            Self::PrintTaskDefinition(v) => &v.id,
            #[cfg(msgraph_v1_c105)]
            Self::PrintTaskTrigger(v) => &v.id,
            #[cfg(msgraph_v1_c44)]
            Self::PrintUsage(v) => &v.id,
            #[cfg(msgraph_v1_c44)]
            Self::PrintUsageByPrinter(v) => &v.id,
            #[cfg(msgraph_v1_c44)]
            Self::PrintUsageByUser(v) => &v.id,
            #[cfg(msgraph_v1_c105)]
            Self::Printer(v) => &v.id,
            #[cfg(msgraph_v1_c87)]
            Self::PrinterBase(v) => &v.id,
            #[cfg(msgraph_v1_c105)]
            Self::PrinterCreateOperation(v) => &v.id,
            #[cfg(msgraph_v1_c87)]
            Self::PrinterShare(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroup(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroupAssignmentScheduleInstance(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroupEligibilityScheduleInstance(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessRoot(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessSchedule(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessScheduleInstance(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessScheduleRequest(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ProfileCardProperty(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ProfilePhoto(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ProfilePropertySetting(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ProfileSource(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::PronounsSettings(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::ProtectionPolicyBase(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::ProtectionRuleBase(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::ProtectionUnitBase(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::ProtectionUnitsBulkJobBase(v) => &v.id,
            #[cfg(msgraph_v1_c38)]
            Self::ProvisioningObjectSummary(v) => &v.id,
            #[cfg(msgraph_v1_c27)]
            Self::PublicKeyInfrastructureRoot(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::QrCode(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::QrCodePinAuthenticationMethod(v) => &v.id,
            #[cfg(msgraph_v1_c18)]
            Self::QrCodePinAuthenticationMethodConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::QrPin(v) => &v.id,
            #[cfg(msgraph_v1_c34)]
            Self::RbacApplication(v) => &v.id,
            #[cfg(msgraph_v1_c59)]
            Self::ReadingAssignmentSubmission(v) => &v.id,
            #[cfg(msgraph_v1_c59)]
            Self::ReadingCoachPassage(v) => &v.id,
            #[cfg(msgraph_v1_c13)]
            Self::RecordOperation(v) => &v.id,
            #[cfg(msgraph_v1_c76)]
            Self::RecycleBin(v) => &v.id,
            #[cfg(msgraph_v1_c76)]
            Self::RecycleBinItem(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ReferenceAttachment(v) => &v.id,
            #[cfg(msgraph_v1_c59)]
            Self::ReflectCheckInResponse(v) => &v.id,
            #[cfg(msgraph_v1_c44)]
            Self::RelyingPartyDetailedSummary(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::RemoteAssistancePartner(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::RemoteDesktopSecurityConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::RemoteTenantGroup(v) => &v.id,
            #[cfg(msgraph_v1_c59)]
            Self::ReportsRoot(v) => &v.id,
            #[cfg(msgraph_v1_c74)]
            Self::Request(v) => &v.id,
            #[cfg(msgraph_v1_c66)]
            Self::ResellerDelegatedAdminRelationship(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::ResourceOperation(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ResourceSpecificPermissionGrant(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::RestoreArtifactBase(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::RestoreArtifactsBulkRequestBase(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::RestorePoint(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::RestoreSessionBase(v) => &v.id,
            #[cfg(msgraph_v1_c4)]
            Self::RichLongRunningOperation(v) => &v.id,
            #[cfg(msgraph_v1_c12)]
            Self::RiskDetection(v) => &v.id,
            #[cfg(msgraph_v1_c12)]
            Self::RiskyServicePrincipal(v) => &v.id,
            #[cfg(msgraph_v1_c12)]
            Self::RiskyServicePrincipalHistoryItem(v) => &v.id,
            #[cfg(msgraph_v1_c12)]
            Self::RiskyUser(v) => &v.id,
            #[cfg(msgraph_v1_c12)]
            Self::RiskyUserHistoryItem(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::RoleAssignment(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::RoleDefinition(v) => &v.id,
            #[cfg(msgraph_v1_c42)]
            Self::Room(v) => &v.id,
            #[cfg(msgraph_v1_c42)]
            Self::RoomList(v) => &v.id,
            #[cfg(msgraph_v1_c35)]
            Self::SamlOrWsFedExternalDomainFederation(v) => &v.id,
            #[cfg(msgraph_v1_c52)]
            Self::SamlOrWsFedProvider(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Schedule(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ScheduleChangeRequest(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::SchedulingGroup(v) => &v.id,
            #[cfg(msgraph_v1_c75)]
            Self::SchemaExtension(v) => &v.id,
            #[cfg(msgraph_v1_c112)]
            Self::ScopedRoleMembership(v) => &v.id,
            #[cfg(msgraph_v1_c19)]
            Self::Acronym(v) => &v.id,
            #[cfg(msgraph_v1_c19)]
            Self::Bookmark(v) => &v.id,
            #[cfg(msgraph_v1_c19)]
            Self::Qna(v) => &v.id,
            #[cfg(msgraph_v1_c19)]
            Self::SearchAnswer(v) => &v.id,
            #[cfg(msgraph_v1_c19)]
            Self::SearchEntity(v) => &v.id,
            #[cfg(msgraph_v1_c42)]
            Self::Section(v) => &v.id,
            #[cfg(msgraph_v1_c1)]
            Self::SectionGroup(v) => &v.id,
            #[cfg(msgraph_v1_c42)]
            Self::SectionMap(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::SecureScore(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::SecureScoreControlProfile(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::SecurityAlert(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::AnalyzedEmail(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::Article(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::ArticleIndicator(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::Artifact(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::AuditCoreRoot(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::AuditLogQuery(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::AuditLogRecord(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::AuthorityTemplate(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::AutoAuditingConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::Case(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::CaseOperation(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::CasesRoot(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::CategoryTemplate(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::CitationTemplate(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::CollaborationRoot(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::DataSet(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::DataSource(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::DataSourceContainer(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::DepartmentTemplate(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryAddToReviewSetOperation(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryCase(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryCaseMember(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryCaseSettings(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryCustodian(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryEstimateOperation(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryExportOperation(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryHoldOperation(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryHoldPolicySyncOperation(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryIndexOperation(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryNoncustodialDataSource(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryPurgeDataOperation(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryReviewSet(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryReviewSetQuery(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryReviewTag(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoverySearch(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoverySearchExportOperation(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryTagOperation(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::FilePlanDescriptor(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::FilePlanDescriptorTemplate(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::FilePlanReferenceTemplate(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::HealthIssue(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::Host(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::HostComponent(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::HostCookie(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::HostPair(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::HostPort(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::HostReputation(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::HostSslCertificate(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::HostTracker(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::Hostname(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::IdentityAccounts(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::SecurityIdentityContainer(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::Incident(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::Indicator(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::IntelligenceProfile(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::IntelligenceProfileIndicator(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::IpAddress(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::LabelsRoot(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::NetworkAdapter(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::PassiveDnsRecord(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::RetentionEvent(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::RetentionEventType(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::RetentionLabel(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::Search(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::Sensor(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::SensorCandidate(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::SensorCandidateActivationConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::SettingsContainer(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::SiteSource(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::SslCertificate(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::SubcategoryTemplate(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::Subdomain(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::Tag(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::ThreatIntelligence(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::TriggerTypesRoot(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::TriggersRoot(v) => &v.id,
            #[cfg(msgraph_v1_c19)]
            Self::UnclassifiedArtifact(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::UnifiedGroupSource(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::SecurityUser(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::UserSource(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::Vulnerability(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::VulnerabilityComponent(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::WhoisBaseRecord(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::WhoisHistoryRecord(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::WhoisRecord(v) => &v.id,
            #[cfg(msgraph_v1_c44)]
            Self::SecurityReportsRoot(v) => &v.id,
            #[cfg(msgraph_v1_c13)]
            Self::SendDtmfTonesOperation(v) => &v.id,
            #[cfg(msgraph_v1_c11)]
            Self::SensitivityLabel(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ServiceAnnouncement(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ServiceAnnouncementAttachment(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ServiceAnnouncementBase(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::ServiceApp(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ServiceHealth(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ServiceHealthIssue(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ServicePrincipal(v) => &v.id,
            #[cfg(msgraph_v1_c12)]
            Self::ServicePrincipalRiskDetection(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ServiceProviderConstraints(v) => &v.id,
            #[cfg(msgraph_v1_c40)]
            Self::ServiceStorageQuotaBreakdown(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ServiceUpdateMessage(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::SettingStateDeviceSummary(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::SharePointBrowseSession(v) => &v.id,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointGroup(v) => &v.id,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointGroupMember(v) => &v.id,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationEvent(v) => &v.id,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationFinishManifestFileUploadEvent(v) => &v.id,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJob(v) => &v.id,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobCancelledEvent(v) => &v.id,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobDeletedEvent(v) => &v.id,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobErrorEvent(v) => &v.id,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobPostponedEvent(v) => &v.id,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobProgressEvent(v) => &v.id,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobQueuedEvent(v) => &v.id,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobStartEvent(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::SharePointProtectionPolicy(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::SharePointRestoreSession(v) => &v.id,
            #[cfg(msgraph_v1_c115)]
            Self::SharedDriveItem(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::SharedInsight(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::SharedPcConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c3)]
            Self::SharedWithChannelTeamInfo(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::Sharepoint(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::SharepointSettings(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Shift(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ShiftPreferences(v) => &v.id,
            #[cfg(msgraph_v1_c38)]
            Self::SignIn(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::Simulation(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::SimulationAutomation(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::SimulationAutomationRun(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::SingleValueLegacyExtendedProperty(v) => &v.id,
            #[cfg(msgraph_v1_c1)]
            Self::Site(v) => &v.id,
            #[cfg(msgraph_v1_c1)]
            Self::SitePage(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::SiteProtectionRule(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::SiteProtectionUnit(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::SiteProtectionUnitsBulkAdditionJob(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::SiteRestoreArtifact(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => &v.id,
            #[cfg(msgraph_v1_c3)]
            Self::SkypeForBusinessUserConversationMember(v) => &v.id,
            #[cfg(msgraph_v1_c3)]
            Self::SkypeUserConversationMember(v) => &v.id,
            #[cfg(msgraph_v1_c18)]
            Self::SmsAuthenticationMethodConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c18)]
            Self::SmsAuthenticationMethodTarget(v) => &v.id,
            #[cfg(msgraph_v1_c35)]
            Self::SocialIdentityProvider(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::SoftwareOathAuthenticationMethod(v) => &v.id,
            #[cfg(msgraph_v1_c18)]
            Self::SoftwareOathAuthenticationMethodConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c19)]
            Self::SoftwareUpdateStatusSummary(v) => &v.id,
            #[cfg(msgraph_v1_c59)]
            Self::SpeakerAssignmentSubmission(v) => &v.id,
            #[cfg(msgraph_v1_c1)]
            Self::StandardWebPart(v) => &v.id,
            #[cfg(msgraph_v1_c13)]
            Self::StartHoldMusicOperation(v) => &v.id,
            #[cfg(msgraph_v1_c13)]
            Self::StopHoldMusicOperation(v) => &v.id,
            #[cfg(msgraph_v1_c40)]
            Self::StorageQuotaBreakdown(v) => &v.id,
            #[cfg(msgraph_v1_c76)]
            Self::StorageSettings(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::StsPolicy(v) => &v.id,
            #[cfg(msgraph_v1_c53)]
            Self::SubjectRightsRequest(v) => &v.id,
            #[cfg(msgraph_v1_c13)]
            Self::SubscribeToToneOperation(v) => &v.id,
            #[cfg(msgraph_v1_c93)]
            Self::SubscribedSku(v) => &v.id,
            #[cfg(msgraph_v1_c119)]
            Self::Subscription(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::SwapShiftsChangeRequest(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Synchronization(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::SynchronizationJob(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::SynchronizationSchema(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::SynchronizationTemplate(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::TargetDeviceGroup(v) => &v.id,
            #[cfg(msgraph_v1_c3)]
            Self::TargetedChatMessage(v) => &v.id,
            #[cfg(msgraph_v1_c30)]
            Self::TargetedManagedAppConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c30)]
            Self::TargetedManagedAppPolicyAssignment(v) => &v.id,
            #[cfg(msgraph_v1_c30)]
            Self::TargetedManagedAppProtection(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::TaskFileAttachment(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Team(v) => &v.id,
            #[cfg(msgraph_v1_c3)]
            Self::TeamInfo(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::NumberAssignment(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::PolicyIdentifierDetail(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::TeamsAdminRoot(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::TeamsPolicyAssignment(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::TeamsPolicyUserAssignment(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::TeamsUserConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::TelephoneNumberLongRunningOperation(v) => &v.id,
            #[cfg(msgraph_v1_c17)]
            Self::TelephoneNumberManagementRoot(v) => &v.id,
            #[cfg(msgraph_v1_c32)]
            Self::TeamsApp(v) => &v.id,
            #[cfg(msgraph_v1_c32)]
            Self::TeamsAppDefinition(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::TeamsAppInstallation(v) => &v.id,
            #[cfg(msgraph_v1_c67)]
            Self::TeamsAppSettings(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::TeamsAsyncOperation(v) => &v.id,
            #[cfg(msgraph_v1_c3)]
            Self::TeamsTab(v) => &v.id,
            #[cfg(msgraph_v1_c121)]
            Self::TeamsTemplate(v) => &v.id,
            #[cfg(msgraph_v1_c67)]
            Self::Teamwork(v) => &v.id,
            #[cfg(msgraph_v1_c32)]
            Self::TeamworkBot(v) => &v.id,
            #[cfg(msgraph_v1_c3)]
            Self::TeamworkHostedContent(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::TeamworkTag(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::TeamworkTagMember(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::TemporaryAccessPassAuthenticationMethod(v) => &v.id,
            #[cfg(msgraph_v1_c18)]
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::TenantAppManagementPolicy(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::TenantDataSecurityAndGovernance(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::TenantProtectionScopeContainer(v) => &v.id,
            #[cfg(msgraph_v1_c1)]
            Self::TermStoreGroup(v) => &v.id,
            #[cfg(msgraph_v1_c1)]
            Self::Relation(v) => &v.id,
            #[cfg(msgraph_v1_c1)]
            Self::Set(v) => &v.id,
            #[cfg(msgraph_v1_c1)]
            Self::Store(v) => &v.id,
            #[cfg(msgraph_v1_c1)]
            Self::Term(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::TermsAndConditions(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::TermsAndConditionsAcceptanceStatus(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::TermsAndConditionsAssignment(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::TermsOfUseContainer(v) => &v.id,
            #[cfg(msgraph_v1_c1)]
            Self::TextWebPart(v) => &v.id,
            #[cfg(msgraph_v1_c56)]
            Self::ThreatAssessmentRequest(v) => &v.id,
            #[cfg(msgraph_v1_c56)]
            Self::ThreatAssessmentResult(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::ThumbnailSet(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::TimeCard(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::TimeOff(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::TimeOffReason(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::TimeOffRequest(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Todo(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::TodoTask(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::TodoTaskList(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::TokenIssuancePolicy(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::TokenLifetimePolicy(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::Training(v) => &v.id,
            #[cfg(msgraph_v1_c8)]
            Self::TrainingLanguageDetail(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Trending(v) => &v.id,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRbacResourceAction(v) => &v.id,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRbacResourceNamespace(v) => &v.id,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleAssignment(v) => &v.id,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleAssignmentSchedule(v) => &v.id,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &v.id,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &v.id,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleDefinition(v) => &v.id,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleEligibilitySchedule(v) => &v.id,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &v.id,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &v.id,
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicy(v) => &v.id,
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyApprovalRule(v) => &v.id,
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyAssignment(v) => &v.id,
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyAuthenticationContextRule(v) => &v.id,
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyEnablementRule(v) => &v.id,
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyExpirationRule(v) => &v.id,
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyNotificationRule(v) => &v.id,
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyRule(v) => &v.id,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleScheduleBase(v) => &v.id,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleScheduleInstanceBase(v) => &v.id,
            #[cfg(msgraph_v1_c40)]
            Self::UnifiedStorageQuota(v) => &v.id,
            #[cfg(msgraph_v1_c42)]
            Self::UnitMap(v) => &v.id,
            #[cfg(msgraph_v1_c13)]
            Self::UnmuteParticipantOperation(v) => &v.id,
            #[cfg(msgraph_v1_c13)]
            Self::UpdateRecordingStatusOperation(v) => &v.id,
            #[cfg(msgraph_v1_c56)]
            Self::UrlAssessmentRequest(v) => &v.id,
            #[cfg(msgraph_v1_c19)]
            Self::UsageRightsIncluded(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::UsedInsight(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::User(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::UserActivity(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::UserConsentRequest(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::UserDataSecurityAndGovernance(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails(
                v,
            ) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId(
                v,
            ) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthApplicationPerformance(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthDeviceModelPerformance(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformance(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformanceDetails(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthOsVersionPerformance(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsBaseline(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsCategory(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsDevicePerformance(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsDeviceScores(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsDeviceStartupHistory(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsDeviceStartupProcess(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsDeviceStartupProcessPerformance(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsMetric(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsMetricHistory(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsModelScores(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsOverview(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsScoreHistory(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsWorkFromAnywhereDevice(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric(v) => {
                &v.id
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsWorkFromAnywhereMetric(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsWorkFromAnywhereModelPerformance(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::UserFlowLanguageConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::UserFlowLanguagePage(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::UserInsightsSettings(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::UserInstallStateSummary(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::UserProtectionScopeContainer(v) => &v.id,
            #[cfg(msgraph_v1_c44)]
            Self::UserRegistrationDetails(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::UserScopeTeamsAppInstallation(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::UserSettings(v) => &v.id,
            #[cfg(msgraph_v1_c6)]
            Self::UserSignInInsight(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::UserSolutionRoot(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::UserStorage(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::UserTeamwork(v) => &v.id,
            #[cfg(msgraph_v1_c18)]
            Self::VerifiableCredentialAuthenticationMethodTarget(v) => &v.id,
            #[cfg(msgraph_v1_c18)]
            Self::VerifiableCredentialsAuthenticationMethodConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::VerifiedIdProfile(v) => &v.id,
            #[cfg(msgraph_v1_c1)]
            Self::VerticalSection(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::VirtualEndpoint(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEvent(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventPresenter(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventRegistration(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventRegistrationConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventRegistrationCustomQuestion(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventRegistrationPredefinedQuestion(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventRegistrationQuestionBase(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventSession(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventTownhall(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventTownhallRegistrationConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventWebinar(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventWebinarRegistrationConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventsRoot(v) => &v.id,
            #[cfg(msgraph_v1_c18)]
            Self::VoiceAuthenticationMethodConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::VppToken(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::WebApp(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::WebApplicationFirewallProvider(v) => &v.id,
            #[cfg(msgraph_v1_c23)]
            Self::WebApplicationFirewallVerificationModel(v) => &v.id,
            #[cfg(msgraph_v1_c1)]
            Self::WebPart(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::Win32LobApp(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10CompliancePolicy(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10CustomConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10EndpointProtectionConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10GeneralConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10MobileCompliancePolicy(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10SecureAssessmentConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10TeamGeneralConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::Windows81CompliancePolicy(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::Windows81GeneralConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::WindowsAppX(v) => &v.id,
            #[cfg(msgraph_v1_c19)]
            Self::WindowsAutopilotDeploymentProfile(v) => &v.id,
            #[cfg(msgraph_v1_c19)]
            Self::WindowsAutopilotDeploymentProfileAssignment(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsAutopilotDeviceIdentity(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c9)]
            Self::WindowsDeviceMalwareState(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => &v.id,
            #[cfg(msgraph_v1_c30)]
            Self::WindowsInformationProtection(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsInformationProtectionAppLearningSummary(v) => &v.id,
            #[cfg(msgraph_v1_c30)]
            Self::WindowsInformationProtectionAppLockerFile(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsInformationProtectionNetworkLearningSummary(v) => &v.id,
            #[cfg(msgraph_v1_c30)]
            Self::WindowsInformationProtectionPolicy(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsMalwareInformation(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::WindowsMicrosoftEdgeApp(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::WindowsMobileMsi(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsPhone81CompliancePolicy(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsPhone81CustomConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsPhone81GeneralConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c9)]
            Self::WindowsProtectionState(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::WindowsSetting(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::WindowsSettingInstance(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::WindowsUniversalAppX(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::WindowsUniversalAppXContainedApp(v) => &v.id,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsUpdateForBusinessConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c29)]
            Self::WindowsWebApp(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::WorkHoursAndLocationsSetting(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::WorkPlanOccurrence(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::WorkPlanRecurrence(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::Workbook(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookApplication(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChart(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartAreaFormat(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartAxes(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartAxis(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartAxisFormat(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartAxisTitle(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartAxisTitleFormat(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartDataLabelFormat(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartDataLabels(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartFill(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartFont(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartGridlines(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartGridlinesFormat(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartLegend(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartLegendFormat(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartLineFormat(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartPoint(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartPointFormat(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartSeries(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartSeriesFormat(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartTitle(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartTitleFormat(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookComment(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookCommentReply(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookFilter(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookFormatProtection(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookFunctionResult(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookFunctions(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookNamedItem(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookOperation(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookPivotTable(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRange(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRangeBorder(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRangeFill(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRangeFont(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRangeFormat(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRangeSort(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRangeView(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookTable(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookTableColumn(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookTableRow(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookTableSort(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookWorksheet(v) => &v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookWorksheetProtection(v) => &v.id,
            #[cfg(msgraph_v1_c67)]
            Self::WorkforceIntegration(v) => &v.id,
            #[cfg(msgraph_v1_c10)]
            Self::WorkingTimeSchedule(v) => &v.id,
            #[cfg(msgraph_v1_c42)]
            Self::Workspace(v) => &v.id,
            #[cfg(msgraph_v1_c18)]
            Self::X509CertificateAuthenticationMethodConfiguration(v) => &v.id,
            #[cfg(msgraph_v1_c37)]
            Self::X509CertificateCombinationConfiguration(v) => &v.id,
        }
    }
    /// `id` of any variant.
    #[inline]
    pub fn id_mut(&mut self) -> &mut rt::Field<::std::string::String> {
        match self {
            Self::Entity(v) => &mut v.id,
            #[cfg(msgraph_v1_c3)]
            Self::AadUserConversationMember(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackage(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageAssignmentPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageAssignmentRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageAssignmentRequestWorkflowExtension(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageAssignmentWorkflowExtension(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageCatalog(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageMultipleChoiceQuestion(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageQuestion(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageResource(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageResourceEnvironment(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageResourceRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageResourceRole(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageResourceRoleScope(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageResourceScope(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageSubject(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageSuggestion(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessPackageTextInputQuestion(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewHistoryDefinition(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewHistoryInstance(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewInstance(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewInstanceDecisionItem(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewReviewer(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewScheduleDefinition(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewSet(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AccessReviewStage(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ActivitiesContainer(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ActivityBasedTimeoutPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ActivityHistoryItem(v) => &mut v.id,
            #[cfg(msgraph_v1_c13)]
            Self::AddLargeGalleryViewOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c14)]
            Self::AdhocCall(v) => &mut v.id,
            #[cfg(msgraph_v1_c16)]
            Self::AdminConsentRequestPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::AdminMicrosoft365Apps(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::AdminReportSettings(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::AdministrativeUnit(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::AgentIdentity(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::AgentIdentityBlueprint(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::AgentIdentityBlueprintPrincipal(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::AgentUser(v) => &mut v.id,
            #[cfg(msgraph_v1_c20)]
            Self::Agreement(v) => &mut v.id,
            #[cfg(msgraph_v1_c21)]
            Self::AgreementAcceptance(v) => &mut v.id,
            #[cfg(msgraph_v1_c20)]
            Self::AgreementFile(v) => &mut v.id,
            #[cfg(msgraph_v1_c20)]
            Self::AgreementFileLocalization(v) => &mut v.id,
            #[cfg(msgraph_v1_c20)]
            Self::AgreementFileProperties(v) => &mut v.id,
            #[cfg(msgraph_v1_c20)]
            Self::AgreementFileVersion(v) => &mut v.id,
            #[cfg(msgraph_v1_c5)]
            Self::AiInteraction(v) => &mut v.id,
            #[cfg(msgraph_v1_c5)]
            Self::AiInteractionHistory(v) => &mut v.id,
            #[cfg(msgraph_v1_c5)]
            Self::AiOnlineMeeting(v) => &mut v.id,
            #[cfg(msgraph_v1_c5)]
            Self::AiUser(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::AkamaiWebApplicationFirewallProvider(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::Alert(v) => &mut v.id,
            #[cfg(msgraph_v1_c27)]
            Self::AllowedValue(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::AndroidCompliancePolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::AndroidCustomConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::AndroidGeneralDeviceConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::AndroidLobApp(v) => &mut v.id,
            #[cfg(msgraph_v1_c30)]
            Self::AndroidManagedAppProtection(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::AndroidManagedAppRegistration(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::AndroidStoreApp(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::AndroidWorkProfileCompliancePolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::AndroidWorkProfileCustomConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c3)]
            Self::AnonymousGuestConversationMember(v) => &mut v.id,
            #[cfg(msgraph_v1_c32)]
            Self::AppCatalogs(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AppConsentApprovalRoute(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AppConsentRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::AppLogCollectionRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::AppManagementPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::AppRoleAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_c34)]
            Self::AppScope(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut v.id,
            #[cfg(msgraph_v1_c35)]
            Self::AppleManagedIdentityProvider(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::ApplePushNotificationCertificate(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Application(v) => &mut v.id,
            #[cfg(msgraph_v1_c36)]
            Self::ApplicationTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::Approval(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::ApprovalStage(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ApprovedClientApp(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::ArkoseFraudProtectionProvider(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::AssociatedTeamInfo(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Attachment(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::AttachmentBase(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::AttachmentSession(v) => &mut v.id,
            #[cfg(msgraph_v1_c11)]
            Self::AttackSimulationOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::AttackSimulationRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_c26)]
            Self::AttendanceRecord(v) => &mut v.id,
            #[cfg(msgraph_v1_c47)]
            Self::AttributeMappingFunctionSchema(v) => &mut v.id,
            #[cfg(msgraph_v1_c27)]
            Self::AttributeSet(v) => &mut v.id,
            #[cfg(msgraph_v1_c13)]
            Self::AudioRoutingGroup(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::AuditEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Authentication(v) => &mut v.id,
            #[cfg(msgraph_v1_c37)]
            Self::AuthenticationCombinationConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::AuthenticationContextClassReference(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::AuthenticationEventListener(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::AuthenticationEventsFlow(v) => &mut v.id,
            #[cfg(msgraph_v1_c16)]
            Self::AuthenticationFlowsPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::AuthenticationMethod(v) => &mut v.id,
            #[cfg(msgraph_v1_c18)]
            Self::AuthenticationMethodConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::AuthenticationMethodModeDetail(v) => &mut v.id,
            #[cfg(msgraph_v1_c18)]
            Self::AuthenticationMethodTarget(v) => &mut v.id,
            #[cfg(msgraph_v1_c51)]
            Self::AuthenticationMethodsPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c44)]
            Self::AuthenticationMethodsRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_c37)]
            Self::AuthenticationStrengthPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::AuthenticationStrengthRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_c53)]
            Self::AuthoredNote(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::AuthorizationPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::AvailableAccessPackage(v) => &mut v.id,
            #[cfg(msgraph_v1_c3)]
            Self::AzureCommunicationServicesUserConversationMember(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::B2xIdentityUserFlow(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::BackupRestoreRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_c54)]
            Self::BaseItem(v) => &mut v.id,
            #[cfg(msgraph_v1_c4)]
            Self::BaseItemVersion(v) => &mut v.id,
            #[cfg(msgraph_v1_c42)]
            Self::BaseMapFeature(v) => &mut v.id,
            #[cfg(msgraph_v1_c1)]
            Self::BaseSitePage(v) => &mut v.id,
            #[cfg(msgraph_v1_c56)]
            Self::Bitlocker(v) => &mut v.id,
            #[cfg(msgraph_v1_c56)]
            Self::BitlockerRecoveryKey(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::BookingAppointment(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::BookingBusiness(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::BookingCurrency(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::BookingCustomQuestion(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::BookingCustomer(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::BookingCustomerBase(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::BookingService(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::BookingStaffMember(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::BookingStaffMemberBase(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::BrowseSessionBase(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::BrowserSharedCookie(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::BrowserSite(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::BrowserSiteList(v) => &mut v.id,
            #[cfg(msgraph_v1_c42)]
            Self::Building(v) => &mut v.id,
            #[cfg(msgraph_v1_c42)]
            Self::BuildingMap(v) => &mut v.id,
            #[cfg(msgraph_v1_c35)]
            Self::BuiltInIdentityProvider(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::BulkUpload(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::CaPoliciesDeletableRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Calendar(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::CalendarGroup(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::CalendarPermission(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::CalendarSharingMessage(v) => &mut v.id,
            #[cfg(msgraph_v1_c13)]
            Self::Call(v) => &mut v.id,
            #[cfg(msgraph_v1_c5)]
            Self::CallAiInsight(v) => &mut v.id,
            #[cfg(msgraph_v1_c19)]
            Self::CallEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_c14)]
            Self::CallRecording(v) => &mut v.id,
            #[cfg(msgraph_v1_c13)]
            Self::CallRecord(v) => &mut v.id,
            #[cfg(msgraph_v1_c13)]
            Self::Organizer(v) => &mut v.id,
            #[cfg(msgraph_v1_c13)]
            Self::CallRecordsParticipant(v) => &mut v.id,
            #[cfg(msgraph_v1_c13)]
            Self::ParticipantBase(v) => &mut v.id,
            #[cfg(msgraph_v1_c13)]
            Self::Segment(v) => &mut v.id,
            #[cfg(msgraph_v1_c13)]
            Self::Session(v) => &mut v.id,
            #[cfg(msgraph_v1_c14)]
            Self::CallTranscript(v) => &mut v.id,
            #[cfg(msgraph_v1_c13)]
            Self::CancelMediaProcessingOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c1)]
            Self::CanvasLayout(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::CertificateAuthorityDetail(v) => &mut v.id,
            #[cfg(msgraph_v1_c58)]
            Self::CertificateBasedAuthConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::CertificateBasedAuthPki(v) => &mut v.id,
            #[cfg(msgraph_v1_c3)]
            Self::ChangeTrackedEntity(v) => &mut v.id,
            #[cfg(msgraph_v1_c3)]
            Self::Channel(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Chat(v) => &mut v.id,
            #[cfg(msgraph_v1_c3)]
            Self::ChatMessage(v) => &mut v.id,
            #[cfg(msgraph_v1_c3)]
            Self::ChatMessageHostedContent(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ChatMessageInfo(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ChecklistItem(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ClaimsMappingPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::CloudClipboardItem(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::CloudClipboardRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::CloudFlareWebApplicationFirewallProvider(v) => &mut v.id,
            #[cfg(msgraph_v1_c9)]
            Self::CloudPc(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcAuditEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcDeviceImage(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcGalleryImage(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcOnPremisesConnection(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcProvisioningPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcProvisioningPolicyAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcReport(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcServicePlan(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcUserSetting(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::CloudPcUserSettingAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_c54)]
            Self::ColumnDefinition(v) => &mut v.id,
            #[cfg(msgraph_v1_c4)]
            Self::ColumnLink(v) => &mut v.id,
            #[cfg(msgraph_v1_c13)]
            Self::CommsOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c43)]
            Self::Community(v) => &mut v.id,
            #[cfg(msgraph_v1_c27)]
            Self::CompanySubscription(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::ComplianceManagementPartner(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::ConditionalAccessRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::ConditionalAccessTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ConfigurationBaseline(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ConfigurationDrift(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ConfigurationManagement(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ConfigurationMonitor(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ConfigurationMonitoringResult(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ConfigurationSnapshotJob(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::ConnectedOrganization(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Contact(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ContactFolder(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ContentActivity(v) => &mut v.id,
            #[cfg(msgraph_v1_c13)]
            Self::ContentSharingSession(v) => &mut v.id,
            #[cfg(msgraph_v1_c4)]
            Self::ContentType(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Contract(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::ControlConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Conversation(v) => &mut v.id,
            #[cfg(msgraph_v1_c3)]
            Self::ConversationMember(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ConversationThread(v) => &mut v.id,
            #[cfg(msgraph_v1_c5)]
            Self::CopilotAdmin(v) => &mut v.id,
            #[cfg(msgraph_v1_c5)]
            Self::CopilotAdminCatalog(v) => &mut v.id,
            #[cfg(msgraph_v1_c5)]
            Self::CopilotAdminLimitedMode(v) => &mut v.id,
            #[cfg(msgraph_v1_c5)]
            Self::CopilotAdminSetting(v) => &mut v.id,
            #[cfg(msgraph_v1_c5)]
            Self::CopilotPackage(v) => &mut v.id,
            #[cfg(msgraph_v1_c5)]
            Self::CopilotPackageDetail(v) => &mut v.id,
            #[cfg(msgraph_v1_c5)]
            Self::CopilotReportRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::CrossTenantAccessPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::CrossTenantAccessPolicyConfigurationDefault(v) => &mut v.id,
            #[cfg(msgraph_v1_c50)]
            Self::CustomAuthenticationExtension(v) => &mut v.id,
            #[cfg(msgraph_v1_c50)]
            Self::CustomCalloutExtension(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::CustomDataProvidedResource(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::CustomDataProvidedResourceAccessReviewUploadSession(v) => &mut v.id,
            #[cfg(msgraph_v1_c19)]
            Self::CustomDataProvidedResourceFile(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::CustomDataProvidedResourceUploadSession(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::CustomExtensionStageSetting(v) => &mut v.id,
            #[cfg(msgraph_v1_c27)]
            Self::CustomSecurityAttributeDefinition(v) => &mut v.id,
            #[cfg(msgraph_v1_c63)]
            Self::DataPolicyOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c11)]
            Self::DataSecurityAndGovernance(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::DayNote(v) => &mut v.id,
            #[cfg(msgraph_v1_c30)]
            Self::DefaultManagedAppProtection(v) => &mut v.id,
            #[cfg(msgraph_v1_c66)]
            Self::DelegatedAdminAccessAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_c66)]
            Self::DelegatedAdminCustomer(v) => &mut v.id,
            #[cfg(msgraph_v1_c66)]
            Self::DelegatedAdminRelationship(v) => &mut v.id,
            #[cfg(msgraph_v1_c66)]
            Self::DelegatedAdminRelationshipOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c66)]
            Self::DelegatedAdminRelationshipRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_c66)]
            Self::DelegatedAdminServiceManagementDetail(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::DelegatedAdminServiceProviderConstraints(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::DelegatedPermissionClassification(v) => &mut v.id,
            #[cfg(msgraph_v1_c67)]
            Self::DeletedChat(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::DeletedItemContainer(v) => &mut v.id,
            #[cfg(msgraph_v1_c67)]
            Self::DeletedTeam(v) => &mut v.id,
            #[cfg(msgraph_v1_c19)]
            Self::DeltaParticipants(v) => &mut v.id,
            #[cfg(msgraph_v1_c42)]
            Self::Desk(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DetectedApp(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Device(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceAndAppManagementRoleAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceAndAppManagementRoleDefinition(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::DeviceAppManagement(v) => &mut v.id,
            #[cfg(msgraph_v1_c9)]
            Self::DeviceCategory(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceActionItem(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceDeviceOverview(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceDeviceStatus(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceCompliancePolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceCompliancePolicyAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceCompliancePolicyDeviceStateSummary(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceCompliancePolicySettingStateSummary(v) => &mut v.id,
            #[cfg(msgraph_v1_c9)]
            Self::DeviceCompliancePolicyState(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceScheduledActionForRule(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceSettingState(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceUserOverview(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceComplianceUserStatus(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfigurationAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfigurationDeviceOverview(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfigurationDeviceStateSummary(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfigurationDeviceStatus(v) => &mut v.id,
            #[cfg(msgraph_v1_c9)]
            Self::DeviceConfigurationState(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfigurationUserOverview(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceConfigurationUserStatus(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceEnrollmentConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceEnrollmentLimitConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::DeviceInstallState(v) => &mut v.id,
            #[cfg(msgraph_v1_c27)]
            Self::DeviceLocalCredentialInfo(v) => &mut v.id,
            #[cfg(msgraph_v1_c9)]
            Self::DeviceLogCollectionResponse(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceManagement(v) => &mut v.id,
            #[cfg(msgraph_v1_c19)]
            Self::DeviceManagementCachedReportConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceManagementExchangeConnector(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceManagementExportJob(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceManagementPartner(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::DeviceManagementReports(v) => &mut v.id,
            #[cfg(msgraph_v1_c9)]
            Self::DeviceManagementTroubleshootingEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_c16)]
            Self::DeviceRegistrationPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c27)]
            Self::Directory(v) => &mut v.id,
            #[cfg(msgraph_v1_c38)]
            Self::DirectoryAudit(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::DirectoryDefinition(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::DirectoryObject(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::DirectoryObjectPartnerReference(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::DirectoryRole(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::DirectoryRoleTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_c4)]
            Self::DocumentSetVersion(v) => &mut v.id,
            #[cfg(msgraph_v1_c68)]
            Self::Domain(v) => &mut v.id,
            #[cfg(msgraph_v1_c69)]
            Self::DomainDnsCnameRecord(v) => &mut v.id,
            #[cfg(msgraph_v1_c69)]
            Self::DomainDnsMxRecord(v) => &mut v.id,
            #[cfg(msgraph_v1_c69)]
            Self::DomainDnsRecord(v) => &mut v.id,
            #[cfg(msgraph_v1_c69)]
            Self::DomainDnsSrvRecord(v) => &mut v.id,
            #[cfg(msgraph_v1_c69)]
            Self::DomainDnsTxtRecord(v) => &mut v.id,
            #[cfg(msgraph_v1_c69)]
            Self::DomainDnsUnavailableRecord(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::Drive(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::DriveItem(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::DriveItemVersion(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::DriveProtectionRule(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::DriveProtectionUnit(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::DriveProtectionUnitsBulkAdditionJob(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::DriveRestoreArtifact(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::EBookInstallSummary(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::Edge(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::EditionUpgradeConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationAssignmentDefaults(v) => &mut v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationAssignmentResource(v) => &mut v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationAssignmentSettings(v) => &mut v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationCategory(v) => &mut v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationClass(v) => &mut v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationFeedbackOutcome(v) => &mut v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationFeedbackResourceOutcome(v) => &mut v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationGradingCategory(v) => &mut v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationGradingScheme(v) => &mut v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationModule(v) => &mut v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationModuleResource(v) => &mut v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationOrganization(v) => &mut v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationOutcome(v) => &mut v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationPointsOutcome(v) => &mut v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationRubric(v) => &mut v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationRubricOutcome(v) => &mut v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationSchool(v) => &mut v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationSubmission(v) => &mut v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationSubmissionResource(v) => &mut v.id,
            #[cfg(msgraph_v1_c59)]
            Self::EducationUser(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::EmailAuthenticationMethod(v) => &mut v.id,
            #[cfg(msgraph_v1_c18)]
            Self::EmailAuthenticationMethodConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c56)]
            Self::EmailFileAssessmentRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::EmailNotificationsSetting(v) => &mut v.id,
            #[cfg(msgraph_v1_c19)]
            Self::EmergencyCallEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::EmployeeExperienceUser(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EndUserNotification(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EndUserNotificationDetail(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::EndUserSettings(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Endpoint(v) => &mut v.id,
            #[cfg(msgraph_v1_c72)]
            Self::EngagementAsyncOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c13)]
            Self::EngagementConversation(v) => &mut v.id,
            #[cfg(msgraph_v1_c13)]
            Self::EngagementConversationDiscussionMessage(v) => &mut v.id,
            #[cfg(msgraph_v1_c13)]
            Self::EngagementConversationMessage(v) => &mut v.id,
            #[cfg(msgraph_v1_c13)]
            Self::EngagementConversationMessageReaction(v) => &mut v.id,
            #[cfg(msgraph_v1_c13)]
            Self::EngagementConversationQuestionMessage(v) => &mut v.id,
            #[cfg(msgraph_v1_c13)]
            Self::EngagementConversationSystemMessage(v) => &mut v.id,
            #[cfg(msgraph_v1_c72)]
            Self::EngagementRole(v) => &mut v.id,
            #[cfg(msgraph_v1_c72)]
            Self::EngagementRoleMember(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::EnrollmentConfigurationAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_c9)]
            Self::EnrollmentTroubleshootingEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_c19)]
            Self::EnterpriseCodeSigningCertificate(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::EntitlementManagement(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::EntitlementManagementSettings(v) => &mut v.id,
            #[cfg(msgraph_v1_c27)]
            Self::Recovery(v) => &mut v.id,
            #[cfg(msgraph_v1_c27)]
            Self::RecoveryChangeObjectBase(v) => &mut v.id,
            #[cfg(msgraph_v1_c27)]
            Self::RecoveryJob(v) => &mut v.id,
            #[cfg(msgraph_v1_c27)]
            Self::RecoveryJobBase(v) => &mut v.id,
            #[cfg(msgraph_v1_c27)]
            Self::RecoveryPreviewJob(v) => &mut v.id,
            #[cfg(msgraph_v1_c27)]
            Self::Snapshot(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Event(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::EventMessage(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::EventMessageRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::EventMessageResponse(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ExchangeAdmin(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ExchangeMessageTrace(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ExchangeMessageTraceDetail(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::ExchangeProtectionPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::ExchangeRestoreSession(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ExchangeSettings(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Extension(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ExtensionProperty(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ExternalAuthenticationMethod(v) => &mut v.id,
            #[cfg(msgraph_v1_c18)]
            Self::ExternalAuthenticationMethodConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c55)]
            Self::ConnectionOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c55)]
            Self::ExternalActivity(v) => &mut v.id,
            #[cfg(msgraph_v1_c55)]
            Self::ExternalActivityResult(v) => &mut v.id,
            #[cfg(msgraph_v1_c55)]
            Self::ExternalConnection(v) => &mut v.id,
            #[cfg(msgraph_v1_c55)]
            Self::ExternalGroup(v) => &mut v.id,
            #[cfg(msgraph_v1_c55)]
            Self::ExternalItem(v) => &mut v.id,
            #[cfg(msgraph_v1_c55)]
            Self::ExternalConnectorsIdentity(v) => &mut v.id,
            #[cfg(msgraph_v1_c55)]
            Self::Schema(v) => &mut v.id,
            #[cfg(msgraph_v1_c35)]
            Self::ExternalDomainName(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::ExternalUsersSelfServiceSignUpEventsFlow(v) => &mut v.id,
            #[cfg(msgraph_v1_c16)]
            Self::FeatureRolloutPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::FederatedIdentityCredential(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::FederatedTokenValidationPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Fido2AuthenticationMethod(v) => &mut v.id,
            #[cfg(msgraph_v1_c18)]
            Self::Fido2AuthenticationMethodConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c37)]
            Self::Fido2CombinationConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c4)]
            Self::FieldValueSet(v) => &mut v.id,
            #[cfg(msgraph_v1_c56)]
            Self::FileAssessmentRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::FileAttachment(v) => &mut v.id,
            #[cfg(msgraph_v1_c76)]
            Self::FileStorage(v) => &mut v.id,
            #[cfg(msgraph_v1_c76)]
            Self::FileStorageContainer(v) => &mut v.id,
            #[cfg(msgraph_v1_c76)]
            Self::FileStorageContainerType(v) => &mut v.id,
            #[cfg(msgraph_v1_c76)]
            Self::FileStorageContainerTypeRegistration(v) => &mut v.id,
            #[cfg(msgraph_v1_c77)]
            Self::FilterOperatorSchema(v) => &mut v.id,
            #[cfg(msgraph_v1_c42)]
            Self::FixtureMap(v) => &mut v.id,
            #[cfg(msgraph_v1_c42)]
            Self::Floor(v) => &mut v.id,
            #[cfg(msgraph_v1_c42)]
            Self::FootprintMap(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::FraudProtectionProvider(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::GovernanceInsight(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::GranularDriveRestoreArtifact(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::GranularMailboxRestoreArtifact(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::GranularRestoreArtifactBase(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::GranularSiteRestoreArtifact(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Group(v) => &mut v.id,
            #[cfg(msgraph_v1_c80)]
            Self::GroupLifecyclePolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c81)]
            Self::GroupSetting(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::GroupSettingTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::HomeRealmDiscoveryPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c1)]
            Self::HorizontalSection(v) => &mut v.id,
            #[cfg(msgraph_v1_c1)]
            Self::HorizontalSectionColumn(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::HumanSecurityFraudProtectionProvider(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::IdentityApiConnector(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::IdentityBuiltInUserFlowAttribute(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::IdentityContainer(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::IdentityCustomUserFlowAttribute(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::CustomTaskExtension(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::Insights(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::LifecycleManagementSettings(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::LifecycleWorkflowsContainer(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::Run(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::Task(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::TaskDefinition(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::TaskProcessingResult(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::TaskReport(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::UserProcessingResult(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::WorkflowTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_c85)]
            Self::IdentityProvider(v) => &mut v.id,
            #[cfg(msgraph_v1_c52)]
            Self::IdentityProviderBase(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::IdentityUserFlow(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::IdentityUserFlowAttribute(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::IdentityUserFlowAttributeAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::IdentityVerifiedIdRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::ImportedWindowsAutopilotDeviceIdentity(v) => &mut v.id,
            #[cfg(msgraph_v1_c19)]
            Self::ImportedWindowsAutopilotDeviceIdentityUpload(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::InferenceClassification(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::InferenceClassificationOverride(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::InsightsSettings(v) => &mut v.id,
            #[cfg(msgraph_v1_c52)]
            Self::InternalDomainFederation(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::InternetExplorerMode(v) => &mut v.id,
            #[cfg(msgraph_v1_c88)]
            Self::Invitation(v) => &mut v.id,
            #[cfg(msgraph_v1_c13)]
            Self::InviteParticipantsOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::IosCertificateProfile(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::IosCompliancePolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::IosCustomConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::IosDeviceFeaturesConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::IosGeneralDeviceConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::IosLobApp(v) => &mut v.id,
            #[cfg(msgraph_v1_c19)]
            Self::IosLobAppProvisioningConfigurationAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_c30)]
            Self::IosManagedAppProtection(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::IosManagedAppRegistration(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::IosMobileAppConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::IosStoreApp(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::IosUpdateConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::IosUpdateDeviceStatus(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::IosVppApp(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::IosVppEBook(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::IosVppEBookAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::IosiPadOsWebClip(v) => &mut v.id,
            #[cfg(msgraph_v1_c4)]
            Self::ItemActivity(v) => &mut v.id,
            #[cfg(msgraph_v1_c4)]
            Self::ItemActivityStat(v) => &mut v.id,
            #[cfg(msgraph_v1_c89)]
            Self::ItemAnalytics(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ItemAttachment(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ItemInsights(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::ItemRetentionLabel(v) => &mut v.id,
            #[cfg(msgraph_v1_c19)]
            Self::LabelContentRight(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::LandingPage(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::LandingPageDetail(v) => &mut v.id,
            #[cfg(msgraph_v1_c43)]
            Self::LearningAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_c43)]
            Self::LearningContent(v) => &mut v.id,
            #[cfg(msgraph_v1_c43)]
            Self::LearningCourseActivity(v) => &mut v.id,
            #[cfg(msgraph_v1_c43)]
            Self::LearningProvider(v) => &mut v.id,
            #[cfg(msgraph_v1_c43)]
            Self::LearningSelfInitiatedCourse(v) => &mut v.id,
            #[cfg(msgraph_v1_c42)]
            Self::LevelMap(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::LicenseDetails(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::LinkedResource(v) => &mut v.id,
            #[cfg(msgraph_v1_c4)]
            Self::List(v) => &mut v.id,
            #[cfg(msgraph_v1_c4)]
            Self::ListItem(v) => &mut v.id,
            #[cfg(msgraph_v1_c4)]
            Self::ListItemVersion(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::LocalizedNotificationMessage(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::LoginPage(v) => &mut v.id,
            #[cfg(msgraph_v1_c95)]
            Self::LongRunningOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::M365AppsInstallationOptions(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::MacOsCompliancePolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::MacOsCustomConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::MacOsDmgApp(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::MacOsGeneralDeviceConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::MacOsLobApp(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::MacOsMicrosoftDefenderApp(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::MacOsMicrosoftEdgeApp(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::MacOsOfficeSuiteApp(v) => &mut v.id,
            #[cfg(msgraph_v1_c56)]
            Self::MailAssessmentRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::MailFolder(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::MailSearchFolder(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Mailbox(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::MailboxFolder(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::MailboxItem(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::MailboxProtectionRule(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::MailboxProtectionUnit(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::MailboxProtectionUnitsBulkAdditionJob(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::MailboxRestoreArtifact(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::MalwareStateForWindowsDevice(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedAndroidLobApp(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedAndroidStoreApp(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedApp(v) => &mut v.id,
            #[cfg(msgraph_v1_c30)]
            Self::ManagedAppConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedAppOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c30)]
            Self::ManagedAppPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c30)]
            Self::ManagedAppPolicyDeploymentSummary(v) => &mut v.id,
            #[cfg(msgraph_v1_c30)]
            Self::ManagedAppProtection(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedAppRegistration(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedAppStatus(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedAppStatusRaw(v) => &mut v.id,
            #[cfg(msgraph_v1_c9)]
            Self::ManagedDevice(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedDeviceMobileAppConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedDeviceMobileAppConfigurationAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedDeviceMobileAppConfigurationDeviceStatus(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedDeviceMobileAppConfigurationDeviceSummary(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedDeviceMobileAppConfigurationUserStatus(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedDeviceMobileAppConfigurationUserSummary(v) => &mut v.id,
            #[cfg(msgraph_v1_c19)]
            Self::ManagedDeviceOverview(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedEBook(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedEBookAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedIosLobApp(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedIosStoreApp(v) => &mut v.id,
            #[cfg(msgraph_v1_c30)]
            Self::ManagedMobileApp(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::ManagedMobileLobApp(v) => &mut v.id,
            #[cfg(msgraph_v1_c30)]
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c26)]
            Self::MeetingAttendanceReport(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::MembershipOutlierInsight(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Message(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::MessageRule(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::MessageTracingRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_c3)]
            Self::MicrosoftAccountUserConversationMember(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => &mut v.id,
            #[cfg(msgraph_v1_c18)]
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c18)]
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::MicrosoftStoreForBusinessApp(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::MobileApp(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::MobileAppAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::MobileAppCategory(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::MobileAppContent(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::MobileAppContentFile(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::MobileAppRelationship(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::MobileAppTroubleshootingEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::MobileContainedApp(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::MobileLobApp(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::MobileThreatDefenseConnector(v) => &mut v.id,
            #[cfg(msgraph_v1_c66)]
            Self::MultiTenantOrganization(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::MultiTenantOrganizationIdentitySyncPolicyTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_c66)]
            Self::MultiTenantOrganizationJoinRequestRecord(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::MultiTenantOrganizationMember(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::MultiTenantOrganizationPartnerConfigurationTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::MultiValueLegacyExtendedProperty(v) => &mut v.id,
            #[cfg(msgraph_v1_c13)]
            Self::MuteParticipantOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c1)]
            Self::Notebook(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::NotificationMessageTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_c98)]
            Self::OAuth2PermissionGrant(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::OfferShiftRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::OfficeGraphInsights(v) => &mut v.id,
            #[cfg(msgraph_v1_c35)]
            Self::OidcIdentityProvider(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::OnAttributeCollectionListener(v) => &mut v.id,
            #[cfg(msgraph_v1_c50)]
            Self::OnAttributeCollectionStartCustomExtension(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::OnAttributeCollectionStartListener(v) => &mut v.id,
            #[cfg(msgraph_v1_c50)]
            Self::OnAttributeCollectionSubmitCustomExtension(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::OnAttributeCollectionSubmitListener(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::OnAuthenticationMethodLoadStartListener(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::OnEmailOtpSendListener(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::OnFraudProtectionLoadStartListener(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::OnInteractiveAuthFlowStartListener(v) => &mut v.id,
            #[cfg(msgraph_v1_c50)]
            Self::OnOtpSendCustomExtension(v) => &mut v.id,
            #[cfg(msgraph_v1_c50)]
            Self::OnPasswordSubmitCustomExtension(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::OnPasswordSubmitListener(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::OnPremisesConditionalAccessSettings(v) => &mut v.id,
            #[cfg(msgraph_v1_c27)]
            Self::OnPremisesDirectorySynchronization(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::OnPremisesSyncBehavior(v) => &mut v.id,
            #[cfg(msgraph_v1_c50)]
            Self::OnTokenIssuanceStartCustomExtension(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::OnTokenIssuanceStartListener(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::OnUserCreateStartListener(v) => &mut v.id,
            #[cfg(msgraph_v1_c50)]
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::OnVerifiedIdClaimValidationListener(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::OneDriveForBusinessBrowseSession(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::OneDriveForBusinessProtectionPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::OneDriveForBusinessRestoreSession(v) => &mut v.id,
            #[cfg(msgraph_v1_c1)]
            Self::Onenote(v) => &mut v.id,
            #[cfg(msgraph_v1_c1)]
            Self::OnenoteEntityBaseModel(v) => &mut v.id,
            #[cfg(msgraph_v1_c1)]
            Self::OnenoteEntityHierarchyModel(v) => &mut v.id,
            #[cfg(msgraph_v1_c1)]
            Self::OnenoteEntitySchemaObjectModel(v) => &mut v.id,
            #[cfg(msgraph_v1_c1)]
            Self::OnenoteOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c1)]
            Self::OnenotePage(v) => &mut v.id,
            #[cfg(msgraph_v1_c1)]
            Self::OnenoteResource(v) => &mut v.id,
            #[cfg(msgraph_v1_c1)]
            Self::OnenoteSection(v) => &mut v.id,
            #[cfg(msgraph_v1_c14)]
            Self::OnlineMeeting(v) => &mut v.id,
            #[cfg(msgraph_v1_c26)]
            Self::OnlineMeetingBase(v) => &mut v.id,
            #[cfg(msgraph_v1_c13)]
            Self::OnlineMeetingEngagementConversation(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::OpenShift(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::OpenShiftChangeRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::OpenTypeExtension(v) => &mut v.id,
            #[cfg(msgraph_v1_c1)]
            Self::Operation(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::OrgContact(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Organization(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::OrganizationalBranding(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::OrganizationalBrandingLocalization(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::OrganizationalBrandingProperties(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::OutlookCategory(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::OutlookItem(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::OutlookUser(v) => &mut v.id,
            #[cfg(msgraph_v1_c16)]
            Self::OwnerlessGroupPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c13)]
            Self::Participant(v) => &mut v.id,
            #[cfg(msgraph_v1_c19)]
            Self::ParticipantJoiningNotification(v) => &mut v.id,
            #[cfg(msgraph_v1_c19)]
            Self::ParticipantLeftNotification(v) => &mut v.id,
            #[cfg(msgraph_v1_c44)]
            Self::Partners(v) => &mut v.id,
            #[cfg(msgraph_v1_c44)]
            Self::AzureUsage(v) => &mut v.id,
            #[cfg(msgraph_v1_c44)]
            Self::BilledReconciliation(v) => &mut v.id,
            #[cfg(msgraph_v1_c44)]
            Self::BilledUsage(v) => &mut v.id,
            #[cfg(msgraph_v1_c44)]
            Self::Billing(v) => &mut v.id,
            #[cfg(msgraph_v1_c44)]
            Self::BillingReconciliation(v) => &mut v.id,
            #[cfg(msgraph_v1_c44)]
            Self::ExportSuccessOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c44)]
            Self::FailedOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c44)]
            Self::Manifest(v) => &mut v.id,
            #[cfg(msgraph_v1_c44)]
            Self::PartnersBillingOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c44)]
            Self::RunningOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c44)]
            Self::UnbilledReconciliation(v) => &mut v.id,
            #[cfg(msgraph_v1_c44)]
            Self::UnbilledUsage(v) => &mut v.id,
            #[cfg(msgraph_v1_c18)]
            Self::PasskeyAuthenticationMethodTarget(v) => &mut v.id,
            #[cfg(msgraph_v1_c19)]
            Self::PasskeyProfile(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::PasswordAuthenticationMethod(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::Payload(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::PeopleAdminSettings(v) => &mut v.id,
            #[cfg(msgraph_v1_c54)]
            Self::Permission(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::PermissionGrantConditionSet(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::PermissionGrantPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Person(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::PhoneAuthenticationMethod(v) => &mut v.id,
            #[cfg(msgraph_v1_c3)]
            Self::PhoneUserConversationMember(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::PinnedChatMessageInfo(v) => &mut v.id,
            #[cfg(msgraph_v1_c42)]
            Self::Place(v) => &mut v.id,
            #[cfg(msgraph_v1_c103)]
            Self::Planner(v) => &mut v.id,
            #[cfg(msgraph_v1_c104)]
            Self::PlannerAssignedToTaskBoardTaskFormat(v) => &mut v.id,
            #[cfg(msgraph_v1_c104)]
            Self::PlannerBucket(v) => &mut v.id,
            #[cfg(msgraph_v1_c104)]
            Self::PlannerBucketTaskBoardTaskFormat(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::PlannerGroup(v) => &mut v.id,
            #[cfg(msgraph_v1_c104)]
            Self::PlannerPlan(v) => &mut v.id,
            #[cfg(msgraph_v1_c104)]
            Self::PlannerPlanDetails(v) => &mut v.id,
            #[cfg(msgraph_v1_c104)]
            Self::PlannerProgressTaskBoardTaskFormat(v) => &mut v.id,
            #[cfg(msgraph_v1_c104)]
            Self::PlannerTask(v) => &mut v.id,
            #[cfg(msgraph_v1_c104)]
            Self::PlannerTaskDetails(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::PlannerUser(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::PlatformCredentialAuthenticationMethod(v) => &mut v.id,
            #[cfg(msgraph_v1_c13)]
            Self::PlayPromptOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::PolicyBase(v) => &mut v.id,
            #[cfg(msgraph_v1_c16)]
            Self::PolicyRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::PolicyTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Post(v) => &mut v.id,
            #[cfg(msgraph_v1_c14)]
            Self::Presence(v) => &mut v.id,
            #[cfg(msgraph_v1_c105)]
            Self::PrintConnector(v) => &mut v.id,
            #[cfg(msgraph_v1_c87)]
            Self::PrintDocument(v) => &mut v.id,
            #[cfg(msgraph_v1_c87)]
            Self::PrintJob(v) => &mut v.id,
            #[cfg(msgraph_v1_c105)]
            Self::PrintOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c105)]
            Self::PrintService(v) => &mut v.id,
            #[cfg(msgraph_v1_c105)]
            Self::PrintServiceEndpoint(v) => &mut v.id,
            #[cfg(msgraph_v1_c87)]
            Self::PrintTask(v) => &mut v.id,
            #[cfg(msgraph_v1_c105)]
            Self::PrintTaskDefinition(v) => &mut v.id,
            #[cfg(msgraph_v1_c105)]
            Self::PrintTaskTrigger(v) => &mut v.id,
            #[cfg(msgraph_v1_c44)]
            Self::PrintUsage(v) => &mut v.id,
            #[cfg(msgraph_v1_c44)]
            Self::PrintUsageByPrinter(v) => &mut v.id,
            #[cfg(msgraph_v1_c44)]
            Self::PrintUsageByUser(v) => &mut v.id,
            #[cfg(msgraph_v1_c105)]
            Self::Printer(v) => &mut v.id,
            #[cfg(msgraph_v1_c87)]
            Self::PrinterBase(v) => &mut v.id,
            #[cfg(msgraph_v1_c105)]
            Self::PrinterCreateOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c87)]
            Self::PrinterShare(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroup(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroupAssignmentScheduleInstance(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroupEligibilityScheduleInstance(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessSchedule(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessScheduleInstance(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::PrivilegedAccessScheduleRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ProfileCardProperty(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ProfilePhoto(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ProfilePropertySetting(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ProfileSource(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::PronounsSettings(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::ProtectionPolicyBase(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::ProtectionRuleBase(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::ProtectionUnitBase(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::ProtectionUnitsBulkJobBase(v) => &mut v.id,
            #[cfg(msgraph_v1_c38)]
            Self::ProvisioningObjectSummary(v) => &mut v.id,
            #[cfg(msgraph_v1_c27)]
            Self::PublicKeyInfrastructureRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::QrCode(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::QrCodePinAuthenticationMethod(v) => &mut v.id,
            #[cfg(msgraph_v1_c18)]
            Self::QrCodePinAuthenticationMethodConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::QrPin(v) => &mut v.id,
            #[cfg(msgraph_v1_c34)]
            Self::RbacApplication(v) => &mut v.id,
            #[cfg(msgraph_v1_c59)]
            Self::ReadingAssignmentSubmission(v) => &mut v.id,
            #[cfg(msgraph_v1_c59)]
            Self::ReadingCoachPassage(v) => &mut v.id,
            #[cfg(msgraph_v1_c13)]
            Self::RecordOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c76)]
            Self::RecycleBin(v) => &mut v.id,
            #[cfg(msgraph_v1_c76)]
            Self::RecycleBinItem(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ReferenceAttachment(v) => &mut v.id,
            #[cfg(msgraph_v1_c59)]
            Self::ReflectCheckInResponse(v) => &mut v.id,
            #[cfg(msgraph_v1_c44)]
            Self::RelyingPartyDetailedSummary(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::RemoteAssistancePartner(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::RemoteDesktopSecurityConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::RemoteTenantGroup(v) => &mut v.id,
            #[cfg(msgraph_v1_c59)]
            Self::ReportsRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_c74)]
            Self::Request(v) => &mut v.id,
            #[cfg(msgraph_v1_c66)]
            Self::ResellerDelegatedAdminRelationship(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::ResourceOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ResourceSpecificPermissionGrant(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::RestoreArtifactBase(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::RestoreArtifactsBulkRequestBase(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::RestorePoint(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::RestoreSessionBase(v) => &mut v.id,
            #[cfg(msgraph_v1_c4)]
            Self::RichLongRunningOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c12)]
            Self::RiskDetection(v) => &mut v.id,
            #[cfg(msgraph_v1_c12)]
            Self::RiskyServicePrincipal(v) => &mut v.id,
            #[cfg(msgraph_v1_c12)]
            Self::RiskyServicePrincipalHistoryItem(v) => &mut v.id,
            #[cfg(msgraph_v1_c12)]
            Self::RiskyUser(v) => &mut v.id,
            #[cfg(msgraph_v1_c12)]
            Self::RiskyUserHistoryItem(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::RoleAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::RoleDefinition(v) => &mut v.id,
            #[cfg(msgraph_v1_c42)]
            Self::Room(v) => &mut v.id,
            #[cfg(msgraph_v1_c42)]
            Self::RoomList(v) => &mut v.id,
            #[cfg(msgraph_v1_c35)]
            Self::SamlOrWsFedExternalDomainFederation(v) => &mut v.id,
            #[cfg(msgraph_v1_c52)]
            Self::SamlOrWsFedProvider(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Schedule(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ScheduleChangeRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::SchedulingGroup(v) => &mut v.id,
            #[cfg(msgraph_v1_c75)]
            Self::SchemaExtension(v) => &mut v.id,
            #[cfg(msgraph_v1_c112)]
            Self::ScopedRoleMembership(v) => &mut v.id,
            #[cfg(msgraph_v1_c19)]
            Self::Acronym(v) => &mut v.id,
            #[cfg(msgraph_v1_c19)]
            Self::Bookmark(v) => &mut v.id,
            #[cfg(msgraph_v1_c19)]
            Self::Qna(v) => &mut v.id,
            #[cfg(msgraph_v1_c19)]
            Self::SearchAnswer(v) => &mut v.id,
            #[cfg(msgraph_v1_c19)]
            Self::SearchEntity(v) => &mut v.id,
            #[cfg(msgraph_v1_c42)]
            Self::Section(v) => &mut v.id,
            #[cfg(msgraph_v1_c1)]
            Self::SectionGroup(v) => &mut v.id,
            #[cfg(msgraph_v1_c42)]
            Self::SectionMap(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::SecureScore(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::SecureScoreControlProfile(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::SecurityAlert(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::AnalyzedEmail(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::Article(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::ArticleIndicator(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::Artifact(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::AuditCoreRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::AuditLogQuery(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::AuditLogRecord(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::AuthorityTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::AutoAuditingConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::Case(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::CaseOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::CasesRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::CategoryTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::CitationTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::CollaborationRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::DataSet(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::DataSource(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::DataSourceContainer(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::DepartmentTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryAddToReviewSetOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryCase(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryCaseMember(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryCaseSettings(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryCustodian(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryEstimateOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryExportOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryHoldOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryHoldPolicySyncOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryIndexOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryNoncustodialDataSource(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryPurgeDataOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryReviewSet(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryReviewSetQuery(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryReviewTag(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoverySearch(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoverySearchExportOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::EdiscoveryTagOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::FilePlanDescriptor(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::FilePlanDescriptorTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::FilePlanReferenceTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::HealthIssue(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::Host(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::HostComponent(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::HostCookie(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::HostPair(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::HostPort(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::HostReputation(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::HostSslCertificate(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::HostTracker(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::Hostname(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::IdentityAccounts(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::SecurityIdentityContainer(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::Incident(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::Indicator(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::IntelligenceProfile(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::IntelligenceProfileIndicator(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::IpAddress(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::LabelsRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::NetworkAdapter(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::PassiveDnsRecord(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::RetentionEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::RetentionEventType(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::RetentionLabel(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::Search(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::Sensor(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::SensorCandidate(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::SensorCandidateActivationConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::SettingsContainer(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::SiteSource(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::SslCertificate(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::SubcategoryTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::Subdomain(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::Tag(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::ThreatIntelligence(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::TriggerTypesRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::TriggersRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_c19)]
            Self::UnclassifiedArtifact(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::UnifiedGroupSource(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::SecurityUser(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::UserSource(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::Vulnerability(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::VulnerabilityComponent(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::WhoisBaseRecord(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::WhoisHistoryRecord(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::WhoisRecord(v) => &mut v.id,
            #[cfg(msgraph_v1_c44)]
            Self::SecurityReportsRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_c13)]
            Self::SendDtmfTonesOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c11)]
            Self::SensitivityLabel(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ServiceAnnouncement(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ServiceAnnouncementAttachment(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ServiceAnnouncementBase(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::ServiceApp(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ServiceHealth(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ServiceHealthIssue(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ServicePrincipal(v) => &mut v.id,
            #[cfg(msgraph_v1_c12)]
            Self::ServicePrincipalRiskDetection(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ServiceProviderConstraints(v) => &mut v.id,
            #[cfg(msgraph_v1_c40)]
            Self::ServiceStorageQuotaBreakdown(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::ServiceUpdateMessage(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::SettingStateDeviceSummary(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::SharePointBrowseSession(v) => &mut v.id,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointGroup(v) => &mut v.id,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointGroupMember(v) => &mut v.id,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationFinishManifestFileUploadEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJob(v) => &mut v.id,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobCancelledEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobDeletedEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobErrorEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobPostponedEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobProgressEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobQueuedEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_c76)]
            Self::SharePointMigrationJobStartEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::SharePointProtectionPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::SharePointRestoreSession(v) => &mut v.id,
            #[cfg(msgraph_v1_c115)]
            Self::SharedDriveItem(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::SharedInsight(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::SharedPcConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c3)]
            Self::SharedWithChannelTeamInfo(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::Sharepoint(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::SharepointSettings(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Shift(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::ShiftPreferences(v) => &mut v.id,
            #[cfg(msgraph_v1_c38)]
            Self::SignIn(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::Simulation(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::SimulationAutomation(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::SimulationAutomationRun(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::SingleValueLegacyExtendedProperty(v) => &mut v.id,
            #[cfg(msgraph_v1_c1)]
            Self::Site(v) => &mut v.id,
            #[cfg(msgraph_v1_c1)]
            Self::SitePage(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::SiteProtectionRule(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::SiteProtectionUnit(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::SiteProtectionUnitsBulkAdditionJob(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::SiteRestoreArtifact(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_c3)]
            Self::SkypeForBusinessUserConversationMember(v) => &mut v.id,
            #[cfg(msgraph_v1_c3)]
            Self::SkypeUserConversationMember(v) => &mut v.id,
            #[cfg(msgraph_v1_c18)]
            Self::SmsAuthenticationMethodConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c18)]
            Self::SmsAuthenticationMethodTarget(v) => &mut v.id,
            #[cfg(msgraph_v1_c35)]
            Self::SocialIdentityProvider(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::SoftwareOathAuthenticationMethod(v) => &mut v.id,
            #[cfg(msgraph_v1_c18)]
            Self::SoftwareOathAuthenticationMethodConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c19)]
            Self::SoftwareUpdateStatusSummary(v) => &mut v.id,
            #[cfg(msgraph_v1_c59)]
            Self::SpeakerAssignmentSubmission(v) => &mut v.id,
            #[cfg(msgraph_v1_c1)]
            Self::StandardWebPart(v) => &mut v.id,
            #[cfg(msgraph_v1_c13)]
            Self::StartHoldMusicOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c13)]
            Self::StopHoldMusicOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c40)]
            Self::StorageQuotaBreakdown(v) => &mut v.id,
            #[cfg(msgraph_v1_c76)]
            Self::StorageSettings(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::StsPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c53)]
            Self::SubjectRightsRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_c13)]
            Self::SubscribeToToneOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c93)]
            Self::SubscribedSku(v) => &mut v.id,
            #[cfg(msgraph_v1_c119)]
            Self::Subscription(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::SwapShiftsChangeRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Synchronization(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::SynchronizationJob(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::SynchronizationSchema(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::SynchronizationTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::TargetDeviceGroup(v) => &mut v.id,
            #[cfg(msgraph_v1_c3)]
            Self::TargetedChatMessage(v) => &mut v.id,
            #[cfg(msgraph_v1_c30)]
            Self::TargetedManagedAppConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c30)]
            Self::TargetedManagedAppPolicyAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_c30)]
            Self::TargetedManagedAppProtection(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::TaskFileAttachment(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Team(v) => &mut v.id,
            #[cfg(msgraph_v1_c3)]
            Self::TeamInfo(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::NumberAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::PolicyIdentifierDetail(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::TeamsAdminRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::TeamsPolicyAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::TeamsPolicyUserAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::TeamsUserConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::TelephoneNumberLongRunningOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c17)]
            Self::TelephoneNumberManagementRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_c32)]
            Self::TeamsApp(v) => &mut v.id,
            #[cfg(msgraph_v1_c32)]
            Self::TeamsAppDefinition(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::TeamsAppInstallation(v) => &mut v.id,
            #[cfg(msgraph_v1_c67)]
            Self::TeamsAppSettings(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::TeamsAsyncOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c3)]
            Self::TeamsTab(v) => &mut v.id,
            #[cfg(msgraph_v1_c121)]
            Self::TeamsTemplate(v) => &mut v.id,
            #[cfg(msgraph_v1_c67)]
            Self::Teamwork(v) => &mut v.id,
            #[cfg(msgraph_v1_c32)]
            Self::TeamworkBot(v) => &mut v.id,
            #[cfg(msgraph_v1_c3)]
            Self::TeamworkHostedContent(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::TeamworkTag(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::TeamworkTagMember(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::TemporaryAccessPassAuthenticationMethod(v) => &mut v.id,
            #[cfg(msgraph_v1_c18)]
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::TenantAppManagementPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::TenantDataSecurityAndGovernance(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::TenantProtectionScopeContainer(v) => &mut v.id,
            #[cfg(msgraph_v1_c1)]
            Self::TermStoreGroup(v) => &mut v.id,
            #[cfg(msgraph_v1_c1)]
            Self::Relation(v) => &mut v.id,
            #[cfg(msgraph_v1_c1)]
            Self::Set(v) => &mut v.id,
            #[cfg(msgraph_v1_c1)]
            Self::Store(v) => &mut v.id,
            #[cfg(msgraph_v1_c1)]
            Self::Term(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::TermsAndConditions(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::TermsAndConditionsAcceptanceStatus(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::TermsAndConditionsAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::TermsOfUseContainer(v) => &mut v.id,
            #[cfg(msgraph_v1_c1)]
            Self::TextWebPart(v) => &mut v.id,
            #[cfg(msgraph_v1_c56)]
            Self::ThreatAssessmentRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_c56)]
            Self::ThreatAssessmentResult(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::ThumbnailSet(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::TimeCard(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::TimeOff(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::TimeOffReason(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::TimeOffRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Todo(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::TodoTask(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::TodoTaskList(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::TokenIssuancePolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::TokenLifetimePolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::Training(v) => &mut v.id,
            #[cfg(msgraph_v1_c8)]
            Self::TrainingLanguageDetail(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::Trending(v) => &mut v.id,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRbacResourceAction(v) => &mut v.id,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRbacResourceNamespace(v) => &mut v.id,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleAssignmentSchedule(v) => &mut v.id,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &mut v.id,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleDefinition(v) => &mut v.id,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleEligibilitySchedule(v) => &mut v.id,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &mut v.id,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyApprovalRule(v) => &mut v.id,
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyAuthenticationContextRule(v) => &mut v.id,
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyEnablementRule(v) => &mut v.id,
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyExpirationRule(v) => &mut v.id,
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyNotificationRule(v) => &mut v.id,
            #[cfg(msgraph_v1_c16)]
            Self::UnifiedRoleManagementPolicyRule(v) => &mut v.id,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleScheduleBase(v) => &mut v.id,
            #[cfg(msgraph_v1_c34)]
            Self::UnifiedRoleScheduleInstanceBase(v) => &mut v.id,
            #[cfg(msgraph_v1_c40)]
            Self::UnifiedStorageQuota(v) => &mut v.id,
            #[cfg(msgraph_v1_c42)]
            Self::UnitMap(v) => &mut v.id,
            #[cfg(msgraph_v1_c13)]
            Self::UnmuteParticipantOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c13)]
            Self::UpdateRecordingStatusOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c56)]
            Self::UrlAssessmentRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_c19)]
            Self::UsageRightsIncluded(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::UsedInsight(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::User(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::UserActivity(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::UserConsentRequest(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::UserDataSecurityAndGovernance(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails(
                v,
            ) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId(
                v,
            ) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion(v) => {
                &mut v.id
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthApplicationPerformance(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthDeviceModelPerformance(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformance(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformanceDetails(v) => {
                &mut v.id
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsAppHealthOsVersionPerformance(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsBaseline(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsCategory(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsDevicePerformance(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsDeviceScores(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsDeviceStartupHistory(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsDeviceStartupProcess(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsDeviceStartupProcessPerformance(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsMetric(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsMetricHistory(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsModelScores(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsOverview(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsScoreHistory(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsWorkFromAnywhereDevice(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric(v) => {
                &mut v.id
            }
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsWorkFromAnywhereMetric(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::UserExperienceAnalyticsWorkFromAnywhereModelPerformance(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::UserFlowLanguageConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::UserFlowLanguagePage(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::UserInsightsSettings(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::UserInstallStateSummary(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::UserProtectionScopeContainer(v) => &mut v.id,
            #[cfg(msgraph_v1_c44)]
            Self::UserRegistrationDetails(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::UserScopeTeamsAppInstallation(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::UserSettings(v) => &mut v.id,
            #[cfg(msgraph_v1_c6)]
            Self::UserSignInInsight(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::UserSolutionRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::UserStorage(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::UserTeamwork(v) => &mut v.id,
            #[cfg(msgraph_v1_c18)]
            Self::VerifiableCredentialAuthenticationMethodTarget(v) => &mut v.id,
            #[cfg(msgraph_v1_c18)]
            Self::VerifiableCredentialsAuthenticationMethodConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::VerifiedIdProfile(v) => &mut v.id,
            #[cfg(msgraph_v1_c1)]
            Self::VerticalSection(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::VirtualEndpoint(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEvent(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventPresenter(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventRegistration(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventRegistrationConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventRegistrationCustomQuestion(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventRegistrationPredefinedQuestion(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventRegistrationQuestionBase(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventSession(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventTownhall(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventTownhallRegistrationConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventWebinar(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventWebinarRegistrationConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c31)]
            Self::VirtualEventsRoot(v) => &mut v.id,
            #[cfg(msgraph_v1_c18)]
            Self::VoiceAuthenticationMethodConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::VppToken(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::WebApp(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::WebApplicationFirewallProvider(v) => &mut v.id,
            #[cfg(msgraph_v1_c23)]
            Self::WebApplicationFirewallVerificationModel(v) => &mut v.id,
            #[cfg(msgraph_v1_c1)]
            Self::WebPart(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::Win32LobApp(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10CompliancePolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10CustomConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10EndpointProtectionConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10GeneralConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10MobileCompliancePolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10SecureAssessmentConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::Windows10TeamGeneralConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::Windows81CompliancePolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::Windows81GeneralConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::WindowsAppX(v) => &mut v.id,
            #[cfg(msgraph_v1_c19)]
            Self::WindowsAutopilotDeploymentProfile(v) => &mut v.id,
            #[cfg(msgraph_v1_c19)]
            Self::WindowsAutopilotDeploymentProfileAssignment(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsAutopilotDeviceIdentity(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c9)]
            Self::WindowsDeviceMalwareState(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => &mut v.id,
            #[cfg(msgraph_v1_c30)]
            Self::WindowsInformationProtection(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsInformationProtectionAppLearningSummary(v) => &mut v.id,
            #[cfg(msgraph_v1_c30)]
            Self::WindowsInformationProtectionAppLockerFile(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsInformationProtectionNetworkLearningSummary(v) => &mut v.id,
            #[cfg(msgraph_v1_c30)]
            Self::WindowsInformationProtectionPolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsMalwareInformation(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::WindowsMicrosoftEdgeApp(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::WindowsMobileMsi(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsPhone81CompliancePolicy(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsPhone81CustomConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsPhone81GeneralConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c9)]
            Self::WindowsProtectionState(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::WindowsSetting(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::WindowsSettingInstance(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::WindowsUniversalAppX(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::WindowsUniversalAppXContainedApp(v) => &mut v.id,
            #[cfg(msgraph_v1_c28)]
            Self::WindowsUpdateForBusinessConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c29)]
            Self::WindowsWebApp(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::WorkHoursAndLocationsSetting(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::WorkPlanOccurrence(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::WorkPlanRecurrence(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::Workbook(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookApplication(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChart(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartAreaFormat(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartAxes(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartAxis(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartAxisFormat(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartAxisTitle(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartAxisTitleFormat(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartDataLabelFormat(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartDataLabels(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartFill(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartFont(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartGridlines(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartGridlinesFormat(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartLegend(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartLegendFormat(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartLineFormat(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartPoint(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartPointFormat(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartSeries(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartSeriesFormat(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartTitle(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookChartTitleFormat(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookComment(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookCommentReply(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookFilter(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookFormatProtection(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookFunctionResult(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookFunctions(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookNamedItem(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookOperation(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookPivotTable(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRange(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRangeBorder(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRangeFill(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRangeFont(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRangeFormat(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRangeSort(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookRangeView(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookTable(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookTableColumn(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookTableRow(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookTableSort(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookWorksheet(v) => &mut v.id,
            #[cfg(msgraph_v1_c24)]
            Self::WorkbookWorksheetProtection(v) => &mut v.id,
            #[cfg(msgraph_v1_c67)]
            Self::WorkforceIntegration(v) => &mut v.id,
            #[cfg(msgraph_v1_c10)]
            Self::WorkingTimeSchedule(v) => &mut v.id,
            #[cfg(msgraph_v1_c42)]
            Self::Workspace(v) => &mut v.id,
            #[cfg(msgraph_v1_c18)]
            Self::X509CertificateAuthenticationMethodConfiguration(v) => &mut v.id,
            #[cfg(msgraph_v1_c37)]
            Self::X509CertificateCombinationConfiguration(v) => &mut v.id,
        }
    }
}
