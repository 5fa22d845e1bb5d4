//! Types of `microsoft.graph` by the first letters of their names (`entity_3`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_any_area_but_compliance)]
impl rt::Poly for AnyEntity {
    const BASE_NAME: &'static str = "microsoft.graph.entity";
    #[inline]
    fn read_variant(
        tag: ::std::option::Option<&str>,
        r: &mut rt::Reader<'_>,
    ) -> rt::ReadResult<Self> {
        let mut v = match tag {
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.aadUserConversationMember") => {
                Self::AadUserConversationMember(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessPackage") => {
                Self::AccessPackage(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessPackageAssignment") => {
                Self::AccessPackageAssignment(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageAssignmentPolicy",
            ) => Self::AccessPackageAssignmentPolicy(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageAssignmentRequest",
            ) => Self::AccessPackageAssignmentRequest(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageAssignmentRequestWorkflowExtension",
            ) => {
                Self::AccessPackageAssignmentRequestWorkflowExtension(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageAssignmentWorkflowExtension",
            ) => Self::AccessPackageAssignmentWorkflowExtension(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessPackageCatalog") => {
                Self::AccessPackageCatalog(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageMultipleChoiceQuestion",
            ) => Self::AccessPackageMultipleChoiceQuestion(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessPackageQuestion") => {
                Self::AccessPackageQuestion(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessPackageResource") => {
                Self::AccessPackageResource(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageResourceEnvironment",
            ) => Self::AccessPackageResourceEnvironment(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageResourceRequest",
            ) => Self::AccessPackageResourceRequest(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessPackageResourceRole") => {
                Self::AccessPackageResourceRole(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageResourceRoleScope",
            ) => Self::AccessPackageResourceRoleScope(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessPackageResourceScope") => {
                Self::AccessPackageResourceScope(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessPackageSubject") => {
                Self::AccessPackageSubject(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessPackageSuggestion") => {
                Self::AccessPackageSuggestion(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageTextInputQuestion",
            ) => Self::AccessPackageTextInputQuestion(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessReviewHistoryDefinition",
            ) => Self::AccessReviewHistoryDefinition(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessReviewHistoryInstance",
            ) => Self::AccessReviewHistoryInstance(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessReviewInstance") => {
                Self::AccessReviewInstance(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessReviewInstanceDecisionItem",
            ) => Self::AccessReviewInstanceDecisionItem(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessReviewReviewer") => {
                Self::AccessReviewReviewer(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessReviewScheduleDefinition",
            ) => Self::AccessReviewScheduleDefinition(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessReviewSet") => {
                Self::AccessReviewSet(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessReviewStage") => {
                Self::AccessReviewStage(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.activitiesContainer") => {
                Self::ActivitiesContainer(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.activityBasedTimeoutPolicy") => {
                Self::ActivityBasedTimeoutPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.activityHistoryItem") => {
                Self::ActivityHistoryItem(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.addLargeGalleryViewOperation",
            ) => Self::AddLargeGalleryViewOperation(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core_or_communications)]
            ::std::option::Option::Some("microsoft.graph.adhocCall") => {
                Self::AdhocCall(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_policies_or_search)]
            ::std::option::Option::Some("microsoft.graph.adminConsentRequestPolicy") => {
                Self::AdminConsentRequestPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.adminMicrosoft365Apps") => {
                Self::AdminMicrosoft365Apps(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.adminReportSettings") => {
                Self::AdminReportSettings(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.administrativeUnit") => {
                Self::AdministrativeUnit(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.agentIdentity") => {
                Self::AgentIdentity(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.agentIdentityBlueprint") => {
                Self::AgentIdentityBlueprint(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.agentIdentityBlueprintPrincipal",
            ) => Self::AgentIdentityBlueprintPrincipal(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.agentUser") => {
                Self::AgentUser(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.agreement") => {
                Self::Agreement(rt::object::new_boxed())
            }
            #[cfg(
                msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search
            )]
            ::std::option::Option::Some("microsoft.graph.agreementAcceptance") => {
                Self::AgreementAcceptance(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.agreementFile") => {
                Self::AgreementFile(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.agreementFileLocalization") => {
                Self::AgreementFileLocalization(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.agreementFileProperties") => {
                Self::AgreementFileProperties(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.agreementFileVersion") => {
                Self::AgreementFileVersion(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            ::std::option::Option::Some("microsoft.graph.aiInteraction") => {
                Self::AiInteraction(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            ::std::option::Option::Some("microsoft.graph.aiInteractionHistory") => {
                Self::AiInteractionHistory(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            ::std::option::Option::Some("microsoft.graph.aiOnlineMeeting") => {
                Self::AiOnlineMeeting(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            ::std::option::Option::Some("microsoft.graph.aiUser") => {
                Self::AiUser(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.akamaiWebApplicationFirewallProvider",
            ) => Self::AkamaiWebApplicationFirewallProvider(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.alert") => {
                Self::Alert(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_directory_or_search)]
            ::std::option::Option::Some("microsoft.graph.allowedValue") => {
                Self::AllowedValue(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.androidCompliancePolicy") => {
                Self::AndroidCompliancePolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.androidCustomConfiguration") => {
                Self::AndroidCustomConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidGeneralDeviceConfiguration",
            ) => Self::AndroidGeneralDeviceConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.androidLobApp") => {
                Self::AndroidLobApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.androidManagedAppProtection",
            ) => Self::AndroidManagedAppProtection(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidManagedAppRegistration",
            ) => Self::AndroidManagedAppRegistration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.androidStoreApp") => {
                Self::AndroidStoreApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileCompliancePolicy",
            ) => Self::AndroidWorkProfileCompliancePolicy(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileCustomConfiguration",
            ) => Self::AndroidWorkProfileCustomConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileGeneralDeviceConfiguration",
            ) => {
                Self::AndroidWorkProfileGeneralDeviceConfiguration(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some(
                "microsoft.graph.anonymousGuestConversationMember",
            ) => Self::AnonymousGuestConversationMember(rt::object::new_boxed()),
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            ::std::option::Option::Some("microsoft.graph.appCatalogs") => {
                Self::AppCatalogs(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.appConsentApprovalRoute") => {
                Self::AppConsentApprovalRoute(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.appConsentRequest") => {
                Self::AppConsentRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.appLogCollectionRequest") => {
                Self::AppLogCollectionRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.appManagementPolicy") => {
                Self::AppManagementPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.appRoleAssignment") => {
                Self::AppRoleAssignment(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.appScope") => {
                Self::AppScope(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.appleDeviceFeaturesConfigurationBase",
            ) => Self::AppleDeviceFeaturesConfigurationBase(rt::object::new_boxed()),
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.appleManagedIdentityProvider",
            ) => Self::AppleManagedIdentityProvider(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.applePushNotificationCertificate",
            ) => Self::ApplePushNotificationCertificate(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.application") => {
                Self::Application(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_application_templates_or_search)]
            ::std::option::Option::Some("microsoft.graph.applicationTemplate") => {
                Self::ApplicationTemplate(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.approval") => {
                Self::Approval(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.approvalStage") => {
                Self::ApprovalStage(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.approvedClientApp") => {
                Self::ApprovedClientApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.arkoseFraudProtectionProvider",
            ) => Self::ArkoseFraudProtectionProvider(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.associatedTeamInfo") => {
                Self::AssociatedTeamInfo(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.attachment") => {
                Self::Attachment(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.attachmentBase") => {
                Self::AttachmentBase(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.attachmentSession") => {
                Self::AttachmentSession(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_security)]
            ::std::option::Option::Some("microsoft.graph.attackSimulationOperation") => {
                Self::AttackSimulationOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.attackSimulationRoot") => {
                Self::AttackSimulationRoot(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_communications_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.attendanceRecord") => {
                Self::AttendanceRecord(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_functions)]
            ::std::option::Option::Some(
                "microsoft.graph.attributeMappingFunctionSchema",
            ) => Self::AttributeMappingFunctionSchema(rt::object::new_boxed()),
            #[cfg(msgraph_v1_directory_or_search)]
            ::std::option::Option::Some("microsoft.graph.attributeSet") => {
                Self::AttributeSet(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.audioRoutingGroup") => {
                Self::AudioRoutingGroup(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.auditEvent") => {
                Self::AuditEvent(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.authentication") => {
                Self::Authentication(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.authenticationCombinationConfiguration",
            ) => Self::AuthenticationCombinationConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.authenticationContextClassReference",
            ) => Self::AuthenticationContextClassReference(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.authenticationEventListener",
            ) => Self::AuthenticationEventListener(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.authenticationEventsFlow") => {
                Self::AuthenticationEventsFlow(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_policies_or_search)]
            ::std::option::Option::Some("microsoft.graph.authenticationFlowsPolicy") => {
                Self::AuthenticationFlowsPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.authenticationMethod") => {
                Self::AuthenticationMethod(rt::object::new_boxed())
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.authenticationMethodConfiguration",
            ) => Self::AuthenticationMethodConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.authenticationMethodModeDetail",
            ) => Self::AuthenticationMethodModeDetail(rt::object::new_boxed()),
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some("microsoft.graph.authenticationMethodTarget") => {
                Self::AuthenticationMethodTarget(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.authenticationMethodsPolicy",
            ) => Self::AuthenticationMethodsPolicy(rt::object::new_boxed()),
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.authenticationMethodsRoot") => {
                Self::AuthenticationMethodsRoot(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.authenticationStrengthPolicy",
            ) => Self::AuthenticationStrengthPolicy(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.authenticationStrengthRoot") => {
                Self::AuthenticationStrengthRoot(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_privacy_or_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.authoredNote") => {
                Self::AuthoredNote(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.authorizationPolicy") => {
                Self::AuthorizationPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.availableAccessPackage") => {
                Self::AvailableAccessPackage(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some(
                "microsoft.graph.azureCommunicationServicesUserConversationMember",
            ) => {
                Self::AzureCommunicationServicesUserConversationMember(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.b2xIdentityUserFlow") => {
                Self::B2xIdentityUserFlow(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.backupRestoreRoot") => {
                Self::BackupRestoreRoot(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
            ::std::option::Option::Some("microsoft.graph.baseItem") => {
                Self::BaseItem(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.baseItemVersion") => {
                Self::BaseItemVersion(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.baseMapFeature") => {
                Self::BaseMapFeature(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.baseSitePage") => {
                Self::BaseSitePage(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_information_protection_or_search)]
            ::std::option::Option::Some("microsoft.graph.bitlocker") => {
                Self::Bitlocker(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_information_protection_or_search)]
            ::std::option::Option::Some("microsoft.graph.bitlockerRecoveryKey") => {
                Self::BitlockerRecoveryKey(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.bookingAppointment") => {
                Self::BookingAppointment(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.bookingBusiness") => {
                Self::BookingBusiness(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.bookingCurrency") => {
                Self::BookingCurrency(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.bookingCustomQuestion") => {
                Self::BookingCustomQuestion(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.bookingCustomer") => {
                Self::BookingCustomer(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.bookingCustomerBase") => {
                Self::BookingCustomerBase(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.bookingService") => {
                Self::BookingService(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.bookingStaffMember") => {
                Self::BookingStaffMember(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.bookingStaffMemberBase") => {
                Self::BookingStaffMemberBase(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.browseSessionBase") => {
                Self::BrowseSessionBase(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.browserSharedCookie") => {
                Self::BrowserSharedCookie(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.browserSite") => {
                Self::BrowserSite(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.browserSiteList") => {
                Self::BrowserSiteList(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.building") => {
                Self::Building(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.buildingMap") => {
                Self::BuildingMap(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.builtInIdentityProvider") => {
                Self::BuiltInIdentityProvider(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.bulkUpload") => {
                Self::BulkUpload(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.caPoliciesDeletableRoot") => {
                Self::CaPoliciesDeletableRoot(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.calendar") => {
                Self::Calendar(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.calendarGroup") => {
                Self::CalendarGroup(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.calendarPermission") => {
                Self::CalendarPermission(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.calendarSharingMessage") => {
                Self::CalendarSharingMessage(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.call") => {
                Self::Call(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            ::std::option::Option::Some("microsoft.graph.callAiInsight") => {
                Self::CallAiInsight(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some("microsoft.graph.callEvent") => {
                Self::CallEvent(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_communications)]
            ::std::option::Option::Some("microsoft.graph.callRecording") => {
                Self::CallRecording(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.callRecords.callRecord") => {
                Self::CallRecord(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.callRecords.organizer") => {
                Self::Organizer(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.callRecords.participant") => {
                Self::CallRecordsParticipant(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.callRecords.participantBase",
            ) => Self::ParticipantBase(rt::object::new_boxed()),
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.callRecords.segment") => {
                Self::Segment(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.callRecords.session") => {
                Self::Session(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_communications)]
            ::std::option::Option::Some("microsoft.graph.callTranscript") => {
                Self::CallTranscript(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.cancelMediaProcessingOperation",
            ) => Self::CancelMediaProcessingOperation(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.canvasLayout") => {
                Self::CanvasLayout(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.certificateAuthorityDetail") => {
                Self::CertificateAuthorityDetail(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_certificate_based_auth_configuration)]
            ::std::option::Option::Some(
                "microsoft.graph.certificateBasedAuthConfiguration",
            ) => Self::CertificateBasedAuthConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.certificateBasedAuthPki") => {
                Self::CertificateBasedAuthPki(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.changeTrackedEntity") => {
                Self::ChangeTrackedEntity(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.channel") => {
                Self::Channel(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.chat") => {
                Self::Chat(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.chatMessage") => {
                Self::ChatMessage(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.chatMessageHostedContent") => {
                Self::ChatMessageHostedContent(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.chatMessageInfo") => {
                Self::ChatMessageInfo(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.checklistItem") => {
                Self::ChecklistItem(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.claimsMappingPolicy") => {
                Self::ClaimsMappingPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.cloudClipboardItem") => {
                Self::CloudClipboardItem(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.cloudClipboardRoot") => {
                Self::CloudClipboardRoot(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.cloudFlareWebApplicationFirewallProvider",
            ) => Self::CloudFlareWebApplicationFirewallProvider(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core_or_device_management)]
            ::std::option::Option::Some("microsoft.graph.cloudPC") => {
                Self::CloudPc(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.cloudPcAuditEvent") => {
                Self::CloudPcAuditEvent(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.cloudPcDeviceImage") => {
                Self::CloudPcDeviceImage(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.cloudPcGalleryImage") => {
                Self::CloudPcGalleryImage(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.cloudPcOnPremisesConnection",
            ) => Self::CloudPcOnPremisesConnection(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.cloudPcProvisioningPolicy") => {
                Self::CloudPcProvisioningPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.cloudPcProvisioningPolicyAssignment",
            ) => Self::CloudPcProvisioningPolicyAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.cloudPcReport") => {
                Self::CloudPcReport(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.cloudPcServicePlan") => {
                Self::CloudPcServicePlan(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.cloudPcUserSetting") => {
                Self::CloudPcUserSetting(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.cloudPcUserSettingAssignment",
            ) => Self::CloudPcUserSettingAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
            ::std::option::Option::Some("microsoft.graph.columnDefinition") => {
                Self::ColumnDefinition(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.columnLink") => {
                Self::ColumnLink(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.commsOperation") => {
                Self::CommsOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_employee_experience_or_search)]
            ::std::option::Option::Some("microsoft.graph.community") => {
                Self::Community(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_directory_or_search)]
            ::std::option::Option::Some("microsoft.graph.companySubscription") => {
                Self::CompanySubscription(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.complianceManagementPartner",
            ) => Self::ComplianceManagementPartner(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.conditionalAccessRoot") => {
                Self::ConditionalAccessRoot(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.conditionalAccessTemplate") => {
                Self::ConditionalAccessTemplate(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.configurationBaseline") => {
                Self::ConfigurationBaseline(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.configurationDrift") => {
                Self::ConfigurationDrift(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.configurationManagement") => {
                Self::ConfigurationManagement(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.configurationMonitor") => {
                Self::ConfigurationMonitor(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.configurationMonitoringResult",
            ) => Self::ConfigurationMonitoringResult(rt::object::new_boxed()),
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.configurationSnapshotJob") => {
                Self::ConfigurationSnapshotJob(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.connectedOrganization") => {
                Self::ConnectedOrganization(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.contact") => {
                Self::Contact(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.contactFolder") => {
                Self::ContactFolder(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.contentActivity") => {
                Self::ContentActivity(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.contentSharingSession") => {
                Self::ContentSharingSession(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.contentType") => {
                Self::ContentType(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.contract") => {
                Self::Contract(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.controlConfiguration") => {
                Self::ControlConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.conversation") => {
                Self::Conversation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.conversationMember") => {
                Self::ConversationMember(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.conversationThread") => {
                Self::ConversationThread(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            ::std::option::Option::Some("microsoft.graph.copilotAdmin") => {
                Self::CopilotAdmin(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            ::std::option::Option::Some("microsoft.graph.copilotAdminCatalog") => {
                Self::CopilotAdminCatalog(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            ::std::option::Option::Some("microsoft.graph.copilotAdminLimitedMode") => {
                Self::CopilotAdminLimitedMode(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            ::std::option::Option::Some("microsoft.graph.copilotAdminSetting") => {
                Self::CopilotAdminSetting(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            ::std::option::Option::Some("microsoft.graph.copilotPackage") => {
                Self::CopilotPackage(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            ::std::option::Option::Some("microsoft.graph.copilotPackageDetail") => {
                Self::CopilotPackageDetail(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            ::std::option::Option::Some("microsoft.graph.copilotReportRoot") => {
                Self::CopilotReportRoot(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.crossTenantAccessPolicy") => {
                Self::CrossTenantAccessPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.crossTenantAccessPolicyConfigurationDefault",
            ) => {
                Self::CrossTenantAccessPolicyConfigurationDefault(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.customAuthenticationExtension",
            ) => Self::CustomAuthenticationExtension(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.customCalloutExtension") => {
                Self::CustomCalloutExtension(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.customDataProvidedResource") => {
                Self::CustomDataProvidedResource(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.customDataProvidedResourceAccessReviewUploadSession",
            ) => {
                Self::CustomDataProvidedResourceAccessReviewUploadSession(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some(
                "microsoft.graph.customDataProvidedResourceFile",
            ) => Self::CustomDataProvidedResourceFile(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.customDataProvidedResourceUploadSession",
            ) => Self::CustomDataProvidedResourceUploadSession(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.customExtensionStageSetting",
            ) => Self::CustomExtensionStageSetting(rt::object::new_boxed()),
            #[cfg(msgraph_v1_directory_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.customSecurityAttributeDefinition",
            ) => Self::CustomSecurityAttributeDefinition(rt::object::new_boxed()),
            #[cfg(msgraph_v1_data_policy_operations_or_search)]
            ::std::option::Option::Some("microsoft.graph.dataPolicyOperation") => {
                Self::DataPolicyOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_security)]
            ::std::option::Option::Some("microsoft.graph.dataSecurityAndGovernance") => {
                Self::DataSecurityAndGovernance(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.dayNote") => {
                Self::DayNote(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.defaultManagedAppProtection",
            ) => Self::DefaultManagedAppProtection(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.delegatedAdminAccessAssignment",
            ) => Self::DelegatedAdminAccessAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            ::std::option::Option::Some("microsoft.graph.delegatedAdminCustomer") => {
                Self::DelegatedAdminCustomer(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            ::std::option::Option::Some("microsoft.graph.delegatedAdminRelationship") => {
                Self::DelegatedAdminRelationship(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.delegatedAdminRelationshipOperation",
            ) => Self::DelegatedAdminRelationshipOperation(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.delegatedAdminRelationshipRequest",
            ) => Self::DelegatedAdminRelationshipRequest(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.delegatedAdminServiceManagementDetail",
            ) => Self::DelegatedAdminServiceManagementDetail(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.delegatedAdminServiceProviderConstraints",
            ) => Self::DelegatedAdminServiceProviderConstraints(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.delegatedPermissionClassification",
            ) => Self::DelegatedPermissionClassification(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.deletedChat") => {
                Self::DeletedChat(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.deletedItemContainer") => {
                Self::DeletedItemContainer(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.deletedTeam") => {
                Self::DeletedTeam(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some("microsoft.graph.deltaParticipants") => {
                Self::DeltaParticipants(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.desk") => {
                Self::Desk(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.detectedApp") => {
                Self::DetectedApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.device") => {
                Self::Device(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceAndAppManagementRoleAssignment",
            ) => Self::DeviceAndAppManagementRoleAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceAndAppManagementRoleDefinition",
            ) => Self::DeviceAndAppManagementRoleDefinition(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceAppManagement") => {
                Self::DeviceAppManagement(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_device_management)]
            ::std::option::Option::Some("microsoft.graph.deviceCategory") => {
                Self::DeviceCategory(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceComplianceActionItem") => {
                Self::DeviceComplianceActionItem(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceComplianceDeviceOverview",
            ) => Self::DeviceComplianceDeviceOverview(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceComplianceDeviceStatus",
            ) => Self::DeviceComplianceDeviceStatus(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceCompliancePolicy") => {
                Self::DeviceCompliancePolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceCompliancePolicyAssignment",
            ) => Self::DeviceCompliancePolicyAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceCompliancePolicyDeviceStateSummary",
            ) => Self::DeviceCompliancePolicyDeviceStateSummary(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceCompliancePolicySettingStateSummary",
            ) => Self::DeviceCompliancePolicySettingStateSummary(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core_or_device_management)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceCompliancePolicyState",
            ) => Self::DeviceCompliancePolicyState(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceComplianceScheduledActionForRule",
            ) => Self::DeviceComplianceScheduledActionForRule(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceComplianceSettingState",
            ) => Self::DeviceComplianceSettingState(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceComplianceUserOverview",
            ) => Self::DeviceComplianceUserOverview(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceComplianceUserStatus") => {
                Self::DeviceComplianceUserStatus(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceConfiguration") => {
                Self::DeviceConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceConfigurationAssignment",
            ) => Self::DeviceConfigurationAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceConfigurationDeviceOverview",
            ) => Self::DeviceConfigurationDeviceOverview(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceConfigurationDeviceStateSummary",
            ) => Self::DeviceConfigurationDeviceStateSummary(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceConfigurationDeviceStatus",
            ) => Self::DeviceConfigurationDeviceStatus(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core_or_device_management)]
            ::std::option::Option::Some("microsoft.graph.deviceConfigurationState") => {
                Self::DeviceConfigurationState(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceConfigurationUserOverview",
            ) => Self::DeviceConfigurationUserOverview(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceConfigurationUserStatus",
            ) => Self::DeviceConfigurationUserStatus(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceEnrollmentConfiguration",
            ) => Self::DeviceEnrollmentConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceEnrollmentLimitConfiguration",
            ) => Self::DeviceEnrollmentLimitConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceEnrollmentPlatformRestrictionsConfiguration",
            ) => {
                Self::DeviceEnrollmentPlatformRestrictionsConfiguration(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceEnrollmentWindowsHelloForBusinessConfiguration",
            ) => {
                Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceInstallState") => {
                Self::DeviceInstallState(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_directory_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceLocalCredentialInfo") => {
                Self::DeviceLocalCredentialInfo(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_device_management)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceLogCollectionResponse",
            ) => Self::DeviceLogCollectionResponse(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceManagement") => {
                Self::DeviceManagement(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementCachedReportConfiguration",
            ) => Self::DeviceManagementCachedReportConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementExchangeConnector",
            ) => Self::DeviceManagementExchangeConnector(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceManagementExportJob") => {
                Self::DeviceManagementExportJob(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceManagementPartner") => {
                Self::DeviceManagementPartner(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceManagementReports") => {
                Self::DeviceManagementReports(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_device_management)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementTroubleshootingEvent",
            ) => Self::DeviceManagementTroubleshootingEvent(rt::object::new_boxed()),
            #[cfg(msgraph_v1_policies_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceRegistrationPolicy") => {
                Self::DeviceRegistrationPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_directory_or_search)]
            ::std::option::Option::Some("microsoft.graph.directory") => {
                Self::Directory(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_audit_logs_or_search)]
            ::std::option::Option::Some("microsoft.graph.directoryAudit") => {
                Self::DirectoryAudit(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.directoryDefinition") => {
                Self::DirectoryDefinition(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.directoryObject") => {
                Self::DirectoryObject(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.directoryObjectPartnerReference",
            ) => Self::DirectoryObjectPartnerReference(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.directoryRole") => {
                Self::DirectoryRole(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.directoryRoleTemplate") => {
                Self::DirectoryRoleTemplate(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.documentSetVersion") => {
                Self::DocumentSetVersion(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_domains_or_search)]
            ::std::option::Option::Some("microsoft.graph.domain") => {
                Self::Domain(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            ::std::option::Option::Some("microsoft.graph.domainDnsCnameRecord") => {
                Self::DomainDnsCnameRecord(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            ::std::option::Option::Some("microsoft.graph.domainDnsMxRecord") => {
                Self::DomainDnsMxRecord(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            ::std::option::Option::Some("microsoft.graph.domainDnsRecord") => {
                Self::DomainDnsRecord(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            ::std::option::Option::Some("microsoft.graph.domainDnsSrvRecord") => {
                Self::DomainDnsSrvRecord(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            ::std::option::Option::Some("microsoft.graph.domainDnsTxtRecord") => {
                Self::DomainDnsTxtRecord(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            ::std::option::Option::Some("microsoft.graph.domainDnsUnavailableRecord") => {
                Self::DomainDnsUnavailableRecord(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.drive") => {
                Self::Drive(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.driveItem") => {
                Self::DriveItem(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.driveItemVersion") => {
                Self::DriveItemVersion(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.driveProtectionRule") => {
                Self::DriveProtectionRule(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.driveProtectionUnit") => {
                Self::DriveProtectionUnit(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.driveProtectionUnitsBulkAdditionJob",
            ) => Self::DriveProtectionUnitsBulkAdditionJob(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.driveRestoreArtifact") => {
                Self::DriveRestoreArtifact(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.driveRestoreArtifactsBulkAdditionRequest",
            ) => Self::DriveRestoreArtifactsBulkAdditionRequest(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.eBookInstallSummary") => {
                Self::EBookInstallSummary(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.edge") => {
                Self::Edge(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.editionUpgradeConfiguration",
            ) => Self::EditionUpgradeConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationAssignment") => {
                Self::EducationAssignment(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.educationAssignmentDefaults",
            ) => Self::EducationAssignmentDefaults(rt::object::new_boxed()),
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.educationAssignmentResource",
            ) => Self::EducationAssignmentResource(rt::object::new_boxed()),
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.educationAssignmentSettings",
            ) => Self::EducationAssignmentSettings(rt::object::new_boxed()),
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationCategory") => {
                Self::EducationCategory(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationClass") => {
                Self::EducationClass(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationFeedbackOutcome") => {
                Self::EducationFeedbackOutcome(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.educationFeedbackResourceOutcome",
            ) => Self::EducationFeedbackResourceOutcome(rt::object::new_boxed()),
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationGradingCategory") => {
                Self::EducationGradingCategory(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationGradingScheme") => {
                Self::EducationGradingScheme(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationModule") => {
                Self::EducationModule(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationModuleResource") => {
                Self::EducationModuleResource(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationOrganization") => {
                Self::EducationOrganization(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationOutcome") => {
                Self::EducationOutcome(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationPointsOutcome") => {
                Self::EducationPointsOutcome(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationRubric") => {
                Self::EducationRubric(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationRubricOutcome") => {
                Self::EducationRubricOutcome(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationSchool") => {
                Self::EducationSchool(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationSubmission") => {
                Self::EducationSubmission(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.educationSubmissionResource",
            ) => Self::EducationSubmissionResource(rt::object::new_boxed()),
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationUser") => {
                Self::EducationUser(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.emailAuthenticationMethod") => {
                Self::EmailAuthenticationMethod(rt::object::new_boxed())
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.emailAuthenticationMethodConfiguration",
            ) => Self::EmailAuthenticationMethodConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_information_protection_or_search)]
            ::std::option::Option::Some("microsoft.graph.emailFileAssessmentRequest") => {
                Self::EmailFileAssessmentRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.emailNotificationsSetting") => {
                Self::EmailNotificationsSetting(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some("microsoft.graph.emergencyCallEvent") => {
                Self::EmergencyCallEvent(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.employeeExperienceUser") => {
                Self::EmployeeExperienceUser(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.endUserNotification") => {
                Self::EndUserNotification(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.endUserNotificationDetail") => {
                Self::EndUserNotificationDetail(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.endUserSettings") => {
                Self::EndUserSettings(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.endpoint") => {
                Self::Endpoint(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_employee_experience)]
            ::std::option::Option::Some("microsoft.graph.engagementAsyncOperation") => {
                Self::EngagementAsyncOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.engagementConversation") => {
                Self::EngagementConversation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.engagementConversationDiscussionMessage",
            ) => Self::EngagementConversationDiscussionMessage(rt::object::new_boxed()),
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.engagementConversationMessage",
            ) => Self::EngagementConversationMessage(rt::object::new_boxed()),
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.engagementConversationMessageReaction",
            ) => Self::EngagementConversationMessageReaction(rt::object::new_boxed()),
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.engagementConversationQuestionMessage",
            ) => Self::EngagementConversationQuestionMessage(rt::object::new_boxed()),
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.engagementConversationSystemMessage",
            ) => Self::EngagementConversationSystemMessage(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core_or_employee_experience)]
            ::std::option::Option::Some("microsoft.graph.engagementRole") => {
                Self::EngagementRole(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_employee_experience)]
            ::std::option::Option::Some("microsoft.graph.engagementRoleMember") => {
                Self::EngagementRoleMember(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.enrollmentConfigurationAssignment",
            ) => Self::EnrollmentConfigurationAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core_or_device_management)]
            ::std::option::Option::Some(
                "microsoft.graph.enrollmentTroubleshootingEvent",
            ) => Self::EnrollmentTroubleshootingEvent(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some(
                "microsoft.graph.enterpriseCodeSigningCertificate",
            ) => Self::EnterpriseCodeSigningCertificate(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.entitlementManagement") => {
                Self::EntitlementManagement(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.entitlementManagementSettings",
            ) => Self::EntitlementManagementSettings(rt::object::new_boxed()),
            #[cfg(msgraph_v1_directory_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.entraRecoveryServices.recovery",
            ) => Self::Recovery(rt::object::new_boxed()),
            #[cfg(msgraph_v1_directory_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.entraRecoveryServices.recoveryChangeObjectBase",
            ) => Self::RecoveryChangeObjectBase(rt::object::new_boxed()),
            #[cfg(msgraph_v1_directory_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.entraRecoveryServices.recoveryJob",
            ) => Self::RecoveryJob(rt::object::new_boxed()),
            #[cfg(msgraph_v1_directory_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.entraRecoveryServices.recoveryJobBase",
            ) => Self::RecoveryJobBase(rt::object::new_boxed()),
            #[cfg(msgraph_v1_directory_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.entraRecoveryServices.recoveryPreviewJob",
            ) => Self::RecoveryPreviewJob(rt::object::new_boxed()),
            #[cfg(msgraph_v1_directory_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.entraRecoveryServices.snapshot",
            ) => Self::Snapshot(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.event") => {
                Self::Event(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.eventMessage") => {
                Self::EventMessage(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.eventMessageRequest") => {
                Self::EventMessageRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.eventMessageResponse") => {
                Self::EventMessageResponse(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.exchangeAdmin") => {
                Self::ExchangeAdmin(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.exchangeMessageTrace") => {
                Self::ExchangeMessageTrace(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.exchangeMessageTraceDetail") => {
                Self::ExchangeMessageTraceDetail(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.exchangeProtectionPolicy") => {
                Self::ExchangeProtectionPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.exchangeRestoreSession") => {
                Self::ExchangeRestoreSession(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.exchangeSettings") => {
                Self::ExchangeSettings(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.extension") => {
                Self::Extension(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.extensionProperty") => {
                Self::ExtensionProperty(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.externalAuthenticationMethod",
            ) => Self::ExternalAuthenticationMethod(rt::object::new_boxed()),
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.externalAuthenticationMethodConfiguration",
            ) => Self::ExternalAuthenticationMethodConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.externalConnectors.connectionOperation",
            ) => Self::ConnectionOperation(rt::object::new_boxed()),
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.externalConnectors.externalActivity",
            ) => Self::ExternalActivity(rt::object::new_boxed()),
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.externalConnectors.externalActivityResult",
            ) => Self::ExternalActivityResult(rt::object::new_boxed()),
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.externalConnectors.externalConnection",
            ) => Self::ExternalConnection(rt::object::new_boxed()),
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.externalConnectors.externalGroup",
            ) => Self::ExternalGroup(rt::object::new_boxed()),
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.externalConnectors.externalItem",
            ) => Self::ExternalItem(rt::object::new_boxed()),
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.externalConnectors.identity",
            ) => Self::ExternalConnectorsIdentity(rt::object::new_boxed()),
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            ::std::option::Option::Some("microsoft.graph.externalConnectors.schema") => {
                Self::Schema(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.externalDomainName") => {
                Self::ExternalDomainName(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.externalUsersSelfServiceSignUpEventsFlow",
            ) => Self::ExternalUsersSelfServiceSignUpEventsFlow(rt::object::new_boxed()),
            #[cfg(msgraph_v1_policies_or_search)]
            ::std::option::Option::Some("microsoft.graph.featureRolloutPolicy") => {
                Self::FeatureRolloutPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.federatedIdentityCredential",
            ) => Self::FederatedIdentityCredential(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.federatedTokenValidationPolicy",
            ) => Self::FederatedTokenValidationPolicy(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.fido2AuthenticationMethod") => {
                Self::Fido2AuthenticationMethod(rt::object::new_boxed())
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.fido2AuthenticationMethodConfiguration",
            ) => Self::Fido2AuthenticationMethodConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.fido2CombinationConfiguration",
            ) => Self::Fido2CombinationConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.fieldValueSet") => {
                Self::FieldValueSet(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_information_protection_or_search)]
            ::std::option::Option::Some("microsoft.graph.fileAssessmentRequest") => {
                Self::FileAssessmentRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.fileAttachment") => {
                Self::FileAttachment(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some("microsoft.graph.fileStorage") => {
                Self::FileStorage(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some("microsoft.graph.fileStorageContainer") => {
                Self::FileStorageContainer(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some("microsoft.graph.fileStorageContainerType") => {
                Self::FileStorageContainerType(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some(
                "microsoft.graph.fileStorageContainerTypeRegistration",
            ) => Self::FileStorageContainerTypeRegistration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core_or_filter_operators)]
            ::std::option::Option::Some("microsoft.graph.filterOperatorSchema") => {
                Self::FilterOperatorSchema(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.fixtureMap") => {
                Self::FixtureMap(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.floor") => {
                Self::Floor(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.footprintMap") => {
                Self::FootprintMap(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.fraudProtectionProvider") => {
                Self::FraudProtectionProvider(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.governanceInsight") => {
                Self::GovernanceInsight(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.granularDriveRestoreArtifact",
            ) => Self::GranularDriveRestoreArtifact(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.granularMailboxRestoreArtifact",
            ) => Self::GranularMailboxRestoreArtifact(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.granularRestoreArtifactBase",
            ) => Self::GranularRestoreArtifactBase(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.granularSiteRestoreArtifact",
            ) => Self::GranularSiteRestoreArtifact(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.group") => {
                Self::Group(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
            ::std::option::Option::Some("microsoft.graph.groupLifecyclePolicy") => {
                Self::GroupLifecyclePolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_group_settings)]
            ::std::option::Option::Some("microsoft.graph.groupSetting") => {
                Self::GroupSetting(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.groupSettingTemplate") => {
                Self::GroupSettingTemplate(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.homeRealmDiscoveryPolicy") => {
                Self::HomeRealmDiscoveryPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.horizontalSection") => {
                Self::HorizontalSection(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.horizontalSectionColumn") => {
                Self::HorizontalSectionColumn(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.humanSecurityFraudProtectionProvider",
            ) => Self::HumanSecurityFraudProtectionProvider(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.identityApiConnector") => {
                Self::IdentityApiConnector(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.identityBuiltInUserFlowAttribute",
            ) => Self::IdentityBuiltInUserFlowAttribute(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.identityContainer") => {
                Self::IdentityContainer(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.identityCustomUserFlowAttribute",
            ) => Self::IdentityCustomUserFlowAttribute(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.identityGovernance.customTaskExtension",
            ) => Self::CustomTaskExtension(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.identityGovernance.insights",
            ) => Self::Insights(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.identityGovernance.lifecycleManagementSettings",
            ) => Self::LifecycleManagementSettings(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.identityGovernance.lifecycleWorkflowsContainer",
            ) => Self::LifecycleWorkflowsContainer(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.identityGovernance.run") => {
                Self::Run(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.identityGovernance.task") => {
                Self::Task(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.identityGovernance.taskDefinition",
            ) => Self::TaskDefinition(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.identityGovernance.taskProcessingResult",
            ) => Self::TaskProcessingResult(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.identityGovernance.taskReport",
            ) => Self::TaskReport(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.identityGovernance.userProcessingResult",
            ) => Self::UserProcessingResult(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.identityGovernance.workflowTemplate",
            ) => Self::WorkflowTemplate(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_providers_or_search)]
            ::std::option::Option::Some("microsoft.graph.identityProvider") => {
                Self::IdentityProvider(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.identityProviderBase") => {
                Self::IdentityProviderBase(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.identitySecurityDefaultsEnforcementPolicy",
            ) => Self::IdentitySecurityDefaultsEnforcementPolicy(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.identityUserFlow") => {
                Self::IdentityUserFlow(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.identityUserFlowAttribute") => {
                Self::IdentityUserFlowAttribute(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.identityUserFlowAttributeAssignment",
            ) => Self::IdentityUserFlowAttributeAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.identityVerifiedIdRoot") => {
                Self::IdentityVerifiedIdRoot(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.importedWindowsAutopilotDeviceIdentity",
            ) => Self::ImportedWindowsAutopilotDeviceIdentity(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some(
                "microsoft.graph.importedWindowsAutopilotDeviceIdentityUpload",
            ) => {
                Self::ImportedWindowsAutopilotDeviceIdentityUpload(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.inferenceClassification") => {
                Self::InferenceClassification(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.inferenceClassificationOverride",
            ) => Self::InferenceClassificationOverride(rt::object::new_boxed()),
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.insightsSettings") => {
                Self::InsightsSettings(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.internalDomainFederation") => {
                Self::InternalDomainFederation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.internetExplorerMode") => {
                Self::InternetExplorerMode(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_invitations_or_search)]
            ::std::option::Option::Some("microsoft.graph.invitation") => {
                Self::Invitation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.inviteParticipantsOperation",
            ) => Self::InviteParticipantsOperation(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosCertificateProfile") => {
                Self::IosCertificateProfile(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosCompliancePolicy") => {
                Self::IosCompliancePolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosCustomConfiguration") => {
                Self::IosCustomConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.iosDeviceFeaturesConfiguration",
            ) => Self::IosDeviceFeaturesConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.iosGeneralDeviceConfiguration",
            ) => Self::IosGeneralDeviceConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosLobApp") => {
                Self::IosLobApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some(
                "microsoft.graph.iosLobAppProvisioningConfigurationAssignment",
            ) => {
                Self::IosLobAppProvisioningConfigurationAssignment(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            ::std::option::Option::Some("microsoft.graph.iosManagedAppProtection") => {
                Self::IosManagedAppProtection(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosManagedAppRegistration") => {
                Self::IosManagedAppRegistration(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosMobileAppConfiguration") => {
                Self::IosMobileAppConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosStoreApp") => {
                Self::IosStoreApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosUpdateConfiguration") => {
                Self::IosUpdateConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosUpdateDeviceStatus") => {
                Self::IosUpdateDeviceStatus(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosVppApp") => {
                Self::IosVppApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosVppEBook") => {
                Self::IosVppEBook(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosVppEBookAssignment") => {
                Self::IosVppEBookAssignment(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosiPadOSWebClip") => {
                Self::IosiPadOsWebClip(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.itemActivity") => {
                Self::ItemActivity(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.itemActivityStat") => {
                Self::ItemActivityStat(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_drives_or_sites)]
            ::std::option::Option::Some("microsoft.graph.itemAnalytics") => {
                Self::ItemAnalytics(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.itemAttachment") => {
                Self::ItemAttachment(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.itemInsights") => {
                Self::ItemInsights(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.itemRetentionLabel") => {
                Self::ItemRetentionLabel(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some("microsoft.graph.labelContentRight") => {
                Self::LabelContentRight(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.landingPage") => {
                Self::LandingPage(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.landingPageDetail") => {
                Self::LandingPageDetail(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_employee_experience_or_search)]
            ::std::option::Option::Some("microsoft.graph.learningAssignment") => {
                Self::LearningAssignment(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_employee_experience_or_search)]
            ::std::option::Option::Some("microsoft.graph.learningContent") => {
                Self::LearningContent(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_employee_experience_or_search)]
            ::std::option::Option::Some("microsoft.graph.learningCourseActivity") => {
                Self::LearningCourseActivity(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_employee_experience_or_search)]
            ::std::option::Option::Some("microsoft.graph.learningProvider") => {
                Self::LearningProvider(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_employee_experience_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.learningSelfInitiatedCourse",
            ) => Self::LearningSelfInitiatedCourse(rt::object::new_boxed()),
            #[cfg(msgraph_v1_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.levelMap") => {
                Self::LevelMap(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.licenseDetails") => {
                Self::LicenseDetails(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.linkedResource") => {
                Self::LinkedResource(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.list") => {
                Self::List(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.listItem") => {
                Self::ListItem(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.listItemVersion") => {
                Self::ListItemVersion(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.localizedNotificationMessage",
            ) => Self::LocalizedNotificationMessage(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.loginPage") => {
                Self::LoginPage(rt::object::new_boxed())
            }
            #[cfg(
                msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more
            )]
            ::std::option::Option::Some("microsoft.graph.longRunningOperation") => {
                Self::LongRunningOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.m365AppsInstallationOptions",
            ) => Self::M365AppsInstallationOptions(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOSCompliancePolicy") => {
                Self::MacOsCompliancePolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOSCustomConfiguration") => {
                Self::MacOsCustomConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSDeviceFeaturesConfiguration",
            ) => Self::MacOsDeviceFeaturesConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOSDmgApp") => {
                Self::MacOsDmgApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSGeneralDeviceConfiguration",
            ) => Self::MacOsGeneralDeviceConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOSLobApp") => {
                Self::MacOsLobApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOSMicrosoftDefenderApp") => {
                Self::MacOsMicrosoftDefenderApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOSMicrosoftEdgeApp") => {
                Self::MacOsMicrosoftEdgeApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOSOfficeSuiteApp") => {
                Self::MacOsOfficeSuiteApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_information_protection_or_search)]
            ::std::option::Option::Some("microsoft.graph.mailAssessmentRequest") => {
                Self::MailAssessmentRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.mailFolder") => {
                Self::MailFolder(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.mailSearchFolder") => {
                Self::MailSearchFolder(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.mailbox") => {
                Self::Mailbox(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.mailboxFolder") => {
                Self::MailboxFolder(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.mailboxItem") => {
                Self::MailboxItem(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.mailboxProtectionRule") => {
                Self::MailboxProtectionRule(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.mailboxProtectionUnit") => {
                Self::MailboxProtectionUnit(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.mailboxProtectionUnitsBulkAdditionJob",
            ) => Self::MailboxProtectionUnitsBulkAdditionJob(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.mailboxRestoreArtifact") => {
                Self::MailboxRestoreArtifact(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.mailboxRestoreArtifactsBulkAdditionRequest",
            ) => {
                Self::MailboxRestoreArtifactsBulkAdditionRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.malwareStateForWindowsDevice",
            ) => Self::MalwareStateForWindowsDevice(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedAndroidLobApp") => {
                Self::ManagedAndroidLobApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedAndroidStoreApp") => {
                Self::ManagedAndroidStoreApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedApp") => {
                Self::ManagedApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            ::std::option::Option::Some("microsoft.graph.managedAppConfiguration") => {
                Self::ManagedAppConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedAppOperation") => {
                Self::ManagedAppOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            ::std::option::Option::Some("microsoft.graph.managedAppPolicy") => {
                Self::ManagedAppPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.managedAppPolicyDeploymentSummary",
            ) => Self::ManagedAppPolicyDeploymentSummary(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core_or_device_app_management)]
            ::std::option::Option::Some("microsoft.graph.managedAppProtection") => {
                Self::ManagedAppProtection(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedAppRegistration") => {
                Self::ManagedAppRegistration(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedAppStatus") => {
                Self::ManagedAppStatus(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedAppStatusRaw") => {
                Self::ManagedAppStatusRaw(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_device_management)]
            ::std::option::Option::Some("microsoft.graph.managedDevice") => {
                Self::ManagedDevice(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedDeviceMobileAppConfiguration",
            ) => Self::ManagedDeviceMobileAppConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedDeviceMobileAppConfigurationAssignment",
            ) => {
                Self::ManagedDeviceMobileAppConfigurationAssignment(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus",
            ) => {
                Self::ManagedDeviceMobileAppConfigurationDeviceStatus(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedDeviceMobileAppConfigurationDeviceSummary",
            ) => {
                Self::ManagedDeviceMobileAppConfigurationDeviceSummary(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedDeviceMobileAppConfigurationUserStatus",
            ) => {
                Self::ManagedDeviceMobileAppConfigurationUserStatus(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedDeviceMobileAppConfigurationUserSummary",
            ) => {
                Self::ManagedDeviceMobileAppConfigurationUserSummary(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some("microsoft.graph.managedDeviceOverview") => {
                Self::ManagedDeviceOverview(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedEBook") => {
                Self::ManagedEBook(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedEBookAssignment") => {
                Self::ManagedEBookAssignment(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedIOSLobApp") => {
                Self::ManagedIosLobApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedIOSStoreApp") => {
                Self::ManagedIosStoreApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            ::std::option::Option::Some("microsoft.graph.managedMobileApp") => {
                Self::ManagedMobileApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedMobileLobApp") => {
                Self::ManagedMobileLobApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.mdmWindowsInformationProtectionPolicy",
            ) => Self::MdmWindowsInformationProtectionPolicy(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core_or_communications_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.meetingAttendanceReport") => {
                Self::MeetingAttendanceReport(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.membershipOutlierInsight") => {
                Self::MembershipOutlierInsight(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.message") => {
                Self::Message(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.messageRule") => {
                Self::MessageRule(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.messageTracingRoot") => {
                Self::MessageTracingRoot(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some(
                "microsoft.graph.microsoftAccountUserConversationMember",
            ) => Self::MicrosoftAccountUserConversationMember(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.microsoftAuthenticatorAuthenticationMethod",
            ) => {
                Self::MicrosoftAuthenticatorAuthenticationMethod(rt::object::new_boxed())
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration",
            ) => {
                Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.microsoftAuthenticatorAuthenticationMethodTarget",
            ) => {
                Self::MicrosoftAuthenticatorAuthenticationMethodTarget(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.microsoftStoreForBusinessApp",
            ) => Self::MicrosoftStoreForBusinessApp(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileApp") => {
                Self::MobileApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileAppAssignment") => {
                Self::MobileAppAssignment(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileAppCategory") => {
                Self::MobileAppCategory(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileAppContent") => {
                Self::MobileAppContent(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileAppContentFile") => {
                Self::MobileAppContentFile(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileAppRelationship") => {
                Self::MobileAppRelationship(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.mobileAppTroubleshootingEvent",
            ) => Self::MobileAppTroubleshootingEvent(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileContainedApp") => {
                Self::MobileContainedApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileLobApp") => {
                Self::MobileLobApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.mobileThreatDefenseConnector",
            ) => Self::MobileThreatDefenseConnector(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            ::std::option::Option::Some("microsoft.graph.multiTenantOrganization") => {
                Self::MultiTenantOrganization(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.multiTenantOrganizationIdentitySyncPolicyTemplate",
            ) => {
                Self::MultiTenantOrganizationIdentitySyncPolicyTemplate(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.multiTenantOrganizationJoinRequestRecord",
            ) => Self::MultiTenantOrganizationJoinRequestRecord(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.multiTenantOrganizationMember",
            ) => Self::MultiTenantOrganizationMember(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.multiTenantOrganizationPartnerConfigurationTemplate",
            ) => {
                Self::MultiTenantOrganizationPartnerConfigurationTemplate(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.multiValueLegacyExtendedProperty",
            ) => Self::MultiValueLegacyExtendedProperty(rt::object::new_boxed()),
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.muteParticipantOperation") => {
                Self::MuteParticipantOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.notebook") => {
                Self::Notebook(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.notificationMessageTemplate",
            ) => Self::NotificationMessageTemplate(rt::object::new_boxed()),
            #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
            ::std::option::Option::Some("microsoft.graph.oAuth2PermissionGrant") => {
                Self::OAuth2PermissionGrant(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.offerShiftRequest") => {
                Self::OfferShiftRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.officeGraphInsights") => {
                Self::OfficeGraphInsights(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.oidcIdentityProvider") => {
                Self::OidcIdentityProvider(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onAttributeCollectionListener",
            ) => Self::OnAttributeCollectionListener(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onAttributeCollectionStartCustomExtension",
            ) => Self::OnAttributeCollectionStartCustomExtension(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onAttributeCollectionStartListener",
            ) => Self::OnAttributeCollectionStartListener(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onAttributeCollectionSubmitCustomExtension",
            ) => {
                Self::OnAttributeCollectionSubmitCustomExtension(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onAttributeCollectionSubmitListener",
            ) => Self::OnAttributeCollectionSubmitListener(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onAuthenticationMethodLoadStartListener",
            ) => Self::OnAuthenticationMethodLoadStartListener(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.onEmailOtpSendListener") => {
                Self::OnEmailOtpSendListener(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onFraudProtectionLoadStartListener",
            ) => Self::OnFraudProtectionLoadStartListener(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onInteractiveAuthFlowStartListener",
            ) => Self::OnInteractiveAuthFlowStartListener(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.onOtpSendCustomExtension") => {
                Self::OnOtpSendCustomExtension(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onPasswordSubmitCustomExtension",
            ) => Self::OnPasswordSubmitCustomExtension(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.onPasswordSubmitListener") => {
                Self::OnPasswordSubmitListener(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onPremisesConditionalAccessSettings",
            ) => Self::OnPremisesConditionalAccessSettings(rt::object::new_boxed()),
            #[cfg(msgraph_v1_directory_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onPremisesDirectorySynchronization",
            ) => Self::OnPremisesDirectorySynchronization(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.onPremisesSyncBehavior") => {
                Self::OnPremisesSyncBehavior(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onTokenIssuanceStartCustomExtension",
            ) => Self::OnTokenIssuanceStartCustomExtension(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onTokenIssuanceStartListener",
            ) => Self::OnTokenIssuanceStartListener(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.onUserCreateStartListener") => {
                Self::OnUserCreateStartListener(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onVerifiedIdClaimValidationCustomExtension",
            ) => {
                Self::OnVerifiedIdClaimValidationCustomExtension(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onVerifiedIdClaimValidationListener",
            ) => Self::OnVerifiedIdClaimValidationListener(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.oneDriveForBusinessBrowseSession",
            ) => Self::OneDriveForBusinessBrowseSession(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.oneDriveForBusinessProtectionPolicy",
            ) => Self::OneDriveForBusinessProtectionPolicy(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.oneDriveForBusinessRestoreSession",
            ) => Self::OneDriveForBusinessRestoreSession(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.onenote") => {
                Self::Onenote(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.onenoteEntityBaseModel") => {
                Self::OnenoteEntityBaseModel(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some(
                "microsoft.graph.onenoteEntityHierarchyModel",
            ) => Self::OnenoteEntityHierarchyModel(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some(
                "microsoft.graph.onenoteEntitySchemaObjectModel",
            ) => Self::OnenoteEntitySchemaObjectModel(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.onenoteOperation") => {
                Self::OnenoteOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.onenotePage") => {
                Self::OnenotePage(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.onenoteResource") => {
                Self::OnenoteResource(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.onenoteSection") => {
                Self::OnenoteSection(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_communications)]
            ::std::option::Option::Some("microsoft.graph.onlineMeeting") => {
                Self::OnlineMeeting(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_communications_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.onlineMeetingBase") => {
                Self::OnlineMeetingBase(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onlineMeetingEngagementConversation",
            ) => Self::OnlineMeetingEngagementConversation(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.openShift") => {
                Self::OpenShift(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.openShiftChangeRequest") => {
                Self::OpenShiftChangeRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.openTypeExtension") => {
                Self::OpenTypeExtension(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.operation") => {
                Self::Operation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.orgContact") => {
                Self::OrgContact(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.organization") => {
                Self::Organization(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.organizationalBranding") => {
                Self::OrganizationalBranding(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.organizationalBrandingLocalization",
            ) => Self::OrganizationalBrandingLocalization(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.organizationalBrandingProperties",
            ) => Self::OrganizationalBrandingProperties(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.outlookCategory") => {
                Self::OutlookCategory(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.outlookItem") => {
                Self::OutlookItem(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.outlookUser") => {
                Self::OutlookUser(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_policies_or_search)]
            ::std::option::Option::Some("microsoft.graph.ownerlessGroupPolicy") => {
                Self::OwnerlessGroupPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.participant") => {
                Self::Participant(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some(
                "microsoft.graph.participantJoiningNotification",
            ) => Self::ParticipantJoiningNotification(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some(
                "microsoft.graph.participantLeftNotification",
            ) => Self::ParticipantLeftNotification(rt::object::new_boxed()),
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.partners") => {
                Self::Partners(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.partners.billing.azureUsage",
            ) => Self::AzureUsage(rt::object::new_boxed()),
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.partners.billing.billedReconciliation",
            ) => Self::BilledReconciliation(rt::object::new_boxed()),
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.partners.billing.billedUsage",
            ) => Self::BilledUsage(rt::object::new_boxed()),
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.partners.billing.billing") => {
                Self::Billing(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.partners.billing.billingReconciliation",
            ) => Self::BillingReconciliation(rt::object::new_boxed()),
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.partners.billing.exportSuccessOperation",
            ) => Self::ExportSuccessOperation(rt::object::new_boxed()),
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.partners.billing.failedOperation",
            ) => Self::FailedOperation(rt::object::new_boxed()),
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.partners.billing.manifest") => {
                Self::Manifest(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.partners.billing.operation") => {
                Self::PartnersBillingOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.partners.billing.runningOperation",
            ) => Self::RunningOperation(rt::object::new_boxed()),
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.partners.billing.unbilledReconciliation",
            ) => Self::UnbilledReconciliation(rt::object::new_boxed()),
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.partners.billing.unbilledUsage",
            ) => Self::UnbilledUsage(rt::object::new_boxed()),
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.passkeyAuthenticationMethodTarget",
            ) => Self::PasskeyAuthenticationMethodTarget(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some("microsoft.graph.passkeyProfile") => {
                Self::PasskeyProfile(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.passwordAuthenticationMethod",
            ) => Self::PasswordAuthenticationMethod(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.payload") => {
                Self::Payload(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.peopleAdminSettings") => {
                Self::PeopleAdminSettings(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
            ::std::option::Option::Some("microsoft.graph.permission") => {
                Self::Permission(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.permissionGrantConditionSet",
            ) => Self::PermissionGrantConditionSet(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.permissionGrantPolicy") => {
                Self::PermissionGrantPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.person") => {
                Self::Person(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.phoneAuthenticationMethod") => {
                Self::PhoneAuthenticationMethod(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some(
                "microsoft.graph.phoneUserConversationMember",
            ) => Self::PhoneUserConversationMember(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.pinnedChatMessageInfo") => {
                Self::PinnedChatMessageInfo(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.place") => {
                Self::Place(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_planner_or_search)]
            ::std::option::Option::Some("microsoft.graph.planner") => {
                Self::Planner(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_planner)]
            ::std::option::Option::Some(
                "microsoft.graph.plannerAssignedToTaskBoardTaskFormat",
            ) => Self::PlannerAssignedToTaskBoardTaskFormat(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core_or_planner)]
            ::std::option::Option::Some("microsoft.graph.plannerBucket") => {
                Self::PlannerBucket(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_planner)]
            ::std::option::Option::Some(
                "microsoft.graph.plannerBucketTaskBoardTaskFormat",
            ) => Self::PlannerBucketTaskBoardTaskFormat(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.plannerGroup") => {
                Self::PlannerGroup(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_planner)]
            ::std::option::Option::Some("microsoft.graph.plannerPlan") => {
                Self::PlannerPlan(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_planner)]
            ::std::option::Option::Some("microsoft.graph.plannerPlanDetails") => {
                Self::PlannerPlanDetails(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_planner)]
            ::std::option::Option::Some(
                "microsoft.graph.plannerProgressTaskBoardTaskFormat",
            ) => Self::PlannerProgressTaskBoardTaskFormat(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core_or_planner)]
            ::std::option::Option::Some("microsoft.graph.plannerTask") => {
                Self::PlannerTask(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_planner)]
            ::std::option::Option::Some("microsoft.graph.plannerTaskDetails") => {
                Self::PlannerTaskDetails(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.plannerUser") => {
                Self::PlannerUser(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.platformCredentialAuthenticationMethod",
            ) => Self::PlatformCredentialAuthenticationMethod(rt::object::new_boxed()),
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.playPromptOperation") => {
                Self::PlayPromptOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.policyBase") => {
                Self::PolicyBase(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_policies_or_search)]
            ::std::option::Option::Some("microsoft.graph.policyRoot") => {
                Self::PolicyRoot(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.policyTemplate") => {
                Self::PolicyTemplate(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.post") => {
                Self::Post(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_communications)]
            ::std::option::Option::Some("microsoft.graph.presence") => {
                Self::Presence(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printConnector") => {
                Self::PrintConnector(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_print)]
            ::std::option::Option::Some("microsoft.graph.printDocument") => {
                Self::PrintDocument(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_print)]
            ::std::option::Option::Some("microsoft.graph.printJob") => {
                Self::PrintJob(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printOperation") => {
                Self::PrintOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printService") => {
                Self::PrintService(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printServiceEndpoint") => {
                Self::PrintServiceEndpoint(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_print)]
            ::std::option::Option::Some("microsoft.graph.printTask") => {
                Self::PrintTask(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printTaskDefinition") => {
                Self::PrintTaskDefinition(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printTaskTrigger") => {
                Self::PrintTaskTrigger(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.printUsage") => {
                Self::PrintUsage(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.printUsageByPrinter") => {
                Self::PrintUsageByPrinter(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.printUsageByUser") => {
                Self::PrintUsageByUser(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printer") => {
                Self::Printer(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_print)]
            ::std::option::Option::Some("microsoft.graph.printerBase") => {
                Self::PrinterBase(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printerCreateOperation") => {
                Self::PrinterCreateOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_print)]
            ::std::option::Option::Some("microsoft.graph.printerShare") => {
                Self::PrinterShare(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.privilegedAccessGroup") => {
                Self::PrivilegedAccessGroup(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessGroupAssignmentSchedule",
            ) => Self::PrivilegedAccessGroupAssignmentSchedule(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessGroupAssignmentScheduleInstance",
            ) => {
                Self::PrivilegedAccessGroupAssignmentScheduleInstance(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessGroupAssignmentScheduleRequest",
            ) => {
                Self::PrivilegedAccessGroupAssignmentScheduleRequest(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessGroupEligibilitySchedule",
            ) => Self::PrivilegedAccessGroupEligibilitySchedule(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessGroupEligibilityScheduleInstance",
            ) => {
                Self::PrivilegedAccessGroupEligibilityScheduleInstance(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessGroupEligibilityScheduleRequest",
            ) => {
                Self::PrivilegedAccessGroupEligibilityScheduleRequest(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.privilegedAccessRoot") => {
                Self::PrivilegedAccessRoot(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.privilegedAccessSchedule") => {
                Self::PrivilegedAccessSchedule(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessScheduleInstance",
            ) => Self::PrivilegedAccessScheduleInstance(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessScheduleRequest",
            ) => Self::PrivilegedAccessScheduleRequest(rt::object::new_boxed()),
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.profileCardProperty") => {
                Self::ProfileCardProperty(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.profilePhoto") => {
                Self::ProfilePhoto(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.profilePropertySetting") => {
                Self::ProfilePropertySetting(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.profileSource") => {
                Self::ProfileSource(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.pronounsSettings") => {
                Self::PronounsSettings(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.protectionPolicyBase") => {
                Self::ProtectionPolicyBase(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.protectionRuleBase") => {
                Self::ProtectionRuleBase(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.protectionUnitBase") => {
                Self::ProtectionUnitBase(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.protectionUnitsBulkJobBase") => {
                Self::ProtectionUnitsBulkJobBase(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_audit_logs_or_search)]
            ::std::option::Option::Some("microsoft.graph.provisioningObjectSummary") => {
                Self::ProvisioningObjectSummary(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_directory_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.publicKeyInfrastructureRoot",
            ) => Self::PublicKeyInfrastructureRoot(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.qrCode") => {
                Self::QrCode(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.qrCodePinAuthenticationMethod",
            ) => Self::QrCodePinAuthenticationMethod(rt::object::new_boxed()),
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.qrCodePinAuthenticationMethodConfiguration",
            ) => {
                Self::QrCodePinAuthenticationMethodConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.qrPin") => {
                Self::QrPin(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.rbacApplication") => {
                Self::RbacApplication(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.readingAssignmentSubmission",
            ) => Self::ReadingAssignmentSubmission(rt::object::new_boxed()),
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.readingCoachPassage") => {
                Self::ReadingCoachPassage(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.recordOperation") => {
                Self::RecordOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some("microsoft.graph.recycleBin") => {
                Self::RecycleBin(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some("microsoft.graph.recycleBinItem") => {
                Self::RecycleBinItem(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.referenceAttachment") => {
                Self::ReferenceAttachment(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.reflectCheckInResponse") => {
                Self::ReflectCheckInResponse(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.relyingPartyDetailedSummary",
            ) => Self::RelyingPartyDetailedSummary(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.remoteAssistancePartner") => {
                Self::RemoteAssistancePartner(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.remoteDesktopSecurityConfiguration",
            ) => Self::RemoteDesktopSecurityConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.remoteTenantGroup") => {
                Self::RemoteTenantGroup(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.reportsRoot") => {
                Self::ReportsRoot(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.request") => {
                Self::Request(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.resellerDelegatedAdminRelationship",
            ) => Self::ResellerDelegatedAdminRelationship(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.resourceOperation") => {
                Self::ResourceOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.resourceSpecificPermissionGrant",
            ) => Self::ResourceSpecificPermissionGrant(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.restoreArtifactBase") => {
                Self::RestoreArtifactBase(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.restoreArtifactsBulkRequestBase",
            ) => Self::RestoreArtifactsBulkRequestBase(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.restorePoint") => {
                Self::RestorePoint(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.restoreSessionBase") => {
                Self::RestoreSessionBase(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.richLongRunningOperation") => {
                Self::RichLongRunningOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_protection_or_search)]
            ::std::option::Option::Some("microsoft.graph.riskDetection") => {
                Self::RiskDetection(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_protection_or_search)]
            ::std::option::Option::Some("microsoft.graph.riskyServicePrincipal") => {
                Self::RiskyServicePrincipal(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_protection_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.riskyServicePrincipalHistoryItem",
            ) => Self::RiskyServicePrincipalHistoryItem(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_protection_or_search)]
            ::std::option::Option::Some("microsoft.graph.riskyUser") => {
                Self::RiskyUser(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_protection_or_search)]
            ::std::option::Option::Some("microsoft.graph.riskyUserHistoryItem") => {
                Self::RiskyUserHistoryItem(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.roleAssignment") => {
                Self::RoleAssignment(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.roleDefinition") => {
                Self::RoleDefinition(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.room") => {
                Self::Room(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.roomList") => {
                Self::RoomList(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.samlOrWsFedExternalDomainFederation",
            ) => Self::SamlOrWsFedExternalDomainFederation(rt::object::new_boxed()),
            #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.samlOrWsFedProvider") => {
                Self::SamlOrWsFedProvider(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.schedule") => {
                Self::Schedule(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.scheduleChangeRequest") => {
                Self::ScheduleChangeRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.schedulingGroup") => {
                Self::SchedulingGroup(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_schema_extensions_or_search)]
            ::std::option::Option::Some("microsoft.graph.schemaExtension") => {
                Self::SchemaExtension(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_scoped_role_memberships)]
            ::std::option::Option::Some("microsoft.graph.scopedRoleMembership") => {
                Self::ScopedRoleMembership(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some("microsoft.graph.search.acronym") => {
                Self::Acronym(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some("microsoft.graph.search.bookmark") => {
                Self::Bookmark(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some("microsoft.graph.search.qna") => {
                Self::Qna(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some("microsoft.graph.search.searchAnswer") => {
                Self::SearchAnswer(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some("microsoft.graph.searchEntity") => {
                Self::SearchEntity(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.section") => {
                Self::Section(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.sectionGroup") => {
                Self::SectionGroup(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.sectionMap") => {
                Self::SectionMap(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.secureScore") => {
                Self::SecureScore(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.secureScoreControlProfile") => {
                Self::SecureScoreControlProfile(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.alert") => {
                Self::SecurityAlert(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.analyzedEmail") => {
                Self::AnalyzedEmail(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.article") => {
                Self::Article(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.articleIndicator") => {
                Self::ArticleIndicator(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.artifact") => {
                Self::Artifact(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.auditCoreRoot") => {
                Self::AuditCoreRoot(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.auditLogQuery") => {
                Self::AuditLogQuery(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.auditLogRecord") => {
                Self::AuditLogRecord(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.authorityTemplate") => {
                Self::AuthorityTemplate(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.autoAuditingConfiguration",
            ) => Self::AutoAuditingConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.case") => {
                Self::Case(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.caseOperation") => {
                Self::CaseOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.casesRoot") => {
                Self::CasesRoot(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.categoryTemplate") => {
                Self::CategoryTemplate(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.citationTemplate") => {
                Self::CitationTemplate(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.collaborationRoot") => {
                Self::CollaborationRoot(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.dataSet") => {
                Self::DataSet(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.dataSource") => {
                Self::DataSource(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.dataSourceContainer",
            ) => Self::DataSourceContainer(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.departmentTemplate",
            ) => Self::DepartmentTemplate(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.ediscoveryAddToReviewSetOperation",
            ) => Self::EdiscoveryAddToReviewSetOperation(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.ediscoveryCase") => {
                Self::EdiscoveryCase(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.ediscoveryCaseMember",
            ) => Self::EdiscoveryCaseMember(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.ediscoveryCaseSettings",
            ) => Self::EdiscoveryCaseSettings(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.ediscoveryCustodian",
            ) => Self::EdiscoveryCustodian(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.ediscoveryEstimateOperation",
            ) => Self::EdiscoveryEstimateOperation(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.ediscoveryExportOperation",
            ) => Self::EdiscoveryExportOperation(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.ediscoveryHoldOperation",
            ) => Self::EdiscoveryHoldOperation(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.ediscoveryHoldPolicySyncOperation",
            ) => Self::EdiscoveryHoldPolicySyncOperation(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.ediscoveryIndexOperation",
            ) => Self::EdiscoveryIndexOperation(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.ediscoveryNoncustodialDataSource",
            ) => Self::EdiscoveryNoncustodialDataSource(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.ediscoveryPurgeDataOperation",
            ) => Self::EdiscoveryPurgeDataOperation(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.ediscoveryReviewSet",
            ) => Self::EdiscoveryReviewSet(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.ediscoveryReviewSetQuery",
            ) => Self::EdiscoveryReviewSetQuery(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.ediscoveryReviewTag",
            ) => Self::EdiscoveryReviewTag(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.ediscoverySearch") => {
                Self::EdiscoverySearch(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.ediscoverySearchExportOperation",
            ) => Self::EdiscoverySearchExportOperation(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.ediscoveryTagOperation",
            ) => Self::EdiscoveryTagOperation(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.filePlanDescriptor",
            ) => Self::FilePlanDescriptor(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.filePlanDescriptorTemplate",
            ) => Self::FilePlanDescriptorTemplate(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.filePlanReferenceTemplate",
            ) => Self::FilePlanReferenceTemplate(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.healthIssue") => {
                Self::HealthIssue(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.host") => {
                Self::Host(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.hostComponent") => {
                Self::HostComponent(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.hostCookie") => {
                Self::HostCookie(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.hostPair") => {
                Self::HostPair(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.hostPort") => {
                Self::HostPort(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.hostReputation") => {
                Self::HostReputation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.hostSslCertificate",
            ) => Self::HostSslCertificate(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.hostTracker") => {
                Self::HostTracker(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.hostname") => {
                Self::Hostname(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.identityAccounts") => {
                Self::IdentityAccounts(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.identityContainer") => {
                Self::SecurityIdentityContainer(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.incident") => {
                Self::Incident(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.indicator") => {
                Self::Indicator(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.intelligenceProfile",
            ) => Self::IntelligenceProfile(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.intelligenceProfileIndicator",
            ) => Self::IntelligenceProfileIndicator(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.ipAddress") => {
                Self::IpAddress(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.labelsRoot") => {
                Self::LabelsRoot(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.networkAdapter") => {
                Self::NetworkAdapter(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.passiveDnsRecord") => {
                Self::PassiveDnsRecord(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.retentionEvent") => {
                Self::RetentionEvent(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.retentionEventType",
            ) => Self::RetentionEventType(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.retentionLabel") => {
                Self::RetentionLabel(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.search") => {
                Self::Search(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.sensor") => {
                Self::Sensor(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.sensorCandidate") => {
                Self::SensorCandidate(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.sensorCandidateActivationConfiguration",
            ) => Self::SensorCandidateActivationConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.settingsContainer") => {
                Self::SettingsContainer(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.siteSource") => {
                Self::SiteSource(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.sslCertificate") => {
                Self::SslCertificate(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.subcategoryTemplate",
            ) => Self::SubcategoryTemplate(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.subdomain") => {
                Self::Subdomain(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.tag") => {
                Self::Tag(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.threatIntelligence",
            ) => Self::ThreatIntelligence(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.triggerTypesRoot") => {
                Self::TriggerTypesRoot(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.triggersRoot") => {
                Self::TriggersRoot(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some(
                "microsoft.graph.security.unclassifiedArtifact",
            ) => Self::UnclassifiedArtifact(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.unifiedGroupSource",
            ) => Self::UnifiedGroupSource(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.user") => {
                Self::SecurityUser(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.userSource") => {
                Self::UserSource(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.vulnerability") => {
                Self::Vulnerability(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.vulnerabilityComponent",
            ) => Self::VulnerabilityComponent(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.whoisBaseRecord") => {
                Self::WhoisBaseRecord(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.whoisHistoryRecord",
            ) => Self::WhoisHistoryRecord(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.whoisRecord") => {
                Self::WhoisRecord(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.securityReportsRoot") => {
                Self::SecurityReportsRoot(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.sendDtmfTonesOperation") => {
                Self::SendDtmfTonesOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_security)]
            ::std::option::Option::Some("microsoft.graph.sensitivityLabel") => {
                Self::SensitivityLabel(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.serviceAnnouncement") => {
                Self::ServiceAnnouncement(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.serviceAnnouncementAttachment",
            ) => Self::ServiceAnnouncementAttachment(rt::object::new_boxed()),
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.serviceAnnouncementBase") => {
                Self::ServiceAnnouncementBase(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.serviceApp") => {
                Self::ServiceApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.serviceHealth") => {
                Self::ServiceHealth(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.serviceHealthIssue") => {
                Self::ServiceHealthIssue(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.servicePrincipal") => {
                Self::ServicePrincipal(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_protection_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.servicePrincipalRiskDetection",
            ) => Self::ServicePrincipalRiskDetection(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.serviceProviderConstraints") => {
                Self::ServiceProviderConstraints(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_storage)]
            ::std::option::Option::Some(
                "microsoft.graph.serviceStorageQuotaBreakdown",
            ) => Self::ServiceStorageQuotaBreakdown(rt::object::new_boxed()),
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.serviceUpdateMessage") => {
                Self::ServiceUpdateMessage(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.settingStateDeviceSummary") => {
                Self::SettingStateDeviceSummary(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.sharePointBrowseSession") => {
                Self::SharePointBrowseSession(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some("microsoft.graph.sharePointGroup") => {
                Self::SharePointGroup(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some("microsoft.graph.sharePointGroupMember") => {
                Self::SharePointGroupMember(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some("microsoft.graph.sharePointMigrationEvent") => {
                Self::SharePointMigrationEvent(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some(
                "microsoft.graph.sharePointMigrationFinishManifestFileUploadEvent",
            ) => {
                Self::SharePointMigrationFinishManifestFileUploadEvent(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some("microsoft.graph.sharePointMigrationJob") => {
                Self::SharePointMigrationJob(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some(
                "microsoft.graph.sharePointMigrationJobCancelledEvent",
            ) => Self::SharePointMigrationJobCancelledEvent(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some(
                "microsoft.graph.sharePointMigrationJobDeletedEvent",
            ) => Self::SharePointMigrationJobDeletedEvent(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some(
                "microsoft.graph.sharePointMigrationJobErrorEvent",
            ) => Self::SharePointMigrationJobErrorEvent(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some(
                "microsoft.graph.sharePointMigrationJobPostponedEvent",
            ) => Self::SharePointMigrationJobPostponedEvent(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some(
                "microsoft.graph.sharePointMigrationJobProgressEvent",
            ) => Self::SharePointMigrationJobProgressEvent(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some(
                "microsoft.graph.sharePointMigrationJobQueuedEvent",
            ) => Self::SharePointMigrationJobQueuedEvent(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some(
                "microsoft.graph.sharePointMigrationJobStartEvent",
            ) => Self::SharePointMigrationJobStartEvent(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.sharePointProtectionPolicy") => {
                Self::SharePointProtectionPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.sharePointRestoreSession") => {
                Self::SharePointRestoreSession(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_shares)]
            ::std::option::Option::Some("microsoft.graph.sharedDriveItem") => {
                Self::SharedDriveItem(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.sharedInsight") => {
                Self::SharedInsight(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.sharedPCConfiguration") => {
                Self::SharedPcConfiguration(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.sharedWithChannelTeamInfo") => {
                Self::SharedWithChannelTeamInfo(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.sharepoint") => {
                Self::Sharepoint(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.sharepointSettings") => {
                Self::SharepointSettings(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.shift") => {
                Self::Shift(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.shiftPreferences") => {
                Self::ShiftPreferences(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_audit_logs_or_search)]
            ::std::option::Option::Some("microsoft.graph.signIn") => {
                Self::SignIn(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.simulation") => {
                Self::Simulation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.simulationAutomation") => {
                Self::SimulationAutomation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.simulationAutomationRun") => {
                Self::SimulationAutomationRun(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.singleValueLegacyExtendedProperty",
            ) => Self::SingleValueLegacyExtendedProperty(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.site") => {
                Self::Site(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.sitePage") => {
                Self::SitePage(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.siteProtectionRule") => {
                Self::SiteProtectionRule(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.siteProtectionUnit") => {
                Self::SiteProtectionUnit(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.siteProtectionUnitsBulkAdditionJob",
            ) => Self::SiteProtectionUnitsBulkAdditionJob(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.siteRestoreArtifact") => {
                Self::SiteRestoreArtifact(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.siteRestoreArtifactsBulkAdditionRequest",
            ) => Self::SiteRestoreArtifactsBulkAdditionRequest(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessUserConversationMember",
            ) => Self::SkypeForBusinessUserConversationMember(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeUserConversationMember",
            ) => Self::SkypeUserConversationMember(rt::object::new_boxed()),
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.smsAuthenticationMethodConfiguration",
            ) => Self::SmsAuthenticationMethodConfiguration(rt::object::new_boxed()),
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.smsAuthenticationMethodTarget",
            ) => Self::SmsAuthenticationMethodTarget(rt::object::new_boxed()),
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.socialIdentityProvider") => {
                Self::SocialIdentityProvider(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.softwareOathAuthenticationMethod",
            ) => Self::SoftwareOathAuthenticationMethod(rt::object::new_boxed()),
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.softwareOathAuthenticationMethodConfiguration",
            ) => {
                Self::SoftwareOathAuthenticationMethodConfiguration(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some(
                "microsoft.graph.softwareUpdateStatusSummary",
            ) => Self::SoftwareUpdateStatusSummary(rt::object::new_boxed()),
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.speakerAssignmentSubmission",
            ) => Self::SpeakerAssignmentSubmission(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.standardWebPart") => {
                Self::StandardWebPart(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.startHoldMusicOperation") => {
                Self::StartHoldMusicOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.stopHoldMusicOperation") => {
                Self::StopHoldMusicOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_storage)]
            ::std::option::Option::Some("microsoft.graph.storageQuotaBreakdown") => {
                Self::StorageQuotaBreakdown(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some("microsoft.graph.storageSettings") => {
                Self::StorageSettings(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.stsPolicy") => {
                Self::StsPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_privacy_or_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.subjectRightsRequest") => {
                Self::SubjectRightsRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.subscribeToToneOperation") => {
                Self::SubscribeToToneOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_subscribed_skus)]
            ::std::option::Option::Some("microsoft.graph.subscribedSku") => {
                Self::SubscribedSku(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
            ::std::option::Option::Some("microsoft.graph.subscription") => {
                Self::Subscription(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.swapShiftsChangeRequest") => {
                Self::SwapShiftsChangeRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.synchronization") => {
                Self::Synchronization(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.synchronizationJob") => {
                Self::SynchronizationJob(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.synchronizationSchema") => {
                Self::SynchronizationSchema(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.synchronizationTemplate") => {
                Self::SynchronizationTemplate(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.targetDeviceGroup") => {
                Self::TargetDeviceGroup(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.targetedChatMessage") => {
                Self::TargetedChatMessage(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.targetedManagedAppConfiguration",
            ) => Self::TargetedManagedAppConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.targetedManagedAppPolicyAssignment",
            ) => Self::TargetedManagedAppPolicyAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.targetedManagedAppProtection",
            ) => Self::TargetedManagedAppProtection(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.taskFileAttachment") => {
                Self::TaskFileAttachment(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.team") => {
                Self::Team(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.teamInfo") => {
                Self::TeamInfo(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.teamsAdministration.numberAssignment",
            ) => Self::NumberAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.teamsAdministration.policyIdentifierDetail",
            ) => Self::PolicyIdentifierDetail(rt::object::new_boxed()),
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.teamsAdministration.teamsAdminRoot",
            ) => Self::TeamsAdminRoot(rt::object::new_boxed()),
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.teamsAdministration.teamsPolicyAssignment",
            ) => Self::TeamsPolicyAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.teamsAdministration.teamsPolicyUserAssignment",
            ) => Self::TeamsPolicyUserAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.teamsAdministration.teamsUserConfiguration",
            ) => Self::TeamsUserConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.teamsAdministration.telephoneNumberLongRunningOperation",
            ) => Self::TelephoneNumberLongRunningOperation(rt::object::new_boxed()),
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.teamsAdministration.telephoneNumberManagementRoot",
            ) => Self::TelephoneNumberManagementRoot(rt::object::new_boxed()),
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            ::std::option::Option::Some("microsoft.graph.teamsApp") => {
                Self::TeamsApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            ::std::option::Option::Some("microsoft.graph.teamsAppDefinition") => {
                Self::TeamsAppDefinition(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.teamsAppInstallation") => {
                Self::TeamsAppInstallation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.teamsAppSettings") => {
                Self::TeamsAppSettings(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.teamsAsyncOperation") => {
                Self::TeamsAsyncOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.teamsTab") => {
                Self::TeamsTab(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_teams_templates)]
            ::std::option::Option::Some("microsoft.graph.teamsTemplate") => {
                Self::TeamsTemplate(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.teamwork") => {
                Self::Teamwork(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            ::std::option::Option::Some("microsoft.graph.teamworkBot") => {
                Self::TeamworkBot(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.teamworkHostedContent") => {
                Self::TeamworkHostedContent(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.teamworkTag") => {
                Self::TeamworkTag(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.teamworkTagMember") => {
                Self::TeamworkTagMember(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.temporaryAccessPassAuthenticationMethod",
            ) => Self::TemporaryAccessPassAuthenticationMethod(rt::object::new_boxed()),
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration",
            ) => {
                Self::TemporaryAccessPassAuthenticationMethodConfiguration(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.tenantAppManagementPolicy") => {
                Self::TenantAppManagementPolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.tenantDataSecurityAndGovernance",
            ) => Self::TenantDataSecurityAndGovernance(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.tenantProtectionScopeContainer",
            ) => Self::TenantProtectionScopeContainer(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.termStore.group") => {
                Self::TermStoreGroup(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.termStore.relation") => {
                Self::Relation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.termStore.set") => {
                Self::Set(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.termStore.store") => {
                Self::Store(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.termStore.term") => {
                Self::Term(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.termsAndConditions") => {
                Self::TermsAndConditions(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.termsAndConditionsAcceptanceStatus",
            ) => Self::TermsAndConditionsAcceptanceStatus(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.termsAndConditionsAssignment",
            ) => Self::TermsAndConditionsAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.termsOfUseContainer") => {
                Self::TermsOfUseContainer(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.textWebPart") => {
                Self::TextWebPart(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_information_protection_or_search)]
            ::std::option::Option::Some("microsoft.graph.threatAssessmentRequest") => {
                Self::ThreatAssessmentRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_information_protection_or_search)]
            ::std::option::Option::Some("microsoft.graph.threatAssessmentResult") => {
                Self::ThreatAssessmentResult(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.thumbnailSet") => {
                Self::ThumbnailSet(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.timeCard") => {
                Self::TimeCard(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.timeOff") => {
                Self::TimeOff(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.timeOffReason") => {
                Self::TimeOffReason(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.timeOffRequest") => {
                Self::TimeOffRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.todo") => {
                Self::Todo(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.todoTask") => {
                Self::TodoTask(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.todoTaskList") => {
                Self::TodoTaskList(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.tokenIssuancePolicy") => {
                Self::TokenIssuancePolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.tokenLifetimePolicy") => {
                Self::TokenLifetimePolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.training") => {
                Self::Training(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.trainingLanguageDetail") => {
                Self::TrainingLanguageDetail(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.trending") => {
                Self::Trending(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.unifiedRbacResourceAction") => {
                Self::UnifiedRbacResourceAction(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRbacResourceNamespace",
            ) => Self::UnifiedRbacResourceNamespace(rt::object::new_boxed()),
            #[cfg(msgraph_v1_role_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.unifiedRoleAssignment") => {
                Self::UnifiedRoleAssignment(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleAssignmentSchedule",
            ) => Self::UnifiedRoleAssignmentSchedule(rt::object::new_boxed()),
            #[cfg(msgraph_v1_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleAssignmentScheduleInstance",
            ) => Self::UnifiedRoleAssignmentScheduleInstance(rt::object::new_boxed()),
            #[cfg(msgraph_v1_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleAssignmentScheduleRequest",
            ) => Self::UnifiedRoleAssignmentScheduleRequest(rt::object::new_boxed()),
            #[cfg(msgraph_v1_role_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.unifiedRoleDefinition") => {
                Self::UnifiedRoleDefinition(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleEligibilitySchedule",
            ) => Self::UnifiedRoleEligibilitySchedule(rt::object::new_boxed()),
            #[cfg(msgraph_v1_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleEligibilityScheduleInstance",
            ) => Self::UnifiedRoleEligibilityScheduleInstance(rt::object::new_boxed()),
            #[cfg(msgraph_v1_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleEligibilityScheduleRequest",
            ) => Self::UnifiedRoleEligibilityScheduleRequest(rt::object::new_boxed()),
            #[cfg(msgraph_v1_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicy",
            ) => Self::UnifiedRoleManagementPolicy(rt::object::new_boxed()),
            #[cfg(msgraph_v1_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicyApprovalRule",
            ) => Self::UnifiedRoleManagementPolicyApprovalRule(rt::object::new_boxed()),
            #[cfg(msgraph_v1_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicyAssignment",
            ) => Self::UnifiedRoleManagementPolicyAssignment(rt::object::new_boxed()),
            #[cfg(msgraph_v1_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicyAuthenticationContextRule",
            ) => {
                Self::UnifiedRoleManagementPolicyAuthenticationContextRule(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicyEnablementRule",
            ) => Self::UnifiedRoleManagementPolicyEnablementRule(rt::object::new_boxed()),
            #[cfg(msgraph_v1_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicyExpirationRule",
            ) => Self::UnifiedRoleManagementPolicyExpirationRule(rt::object::new_boxed()),
            #[cfg(msgraph_v1_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicyNotificationRule",
            ) => {
                Self::UnifiedRoleManagementPolicyNotificationRule(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicyRule",
            ) => Self::UnifiedRoleManagementPolicyRule(rt::object::new_boxed()),
            #[cfg(msgraph_v1_role_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.unifiedRoleScheduleBase") => {
                Self::UnifiedRoleScheduleBase(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleScheduleInstanceBase",
            ) => Self::UnifiedRoleScheduleInstanceBase(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core_or_storage)]
            ::std::option::Option::Some("microsoft.graph.unifiedStorageQuota") => {
                Self::UnifiedStorageQuota(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.unitMap") => {
                Self::UnitMap(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.unmuteParticipantOperation") => {
                Self::UnmuteParticipantOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.updateRecordingStatusOperation",
            ) => Self::UpdateRecordingStatusOperation(rt::object::new_boxed()),
            #[cfg(msgraph_v1_information_protection_or_search)]
            ::std::option::Option::Some("microsoft.graph.urlAssessmentRequest") => {
                Self::UrlAssessmentRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some("microsoft.graph.usageRightsIncluded") => {
                Self::UsageRightsIncluded(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.usedInsight") => {
                Self::UsedInsight(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.user") => {
                Self::User(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.userActivity") => {
                Self::UserActivity(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.userConsentRequest") => {
                Self::UserConsentRequest(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.userDataSecurityAndGovernance",
            ) => Self::UserDataSecurityAndGovernance(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails",
            ) => {
                Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId",
            ) => {
                Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByOSVersion",
            ) => {
                Self::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsAppHealthApplicationPerformance",
            ) => {
                Self::UserExperienceAnalyticsAppHealthApplicationPerformance(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsAppHealthDeviceModelPerformance",
            ) => {
                Self::UserExperienceAnalyticsAppHealthDeviceModelPerformance(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformance",
            ) => {
                Self::UserExperienceAnalyticsAppHealthDevicePerformance(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformanceDetails",
            ) => {
                Self::UserExperienceAnalyticsAppHealthDevicePerformanceDetails(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsAppHealthOSVersionPerformance",
            ) => {
                Self::UserExperienceAnalyticsAppHealthOsVersionPerformance(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsBaseline",
            ) => Self::UserExperienceAnalyticsBaseline(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsCategory",
            ) => Self::UserExperienceAnalyticsCategory(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsDevicePerformance",
            ) => Self::UserExperienceAnalyticsDevicePerformance(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsDeviceScores",
            ) => Self::UserExperienceAnalyticsDeviceScores(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsDeviceStartupHistory",
            ) => {
                Self::UserExperienceAnalyticsDeviceStartupHistory(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsDeviceStartupProcess",
            ) => {
                Self::UserExperienceAnalyticsDeviceStartupProcess(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsDeviceStartupProcessPerformance",
            ) => {
                Self::UserExperienceAnalyticsDeviceStartupProcessPerformance(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsMetric",
            ) => Self::UserExperienceAnalyticsMetric(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsMetricHistory",
            ) => Self::UserExperienceAnalyticsMetricHistory(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsModelScores",
            ) => Self::UserExperienceAnalyticsModelScores(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsOverview",
            ) => Self::UserExperienceAnalyticsOverview(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsScoreHistory",
            ) => Self::UserExperienceAnalyticsScoreHistory(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevice",
            ) => {
                Self::UserExperienceAnalyticsWorkFromAnywhereDevice(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric",
            ) => {
                Self::UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereMetric",
            ) => {
                Self::UserExperienceAnalyticsWorkFromAnywhereMetric(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereModelPerformance",
            ) => {
                Self::UserExperienceAnalyticsWorkFromAnywhereModelPerformance(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userFlowLanguageConfiguration",
            ) => Self::UserFlowLanguageConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.userFlowLanguagePage") => {
                Self::UserFlowLanguagePage(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.userInsightsSettings") => {
                Self::UserInsightsSettings(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.userInstallStateSummary") => {
                Self::UserInstallStateSummary(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.userProtectionScopeContainer",
            ) => Self::UserProtectionScopeContainer(rt::object::new_boxed()),
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.userRegistrationDetails") => {
                Self::UserRegistrationDetails(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.userScopeTeamsAppInstallation",
            ) => Self::UserScopeTeamsAppInstallation(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.userSettings") => {
                Self::UserSettings(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.userSignInInsight") => {
                Self::UserSignInInsight(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.userSolutionRoot") => {
                Self::UserSolutionRoot(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.userStorage") => {
                Self::UserStorage(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.userTeamwork") => {
                Self::UserTeamwork(rt::object::new_boxed())
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.verifiableCredentialAuthenticationMethodTarget",
            ) => {
                Self::VerifiableCredentialAuthenticationMethodTarget(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.verifiableCredentialsAuthenticationMethodConfiguration",
            ) => {
                Self::VerifiableCredentialsAuthenticationMethodConfiguration(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.verifiedIdProfile") => {
                Self::VerifiedIdProfile(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.verticalSection") => {
                Self::VerticalSection(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.virtualEndpoint") => {
                Self::VirtualEndpoint(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.virtualEvent") => {
                Self::VirtualEvent(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.virtualEventPresenter") => {
                Self::VirtualEventPresenter(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.virtualEventRegistration") => {
                Self::VirtualEventRegistration(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.virtualEventRegistrationConfiguration",
            ) => Self::VirtualEventRegistrationConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.virtualEventRegistrationCustomQuestion",
            ) => Self::VirtualEventRegistrationCustomQuestion(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.virtualEventRegistrationPredefinedQuestion",
            ) => {
                Self::VirtualEventRegistrationPredefinedQuestion(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.virtualEventRegistrationQuestionBase",
            ) => Self::VirtualEventRegistrationQuestionBase(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.virtualEventSession") => {
                Self::VirtualEventSession(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.virtualEventTownhall") => {
                Self::VirtualEventTownhall(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.virtualEventTownhallRegistrationConfiguration",
            ) => {
                Self::VirtualEventTownhallRegistrationConfiguration(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.virtualEventWebinar") => {
                Self::VirtualEventWebinar(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.virtualEventWebinarRegistrationConfiguration",
            ) => {
                Self::VirtualEventWebinarRegistrationConfiguration(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.virtualEventsRoot") => {
                Self::VirtualEventsRoot(rt::object::new_boxed())
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.voiceAuthenticationMethodConfiguration",
            ) => Self::VoiceAuthenticationMethodConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.vppToken") => {
                Self::VppToken(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.webApp") => {
                Self::WebApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.webApplicationFirewallProvider",
            ) => Self::WebApplicationFirewallProvider(rt::object::new_boxed()),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.webApplicationFirewallVerificationModel",
            ) => Self::WebApplicationFirewallVerificationModel(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.webPart") => {
                Self::WebPart(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.win32LobApp") => {
                Self::Win32LobApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windows10CompliancePolicy") => {
                Self::Windows10CompliancePolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10CustomConfiguration",
            ) => Self::Windows10CustomConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10EndpointProtectionConfiguration",
            ) => Self::Windows10EndpointProtectionConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10EnrollmentCompletionPageConfiguration",
            ) => {
                Self::Windows10EnrollmentCompletionPageConfiguration(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10EnterpriseModernAppManagementConfiguration",
            ) => {
                Self::Windows10EnterpriseModernAppManagementConfiguration(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10GeneralConfiguration",
            ) => Self::Windows10GeneralConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10MobileCompliancePolicy",
            ) => Self::Windows10MobileCompliancePolicy(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10SecureAssessmentConfiguration",
            ) => Self::Windows10SecureAssessmentConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10TeamGeneralConfiguration",
            ) => Self::Windows10TeamGeneralConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windows81CompliancePolicy") => {
                Self::Windows81CompliancePolicy(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows81GeneralConfiguration",
            ) => Self::Windows81GeneralConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsAppX") => {
                Self::WindowsAppX(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsAutopilotDeploymentProfile",
            ) => Self::WindowsAutopilotDeploymentProfile(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsAutopilotDeploymentProfileAssignment",
            ) => {
                Self::WindowsAutopilotDeploymentProfileAssignment(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsAutopilotDeviceIdentity",
            ) => Self::WindowsAutopilotDeviceIdentity(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsDefenderAdvancedThreatProtectionConfiguration",
            ) => {
                Self::WindowsDefenderAdvancedThreatProtectionConfiguration(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_core_or_device_management)]
            ::std::option::Option::Some("microsoft.graph.windowsDeviceMalwareState") => {
                Self::WindowsDeviceMalwareState(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsHelloForBusinessAuthenticationMethod",
            ) => {
                Self::WindowsHelloForBusinessAuthenticationMethod(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtection",
            ) => Self::WindowsInformationProtection(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtectionAppLearningSummary",
            ) => {
                Self::WindowsInformationProtectionAppLearningSummary(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtectionAppLockerFile",
            ) => Self::WindowsInformationProtectionAppLockerFile(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtectionNetworkLearningSummary",
            ) => {
                Self::WindowsInformationProtectionNetworkLearningSummary(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtectionPolicy",
            ) => Self::WindowsInformationProtectionPolicy(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsMalwareInformation") => {
                Self::WindowsMalwareInformation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsMicrosoftEdgeApp") => {
                Self::WindowsMicrosoftEdgeApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsMobileMSI") => {
                Self::WindowsMobileMsi(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81CompliancePolicy",
            ) => Self::WindowsPhone81CompliancePolicy(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81CustomConfiguration",
            ) => Self::WindowsPhone81CustomConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81GeneralConfiguration",
            ) => Self::WindowsPhone81GeneralConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core_or_device_management)]
            ::std::option::Option::Some("microsoft.graph.windowsProtectionState") => {
                Self::WindowsProtectionState(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.windowsSetting") => {
                Self::WindowsSetting(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.windowsSettingInstance") => {
                Self::WindowsSettingInstance(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsUniversalAppX") => {
                Self::WindowsUniversalAppX(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsUniversalAppXContainedApp",
            ) => Self::WindowsUniversalAppXContainedApp(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsUpdateForBusinessConfiguration",
            ) => Self::WindowsUpdateForBusinessConfiguration(rt::object::new_boxed()),
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsWebApp") => {
                Self::WindowsWebApp(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.workHoursAndLocationsSetting",
            ) => Self::WorkHoursAndLocationsSetting(rt::object::new_boxed()),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.workPlanOccurrence") => {
                Self::WorkPlanOccurrence(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.workPlanRecurrence") => {
                Self::WorkPlanRecurrence(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbook") => {
                Self::Workbook(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookApplication") => {
                Self::WorkbookApplication(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChart") => {
                Self::WorkbookChart(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartAreaFormat") => {
                Self::WorkbookChartAreaFormat(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartAxes") => {
                Self::WorkbookChartAxes(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartAxis") => {
                Self::WorkbookChartAxis(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartAxisFormat") => {
                Self::WorkbookChartAxisFormat(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartAxisTitle") => {
                Self::WorkbookChartAxisTitle(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.workbookChartAxisTitleFormat",
            ) => Self::WorkbookChartAxisTitleFormat(rt::object::new_boxed()),
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.workbookChartDataLabelFormat",
            ) => Self::WorkbookChartDataLabelFormat(rt::object::new_boxed()),
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartDataLabels") => {
                Self::WorkbookChartDataLabels(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartFill") => {
                Self::WorkbookChartFill(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartFont") => {
                Self::WorkbookChartFont(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartGridlines") => {
                Self::WorkbookChartGridlines(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.workbookChartGridlinesFormat",
            ) => Self::WorkbookChartGridlinesFormat(rt::object::new_boxed()),
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartLegend") => {
                Self::WorkbookChartLegend(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartLegendFormat") => {
                Self::WorkbookChartLegendFormat(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartLineFormat") => {
                Self::WorkbookChartLineFormat(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartPoint") => {
                Self::WorkbookChartPoint(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartPointFormat") => {
                Self::WorkbookChartPointFormat(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartSeries") => {
                Self::WorkbookChartSeries(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartSeriesFormat") => {
                Self::WorkbookChartSeriesFormat(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartTitle") => {
                Self::WorkbookChartTitle(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartTitleFormat") => {
                Self::WorkbookChartTitleFormat(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookComment") => {
                Self::WorkbookComment(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookCommentReply") => {
                Self::WorkbookCommentReply(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookFilter") => {
                Self::WorkbookFilter(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookFormatProtection") => {
                Self::WorkbookFormatProtection(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookFunctionResult") => {
                Self::WorkbookFunctionResult(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookFunctions") => {
                Self::WorkbookFunctions(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookNamedItem") => {
                Self::WorkbookNamedItem(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookOperation") => {
                Self::WorkbookOperation(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookPivotTable") => {
                Self::WorkbookPivotTable(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookRange") => {
                Self::WorkbookRange(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookRangeBorder") => {
                Self::WorkbookRangeBorder(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookRangeFill") => {
                Self::WorkbookRangeFill(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookRangeFont") => {
                Self::WorkbookRangeFont(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookRangeFormat") => {
                Self::WorkbookRangeFormat(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookRangeSort") => {
                Self::WorkbookRangeSort(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookRangeView") => {
                Self::WorkbookRangeView(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookTable") => {
                Self::WorkbookTable(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookTableColumn") => {
                Self::WorkbookTableColumn(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookTableRow") => {
                Self::WorkbookTableRow(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookTableSort") => {
                Self::WorkbookTableSort(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookWorksheet") => {
                Self::WorkbookWorksheet(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.workbookWorksheetProtection",
            ) => Self::WorkbookWorksheetProtection(rt::object::new_boxed()),
            #[cfg(msgraph_v1_search_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.workforceIntegration") => {
                Self::WorkforceIntegration(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.workingTimeSchedule") => {
                Self::WorkingTimeSchedule(rt::object::new_boxed())
            }
            #[cfg(msgraph_v1_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.workspace") => {
                Self::Workspace(rt::object::new_boxed())
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.x509CertificateAuthenticationMethodConfiguration",
            ) => {
                Self::X509CertificateAuthenticationMethodConfiguration(
                    rt::object::new_boxed(),
                )
            }
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.x509CertificateCombinationConfiguration",
            ) => Self::X509CertificateCombinationConfiguration(rt::object::new_boxed()),
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
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::AadUserConversationMember(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackage(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignment(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentPolicy(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequest(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequestWorkflowExtension(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentWorkflowExtension(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageCatalog(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageMultipleChoiceQuestion(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageQuestion(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResource(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceEnvironment(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceRequest(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceRole(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceRoleScope(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceScope(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageSubject(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageSuggestion(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageTextInputQuestion(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewHistoryDefinition(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewHistoryInstance(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewInstance(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewInstanceDecisionItem(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewReviewer(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewScheduleDefinition(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewSet(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewStage(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::ActivitiesContainer(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::ActivityBasedTimeoutPolicy(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::ActivityHistoryItem(v) => &**v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::AddLargeGalleryViewOperation(v) => &**v,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::AdhocCall(v) => &**v,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::AdminConsentRequestPolicy(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::AdminMicrosoft365Apps(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::AdminReportSettings(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::AdministrativeUnit(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::AgentIdentity(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::AgentIdentityBlueprint(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::AgentIdentityBlueprintPrincipal(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::AgentUser(v) => &**v,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::Agreement(v) => &**v,
            #[cfg(
                msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search
            )]
            Self::AgreementAcceptance(v) => &**v,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFile(v) => &**v,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFileLocalization(v) => &**v,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFileProperties(v) => &**v,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFileVersion(v) => &**v,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiInteraction(v) => &**v,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiInteractionHistory(v) => &**v,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiOnlineMeeting(v) => &**v,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiUser(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AkamaiWebApplicationFirewallProvider(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Alert(v) => &**v,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::AllowedValue(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidCompliancePolicy(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidCustomConfiguration(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidGeneralDeviceConfiguration(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::AndroidLobApp(v) => &**v,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::AndroidManagedAppProtection(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::AndroidManagedAppRegistration(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::AndroidStoreApp(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidWorkProfileCompliancePolicy(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidWorkProfileCustomConfiguration(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &**v,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::AnonymousGuestConversationMember(v) => &**v,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::AppCatalogs(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AppConsentApprovalRoute(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AppConsentRequest(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AppLogCollectionRequest(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::AppManagementPolicy(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::AppRoleAssignment(v) => &**v,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::AppScope(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AppleDeviceFeaturesConfigurationBase(v) => &**v,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::AppleManagedIdentityProvider(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ApplePushNotificationCertificate(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::Application(v) => &**v,
            #[cfg(msgraph_v1_application_templates_or_search)]
            Self::ApplicationTemplate(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Approval(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::ApprovalStage(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::ApprovedClientApp(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ArkoseFraudProtectionProvider(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::AssociatedTeamInfo(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::Attachment(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::AttachmentBase(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::AttachmentSession(v) => &**v,
            #[cfg(msgraph_v1_core_or_security)]
            Self::AttackSimulationOperation(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AttackSimulationRoot(v) => &**v,
            #[cfg(msgraph_v1_core_or_communications_or_solutions)]
            Self::AttendanceRecord(v) => &**v,
            #[cfg(msgraph_v1_core_or_functions)]
            Self::AttributeMappingFunctionSchema(v) => &**v,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::AttributeSet(v) => &**v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::AudioRoutingGroup(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AuditEvent(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::Authentication(v) => &**v,
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::AuthenticationCombinationConfiguration(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationContextClassReference(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationEventListener(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationEventsFlow(v) => &**v,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::AuthenticationFlowsPolicy(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::AuthenticationMethod(v) => &**v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodConfiguration(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationMethodModeDetail(v) => &**v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodTarget(v) => &**v,
            #[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
            Self::AuthenticationMethodsPolicy(v) => &**v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::AuthenticationMethodsRoot(v) => &**v,
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::AuthenticationStrengthPolicy(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationStrengthRoot(v) => &**v,
            #[cfg(msgraph_v1_privacy_or_search_or_security)]
            Self::AuthoredNote(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::AuthorizationPolicy(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AvailableAccessPackage(v) => &**v,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::AzureCommunicationServicesUserConversationMember(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::B2xIdentityUserFlow(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BackupRestoreRoot(v) => &**v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
            Self::BaseItem(v) => &**v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::BaseItemVersion(v) => &**v,
            #[cfg(msgraph_v1_places_or_search)]
            Self::BaseMapFeature(v) => &**v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &**v,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::Bitlocker(v) => &**v,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::BitlockerRecoveryKey(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingAppointment(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingBusiness(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCurrency(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCustomQuestion(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCustomer(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCustomerBase(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingService(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingStaffMember(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingStaffMemberBase(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BrowseSessionBase(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::BrowserSharedCookie(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::BrowserSite(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::BrowserSiteList(v) => &**v,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Building(v) => &**v,
            #[cfg(msgraph_v1_places_or_search)]
            Self::BuildingMap(v) => &**v,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::BuiltInIdentityProvider(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::BulkUpload(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::CaPoliciesDeletableRoot(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::Calendar(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::CalendarGroup(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::CalendarPermission(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::CalendarSharingMessage(v) => &**v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Call(v) => &**v,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CallAiInsight(v) => &**v,
            #[cfg(msgraph_v1_search)]
            Self::CallEvent(v) => &**v,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::CallRecording(v) => &**v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CallRecord(v) => &**v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Organizer(v) => &**v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CallRecordsParticipant(v) => &**v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::ParticipantBase(v) => &**v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Segment(v) => &**v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Session(v) => &**v,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::CallTranscript(v) => &**v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CancelMediaProcessingOperation(v) => &**v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::CanvasLayout(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::CertificateAuthorityDetail(v) => &**v,
            #[cfg(msgraph_v1_core_or_certificate_based_auth_configuration)]
            Self::CertificateBasedAuthConfiguration(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::CertificateBasedAuthPki(v) => &**v,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ChangeTrackedEntity(v) => &**v,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::Channel(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::Chat(v) => &**v,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ChatMessage(v) => &**v,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ChatMessageHostedContent(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::ChatMessageInfo(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::ChecklistItem(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::ClaimsMappingPolicy(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::CloudClipboardItem(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::CloudClipboardRoot(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::CloudFlareWebApplicationFirewallProvider(v) => &**v,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::CloudPc(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcAuditEvent(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcDeviceImage(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcGalleryImage(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcOnPremisesConnection(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcProvisioningPolicy(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcProvisioningPolicyAssignment(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcReport(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcServicePlan(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcUserSetting(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcUserSettingAssignment(v) => &**v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
            Self::ColumnDefinition(v) => &**v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ColumnLink(v) => &**v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CommsOperation(v) => &**v,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::Community(v) => &**v,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::CompanySubscription(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ComplianceManagementPartner(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ConditionalAccessRoot(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ConditionalAccessTemplate(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationBaseline(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationDrift(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationManagement(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationMonitor(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationMonitoringResult(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationSnapshotJob(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::ConnectedOrganization(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::Contact(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::ContactFolder(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::ContentActivity(v) => &**v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::ContentSharingSession(v) => &**v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ContentType(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::Contract(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::ControlConfiguration(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::Conversation(v) => &**v,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ConversationMember(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::ConversationThread(v) => &**v,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdmin(v) => &**v,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdminCatalog(v) => &**v,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdminLimitedMode(v) => &**v,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdminSetting(v) => &**v,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotPackage(v) => &**v,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotPackageDetail(v) => &**v,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotReportRoot(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::CrossTenantAccessPolicy(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::CrossTenantAccessPolicyConfigurationDefault(v) => &**v,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::CustomAuthenticationExtension(v) => &**v,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::CustomCalloutExtension(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomDataProvidedResource(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomDataProvidedResourceAccessReviewUploadSession(v) => &**v,
            #[cfg(msgraph_v1_search)]
            Self::CustomDataProvidedResourceFile(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomDataProvidedResourceUploadSession(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomExtensionStageSetting(v) => &**v,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::CustomSecurityAttributeDefinition(v) => &**v,
            #[cfg(msgraph_v1_data_policy_operations_or_search)]
            Self::DataPolicyOperation(v) => &**v,
            #[cfg(msgraph_v1_core_or_security)]
            Self::DataSecurityAndGovernance(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::DayNote(v) => &**v,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::DefaultManagedAppProtection(v) => &**v,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminAccessAssignment(v) => &**v,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminCustomer(v) => &**v,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminRelationship(v) => &**v,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminRelationshipOperation(v) => &**v,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminRelationshipRequest(v) => &**v,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminServiceManagementDetail(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::DelegatedAdminServiceProviderConstraints(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::DelegatedPermissionClassification(v) => &**v,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::DeletedChat(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::DeletedItemContainer(v) => &**v,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::DeletedTeam(v) => &**v,
            #[cfg(msgraph_v1_search)]
            Self::DeltaParticipants(v) => &**v,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Desk(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DetectedApp(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::Device(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceAndAppManagementRoleAssignment(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceAndAppManagementRoleDefinition(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::DeviceAppManagement(v) => &**v,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceCategory(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceActionItem(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceDeviceOverview(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceDeviceStatus(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicy(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicyAssignment(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicyDeviceStateSummary(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicySettingStateSummary(v) => &**v,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceCompliancePolicyState(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceScheduledActionForRule(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceSettingState(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceUserOverview(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceUserStatus(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfiguration(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationAssignment(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationDeviceOverview(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationDeviceStateSummary(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationDeviceStatus(v) => &**v,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceConfigurationState(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationUserOverview(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationUserStatus(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentConfiguration(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentLimitConfiguration(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::DeviceInstallState(v) => &**v,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::DeviceLocalCredentialInfo(v) => &**v,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceLogCollectionResponse(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagement(v) => &**v,
            #[cfg(msgraph_v1_search)]
            Self::DeviceManagementCachedReportConfiguration(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementExchangeConnector(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementExportJob(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementPartner(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementReports(v) => &**v,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceManagementTroubleshootingEvent(v) => &**v,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::DeviceRegistrationPolicy(v) => &**v,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::Directory(v) => &**v,
            #[cfg(msgraph_v1_audit_logs_or_search)]
            Self::DirectoryAudit(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryDefinition(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryObject(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryObjectPartnerReference(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryRole(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryRoleTemplate(v) => &**v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::DocumentSetVersion(v) => &**v,
            #[cfg(msgraph_v1_domains_or_search)]
            Self::Domain(v) => &**v,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsCnameRecord(v) => &**v,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsMxRecord(v) => &**v,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsRecord(v) => &**v,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsSrvRecord(v) => &**v,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsTxtRecord(v) => &**v,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsUnavailableRecord(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItemVersion(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveProtectionRule(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveProtectionUnit(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveProtectionUnitsBulkAdditionJob(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveRestoreArtifact(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::EBookInstallSummary(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::Edge(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::EditionUpgradeConfiguration(v) => &**v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignment(v) => &**v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignmentDefaults(v) => &**v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignmentResource(v) => &**v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignmentSettings(v) => &**v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationCategory(v) => &**v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationClass(v) => &**v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationFeedbackOutcome(v) => &**v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationFeedbackResourceOutcome(v) => &**v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationGradingCategory(v) => &**v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationGradingScheme(v) => &**v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationModule(v) => &**v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationModuleResource(v) => &**v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationOrganization(v) => &**v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationOutcome(v) => &**v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationPointsOutcome(v) => &**v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationRubric(v) => &**v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationRubricOutcome(v) => &**v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationSchool(v) => &**v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationSubmission(v) => &**v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationSubmissionResource(v) => &**v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationUser(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::EmailAuthenticationMethod(v) => &**v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::EmailAuthenticationMethodConfiguration(v) => &**v,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::EmailFileAssessmentRequest(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::EmailNotificationsSetting(v) => &**v,
            #[cfg(msgraph_v1_search)]
            Self::EmergencyCallEvent(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::EmployeeExperienceUser(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EndUserNotification(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EndUserNotificationDetail(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::EndUserSettings(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::Endpoint(v) => &**v,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementAsyncOperation(v) => &**v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversation(v) => &**v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationDiscussionMessage(v) => &**v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationMessage(v) => &**v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationMessageReaction(v) => &**v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationQuestionMessage(v) => &**v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationSystemMessage(v) => &**v,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementRole(v) => &**v,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementRoleMember(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::EnrollmentConfigurationAssignment(v) => &**v,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::EnrollmentTroubleshootingEvent(v) => &**v,
            #[cfg(msgraph_v1_search)]
            Self::EnterpriseCodeSigningCertificate(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::EntitlementManagement(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::EntitlementManagementSettings(v) => &**v,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::Recovery(v) => &**v,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryChangeObjectBase(v) => &**v,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryJob(v) => &**v,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryJobBase(v) => &**v,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryPreviewJob(v) => &**v,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::Snapshot(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::Event(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::EventMessage(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::EventMessageRequest(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::EventMessageResponse(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ExchangeAdmin(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ExchangeMessageTrace(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ExchangeMessageTraceDetail(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ExchangeProtectionPolicy(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ExchangeRestoreSession(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::ExchangeSettings(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::Extension(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::ExtensionProperty(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::ExternalAuthenticationMethod(v) => &**v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::ExternalAuthenticationMethodConfiguration(v) => &**v,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ConnectionOperation(v) => &**v,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalActivity(v) => &**v,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalActivityResult(v) => &**v,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalConnection(v) => &**v,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalGroup(v) => &**v,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalItem(v) => &**v,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalConnectorsIdentity(v) => &**v,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::Schema(v) => &**v,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::ExternalDomainName(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ExternalUsersSelfServiceSignUpEventsFlow(v) => &**v,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::FeatureRolloutPolicy(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::FederatedIdentityCredential(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::FederatedTokenValidationPolicy(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::Fido2AuthenticationMethod(v) => &**v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::Fido2AuthenticationMethodConfiguration(v) => &**v,
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::Fido2CombinationConfiguration(v) => &**v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::FieldValueSet(v) => &**v,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::FileAssessmentRequest(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::FileAttachment(v) => &**v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorage(v) => &**v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorageContainer(v) => &**v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorageContainerType(v) => &**v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorageContainerTypeRegistration(v) => &**v,
            #[cfg(msgraph_v1_core_or_filter_operators)]
            Self::FilterOperatorSchema(v) => &**v,
            #[cfg(msgraph_v1_places_or_search)]
            Self::FixtureMap(v) => &**v,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Floor(v) => &**v,
            #[cfg(msgraph_v1_places_or_search)]
            Self::FootprintMap(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::FraudProtectionProvider(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::GovernanceInsight(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularDriveRestoreArtifact(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularMailboxRestoreArtifact(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularRestoreArtifactBase(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularSiteRestoreArtifact(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::Group(v) => &**v,
            #[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
            Self::GroupLifecyclePolicy(v) => &**v,
            #[cfg(msgraph_v1_core_or_group_settings)]
            Self::GroupSetting(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::GroupSettingTemplate(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::HomeRealmDiscoveryPolicy(v) => &**v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::HorizontalSection(v) => &**v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::HorizontalSectionColumn(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::HumanSecurityFraudProtectionProvider(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityApiConnector(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityBuiltInUserFlowAttribute(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityContainer(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityCustomUserFlowAttribute(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomTaskExtension(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Insights(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::LifecycleManagementSettings(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::LifecycleWorkflowsContainer(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Run(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Task(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TaskDefinition(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TaskProcessingResult(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TaskReport(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserProcessingResult(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::WorkflowTemplate(v) => &**v,
            #[cfg(msgraph_v1_identity_providers_or_search)]
            Self::IdentityProvider(v) => &**v,
            #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
            Self::IdentityProviderBase(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityUserFlow(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityUserFlowAttribute(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityUserFlowAttributeAssignment(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityVerifiedIdRoot(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ImportedWindowsAutopilotDeviceIdentity(v) => &**v,
            #[cfg(msgraph_v1_search)]
            Self::ImportedWindowsAutopilotDeviceIdentityUpload(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::InferenceClassification(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::InferenceClassificationOverride(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::InsightsSettings(v) => &**v,
            #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
            Self::InternalDomainFederation(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::InternetExplorerMode(v) => &**v,
            #[cfg(msgraph_v1_invitations_or_search)]
            Self::Invitation(v) => &**v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::InviteParticipantsOperation(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosCertificateProfile(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosCompliancePolicy(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosCustomConfiguration(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosDeviceFeaturesConfiguration(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosGeneralDeviceConfiguration(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosLobApp(v) => &**v,
            #[cfg(msgraph_v1_search)]
            Self::IosLobAppProvisioningConfigurationAssignment(v) => &**v,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::IosManagedAppProtection(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosManagedAppRegistration(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosMobileAppConfiguration(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosStoreApp(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosUpdateConfiguration(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosUpdateDeviceStatus(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosVppApp(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosVppEBook(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosVppEBookAssignment(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosiPadOsWebClip(v) => &**v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ItemActivity(v) => &**v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ItemActivityStat(v) => &**v,
            #[cfg(msgraph_v1_core_or_drives_or_sites)]
            Self::ItemAnalytics(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::ItemAttachment(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::ItemInsights(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::ItemRetentionLabel(v) => &**v,
            #[cfg(msgraph_v1_search)]
            Self::LabelContentRight(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::LandingPage(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::LandingPageDetail(v) => &**v,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningAssignment(v) => &**v,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningContent(v) => &**v,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningCourseActivity(v) => &**v,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningProvider(v) => &**v,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningSelfInitiatedCourse(v) => &**v,
            #[cfg(msgraph_v1_places_or_search)]
            Self::LevelMap(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::LicenseDetails(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::LinkedResource(v) => &**v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &**v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &**v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItemVersion(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::LocalizedNotificationMessage(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::LoginPage(v) => &**v,
            #[cfg(
                msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more
            )]
            Self::LongRunningOperation(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::M365AppsInstallationOptions(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsCompliancePolicy(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsCustomConfiguration(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsDeviceFeaturesConfiguration(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsDmgApp(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsGeneralDeviceConfiguration(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsLobApp(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsMicrosoftDefenderApp(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsMicrosoftEdgeApp(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsOfficeSuiteApp(v) => &**v,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::MailAssessmentRequest(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::MailFolder(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::MailSearchFolder(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::Mailbox(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::MailboxFolder(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::MailboxItem(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxProtectionRule(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxProtectionUnit(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxProtectionUnitsBulkAdditionJob(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxRestoreArtifact(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MalwareStateForWindowsDevice(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAndroidLobApp(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAndroidStoreApp(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedApp(v) => &**v,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppConfiguration(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppOperation(v) => &**v,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppPolicy(v) => &**v,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppPolicyDeploymentSummary(v) => &**v,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppProtection(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppRegistration(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppStatus(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppStatusRaw(v) => &**v,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::ManagedDevice(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfiguration(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationAssignment(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceStatus(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceSummary(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserStatus(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserSummary(v) => &**v,
            #[cfg(msgraph_v1_search)]
            Self::ManagedDeviceOverview(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedEBook(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedEBookAssignment(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedIosLobApp(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedIosStoreApp(v) => &**v,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedMobileApp(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedMobileLobApp(v) => &**v,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::MdmWindowsInformationProtectionPolicy(v) => &**v,
            #[cfg(msgraph_v1_core_or_communications_or_solutions)]
            Self::MeetingAttendanceReport(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::MembershipOutlierInsight(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::Message(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::MessageRule(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::MessageTracingRoot(v) => &**v,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::MicrosoftAccountUserConversationMember(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => &**v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(v) => &**v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MicrosoftStoreForBusinessApp(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileApp(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppAssignment(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppCategory(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppContent(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppContentFile(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppRelationship(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MobileAppTroubleshootingEvent(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileContainedApp(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileLobApp(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MobileThreatDefenseConnector(v) => &**v,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::MultiTenantOrganization(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::MultiTenantOrganizationIdentitySyncPolicyTemplate(v) => &**v,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::MultiTenantOrganizationJoinRequestRecord(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::MultiTenantOrganizationMember(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::MultiTenantOrganizationPartnerConfigurationTemplate(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::MultiValueLegacyExtendedProperty(v) => &**v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::MuteParticipantOperation(v) => &**v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Notebook(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::NotificationMessageTemplate(v) => &**v,
            #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
            Self::OAuth2PermissionGrant(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::OfferShiftRequest(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::OfficeGraphInsights(v) => &**v,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::OidcIdentityProvider(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAttributeCollectionListener(v) => &**v,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnAttributeCollectionStartCustomExtension(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAttributeCollectionStartListener(v) => &**v,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnAttributeCollectionSubmitCustomExtension(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAttributeCollectionSubmitListener(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAuthenticationMethodLoadStartListener(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnEmailOtpSendListener(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnFraudProtectionLoadStartListener(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnInteractiveAuthFlowStartListener(v) => &**v,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnOtpSendCustomExtension(v) => &**v,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnPasswordSubmitCustomExtension(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnPasswordSubmitListener(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::OnPremisesConditionalAccessSettings(v) => &**v,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::OnPremisesDirectorySynchronization(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::OnPremisesSyncBehavior(v) => &**v,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnTokenIssuanceStartCustomExtension(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnTokenIssuanceStartListener(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnUserCreateStartListener(v) => &**v,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnVerifiedIdClaimValidationListener(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::OneDriveForBusinessBrowseSession(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::OneDriveForBusinessProtectionPolicy(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::OneDriveForBusinessRestoreSession(v) => &**v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Onenote(v) => &**v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteEntityBaseModel(v) => &**v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteEntityHierarchyModel(v) => &**v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteEntitySchemaObjectModel(v) => &**v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteOperation(v) => &**v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenotePage(v) => &**v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteResource(v) => &**v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteSection(v) => &**v,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &**v,
            #[cfg(msgraph_v1_core_or_communications_or_solutions)]
            Self::OnlineMeetingBase(v) => &**v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::OnlineMeetingEngagementConversation(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::OpenShift(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::OpenShiftChangeRequest(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::OpenTypeExtension(v) => &**v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Operation(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::OrgContact(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::Organization(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::OrganizationalBranding(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::OrganizationalBrandingLocalization(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::OrganizationalBrandingProperties(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::OutlookCategory(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::OutlookItem(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::OutlookUser(v) => &**v,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::OwnerlessGroupPolicy(v) => &**v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Participant(v) => &**v,
            #[cfg(msgraph_v1_search)]
            Self::ParticipantJoiningNotification(v) => &**v,
            #[cfg(msgraph_v1_search)]
            Self::ParticipantLeftNotification(v) => &**v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::Partners(v) => &**v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::AzureUsage(v) => &**v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::BilledReconciliation(v) => &**v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::BilledUsage(v) => &**v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::Billing(v) => &**v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::BillingReconciliation(v) => &**v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::ExportSuccessOperation(v) => &**v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::FailedOperation(v) => &**v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::Manifest(v) => &**v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PartnersBillingOperation(v) => &**v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::RunningOperation(v) => &**v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::UnbilledReconciliation(v) => &**v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::UnbilledUsage(v) => &**v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::PasskeyAuthenticationMethodTarget(v) => &**v,
            #[cfg(msgraph_v1_search)]
            Self::PasskeyProfile(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::PasswordAuthenticationMethod(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Payload(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::PeopleAdminSettings(v) => &**v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
            Self::Permission(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::PermissionGrantConditionSet(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::PermissionGrantPolicy(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::Person(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::PhoneAuthenticationMethod(v) => &**v,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::PhoneUserConversationMember(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::PinnedChatMessageInfo(v) => &**v,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Place(v) => &**v,
            #[cfg(msgraph_v1_planner_or_search)]
            Self::Planner(v) => &**v,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerAssignedToTaskBoardTaskFormat(v) => &**v,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerBucket(v) => &**v,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerBucketTaskBoardTaskFormat(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::PlannerGroup(v) => &**v,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerPlan(v) => &**v,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerPlanDetails(v) => &**v,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerProgressTaskBoardTaskFormat(v) => &**v,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerTask(v) => &**v,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerTaskDetails(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::PlannerUser(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::PlatformCredentialAuthenticationMethod(v) => &**v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::PlayPromptOperation(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::PolicyBase(v) => &**v,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::PolicyRoot(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::PolicyTemplate(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::Post(v) => &**v,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::Presence(v) => &**v,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintConnector(v) => &**v,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrintDocument(v) => &**v,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrintJob(v) => &**v,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintOperation(v) => &**v,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintService(v) => &**v,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintServiceEndpoint(v) => &**v,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrintTask(v) => &**v,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintTaskDefinition(v) => &**v,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintTaskTrigger(v) => &**v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PrintUsage(v) => &**v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PrintUsageByPrinter(v) => &**v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PrintUsageByUser(v) => &**v,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &**v,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrinterBase(v) => &**v,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrinterCreateOperation(v) => &**v,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrinterShare(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroup(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleInstance(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleInstance(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessRoot(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessSchedule(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleInstance(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ProfileCardProperty(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::ProfilePhoto(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ProfilePropertySetting(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ProfileSource(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::PronounsSettings(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionPolicyBase(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionRuleBase(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionUnitBase(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionUnitsBulkJobBase(v) => &**v,
            #[cfg(msgraph_v1_audit_logs_or_search)]
            Self::ProvisioningObjectSummary(v) => &**v,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::PublicKeyInfrastructureRoot(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::QrCode(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::QrCodePinAuthenticationMethod(v) => &**v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::QrCodePinAuthenticationMethodConfiguration(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::QrPin(v) => &**v,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::RbacApplication(v) => &**v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReadingAssignmentSubmission(v) => &**v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReadingCoachPassage(v) => &**v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::RecordOperation(v) => &**v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &**v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::ReferenceAttachment(v) => &**v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReflectCheckInResponse(v) => &**v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::RelyingPartyDetailedSummary(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::RemoteAssistancePartner(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::RemoteDesktopSecurityConfiguration(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::RemoteTenantGroup(v) => &**v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReportsRoot(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
            Self::Request(v) => &**v,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::ResellerDelegatedAdminRelationship(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ResourceOperation(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::ResourceSpecificPermissionGrant(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestoreArtifactBase(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestoreArtifactsBulkRequestBase(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestorePoint(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestoreSessionBase(v) => &**v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::RichLongRunningOperation(v) => &**v,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskDetection(v) => &**v,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyServicePrincipal(v) => &**v,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyServicePrincipalHistoryItem(v) => &**v,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyUser(v) => &**v,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyUserHistoryItem(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::RoleAssignment(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::RoleDefinition(v) => &**v,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Room(v) => &**v,
            #[cfg(msgraph_v1_places_or_search)]
            Self::RoomList(v) => &**v,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SamlOrWsFedExternalDomainFederation(v) => &**v,
            #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
            Self::SamlOrWsFedProvider(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::Schedule(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::ScheduleChangeRequest(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::SchedulingGroup(v) => &**v,
            #[cfg(msgraph_v1_schema_extensions_or_search)]
            Self::SchemaExtension(v) => &**v,
            #[cfg(msgraph_v1_core_or_scoped_role_memberships)]
            Self::ScopedRoleMembership(v) => &**v,
            #[cfg(msgraph_v1_search)]
            Self::Acronym(v) => &**v,
            #[cfg(msgraph_v1_search)]
            Self::Bookmark(v) => &**v,
            #[cfg(msgraph_v1_search)]
            Self::Qna(v) => &**v,
            #[cfg(msgraph_v1_search)]
            Self::SearchAnswer(v) => &**v,
            #[cfg(msgraph_v1_search)]
            Self::SearchEntity(v) => &**v,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Section(v) => &**v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SectionGroup(v) => &**v,
            #[cfg(msgraph_v1_places_or_search)]
            Self::SectionMap(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecureScore(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecureScoreControlProfile(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecurityAlert(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AnalyzedEmail(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Article(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::ArticleIndicator(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Artifact(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuditCoreRoot(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuditLogQuery(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuditLogRecord(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuthorityTemplate(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AutoAuditingConfiguration(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Case(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CaseOperation(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CasesRoot(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CategoryTemplate(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CitationTemplate(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CollaborationRoot(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::DataSet(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::DataSource(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::DataSourceContainer(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::DepartmentTemplate(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryAddToReviewSetOperation(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCase(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCaseMember(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCaseSettings(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCustodian(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryEstimateOperation(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryExportOperation(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryHoldOperation(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryHoldPolicySyncOperation(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryIndexOperation(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryNoncustodialDataSource(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryPurgeDataOperation(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryReviewSet(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryReviewSetQuery(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryReviewTag(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoverySearch(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoverySearchExportOperation(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryTagOperation(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::FilePlanDescriptor(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::FilePlanDescriptorTemplate(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::FilePlanReferenceTemplate(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HealthIssue(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Host(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostComponent(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostCookie(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostPair(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostPort(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostReputation(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostSslCertificate(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostTracker(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Hostname(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::IdentityAccounts(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecurityIdentityContainer(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Incident(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Indicator(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::IntelligenceProfile(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::IntelligenceProfileIndicator(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::IpAddress(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::LabelsRoot(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::NetworkAdapter(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::PassiveDnsRecord(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::RetentionEvent(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::RetentionEventType(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::RetentionLabel(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Search(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Sensor(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SensorCandidate(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SensorCandidateActivationConfiguration(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SettingsContainer(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SiteSource(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SslCertificate(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SubcategoryTemplate(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Subdomain(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Tag(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::ThreatIntelligence(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TriggerTypesRoot(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TriggersRoot(v) => &**v,
            #[cfg(msgraph_v1_search)]
            Self::UnclassifiedArtifact(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::UnifiedGroupSource(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecurityUser(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::UserSource(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Vulnerability(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::VulnerabilityComponent(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::WhoisBaseRecord(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::WhoisHistoryRecord(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::WhoisRecord(v) => &**v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::SecurityReportsRoot(v) => &**v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::SendDtmfTonesOperation(v) => &**v,
            #[cfg(msgraph_v1_core_or_security)]
            Self::SensitivityLabel(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceAnnouncement(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceAnnouncementAttachment(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceAnnouncementBase(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ServiceApp(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceHealth(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceHealthIssue(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::ServicePrincipal(v) => &**v,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::ServicePrincipalRiskDetection(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::ServiceProviderConstraints(v) => &**v,
            #[cfg(msgraph_v1_core_or_storage)]
            Self::ServiceStorageQuotaBreakdown(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceUpdateMessage(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::SettingStateDeviceSummary(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SharePointBrowseSession(v) => &**v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointGroup(v) => &**v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointGroupMember(v) => &**v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationEvent(v) => &**v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationFinishManifestFileUploadEvent(v) => &**v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJob(v) => &**v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobCancelledEvent(v) => &**v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobDeletedEvent(v) => &**v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobErrorEvent(v) => &**v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobPostponedEvent(v) => &**v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobProgressEvent(v) => &**v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobQueuedEvent(v) => &**v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobStartEvent(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SharePointProtectionPolicy(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SharePointRestoreSession(v) => &**v,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::SharedInsight(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::SharedPcConfiguration(v) => &**v,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::SharedWithChannelTeamInfo(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::Sharepoint(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::SharepointSettings(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::Shift(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::ShiftPreferences(v) => &**v,
            #[cfg(msgraph_v1_audit_logs_or_search)]
            Self::SignIn(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Simulation(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SimulationAutomation(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SimulationAutomationRun(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::SingleValueLegacyExtendedProperty(v) => &**v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &**v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteProtectionRule(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteProtectionUnit(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteProtectionUnitsBulkAdditionJob(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteRestoreArtifact(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => &**v,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::SkypeForBusinessUserConversationMember(v) => &**v,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::SkypeUserConversationMember(v) => &**v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodConfiguration(v) => &**v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodTarget(v) => &**v,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SocialIdentityProvider(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::SoftwareOathAuthenticationMethod(v) => &**v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SoftwareOathAuthenticationMethodConfiguration(v) => &**v,
            #[cfg(msgraph_v1_search)]
            Self::SoftwareUpdateStatusSummary(v) => &**v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::SpeakerAssignmentSubmission(v) => &**v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::StandardWebPart(v) => &**v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::StartHoldMusicOperation(v) => &**v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::StopHoldMusicOperation(v) => &**v,
            #[cfg(msgraph_v1_core_or_storage)]
            Self::StorageQuotaBreakdown(v) => &**v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::StorageSettings(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::StsPolicy(v) => &**v,
            #[cfg(msgraph_v1_privacy_or_search_or_security)]
            Self::SubjectRightsRequest(v) => &**v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::SubscribeToToneOperation(v) => &**v,
            #[cfg(msgraph_v1_search_or_subscribed_skus)]
            Self::SubscribedSku(v) => &**v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
            Self::Subscription(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::SwapShiftsChangeRequest(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::Synchronization(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::SynchronizationJob(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::SynchronizationSchema(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::SynchronizationTemplate(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::TargetDeviceGroup(v) => &**v,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TargetedChatMessage(v) => &**v,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::TargetedManagedAppConfiguration(v) => &**v,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::TargetedManagedAppPolicyAssignment(v) => &**v,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::TargetedManagedAppProtection(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::TaskFileAttachment(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::Team(v) => &**v,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TeamInfo(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::NumberAssignment(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::PolicyIdentifierDetail(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsAdminRoot(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsPolicyAssignment(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsPolicyUserAssignment(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsUserConfiguration(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TelephoneNumberLongRunningOperation(v) => &**v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TelephoneNumberManagementRoot(v) => &**v,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::TeamsApp(v) => &**v,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::TeamsAppDefinition(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::TeamsAppInstallation(v) => &**v,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::TeamsAppSettings(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::TeamsAsyncOperation(v) => &**v,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TeamsTab(v) => &**v,
            #[cfg(msgraph_v1_search_or_teams_templates)]
            Self::TeamsTemplate(v) => &**v,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::Teamwork(v) => &**v,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::TeamworkBot(v) => &**v,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TeamworkHostedContent(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::TeamworkTag(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::TeamworkTagMember(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::TemporaryAccessPassAuthenticationMethod(v) => &**v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::TenantAppManagementPolicy(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TenantDataSecurityAndGovernance(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TenantProtectionScopeContainer(v) => &**v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::TermStoreGroup(v) => &**v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Relation(v) => &**v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Set(v) => &**v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Store(v) => &**v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Term(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::TermsAndConditions(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::TermsAndConditionsAcceptanceStatus(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::TermsAndConditionsAssignment(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TermsOfUseContainer(v) => &**v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::TextWebPart(v) => &**v,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::ThreatAssessmentRequest(v) => &**v,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::ThreatAssessmentResult(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::ThumbnailSet(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::TimeCard(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::TimeOff(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffReason(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffRequest(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::Todo(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::TodoTask(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::TodoTaskList(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::TokenIssuancePolicy(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::TokenLifetimePolicy(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Training(v) => &**v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TrainingLanguageDetail(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::Trending(v) => &**v,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRbacResourceAction(v) => &**v,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRbacResourceNamespace(v) => &**v,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignment(v) => &**v,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentSchedule(v) => &**v,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &**v,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &**v,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleDefinition(v) => &**v,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilitySchedule(v) => &**v,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &**v,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &**v,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicy(v) => &**v,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyApprovalRule(v) => &**v,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAssignment(v) => &**v,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAuthenticationContextRule(v) => &**v,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyEnablementRule(v) => &**v,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyExpirationRule(v) => &**v,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyNotificationRule(v) => &**v,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyRule(v) => &**v,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleScheduleBase(v) => &**v,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleScheduleInstanceBase(v) => &**v,
            #[cfg(msgraph_v1_core_or_storage)]
            Self::UnifiedStorageQuota(v) => &**v,
            #[cfg(msgraph_v1_places_or_search)]
            Self::UnitMap(v) => &**v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::UnmuteParticipantOperation(v) => &**v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::UpdateRecordingStatusOperation(v) => &**v,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::UrlAssessmentRequest(v) => &**v,
            #[cfg(msgraph_v1_search)]
            Self::UsageRightsIncluded(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::UsedInsight(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::User(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::UserActivity(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::UserDataSecurityAndGovernance(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails(
                v,
            ) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId(
                v,
            ) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthApplicationPerformance(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDeviceModelPerformance(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformance(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformanceDetails(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthOsVersionPerformance(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsBaseline(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsCategory(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDevicePerformance(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceScores(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupHistory(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcess(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcessPerformance(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsMetric(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsMetricHistory(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsModelScores(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsOverview(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsScoreHistory(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereDevice(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric(v) => {
                &**v
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereMetric(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereModelPerformance(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::UserFlowLanguageConfiguration(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::UserFlowLanguagePage(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::UserInsightsSettings(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::UserInstallStateSummary(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::UserProtectionScopeContainer(v) => &**v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::UserRegistrationDetails(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::UserScopeTeamsAppInstallation(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::UserSettings(v) => &**v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserSignInInsight(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::UserSolutionRoot(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::UserStorage(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::UserTeamwork(v) => &**v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::VerifiableCredentialAuthenticationMethodTarget(v) => &**v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::VerifiableCredentialsAuthenticationMethodConfiguration(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::VerifiedIdProfile(v) => &**v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::VerticalSection(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::VirtualEndpoint(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEvent(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventPresenter(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistration(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationConfiguration(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationCustomQuestion(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationPredefinedQuestion(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationQuestionBase(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventTownhall(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventTownhallRegistrationConfiguration(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventWebinar(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventWebinarRegistrationConfiguration(v) => &**v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventsRoot(v) => &**v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::VoiceAuthenticationMethodConfiguration(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::VppToken(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WebApp(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::WebApplicationFirewallProvider(v) => &**v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::WebApplicationFirewallVerificationModel(v) => &**v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::WebPart(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::Win32LobApp(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10CompliancePolicy(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10CustomConfiguration(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10EndpointProtectionConfiguration(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10GeneralConfiguration(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10MobileCompliancePolicy(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10SecureAssessmentConfiguration(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10TeamGeneralConfiguration(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows81CompliancePolicy(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows81GeneralConfiguration(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsAppX(v) => &**v,
            #[cfg(msgraph_v1_search)]
            Self::WindowsAutopilotDeploymentProfile(v) => &**v,
            #[cfg(msgraph_v1_search)]
            Self::WindowsAutopilotDeploymentProfileAssignment(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsAutopilotDeviceIdentity(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => &**v,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::WindowsDeviceMalwareState(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => &**v,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::WindowsInformationProtection(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsInformationProtectionAppLearningSummary(v) => &**v,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::WindowsInformationProtectionAppLockerFile(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsInformationProtectionNetworkLearningSummary(v) => &**v,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::WindowsInformationProtectionPolicy(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsMalwareInformation(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsMicrosoftEdgeApp(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsMobileMsi(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsPhone81CompliancePolicy(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsPhone81CustomConfiguration(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsPhone81GeneralConfiguration(v) => &**v,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::WindowsProtectionState(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::WindowsSetting(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::WindowsSettingInstance(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsUniversalAppX(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsUniversalAppXContainedApp(v) => &**v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsUpdateForBusinessConfiguration(v) => &**v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsWebApp(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::WorkHoursAndLocationsSetting(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::WorkPlanOccurrence(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::WorkPlanRecurrence(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Workbook(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookApplication(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChart(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAreaFormat(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxes(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxis(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxisFormat(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxisTitle(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxisTitleFormat(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartDataLabelFormat(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartDataLabels(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartFill(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartFont(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartGridlines(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartGridlinesFormat(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartLegend(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartLegendFormat(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartLineFormat(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartPoint(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartPointFormat(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartSeries(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartSeriesFormat(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartTitle(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartTitleFormat(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookComment(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookCommentReply(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFilter(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFormatProtection(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFunctionResult(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFunctions(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookNamedItem(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookOperation(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookPivotTable(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRange(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeBorder(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeFill(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeFont(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeFormat(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeSort(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeView(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTable(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTableColumn(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTableRow(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTableSort(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookWorksheet(v) => &**v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookWorksheetProtection(v) => &**v,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &**v,
            #[cfg(msgraph_v1_core)]
            Self::WorkingTimeSchedule(v) => &**v,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Workspace(v) => &**v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::X509CertificateAuthenticationMethodConfiguration(v) => &**v,
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::X509CertificateCombinationConfiguration(v) => &**v,
        }
    }
    #[inline]
    fn members_mut(&mut self) -> &mut dyn rt::object::Members {
        match self {
            Self::Entity(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::AadUserConversationMember(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackage(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignment(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentPolicy(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequest(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequestWorkflowExtension(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentWorkflowExtension(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageCatalog(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageMultipleChoiceQuestion(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageQuestion(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResource(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceEnvironment(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceRequest(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceRole(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceRoleScope(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceScope(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageSubject(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageSuggestion(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageTextInputQuestion(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewHistoryDefinition(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewHistoryInstance(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewInstance(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewInstanceDecisionItem(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewReviewer(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewScheduleDefinition(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewSet(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewStage(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::ActivitiesContainer(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::ActivityBasedTimeoutPolicy(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::ActivityHistoryItem(v) => &mut **v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::AddLargeGalleryViewOperation(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::AdhocCall(v) => &mut **v,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::AdminConsentRequestPolicy(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::AdminMicrosoft365Apps(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::AdminReportSettings(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::AdministrativeUnit(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::AgentIdentity(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::AgentIdentityBlueprint(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::AgentIdentityBlueprintPrincipal(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::AgentUser(v) => &mut **v,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::Agreement(v) => &mut **v,
            #[cfg(
                msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search
            )]
            Self::AgreementAcceptance(v) => &mut **v,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFile(v) => &mut **v,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFileLocalization(v) => &mut **v,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFileProperties(v) => &mut **v,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFileVersion(v) => &mut **v,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiInteraction(v) => &mut **v,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiInteractionHistory(v) => &mut **v,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiOnlineMeeting(v) => &mut **v,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiUser(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AkamaiWebApplicationFirewallProvider(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Alert(v) => &mut **v,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::AllowedValue(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidCompliancePolicy(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidCustomConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidGeneralDeviceConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::AndroidLobApp(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::AndroidManagedAppProtection(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::AndroidManagedAppRegistration(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::AndroidStoreApp(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidWorkProfileCompliancePolicy(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidWorkProfileCustomConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::AnonymousGuestConversationMember(v) => &mut **v,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::AppCatalogs(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AppConsentApprovalRoute(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AppConsentRequest(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AppLogCollectionRequest(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::AppManagementPolicy(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::AppRoleAssignment(v) => &mut **v,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::AppScope(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AppleDeviceFeaturesConfigurationBase(v) => &mut **v,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::AppleManagedIdentityProvider(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ApplePushNotificationCertificate(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::Application(v) => &mut **v,
            #[cfg(msgraph_v1_application_templates_or_search)]
            Self::ApplicationTemplate(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Approval(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::ApprovalStage(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::ApprovedClientApp(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ArkoseFraudProtectionProvider(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::AssociatedTeamInfo(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::Attachment(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::AttachmentBase(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::AttachmentSession(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_security)]
            Self::AttackSimulationOperation(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AttackSimulationRoot(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_communications_or_solutions)]
            Self::AttendanceRecord(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_functions)]
            Self::AttributeMappingFunctionSchema(v) => &mut **v,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::AttributeSet(v) => &mut **v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::AudioRoutingGroup(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AuditEvent(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::Authentication(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::AuthenticationCombinationConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationContextClassReference(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationEventListener(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationEventsFlow(v) => &mut **v,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::AuthenticationFlowsPolicy(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::AuthenticationMethod(v) => &mut **v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationMethodModeDetail(v) => &mut **v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodTarget(v) => &mut **v,
            #[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
            Self::AuthenticationMethodsPolicy(v) => &mut **v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::AuthenticationMethodsRoot(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::AuthenticationStrengthPolicy(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationStrengthRoot(v) => &mut **v,
            #[cfg(msgraph_v1_privacy_or_search_or_security)]
            Self::AuthoredNote(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::AuthorizationPolicy(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AvailableAccessPackage(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::AzureCommunicationServicesUserConversationMember(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::B2xIdentityUserFlow(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BackupRestoreRoot(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
            Self::BaseItem(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::BaseItemVersion(v) => &mut **v,
            #[cfg(msgraph_v1_places_or_search)]
            Self::BaseMapFeature(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => &mut **v,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::Bitlocker(v) => &mut **v,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::BitlockerRecoveryKey(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingAppointment(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingBusiness(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCurrency(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCustomQuestion(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCustomer(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCustomerBase(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingService(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingStaffMember(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingStaffMemberBase(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BrowseSessionBase(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::BrowserSharedCookie(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::BrowserSite(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::BrowserSiteList(v) => &mut **v,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Building(v) => &mut **v,
            #[cfg(msgraph_v1_places_or_search)]
            Self::BuildingMap(v) => &mut **v,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::BuiltInIdentityProvider(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::BulkUpload(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::CaPoliciesDeletableRoot(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::Calendar(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::CalendarGroup(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::CalendarPermission(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::CalendarSharingMessage(v) => &mut **v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Call(v) => &mut **v,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CallAiInsight(v) => &mut **v,
            #[cfg(msgraph_v1_search)]
            Self::CallEvent(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::CallRecording(v) => &mut **v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CallRecord(v) => &mut **v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Organizer(v) => &mut **v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CallRecordsParticipant(v) => &mut **v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::ParticipantBase(v) => &mut **v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Segment(v) => &mut **v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Session(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::CallTranscript(v) => &mut **v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CancelMediaProcessingOperation(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::CanvasLayout(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::CertificateAuthorityDetail(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_certificate_based_auth_configuration)]
            Self::CertificateBasedAuthConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::CertificateBasedAuthPki(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ChangeTrackedEntity(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::Channel(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::Chat(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ChatMessage(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ChatMessageHostedContent(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::ChatMessageInfo(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::ChecklistItem(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::ClaimsMappingPolicy(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::CloudClipboardItem(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::CloudClipboardRoot(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::CloudFlareWebApplicationFirewallProvider(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::CloudPc(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcAuditEvent(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcDeviceImage(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcGalleryImage(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcOnPremisesConnection(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcProvisioningPolicy(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcProvisioningPolicyAssignment(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcReport(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcServicePlan(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcUserSetting(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcUserSettingAssignment(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
            Self::ColumnDefinition(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ColumnLink(v) => &mut **v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CommsOperation(v) => &mut **v,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::Community(v) => &mut **v,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::CompanySubscription(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ComplianceManagementPartner(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ConditionalAccessRoot(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ConditionalAccessTemplate(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationBaseline(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationDrift(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationManagement(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationMonitor(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationMonitoringResult(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationSnapshotJob(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::ConnectedOrganization(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::Contact(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::ContactFolder(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::ContentActivity(v) => &mut **v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::ContentSharingSession(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ContentType(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::Contract(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::ControlConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::Conversation(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ConversationMember(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::ConversationThread(v) => &mut **v,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdmin(v) => &mut **v,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdminCatalog(v) => &mut **v,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdminLimitedMode(v) => &mut **v,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdminSetting(v) => &mut **v,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotPackage(v) => &mut **v,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotPackageDetail(v) => &mut **v,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotReportRoot(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::CrossTenantAccessPolicy(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::CrossTenantAccessPolicyConfigurationDefault(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::CustomAuthenticationExtension(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::CustomCalloutExtension(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomDataProvidedResource(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomDataProvidedResourceAccessReviewUploadSession(v) => &mut **v,
            #[cfg(msgraph_v1_search)]
            Self::CustomDataProvidedResourceFile(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomDataProvidedResourceUploadSession(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomExtensionStageSetting(v) => &mut **v,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::CustomSecurityAttributeDefinition(v) => &mut **v,
            #[cfg(msgraph_v1_data_policy_operations_or_search)]
            Self::DataPolicyOperation(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_security)]
            Self::DataSecurityAndGovernance(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::DayNote(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::DefaultManagedAppProtection(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminAccessAssignment(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminCustomer(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminRelationship(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminRelationshipOperation(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminRelationshipRequest(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminServiceManagementDetail(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::DelegatedAdminServiceProviderConstraints(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::DelegatedPermissionClassification(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::DeletedChat(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::DeletedItemContainer(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::DeletedTeam(v) => &mut **v,
            #[cfg(msgraph_v1_search)]
            Self::DeltaParticipants(v) => &mut **v,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Desk(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DetectedApp(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::Device(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceAndAppManagementRoleAssignment(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceAndAppManagementRoleDefinition(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::DeviceAppManagement(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceCategory(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceActionItem(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceDeviceOverview(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceDeviceStatus(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicy(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicyAssignment(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicyDeviceStateSummary(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicySettingStateSummary(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceCompliancePolicyState(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceScheduledActionForRule(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceSettingState(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceUserOverview(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceUserStatus(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationAssignment(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationDeviceOverview(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationDeviceStateSummary(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationDeviceStatus(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceConfigurationState(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationUserOverview(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationUserStatus(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentLimitConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::DeviceInstallState(v) => &mut **v,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::DeviceLocalCredentialInfo(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceLogCollectionResponse(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagement(v) => &mut **v,
            #[cfg(msgraph_v1_search)]
            Self::DeviceManagementCachedReportConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementExchangeConnector(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementExportJob(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementPartner(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementReports(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceManagementTroubleshootingEvent(v) => &mut **v,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::DeviceRegistrationPolicy(v) => &mut **v,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::Directory(v) => &mut **v,
            #[cfg(msgraph_v1_audit_logs_or_search)]
            Self::DirectoryAudit(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryDefinition(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryObject(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryObjectPartnerReference(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryRole(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryRoleTemplate(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::DocumentSetVersion(v) => &mut **v,
            #[cfg(msgraph_v1_domains_or_search)]
            Self::Domain(v) => &mut **v,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsCnameRecord(v) => &mut **v,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsMxRecord(v) => &mut **v,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsRecord(v) => &mut **v,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsSrvRecord(v) => &mut **v,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsTxtRecord(v) => &mut **v,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsUnavailableRecord(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItemVersion(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveProtectionRule(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveProtectionUnit(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveProtectionUnitsBulkAdditionJob(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveRestoreArtifact(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::EBookInstallSummary(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::Edge(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::EditionUpgradeConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignment(v) => &mut **v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignmentDefaults(v) => &mut **v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignmentResource(v) => &mut **v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignmentSettings(v) => &mut **v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationCategory(v) => &mut **v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationClass(v) => &mut **v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationFeedbackOutcome(v) => &mut **v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationFeedbackResourceOutcome(v) => &mut **v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationGradingCategory(v) => &mut **v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationGradingScheme(v) => &mut **v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationModule(v) => &mut **v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationModuleResource(v) => &mut **v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationOrganization(v) => &mut **v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationOutcome(v) => &mut **v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationPointsOutcome(v) => &mut **v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationRubric(v) => &mut **v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationRubricOutcome(v) => &mut **v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationSchool(v) => &mut **v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationSubmission(v) => &mut **v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationSubmissionResource(v) => &mut **v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationUser(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::EmailAuthenticationMethod(v) => &mut **v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::EmailAuthenticationMethodConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::EmailFileAssessmentRequest(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::EmailNotificationsSetting(v) => &mut **v,
            #[cfg(msgraph_v1_search)]
            Self::EmergencyCallEvent(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::EmployeeExperienceUser(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EndUserNotification(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EndUserNotificationDetail(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::EndUserSettings(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::Endpoint(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementAsyncOperation(v) => &mut **v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversation(v) => &mut **v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationDiscussionMessage(v) => &mut **v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationMessage(v) => &mut **v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationMessageReaction(v) => &mut **v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationQuestionMessage(v) => &mut **v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationSystemMessage(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementRole(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementRoleMember(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::EnrollmentConfigurationAssignment(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::EnrollmentTroubleshootingEvent(v) => &mut **v,
            #[cfg(msgraph_v1_search)]
            Self::EnterpriseCodeSigningCertificate(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::EntitlementManagement(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::EntitlementManagementSettings(v) => &mut **v,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::Recovery(v) => &mut **v,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryChangeObjectBase(v) => &mut **v,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryJob(v) => &mut **v,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryJobBase(v) => &mut **v,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryPreviewJob(v) => &mut **v,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::Snapshot(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::Event(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::EventMessage(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::EventMessageRequest(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::EventMessageResponse(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ExchangeAdmin(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ExchangeMessageTrace(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ExchangeMessageTraceDetail(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ExchangeProtectionPolicy(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ExchangeRestoreSession(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::ExchangeSettings(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::Extension(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::ExtensionProperty(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::ExternalAuthenticationMethod(v) => &mut **v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::ExternalAuthenticationMethodConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ConnectionOperation(v) => &mut **v,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalActivity(v) => &mut **v,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalActivityResult(v) => &mut **v,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalConnection(v) => &mut **v,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalGroup(v) => &mut **v,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalItem(v) => &mut **v,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalConnectorsIdentity(v) => &mut **v,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::Schema(v) => &mut **v,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::ExternalDomainName(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ExternalUsersSelfServiceSignUpEventsFlow(v) => &mut **v,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::FeatureRolloutPolicy(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::FederatedIdentityCredential(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::FederatedTokenValidationPolicy(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::Fido2AuthenticationMethod(v) => &mut **v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::Fido2AuthenticationMethodConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::Fido2CombinationConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::FieldValueSet(v) => &mut **v,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::FileAssessmentRequest(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::FileAttachment(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorage(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorageContainer(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorageContainerType(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorageContainerTypeRegistration(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_filter_operators)]
            Self::FilterOperatorSchema(v) => &mut **v,
            #[cfg(msgraph_v1_places_or_search)]
            Self::FixtureMap(v) => &mut **v,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Floor(v) => &mut **v,
            #[cfg(msgraph_v1_places_or_search)]
            Self::FootprintMap(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::FraudProtectionProvider(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::GovernanceInsight(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularDriveRestoreArtifact(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularMailboxRestoreArtifact(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularRestoreArtifactBase(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularSiteRestoreArtifact(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::Group(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
            Self::GroupLifecyclePolicy(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_group_settings)]
            Self::GroupSetting(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::GroupSettingTemplate(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::HomeRealmDiscoveryPolicy(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::HorizontalSection(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::HorizontalSectionColumn(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::HumanSecurityFraudProtectionProvider(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityApiConnector(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityBuiltInUserFlowAttribute(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityContainer(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityCustomUserFlowAttribute(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomTaskExtension(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Insights(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::LifecycleManagementSettings(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::LifecycleWorkflowsContainer(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Run(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Task(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TaskDefinition(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TaskProcessingResult(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TaskReport(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserProcessingResult(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::WorkflowTemplate(v) => &mut **v,
            #[cfg(msgraph_v1_identity_providers_or_search)]
            Self::IdentityProvider(v) => &mut **v,
            #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
            Self::IdentityProviderBase(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityUserFlow(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityUserFlowAttribute(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityUserFlowAttributeAssignment(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityVerifiedIdRoot(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ImportedWindowsAutopilotDeviceIdentity(v) => &mut **v,
            #[cfg(msgraph_v1_search)]
            Self::ImportedWindowsAutopilotDeviceIdentityUpload(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::InferenceClassification(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::InferenceClassificationOverride(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::InsightsSettings(v) => &mut **v,
            #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
            Self::InternalDomainFederation(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::InternetExplorerMode(v) => &mut **v,
            #[cfg(msgraph_v1_invitations_or_search)]
            Self::Invitation(v) => &mut **v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::InviteParticipantsOperation(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosCertificateProfile(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosCompliancePolicy(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosCustomConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosDeviceFeaturesConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosGeneralDeviceConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosLobApp(v) => &mut **v,
            #[cfg(msgraph_v1_search)]
            Self::IosLobAppProvisioningConfigurationAssignment(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::IosManagedAppProtection(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosManagedAppRegistration(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosMobileAppConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosStoreApp(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosUpdateConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosUpdateDeviceStatus(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosVppApp(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosVppEBook(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosVppEBookAssignment(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosiPadOsWebClip(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ItemActivity(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ItemActivityStat(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_drives_or_sites)]
            Self::ItemAnalytics(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::ItemAttachment(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::ItemInsights(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::ItemRetentionLabel(v) => &mut **v,
            #[cfg(msgraph_v1_search)]
            Self::LabelContentRight(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::LandingPage(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::LandingPageDetail(v) => &mut **v,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningAssignment(v) => &mut **v,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningContent(v) => &mut **v,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningCourseActivity(v) => &mut **v,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningProvider(v) => &mut **v,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningSelfInitiatedCourse(v) => &mut **v,
            #[cfg(msgraph_v1_places_or_search)]
            Self::LevelMap(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::LicenseDetails(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::LinkedResource(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItemVersion(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::LocalizedNotificationMessage(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::LoginPage(v) => &mut **v,
            #[cfg(
                msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more
            )]
            Self::LongRunningOperation(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::M365AppsInstallationOptions(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsCompliancePolicy(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsCustomConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsDeviceFeaturesConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsDmgApp(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsGeneralDeviceConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsLobApp(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsMicrosoftDefenderApp(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsMicrosoftEdgeApp(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsOfficeSuiteApp(v) => &mut **v,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::MailAssessmentRequest(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::MailFolder(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::MailSearchFolder(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::Mailbox(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::MailboxFolder(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::MailboxItem(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxProtectionRule(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxProtectionUnit(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxProtectionUnitsBulkAdditionJob(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxRestoreArtifact(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MalwareStateForWindowsDevice(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAndroidLobApp(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAndroidStoreApp(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedApp(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppOperation(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppPolicy(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppPolicyDeploymentSummary(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppProtection(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppRegistration(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppStatus(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppStatusRaw(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::ManagedDevice(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationAssignment(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceStatus(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceSummary(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserStatus(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserSummary(v) => &mut **v,
            #[cfg(msgraph_v1_search)]
            Self::ManagedDeviceOverview(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedEBook(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedEBookAssignment(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedIosLobApp(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedIosStoreApp(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedMobileApp(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedMobileLobApp(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::MdmWindowsInformationProtectionPolicy(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_communications_or_solutions)]
            Self::MeetingAttendanceReport(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::MembershipOutlierInsight(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::Message(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::MessageRule(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::MessageTracingRoot(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::MicrosoftAccountUserConversationMember(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::MicrosoftAuthenticatorAuthenticationMethod(v) => &mut **v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(v) => &mut **v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MicrosoftStoreForBusinessApp(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileApp(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppAssignment(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppCategory(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppContent(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppContentFile(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppRelationship(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MobileAppTroubleshootingEvent(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileContainedApp(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileLobApp(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MobileThreatDefenseConnector(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::MultiTenantOrganization(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::MultiTenantOrganizationIdentitySyncPolicyTemplate(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::MultiTenantOrganizationJoinRequestRecord(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::MultiTenantOrganizationMember(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::MultiTenantOrganizationPartnerConfigurationTemplate(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::MultiValueLegacyExtendedProperty(v) => &mut **v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::MuteParticipantOperation(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Notebook(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::NotificationMessageTemplate(v) => &mut **v,
            #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
            Self::OAuth2PermissionGrant(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::OfferShiftRequest(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::OfficeGraphInsights(v) => &mut **v,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::OidcIdentityProvider(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAttributeCollectionListener(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnAttributeCollectionStartCustomExtension(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAttributeCollectionStartListener(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnAttributeCollectionSubmitCustomExtension(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAttributeCollectionSubmitListener(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAuthenticationMethodLoadStartListener(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnEmailOtpSendListener(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnFraudProtectionLoadStartListener(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnInteractiveAuthFlowStartListener(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnOtpSendCustomExtension(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnPasswordSubmitCustomExtension(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnPasswordSubmitListener(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::OnPremisesConditionalAccessSettings(v) => &mut **v,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::OnPremisesDirectorySynchronization(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::OnPremisesSyncBehavior(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnTokenIssuanceStartCustomExtension(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnTokenIssuanceStartListener(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnUserCreateStartListener(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnVerifiedIdClaimValidationListener(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::OneDriveForBusinessBrowseSession(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::OneDriveForBusinessProtectionPolicy(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::OneDriveForBusinessRestoreSession(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Onenote(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteEntityBaseModel(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteEntityHierarchyModel(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteEntitySchemaObjectModel(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteOperation(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenotePage(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteResource(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteSection(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_communications_or_solutions)]
            Self::OnlineMeetingBase(v) => &mut **v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::OnlineMeetingEngagementConversation(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::OpenShift(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::OpenShiftChangeRequest(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::OpenTypeExtension(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Operation(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::OrgContact(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::Organization(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::OrganizationalBranding(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::OrganizationalBrandingLocalization(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::OrganizationalBrandingProperties(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::OutlookCategory(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::OutlookItem(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::OutlookUser(v) => &mut **v,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::OwnerlessGroupPolicy(v) => &mut **v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Participant(v) => &mut **v,
            #[cfg(msgraph_v1_search)]
            Self::ParticipantJoiningNotification(v) => &mut **v,
            #[cfg(msgraph_v1_search)]
            Self::ParticipantLeftNotification(v) => &mut **v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::Partners(v) => &mut **v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::AzureUsage(v) => &mut **v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::BilledReconciliation(v) => &mut **v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::BilledUsage(v) => &mut **v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::Billing(v) => &mut **v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::BillingReconciliation(v) => &mut **v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::ExportSuccessOperation(v) => &mut **v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::FailedOperation(v) => &mut **v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::Manifest(v) => &mut **v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PartnersBillingOperation(v) => &mut **v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::RunningOperation(v) => &mut **v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::UnbilledReconciliation(v) => &mut **v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::UnbilledUsage(v) => &mut **v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::PasskeyAuthenticationMethodTarget(v) => &mut **v,
            #[cfg(msgraph_v1_search)]
            Self::PasskeyProfile(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::PasswordAuthenticationMethod(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Payload(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::PeopleAdminSettings(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
            Self::Permission(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::PermissionGrantConditionSet(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::PermissionGrantPolicy(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::Person(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::PhoneAuthenticationMethod(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::PhoneUserConversationMember(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::PinnedChatMessageInfo(v) => &mut **v,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Place(v) => &mut **v,
            #[cfg(msgraph_v1_planner_or_search)]
            Self::Planner(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerAssignedToTaskBoardTaskFormat(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerBucket(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerBucketTaskBoardTaskFormat(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::PlannerGroup(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerPlan(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerPlanDetails(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerProgressTaskBoardTaskFormat(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerTask(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerTaskDetails(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::PlannerUser(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::PlatformCredentialAuthenticationMethod(v) => &mut **v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::PlayPromptOperation(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::PolicyBase(v) => &mut **v,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::PolicyRoot(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::PolicyTemplate(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::Post(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::Presence(v) => &mut **v,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintConnector(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrintDocument(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrintJob(v) => &mut **v,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintOperation(v) => &mut **v,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintService(v) => &mut **v,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintServiceEndpoint(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrintTask(v) => &mut **v,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintTaskDefinition(v) => &mut **v,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintTaskTrigger(v) => &mut **v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PrintUsage(v) => &mut **v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PrintUsageByPrinter(v) => &mut **v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PrintUsageByUser(v) => &mut **v,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrinterBase(v) => &mut **v,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrinterCreateOperation(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrinterShare(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroup(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleInstance(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleInstance(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessRoot(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessSchedule(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleInstance(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ProfileCardProperty(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::ProfilePhoto(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ProfilePropertySetting(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ProfileSource(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::PronounsSettings(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionPolicyBase(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionRuleBase(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionUnitBase(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionUnitsBulkJobBase(v) => &mut **v,
            #[cfg(msgraph_v1_audit_logs_or_search)]
            Self::ProvisioningObjectSummary(v) => &mut **v,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::PublicKeyInfrastructureRoot(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::QrCode(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::QrCodePinAuthenticationMethod(v) => &mut **v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::QrCodePinAuthenticationMethodConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::QrPin(v) => &mut **v,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::RbacApplication(v) => &mut **v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReadingAssignmentSubmission(v) => &mut **v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReadingCoachPassage(v) => &mut **v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::RecordOperation(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::ReferenceAttachment(v) => &mut **v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReflectCheckInResponse(v) => &mut **v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::RelyingPartyDetailedSummary(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::RemoteAssistancePartner(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::RemoteDesktopSecurityConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::RemoteTenantGroup(v) => &mut **v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReportsRoot(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
            Self::Request(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::ResellerDelegatedAdminRelationship(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ResourceOperation(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::ResourceSpecificPermissionGrant(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestoreArtifactBase(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestoreArtifactsBulkRequestBase(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestorePoint(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestoreSessionBase(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::RichLongRunningOperation(v) => &mut **v,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskDetection(v) => &mut **v,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyServicePrincipal(v) => &mut **v,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyServicePrincipalHistoryItem(v) => &mut **v,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyUser(v) => &mut **v,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyUserHistoryItem(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::RoleAssignment(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::RoleDefinition(v) => &mut **v,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Room(v) => &mut **v,
            #[cfg(msgraph_v1_places_or_search)]
            Self::RoomList(v) => &mut **v,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SamlOrWsFedExternalDomainFederation(v) => &mut **v,
            #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
            Self::SamlOrWsFedProvider(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::Schedule(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::ScheduleChangeRequest(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::SchedulingGroup(v) => &mut **v,
            #[cfg(msgraph_v1_schema_extensions_or_search)]
            Self::SchemaExtension(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_scoped_role_memberships)]
            Self::ScopedRoleMembership(v) => &mut **v,
            #[cfg(msgraph_v1_search)]
            Self::Acronym(v) => &mut **v,
            #[cfg(msgraph_v1_search)]
            Self::Bookmark(v) => &mut **v,
            #[cfg(msgraph_v1_search)]
            Self::Qna(v) => &mut **v,
            #[cfg(msgraph_v1_search)]
            Self::SearchAnswer(v) => &mut **v,
            #[cfg(msgraph_v1_search)]
            Self::SearchEntity(v) => &mut **v,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Section(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SectionGroup(v) => &mut **v,
            #[cfg(msgraph_v1_places_or_search)]
            Self::SectionMap(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecureScore(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecureScoreControlProfile(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecurityAlert(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AnalyzedEmail(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Article(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::ArticleIndicator(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Artifact(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuditCoreRoot(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuditLogQuery(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuditLogRecord(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuthorityTemplate(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AutoAuditingConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Case(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CaseOperation(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CasesRoot(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CategoryTemplate(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CitationTemplate(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CollaborationRoot(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::DataSet(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::DataSource(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::DataSourceContainer(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::DepartmentTemplate(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryAddToReviewSetOperation(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCase(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCaseMember(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCaseSettings(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCustodian(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryEstimateOperation(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryExportOperation(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryHoldOperation(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryHoldPolicySyncOperation(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryIndexOperation(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryNoncustodialDataSource(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryPurgeDataOperation(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryReviewSet(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryReviewSetQuery(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryReviewTag(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoverySearch(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoverySearchExportOperation(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryTagOperation(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::FilePlanDescriptor(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::FilePlanDescriptorTemplate(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::FilePlanReferenceTemplate(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HealthIssue(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Host(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostComponent(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostCookie(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostPair(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostPort(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostReputation(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostSslCertificate(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostTracker(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Hostname(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::IdentityAccounts(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecurityIdentityContainer(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Incident(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Indicator(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::IntelligenceProfile(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::IntelligenceProfileIndicator(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::IpAddress(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::LabelsRoot(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::NetworkAdapter(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::PassiveDnsRecord(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::RetentionEvent(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::RetentionEventType(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::RetentionLabel(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Search(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Sensor(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SensorCandidate(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SensorCandidateActivationConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SettingsContainer(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SiteSource(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SslCertificate(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SubcategoryTemplate(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Subdomain(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Tag(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::ThreatIntelligence(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TriggerTypesRoot(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TriggersRoot(v) => &mut **v,
            #[cfg(msgraph_v1_search)]
            Self::UnclassifiedArtifact(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::UnifiedGroupSource(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecurityUser(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::UserSource(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Vulnerability(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::VulnerabilityComponent(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::WhoisBaseRecord(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::WhoisHistoryRecord(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::WhoisRecord(v) => &mut **v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::SecurityReportsRoot(v) => &mut **v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::SendDtmfTonesOperation(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_security)]
            Self::SensitivityLabel(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceAnnouncement(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceAnnouncementAttachment(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceAnnouncementBase(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ServiceApp(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceHealth(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceHealthIssue(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::ServicePrincipal(v) => &mut **v,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::ServicePrincipalRiskDetection(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::ServiceProviderConstraints(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_storage)]
            Self::ServiceStorageQuotaBreakdown(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceUpdateMessage(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::SettingStateDeviceSummary(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SharePointBrowseSession(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointGroup(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointGroupMember(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationEvent(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationFinishManifestFileUploadEvent(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJob(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobCancelledEvent(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobDeletedEvent(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobErrorEvent(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobPostponedEvent(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobProgressEvent(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobQueuedEvent(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobStartEvent(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SharePointProtectionPolicy(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SharePointRestoreSession(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::SharedInsight(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::SharedPcConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::SharedWithChannelTeamInfo(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::Sharepoint(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::SharepointSettings(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::Shift(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::ShiftPreferences(v) => &mut **v,
            #[cfg(msgraph_v1_audit_logs_or_search)]
            Self::SignIn(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Simulation(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SimulationAutomation(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SimulationAutomationRun(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::SingleValueLegacyExtendedProperty(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteProtectionRule(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteProtectionUnit(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteProtectionUnitsBulkAdditionJob(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteRestoreArtifact(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::SkypeForBusinessUserConversationMember(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::SkypeUserConversationMember(v) => &mut **v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodConfiguration(v) => &mut **v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodTarget(v) => &mut **v,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SocialIdentityProvider(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::SoftwareOathAuthenticationMethod(v) => &mut **v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SoftwareOathAuthenticationMethodConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_search)]
            Self::SoftwareUpdateStatusSummary(v) => &mut **v,
            #[cfg(msgraph_v1_education_or_search)]
            Self::SpeakerAssignmentSubmission(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::StandardWebPart(v) => &mut **v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::StartHoldMusicOperation(v) => &mut **v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::StopHoldMusicOperation(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_storage)]
            Self::StorageQuotaBreakdown(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::StorageSettings(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::StsPolicy(v) => &mut **v,
            #[cfg(msgraph_v1_privacy_or_search_or_security)]
            Self::SubjectRightsRequest(v) => &mut **v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::SubscribeToToneOperation(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_subscribed_skus)]
            Self::SubscribedSku(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
            Self::Subscription(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::SwapShiftsChangeRequest(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::Synchronization(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::SynchronizationJob(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::SynchronizationSchema(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::SynchronizationTemplate(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::TargetDeviceGroup(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TargetedChatMessage(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::TargetedManagedAppConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::TargetedManagedAppPolicyAssignment(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::TargetedManagedAppProtection(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::TaskFileAttachment(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::Team(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TeamInfo(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::NumberAssignment(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::PolicyIdentifierDetail(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsAdminRoot(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsPolicyAssignment(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsPolicyUserAssignment(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsUserConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TelephoneNumberLongRunningOperation(v) => &mut **v,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TelephoneNumberManagementRoot(v) => &mut **v,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::TeamsApp(v) => &mut **v,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::TeamsAppDefinition(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::TeamsAppInstallation(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::TeamsAppSettings(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::TeamsAsyncOperation(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TeamsTab(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_teams_templates)]
            Self::TeamsTemplate(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::Teamwork(v) => &mut **v,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::TeamworkBot(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TeamworkHostedContent(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::TeamworkTag(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::TeamworkTagMember(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::TemporaryAccessPassAuthenticationMethod(v) => &mut **v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::TenantAppManagementPolicy(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TenantDataSecurityAndGovernance(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TenantProtectionScopeContainer(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::TermStoreGroup(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Relation(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Set(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Store(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Term(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::TermsAndConditions(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::TermsAndConditionsAcceptanceStatus(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::TermsAndConditionsAssignment(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TermsOfUseContainer(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::TextWebPart(v) => &mut **v,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::ThreatAssessmentRequest(v) => &mut **v,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::ThreatAssessmentResult(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::ThumbnailSet(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::TimeCard(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::TimeOff(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffReason(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffRequest(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::Todo(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::TodoTask(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::TodoTaskList(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::TokenIssuancePolicy(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::TokenLifetimePolicy(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Training(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TrainingLanguageDetail(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::Trending(v) => &mut **v,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRbacResourceAction(v) => &mut **v,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRbacResourceNamespace(v) => &mut **v,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignment(v) => &mut **v,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentSchedule(v) => &mut **v,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleInstance(v) => &mut **v,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => &mut **v,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleDefinition(v) => &mut **v,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilitySchedule(v) => &mut **v,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleInstance(v) => &mut **v,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => &mut **v,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicy(v) => &mut **v,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyApprovalRule(v) => &mut **v,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAssignment(v) => &mut **v,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAuthenticationContextRule(v) => &mut **v,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyEnablementRule(v) => &mut **v,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyExpirationRule(v) => &mut **v,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyNotificationRule(v) => &mut **v,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyRule(v) => &mut **v,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleScheduleBase(v) => &mut **v,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleScheduleInstanceBase(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_storage)]
            Self::UnifiedStorageQuota(v) => &mut **v,
            #[cfg(msgraph_v1_places_or_search)]
            Self::UnitMap(v) => &mut **v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::UnmuteParticipantOperation(v) => &mut **v,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::UpdateRecordingStatusOperation(v) => &mut **v,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::UrlAssessmentRequest(v) => &mut **v,
            #[cfg(msgraph_v1_search)]
            Self::UsageRightsIncluded(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::UsedInsight(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::User(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::UserActivity(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::UserDataSecurityAndGovernance(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails(
                v,
            ) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId(
                v,
            ) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion(v) => {
                &mut **v
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthApplicationPerformance(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDeviceModelPerformance(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformance(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformanceDetails(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthOsVersionPerformance(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsBaseline(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsCategory(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDevicePerformance(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceScores(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupHistory(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcess(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcessPerformance(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsMetric(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsMetricHistory(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsModelScores(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsOverview(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsScoreHistory(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereDevice(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric(v) => {
                &mut **v
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereMetric(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereModelPerformance(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::UserFlowLanguageConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::UserFlowLanguagePage(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::UserInsightsSettings(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::UserInstallStateSummary(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::UserProtectionScopeContainer(v) => &mut **v,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::UserRegistrationDetails(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::UserScopeTeamsAppInstallation(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::UserSettings(v) => &mut **v,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserSignInInsight(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::UserSolutionRoot(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::UserStorage(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::UserTeamwork(v) => &mut **v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::VerifiableCredentialAuthenticationMethodTarget(v) => &mut **v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::VerifiableCredentialsAuthenticationMethodConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::VerifiedIdProfile(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::VerticalSection(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::VirtualEndpoint(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEvent(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventPresenter(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistration(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationCustomQuestion(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationPredefinedQuestion(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationQuestionBase(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventTownhall(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventTownhallRegistrationConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventWebinar(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventWebinarRegistrationConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventsRoot(v) => &mut **v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::VoiceAuthenticationMethodConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::VppToken(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WebApp(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::WebApplicationFirewallProvider(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::WebApplicationFirewallVerificationModel(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::WebPart(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::Win32LobApp(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10CompliancePolicy(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10CustomConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10EndpointProtectionConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10GeneralConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10MobileCompliancePolicy(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10SecureAssessmentConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10TeamGeneralConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows81CompliancePolicy(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows81GeneralConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsAppX(v) => &mut **v,
            #[cfg(msgraph_v1_search)]
            Self::WindowsAutopilotDeploymentProfile(v) => &mut **v,
            #[cfg(msgraph_v1_search)]
            Self::WindowsAutopilotDeploymentProfileAssignment(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsAutopilotDeviceIdentity(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::WindowsDeviceMalwareState(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::WindowsInformationProtection(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsInformationProtectionAppLearningSummary(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::WindowsInformationProtectionAppLockerFile(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsInformationProtectionNetworkLearningSummary(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::WindowsInformationProtectionPolicy(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsMalwareInformation(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsMicrosoftEdgeApp(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsMobileMsi(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsPhone81CompliancePolicy(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsPhone81CustomConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsPhone81GeneralConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::WindowsProtectionState(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::WindowsSetting(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::WindowsSettingInstance(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsUniversalAppX(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsUniversalAppXContainedApp(v) => &mut **v,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsUpdateForBusinessConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsWebApp(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::WorkHoursAndLocationsSetting(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::WorkPlanOccurrence(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::WorkPlanRecurrence(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Workbook(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookApplication(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChart(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAreaFormat(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxes(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxis(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxisFormat(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxisTitle(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxisTitleFormat(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartDataLabelFormat(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartDataLabels(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartFill(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartFont(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartGridlines(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartGridlinesFormat(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartLegend(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartLegendFormat(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartLineFormat(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartPoint(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartPointFormat(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartSeries(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartSeriesFormat(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartTitle(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartTitleFormat(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookComment(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookCommentReply(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFilter(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFormatProtection(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFunctionResult(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFunctions(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookNamedItem(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookOperation(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookPivotTable(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRange(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeBorder(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeFill(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeFont(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeFormat(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeSort(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeView(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTable(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTableColumn(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTableRow(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTableSort(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookWorksheet(v) => &mut **v,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookWorksheetProtection(v) => &mut **v,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::WorkforceIntegration(v) => &mut **v,
            #[cfg(msgraph_v1_core)]
            Self::WorkingTimeSchedule(v) => &mut **v,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Workspace(v) => &mut **v,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::X509CertificateAuthenticationMethodConfiguration(v) => &mut **v,
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::X509CertificateCombinationConfiguration(v) => &mut **v,
        }
    }
}
