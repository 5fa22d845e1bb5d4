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
        let obj: &mut dyn rt::object::Members = match &mut v {
            Self::Entity(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::AadUserConversationMember(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackage(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignment(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentPolicy(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequest(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequestWorkflowExtension(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentWorkflowExtension(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageCatalog(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageMultipleChoiceQuestion(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageQuestion(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResource(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceEnvironment(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceRequest(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceRole(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceRoleScope(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceScope(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageSubject(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageSuggestion(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageTextInputQuestion(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewHistoryDefinition(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewHistoryInstance(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewInstance(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewInstanceDecisionItem(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewReviewer(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewScheduleDefinition(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewSet(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewStage(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::ActivitiesContainer(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::ActivityBasedTimeoutPolicy(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::ActivityHistoryItem(o) => &mut **o,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::AddLargeGalleryViewOperation(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::AdhocCall(o) => &mut **o,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::AdminConsentRequestPolicy(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::AdminMicrosoft365Apps(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::AdminReportSettings(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::AdministrativeUnit(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::AgentIdentity(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::AgentIdentityBlueprint(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::AgentIdentityBlueprintPrincipal(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::AgentUser(o) => &mut **o,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::Agreement(o) => &mut **o,
            #[cfg(
                msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search
            )]
            Self::AgreementAcceptance(o) => &mut **o,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFile(o) => &mut **o,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFileLocalization(o) => &mut **o,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFileProperties(o) => &mut **o,
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFileVersion(o) => &mut **o,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiInteraction(o) => &mut **o,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiInteractionHistory(o) => &mut **o,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiOnlineMeeting(o) => &mut **o,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiUser(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AkamaiWebApplicationFirewallProvider(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Alert(o) => &mut **o,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::AllowedValue(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidCompliancePolicy(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidCustomConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidGeneralDeviceConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::AndroidLobApp(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::AndroidManagedAppProtection(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::AndroidManagedAppRegistration(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::AndroidStoreApp(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidWorkProfileCompliancePolicy(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidWorkProfileCustomConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidWorkProfileGeneralDeviceConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::AnonymousGuestConversationMember(o) => &mut **o,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::AppCatalogs(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AppConsentApprovalRoute(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AppConsentRequest(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AppLogCollectionRequest(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::AppManagementPolicy(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::AppRoleAssignment(o) => &mut **o,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::AppScope(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AppleDeviceFeaturesConfigurationBase(o) => &mut **o,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::AppleManagedIdentityProvider(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ApplePushNotificationCertificate(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::Application(o) => &mut **o,
            #[cfg(msgraph_v1_application_templates_or_search)]
            Self::ApplicationTemplate(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Approval(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::ApprovalStage(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::ApprovedClientApp(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ArkoseFraudProtectionProvider(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::AssociatedTeamInfo(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::Attachment(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::AttachmentBase(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::AttachmentSession(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_security)]
            Self::AttackSimulationOperation(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AttackSimulationRoot(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_communications_or_solutions)]
            Self::AttendanceRecord(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_functions)]
            Self::AttributeMappingFunctionSchema(o) => &mut **o,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::AttributeSet(o) => &mut **o,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::AudioRoutingGroup(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AuditEvent(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::Authentication(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::AuthenticationCombinationConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationContextClassReference(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationEventListener(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationEventsFlow(o) => &mut **o,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::AuthenticationFlowsPolicy(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::AuthenticationMethod(o) => &mut **o,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationMethodModeDetail(o) => &mut **o,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::AuthenticationMethodTarget(o) => &mut **o,
            #[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
            Self::AuthenticationMethodsPolicy(o) => &mut **o,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::AuthenticationMethodsRoot(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::AuthenticationStrengthPolicy(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationStrengthRoot(o) => &mut **o,
            #[cfg(msgraph_v1_privacy_or_search_or_security)]
            Self::AuthoredNote(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::AuthorizationPolicy(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AvailableAccessPackage(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::AzureCommunicationServicesUserConversationMember(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::B2xIdentityUserFlow(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BackupRestoreRoot(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
            Self::BaseItem(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::BaseItemVersion(o) => &mut **o,
            #[cfg(msgraph_v1_places_or_search)]
            Self::BaseMapFeature(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(o) => &mut **o,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::Bitlocker(o) => &mut **o,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::BitlockerRecoveryKey(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingAppointment(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingBusiness(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCurrency(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCustomQuestion(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCustomer(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCustomerBase(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingService(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingStaffMember(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingStaffMemberBase(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BrowseSessionBase(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::BrowserSharedCookie(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::BrowserSite(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::BrowserSiteList(o) => &mut **o,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Building(o) => &mut **o,
            #[cfg(msgraph_v1_places_or_search)]
            Self::BuildingMap(o) => &mut **o,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::BuiltInIdentityProvider(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::BulkUpload(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::CaPoliciesDeletableRoot(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::Calendar(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::CalendarGroup(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::CalendarPermission(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::CalendarSharingMessage(o) => &mut **o,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Call(o) => &mut **o,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CallAiInsight(o) => &mut **o,
            #[cfg(msgraph_v1_search)]
            Self::CallEvent(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::CallRecording(o) => &mut **o,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CallRecord(o) => &mut **o,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Organizer(o) => &mut **o,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CallRecordsParticipant(o) => &mut **o,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::ParticipantBase(o) => &mut **o,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Segment(o) => &mut **o,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Session(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::CallTranscript(o) => &mut **o,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CancelMediaProcessingOperation(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::CanvasLayout(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::CertificateAuthorityDetail(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_certificate_based_auth_configuration)]
            Self::CertificateBasedAuthConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::CertificateBasedAuthPki(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ChangeTrackedEntity(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::Channel(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::Chat(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ChatMessage(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ChatMessageHostedContent(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::ChatMessageInfo(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::ChecklistItem(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::ClaimsMappingPolicy(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::CloudClipboardItem(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::CloudClipboardRoot(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::CloudFlareWebApplicationFirewallProvider(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::CloudPc(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcAuditEvent(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcDeviceImage(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcGalleryImage(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcOnPremisesConnection(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcProvisioningPolicy(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcProvisioningPolicyAssignment(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcReport(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcServicePlan(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcUserSetting(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcUserSettingAssignment(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
            Self::ColumnDefinition(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ColumnLink(o) => &mut **o,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CommsOperation(o) => &mut **o,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::Community(o) => &mut **o,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::CompanySubscription(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ComplianceManagementPartner(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ConditionalAccessRoot(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ConditionalAccessTemplate(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationBaseline(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationDrift(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationManagement(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationMonitor(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationMonitoringResult(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationSnapshotJob(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::ConnectedOrganization(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::Contact(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::ContactFolder(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::ContentActivity(o) => &mut **o,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::ContentSharingSession(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ContentType(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::Contract(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::ControlConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::Conversation(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ConversationMember(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::ConversationThread(o) => &mut **o,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdmin(o) => &mut **o,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdminCatalog(o) => &mut **o,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdminLimitedMode(o) => &mut **o,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdminSetting(o) => &mut **o,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotPackage(o) => &mut **o,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotPackageDetail(o) => &mut **o,
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotReportRoot(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::CrossTenantAccessPolicy(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::CrossTenantAccessPolicyConfigurationDefault(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::CustomAuthenticationExtension(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::CustomCalloutExtension(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomDataProvidedResource(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomDataProvidedResourceAccessReviewUploadSession(o) => &mut **o,
            #[cfg(msgraph_v1_search)]
            Self::CustomDataProvidedResourceFile(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomDataProvidedResourceUploadSession(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomExtensionStageSetting(o) => &mut **o,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::CustomSecurityAttributeDefinition(o) => &mut **o,
            #[cfg(msgraph_v1_data_policy_operations_or_search)]
            Self::DataPolicyOperation(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_security)]
            Self::DataSecurityAndGovernance(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::DayNote(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::DefaultManagedAppProtection(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminAccessAssignment(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminCustomer(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminRelationship(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminRelationshipOperation(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminRelationshipRequest(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminServiceManagementDetail(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::DelegatedAdminServiceProviderConstraints(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::DelegatedPermissionClassification(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::DeletedChat(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::DeletedItemContainer(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::DeletedTeam(o) => &mut **o,
            #[cfg(msgraph_v1_search)]
            Self::DeltaParticipants(o) => &mut **o,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Desk(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DetectedApp(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::Device(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceAndAppManagementRoleAssignment(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceAndAppManagementRoleDefinition(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::DeviceAppManagement(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceCategory(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceActionItem(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceDeviceOverview(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceDeviceStatus(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicy(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicyAssignment(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicyDeviceStateSummary(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicySettingStateSummary(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceCompliancePolicyState(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceScheduledActionForRule(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceSettingState(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceUserOverview(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceUserStatus(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationAssignment(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationDeviceOverview(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationDeviceStateSummary(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationDeviceStatus(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceConfigurationState(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationUserOverview(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationUserStatus(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentLimitConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::DeviceInstallState(o) => &mut **o,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::DeviceLocalCredentialInfo(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceLogCollectionResponse(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagement(o) => &mut **o,
            #[cfg(msgraph_v1_search)]
            Self::DeviceManagementCachedReportConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementExchangeConnector(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementExportJob(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementPartner(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementReports(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceManagementTroubleshootingEvent(o) => &mut **o,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::DeviceRegistrationPolicy(o) => &mut **o,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::Directory(o) => &mut **o,
            #[cfg(msgraph_v1_audit_logs_or_search)]
            Self::DirectoryAudit(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryDefinition(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryObject(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryObjectPartnerReference(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryRole(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::DirectoryRoleTemplate(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::DocumentSetVersion(o) => &mut **o,
            #[cfg(msgraph_v1_domains_or_search)]
            Self::Domain(o) => &mut **o,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsCnameRecord(o) => &mut **o,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsMxRecord(o) => &mut **o,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsRecord(o) => &mut **o,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsSrvRecord(o) => &mut **o,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsTxtRecord(o) => &mut **o,
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsUnavailableRecord(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItemVersion(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveProtectionRule(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveProtectionUnit(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveProtectionUnitsBulkAdditionJob(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveRestoreArtifact(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveRestoreArtifactsBulkAdditionRequest(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::EBookInstallSummary(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::Edge(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::EditionUpgradeConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignment(o) => &mut **o,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignmentDefaults(o) => &mut **o,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignmentResource(o) => &mut **o,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignmentSettings(o) => &mut **o,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationCategory(o) => &mut **o,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationClass(o) => &mut **o,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationFeedbackOutcome(o) => &mut **o,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationFeedbackResourceOutcome(o) => &mut **o,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationGradingCategory(o) => &mut **o,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationGradingScheme(o) => &mut **o,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationModule(o) => &mut **o,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationModuleResource(o) => &mut **o,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationOrganization(o) => &mut **o,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationOutcome(o) => &mut **o,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationPointsOutcome(o) => &mut **o,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationRubric(o) => &mut **o,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationRubricOutcome(o) => &mut **o,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationSchool(o) => &mut **o,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationSubmission(o) => &mut **o,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationSubmissionResource(o) => &mut **o,
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationUser(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::EmailAuthenticationMethod(o) => &mut **o,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::EmailAuthenticationMethodConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::EmailFileAssessmentRequest(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::EmailNotificationsSetting(o) => &mut **o,
            #[cfg(msgraph_v1_search)]
            Self::EmergencyCallEvent(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::EmployeeExperienceUser(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EndUserNotification(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EndUserNotificationDetail(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::EndUserSettings(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::Endpoint(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementAsyncOperation(o) => &mut **o,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversation(o) => &mut **o,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationDiscussionMessage(o) => &mut **o,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationMessage(o) => &mut **o,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationMessageReaction(o) => &mut **o,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationQuestionMessage(o) => &mut **o,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationSystemMessage(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementRole(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementRoleMember(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::EnrollmentConfigurationAssignment(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::EnrollmentTroubleshootingEvent(o) => &mut **o,
            #[cfg(msgraph_v1_search)]
            Self::EnterpriseCodeSigningCertificate(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::EntitlementManagement(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::EntitlementManagementSettings(o) => &mut **o,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::Recovery(o) => &mut **o,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryChangeObjectBase(o) => &mut **o,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryJob(o) => &mut **o,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryJobBase(o) => &mut **o,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryPreviewJob(o) => &mut **o,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::Snapshot(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::Event(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::EventMessage(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::EventMessageRequest(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::EventMessageResponse(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ExchangeAdmin(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ExchangeMessageTrace(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ExchangeMessageTraceDetail(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ExchangeProtectionPolicy(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ExchangeRestoreSession(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::ExchangeSettings(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::Extension(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::ExtensionProperty(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::ExternalAuthenticationMethod(o) => &mut **o,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::ExternalAuthenticationMethodConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ConnectionOperation(o) => &mut **o,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalActivity(o) => &mut **o,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalActivityResult(o) => &mut **o,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalConnection(o) => &mut **o,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalGroup(o) => &mut **o,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalItem(o) => &mut **o,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalConnectorsIdentity(o) => &mut **o,
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::Schema(o) => &mut **o,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::ExternalDomainName(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ExternalUsersSelfServiceSignUpEventsFlow(o) => &mut **o,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::FeatureRolloutPolicy(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::FederatedIdentityCredential(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::FederatedTokenValidationPolicy(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::Fido2AuthenticationMethod(o) => &mut **o,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::Fido2AuthenticationMethodConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::Fido2CombinationConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::FieldValueSet(o) => &mut **o,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::FileAssessmentRequest(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::FileAttachment(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorage(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorageContainer(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorageContainerType(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorageContainerTypeRegistration(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_filter_operators)]
            Self::FilterOperatorSchema(o) => &mut **o,
            #[cfg(msgraph_v1_places_or_search)]
            Self::FixtureMap(o) => &mut **o,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Floor(o) => &mut **o,
            #[cfg(msgraph_v1_places_or_search)]
            Self::FootprintMap(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::FraudProtectionProvider(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::GovernanceInsight(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularDriveRestoreArtifact(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularMailboxRestoreArtifact(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularRestoreArtifactBase(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularSiteRestoreArtifact(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::Group(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
            Self::GroupLifecyclePolicy(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_group_settings)]
            Self::GroupSetting(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::GroupSettingTemplate(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::HomeRealmDiscoveryPolicy(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::HorizontalSection(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::HorizontalSectionColumn(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::HumanSecurityFraudProtectionProvider(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityApiConnector(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityBuiltInUserFlowAttribute(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityContainer(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityCustomUserFlowAttribute(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomTaskExtension(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Insights(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::LifecycleManagementSettings(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::LifecycleWorkflowsContainer(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Run(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Task(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TaskDefinition(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TaskProcessingResult(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TaskReport(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserProcessingResult(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::WorkflowTemplate(o) => &mut **o,
            #[cfg(msgraph_v1_identity_providers_or_search)]
            Self::IdentityProvider(o) => &mut **o,
            #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
            Self::IdentityProviderBase(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::IdentitySecurityDefaultsEnforcementPolicy(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityUserFlow(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityUserFlowAttribute(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityUserFlowAttributeAssignment(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityVerifiedIdRoot(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ImportedWindowsAutopilotDeviceIdentity(o) => &mut **o,
            #[cfg(msgraph_v1_search)]
            Self::ImportedWindowsAutopilotDeviceIdentityUpload(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::InferenceClassification(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::InferenceClassificationOverride(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::InsightsSettings(o) => &mut **o,
            #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
            Self::InternalDomainFederation(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::InternetExplorerMode(o) => &mut **o,
            #[cfg(msgraph_v1_invitations_or_search)]
            Self::Invitation(o) => &mut **o,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::InviteParticipantsOperation(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosCertificateProfile(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosCompliancePolicy(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosCustomConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosDeviceFeaturesConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosGeneralDeviceConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosLobApp(o) => &mut **o,
            #[cfg(msgraph_v1_search)]
            Self::IosLobAppProvisioningConfigurationAssignment(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::IosManagedAppProtection(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosManagedAppRegistration(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosMobileAppConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosStoreApp(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosUpdateConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosUpdateDeviceStatus(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosVppApp(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosVppEBook(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosVppEBookAssignment(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosiPadOsWebClip(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ItemActivity(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ItemActivityStat(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_drives_or_sites)]
            Self::ItemAnalytics(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::ItemAttachment(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::ItemInsights(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::ItemRetentionLabel(o) => &mut **o,
            #[cfg(msgraph_v1_search)]
            Self::LabelContentRight(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::LandingPage(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::LandingPageDetail(o) => &mut **o,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningAssignment(o) => &mut **o,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningContent(o) => &mut **o,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningCourseActivity(o) => &mut **o,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningProvider(o) => &mut **o,
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningSelfInitiatedCourse(o) => &mut **o,
            #[cfg(msgraph_v1_places_or_search)]
            Self::LevelMap(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::LicenseDetails(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::LinkedResource(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItemVersion(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::LocalizedNotificationMessage(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::LoginPage(o) => &mut **o,
            #[cfg(
                msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more
            )]
            Self::LongRunningOperation(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::M365AppsInstallationOptions(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsCompliancePolicy(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsCustomConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsDeviceFeaturesConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsDmgApp(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsGeneralDeviceConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsLobApp(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsMicrosoftDefenderApp(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsMicrosoftEdgeApp(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsOfficeSuiteApp(o) => &mut **o,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::MailAssessmentRequest(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::MailFolder(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::MailSearchFolder(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::Mailbox(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::MailboxFolder(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::MailboxItem(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxProtectionRule(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxProtectionUnit(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxProtectionUnitsBulkAdditionJob(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxRestoreArtifact(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxRestoreArtifactsBulkAdditionRequest(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MalwareStateForWindowsDevice(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAndroidLobApp(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAndroidStoreApp(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedApp(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppOperation(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppPolicy(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppPolicyDeploymentSummary(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppProtection(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppRegistration(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppStatus(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppStatusRaw(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::ManagedDevice(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationAssignment(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceStatus(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceSummary(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserStatus(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserSummary(o) => &mut **o,
            #[cfg(msgraph_v1_search)]
            Self::ManagedDeviceOverview(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedEBook(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedEBookAssignment(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedIosLobApp(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedIosStoreApp(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedMobileApp(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedMobileLobApp(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::MdmWindowsInformationProtectionPolicy(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_communications_or_solutions)]
            Self::MeetingAttendanceReport(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::MembershipOutlierInsight(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::Message(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::MessageRule(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::MessageTracingRoot(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::MicrosoftAccountUserConversationMember(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::MicrosoftAuthenticatorAuthenticationMethod(o) => &mut **o,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(o) => &mut **o,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::MicrosoftAuthenticatorAuthenticationMethodTarget(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MicrosoftStoreForBusinessApp(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileApp(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppAssignment(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppCategory(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppContent(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppContentFile(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppRelationship(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MobileAppTroubleshootingEvent(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileContainedApp(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileLobApp(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MobileThreatDefenseConnector(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::MultiTenantOrganization(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::MultiTenantOrganizationIdentitySyncPolicyTemplate(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::MultiTenantOrganizationJoinRequestRecord(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::MultiTenantOrganizationMember(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::MultiTenantOrganizationPartnerConfigurationTemplate(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::MultiValueLegacyExtendedProperty(o) => &mut **o,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::MuteParticipantOperation(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Notebook(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::NotificationMessageTemplate(o) => &mut **o,
            #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
            Self::OAuth2PermissionGrant(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::OfferShiftRequest(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::OfficeGraphInsights(o) => &mut **o,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::OidcIdentityProvider(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAttributeCollectionListener(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnAttributeCollectionStartCustomExtension(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAttributeCollectionStartListener(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnAttributeCollectionSubmitCustomExtension(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAttributeCollectionSubmitListener(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAuthenticationMethodLoadStartListener(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnEmailOtpSendListener(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnFraudProtectionLoadStartListener(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnInteractiveAuthFlowStartListener(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnOtpSendCustomExtension(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnPasswordSubmitCustomExtension(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnPasswordSubmitListener(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::OnPremisesConditionalAccessSettings(o) => &mut **o,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::OnPremisesDirectorySynchronization(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::OnPremisesSyncBehavior(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnTokenIssuanceStartCustomExtension(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnTokenIssuanceStartListener(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnUserCreateStartListener(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnVerifiedIdClaimValidationCustomExtension(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnVerifiedIdClaimValidationListener(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::OneDriveForBusinessBrowseSession(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::OneDriveForBusinessProtectionPolicy(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::OneDriveForBusinessRestoreSession(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Onenote(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteEntityBaseModel(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteEntityHierarchyModel(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteEntitySchemaObjectModel(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteOperation(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenotePage(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteResource(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteSection(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_communications_or_solutions)]
            Self::OnlineMeetingBase(o) => &mut **o,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::OnlineMeetingEngagementConversation(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::OpenShift(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::OpenShiftChangeRequest(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::OpenTypeExtension(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Operation(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::OrgContact(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::Organization(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::OrganizationalBranding(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::OrganizationalBrandingLocalization(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::OrganizationalBrandingProperties(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::OutlookCategory(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::OutlookItem(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::OutlookUser(o) => &mut **o,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::OwnerlessGroupPolicy(o) => &mut **o,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Participant(o) => &mut **o,
            #[cfg(msgraph_v1_search)]
            Self::ParticipantJoiningNotification(o) => &mut **o,
            #[cfg(msgraph_v1_search)]
            Self::ParticipantLeftNotification(o) => &mut **o,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::Partners(o) => &mut **o,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::AzureUsage(o) => &mut **o,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::BilledReconciliation(o) => &mut **o,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::BilledUsage(o) => &mut **o,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::Billing(o) => &mut **o,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::BillingReconciliation(o) => &mut **o,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::ExportSuccessOperation(o) => &mut **o,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::FailedOperation(o) => &mut **o,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::Manifest(o) => &mut **o,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PartnersBillingOperation(o) => &mut **o,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::RunningOperation(o) => &mut **o,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::UnbilledReconciliation(o) => &mut **o,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::UnbilledUsage(o) => &mut **o,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::PasskeyAuthenticationMethodTarget(o) => &mut **o,
            #[cfg(msgraph_v1_search)]
            Self::PasskeyProfile(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::PasswordAuthenticationMethod(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Payload(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::PeopleAdminSettings(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
            Self::Permission(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::PermissionGrantConditionSet(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::PermissionGrantPolicy(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::Person(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::PhoneAuthenticationMethod(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::PhoneUserConversationMember(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::PinnedChatMessageInfo(o) => &mut **o,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Place(o) => &mut **o,
            #[cfg(msgraph_v1_planner_or_search)]
            Self::Planner(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerAssignedToTaskBoardTaskFormat(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerBucket(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerBucketTaskBoardTaskFormat(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::PlannerGroup(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerPlan(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerPlanDetails(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerProgressTaskBoardTaskFormat(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerTask(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerTaskDetails(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::PlannerUser(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::PlatformCredentialAuthenticationMethod(o) => &mut **o,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::PlayPromptOperation(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::PolicyBase(o) => &mut **o,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::PolicyRoot(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::PolicyTemplate(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::Post(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_communications)]
            Self::Presence(o) => &mut **o,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintConnector(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrintDocument(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrintJob(o) => &mut **o,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintOperation(o) => &mut **o,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintService(o) => &mut **o,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintServiceEndpoint(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrintTask(o) => &mut **o,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintTaskDefinition(o) => &mut **o,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintTaskTrigger(o) => &mut **o,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PrintUsage(o) => &mut **o,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PrintUsageByPrinter(o) => &mut **o,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PrintUsageByUser(o) => &mut **o,
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrinterBase(o) => &mut **o,
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrinterCreateOperation(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrinterShare(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroup(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentSchedule(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleInstance(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilitySchedule(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleInstance(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessRoot(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessSchedule(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleInstance(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ProfileCardProperty(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::ProfilePhoto(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ProfilePropertySetting(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ProfileSource(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::PronounsSettings(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionPolicyBase(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionRuleBase(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionUnitBase(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionUnitsBulkJobBase(o) => &mut **o,
            #[cfg(msgraph_v1_audit_logs_or_search)]
            Self::ProvisioningObjectSummary(o) => &mut **o,
            #[cfg(msgraph_v1_directory_or_search)]
            Self::PublicKeyInfrastructureRoot(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::QrCode(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::QrCodePinAuthenticationMethod(o) => &mut **o,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::QrCodePinAuthenticationMethodConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::QrPin(o) => &mut **o,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::RbacApplication(o) => &mut **o,
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReadingAssignmentSubmission(o) => &mut **o,
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReadingCoachPassage(o) => &mut **o,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::RecordOperation(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::ReferenceAttachment(o) => &mut **o,
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReflectCheckInResponse(o) => &mut **o,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::RelyingPartyDetailedSummary(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::RemoteAssistancePartner(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::RemoteDesktopSecurityConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::RemoteTenantGroup(o) => &mut **o,
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReportsRoot(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
            Self::Request(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::ResellerDelegatedAdminRelationship(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ResourceOperation(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::ResourceSpecificPermissionGrant(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestoreArtifactBase(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestoreArtifactsBulkRequestBase(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestorePoint(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestoreSessionBase(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::RichLongRunningOperation(o) => &mut **o,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskDetection(o) => &mut **o,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyServicePrincipal(o) => &mut **o,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyServicePrincipalHistoryItem(o) => &mut **o,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyUser(o) => &mut **o,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyUserHistoryItem(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::RoleAssignment(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::RoleDefinition(o) => &mut **o,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Room(o) => &mut **o,
            #[cfg(msgraph_v1_places_or_search)]
            Self::RoomList(o) => &mut **o,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SamlOrWsFedExternalDomainFederation(o) => &mut **o,
            #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
            Self::SamlOrWsFedProvider(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::Schedule(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::ScheduleChangeRequest(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::SchedulingGroup(o) => &mut **o,
            #[cfg(msgraph_v1_schema_extensions_or_search)]
            Self::SchemaExtension(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_scoped_role_memberships)]
            Self::ScopedRoleMembership(o) => &mut **o,
            #[cfg(msgraph_v1_search)]
            Self::Acronym(o) => &mut **o,
            #[cfg(msgraph_v1_search)]
            Self::Bookmark(o) => &mut **o,
            #[cfg(msgraph_v1_search)]
            Self::Qna(o) => &mut **o,
            #[cfg(msgraph_v1_search)]
            Self::SearchAnswer(o) => &mut **o,
            #[cfg(msgraph_v1_search)]
            Self::SearchEntity(o) => &mut **o,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Section(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SectionGroup(o) => &mut **o,
            #[cfg(msgraph_v1_places_or_search)]
            Self::SectionMap(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecureScore(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecureScoreControlProfile(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecurityAlert(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AnalyzedEmail(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Article(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::ArticleIndicator(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Artifact(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuditCoreRoot(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuditLogQuery(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuditLogRecord(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuthorityTemplate(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::AutoAuditingConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Case(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CaseOperation(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CasesRoot(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CategoryTemplate(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CitationTemplate(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::CollaborationRoot(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::DataSet(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::DataSource(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::DataSourceContainer(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::DepartmentTemplate(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryAddToReviewSetOperation(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCase(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCaseMember(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCaseSettings(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCustodian(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryEstimateOperation(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryExportOperation(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryHoldOperation(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryHoldPolicySyncOperation(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryIndexOperation(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryNoncustodialDataSource(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryPurgeDataOperation(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryReviewSet(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryReviewSetQuery(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryReviewTag(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoverySearch(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoverySearchExportOperation(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryTagOperation(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::FilePlanDescriptor(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::FilePlanDescriptorTemplate(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::FilePlanReferenceTemplate(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HealthIssue(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Host(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostComponent(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostCookie(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostPair(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostPort(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostReputation(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostSslCertificate(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostTracker(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Hostname(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::IdentityAccounts(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecurityIdentityContainer(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Incident(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Indicator(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::IntelligenceProfile(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::IntelligenceProfileIndicator(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::IpAddress(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::LabelsRoot(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::NetworkAdapter(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::PassiveDnsRecord(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::RetentionEvent(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::RetentionEventType(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::RetentionLabel(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Search(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Sensor(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SensorCandidate(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SensorCandidateActivationConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SettingsContainer(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SiteSource(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SslCertificate(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SubcategoryTemplate(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Subdomain(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Tag(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::ThreatIntelligence(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TriggerTypesRoot(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TriggersRoot(o) => &mut **o,
            #[cfg(msgraph_v1_search)]
            Self::UnclassifiedArtifact(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::UnifiedGroupSource(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecurityUser(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::UserSource(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Vulnerability(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::VulnerabilityComponent(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::WhoisBaseRecord(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::WhoisHistoryRecord(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::WhoisRecord(o) => &mut **o,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::SecurityReportsRoot(o) => &mut **o,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::SendDtmfTonesOperation(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_security)]
            Self::SensitivityLabel(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceAnnouncement(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceAnnouncementAttachment(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceAnnouncementBase(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ServiceApp(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceHealth(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceHealthIssue(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::ServicePrincipal(o) => &mut **o,
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::ServicePrincipalRiskDetection(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::ServiceProviderConstraints(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_storage)]
            Self::ServiceStorageQuotaBreakdown(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceUpdateMessage(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::SettingStateDeviceSummary(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SharePointBrowseSession(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointGroup(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointGroupMember(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationEvent(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationFinishManifestFileUploadEvent(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJob(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobCancelledEvent(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobDeletedEvent(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobErrorEvent(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobPostponedEvent(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobProgressEvent(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobQueuedEvent(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobStartEvent(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SharePointProtectionPolicy(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SharePointRestoreSession(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::SharedInsight(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::SharedPcConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::SharedWithChannelTeamInfo(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::Sharepoint(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::SharepointSettings(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::Shift(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::ShiftPreferences(o) => &mut **o,
            #[cfg(msgraph_v1_audit_logs_or_search)]
            Self::SignIn(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Simulation(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SimulationAutomation(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::SimulationAutomationRun(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::SingleValueLegacyExtendedProperty(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteProtectionRule(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteProtectionUnit(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteProtectionUnitsBulkAdditionJob(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteRestoreArtifact(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteRestoreArtifactsBulkAdditionRequest(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::SkypeForBusinessUserConversationMember(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::SkypeUserConversationMember(o) => &mut **o,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodConfiguration(o) => &mut **o,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SmsAuthenticationMethodTarget(o) => &mut **o,
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SocialIdentityProvider(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::SoftwareOathAuthenticationMethod(o) => &mut **o,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SoftwareOathAuthenticationMethodConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_search)]
            Self::SoftwareUpdateStatusSummary(o) => &mut **o,
            #[cfg(msgraph_v1_education_or_search)]
            Self::SpeakerAssignmentSubmission(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::StandardWebPart(o) => &mut **o,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::StartHoldMusicOperation(o) => &mut **o,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::StopHoldMusicOperation(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_storage)]
            Self::StorageQuotaBreakdown(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_storage)]
            Self::StorageSettings(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::StsPolicy(o) => &mut **o,
            #[cfg(msgraph_v1_privacy_or_search_or_security)]
            Self::SubjectRightsRequest(o) => &mut **o,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::SubscribeToToneOperation(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_subscribed_skus)]
            Self::SubscribedSku(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
            Self::Subscription(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::SwapShiftsChangeRequest(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::Synchronization(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::SynchronizationJob(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::SynchronizationSchema(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::SynchronizationTemplate(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::TargetDeviceGroup(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TargetedChatMessage(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::TargetedManagedAppConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::TargetedManagedAppPolicyAssignment(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::TargetedManagedAppProtection(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::TaskFileAttachment(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::Team(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TeamInfo(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::NumberAssignment(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::PolicyIdentifierDetail(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsAdminRoot(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsPolicyAssignment(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsPolicyUserAssignment(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsUserConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TelephoneNumberLongRunningOperation(o) => &mut **o,
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TelephoneNumberManagementRoot(o) => &mut **o,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::TeamsApp(o) => &mut **o,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::TeamsAppDefinition(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::TeamsAppInstallation(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::TeamsAppSettings(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::TeamsAsyncOperation(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TeamsTab(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_teams_templates)]
            Self::TeamsTemplate(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::Teamwork(o) => &mut **o,
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::TeamworkBot(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TeamworkHostedContent(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::TeamworkTag(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::TeamworkTagMember(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::TemporaryAccessPassAuthenticationMethod(o) => &mut **o,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::TemporaryAccessPassAuthenticationMethodConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::TenantAppManagementPolicy(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TenantDataSecurityAndGovernance(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TenantProtectionScopeContainer(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::TermStoreGroup(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Relation(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Set(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Store(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Term(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::TermsAndConditions(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::TermsAndConditionsAcceptanceStatus(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::TermsAndConditionsAssignment(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TermsOfUseContainer(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::TextWebPart(o) => &mut **o,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::ThreatAssessmentRequest(o) => &mut **o,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::ThreatAssessmentResult(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::ThumbnailSet(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::TimeCard(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::TimeOff(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffReason(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::TimeOffRequest(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::Todo(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::TodoTask(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::TodoTaskList(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::TokenIssuancePolicy(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::TokenLifetimePolicy(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::Training(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_security)]
            Self::TrainingLanguageDetail(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::Trending(o) => &mut **o,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRbacResourceAction(o) => &mut **o,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRbacResourceNamespace(o) => &mut **o,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignment(o) => &mut **o,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentSchedule(o) => &mut **o,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleInstance(o) => &mut **o,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(o) => &mut **o,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleDefinition(o) => &mut **o,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilitySchedule(o) => &mut **o,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleInstance(o) => &mut **o,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(o) => &mut **o,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicy(o) => &mut **o,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyApprovalRule(o) => &mut **o,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAssignment(o) => &mut **o,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAuthenticationContextRule(o) => &mut **o,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyEnablementRule(o) => &mut **o,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyExpirationRule(o) => &mut **o,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyNotificationRule(o) => &mut **o,
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyRule(o) => &mut **o,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleScheduleBase(o) => &mut **o,
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleScheduleInstanceBase(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_storage)]
            Self::UnifiedStorageQuota(o) => &mut **o,
            #[cfg(msgraph_v1_places_or_search)]
            Self::UnitMap(o) => &mut **o,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::UnmuteParticipantOperation(o) => &mut **o,
            #[cfg(msgraph_v1_communications_or_search)]
            Self::UpdateRecordingStatusOperation(o) => &mut **o,
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::UrlAssessmentRequest(o) => &mut **o,
            #[cfg(msgraph_v1_search)]
            Self::UsageRightsIncluded(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::UsedInsight(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::User(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::UserActivity(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::UserDataSecurityAndGovernance(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails(
                o,
            ) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId(
                o,
            ) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion(o) => {
                &mut **o
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthApplicationPerformance(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDeviceModelPerformance(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformance(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformanceDetails(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthOsVersionPerformance(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsBaseline(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsCategory(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDevicePerformance(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceScores(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupHistory(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcess(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcessPerformance(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsMetric(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsMetricHistory(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsModelScores(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsOverview(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsScoreHistory(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereDevice(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric(o) => {
                &mut **o
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereMetric(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereModelPerformance(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::UserFlowLanguageConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::UserFlowLanguagePage(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::UserInsightsSettings(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::UserInstallStateSummary(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::UserProtectionScopeContainer(o) => &mut **o,
            #[cfg(msgraph_v1_reports_or_search)]
            Self::UserRegistrationDetails(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::UserScopeTeamsAppInstallation(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::UserSettings(o) => &mut **o,
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserSignInInsight(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::UserSolutionRoot(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::UserStorage(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::UserTeamwork(o) => &mut **o,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::VerifiableCredentialAuthenticationMethodTarget(o) => &mut **o,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::VerifiableCredentialsAuthenticationMethodConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::VerifiedIdProfile(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::VerticalSection(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::VirtualEndpoint(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEvent(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventPresenter(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistration(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationCustomQuestion(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationPredefinedQuestion(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationQuestionBase(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventTownhall(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventTownhallRegistrationConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventWebinar(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventWebinarRegistrationConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventsRoot(o) => &mut **o,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::VoiceAuthenticationMethodConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::VppToken(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WebApp(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::WebApplicationFirewallProvider(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_search)]
            Self::WebApplicationFirewallVerificationModel(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_sites)]
            Self::WebPart(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::Win32LobApp(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10CompliancePolicy(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10CustomConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10EndpointProtectionConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10EnrollmentCompletionPageConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10EnterpriseModernAppManagementConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10GeneralConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10MobileCompliancePolicy(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10SecureAssessmentConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10TeamGeneralConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows81CompliancePolicy(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows81GeneralConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsAppX(o) => &mut **o,
            #[cfg(msgraph_v1_search)]
            Self::WindowsAutopilotDeploymentProfile(o) => &mut **o,
            #[cfg(msgraph_v1_search)]
            Self::WindowsAutopilotDeploymentProfileAssignment(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsAutopilotDeviceIdentity(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::WindowsDeviceMalwareState(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::WindowsHelloForBusinessAuthenticationMethod(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::WindowsInformationProtection(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsInformationProtectionAppLearningSummary(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::WindowsInformationProtectionAppLockerFile(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsInformationProtectionNetworkLearningSummary(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::WindowsInformationProtectionPolicy(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsMalwareInformation(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsMicrosoftEdgeApp(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsMobileMsi(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsPhone81CompliancePolicy(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsPhone81CustomConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsPhone81GeneralConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::WindowsProtectionState(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::WindowsSetting(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::WindowsSettingInstance(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsUniversalAppX(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsUniversalAppXContainedApp(o) => &mut **o,
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsUpdateForBusinessConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsWebApp(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::WorkHoursAndLocationsSetting(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::WorkPlanOccurrence(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::WorkPlanRecurrence(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Workbook(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookApplication(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChart(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAreaFormat(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxes(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxis(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxisFormat(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxisTitle(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxisTitleFormat(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartDataLabelFormat(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartDataLabels(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartFill(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartFont(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartGridlines(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartGridlinesFormat(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartLegend(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartLegendFormat(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartLineFormat(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartPoint(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartPointFormat(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartSeries(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartSeriesFormat(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartTitle(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartTitleFormat(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookComment(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookCommentReply(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFilter(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFormatProtection(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFunctionResult(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFunctions(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookNamedItem(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookOperation(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookPivotTable(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRange(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeBorder(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeFill(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeFont(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeFormat(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeSort(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeView(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTable(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTableColumn(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTableRow(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTableSort(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookWorksheet(o) => &mut **o,
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookWorksheetProtection(o) => &mut **o,
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::WorkforceIntegration(o) => &mut **o,
            #[cfg(msgraph_v1_core)]
            Self::WorkingTimeSchedule(o) => &mut **o,
            #[cfg(msgraph_v1_places_or_search)]
            Self::Workspace(o) => &mut **o,
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::X509CertificateAuthenticationMethodConfiguration(o) => &mut **o,
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::X509CertificateCombinationConfiguration(o) => &mut **o,
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
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::AadUserConversationMember(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.aadUserConversationMember",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.accessPackage"),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.accessPackageAssignment",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.accessPackageAssignmentPolicy",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.accessPackageAssignmentRequest",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentRequestWorkflowExtension(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.accessPackageAssignmentRequestWorkflowExtension",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageAssignmentWorkflowExtension(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.accessPackageAssignmentWorkflowExtension",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageCatalog(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.accessPackageCatalog"),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageMultipleChoiceQuestion(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.accessPackageMultipleChoiceQuestion",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageQuestion(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.accessPackageQuestion"),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResource(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.accessPackageResource"),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceEnvironment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.accessPackageResourceEnvironment",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.accessPackageResourceRequest",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceRole(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.accessPackageResourceRole",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceRoleScope(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.accessPackageResourceRoleScope",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageResourceScope(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.accessPackageResourceScope",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageSubject(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.accessPackageSubject"),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageSuggestion(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.accessPackageSuggestion",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessPackageTextInputQuestion(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.accessPackageTextInputQuestion",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewHistoryDefinition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.accessReviewHistoryDefinition",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewHistoryInstance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.accessReviewHistoryInstance",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewInstance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.accessReviewInstance"),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewInstanceDecisionItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.accessReviewInstanceDecisionItem",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewReviewer(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.accessReviewReviewer"),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewScheduleDefinition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.accessReviewScheduleDefinition",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewSet(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.accessReviewSet"),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AccessReviewStage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.accessReviewStage"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::ActivitiesContainer(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.activitiesContainer"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::ActivityBasedTimeoutPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.activityBasedTimeoutPolicy",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::ActivityHistoryItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.activityHistoryItem"),
                )
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::AddLargeGalleryViewOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.addLargeGalleryViewOperation",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_communications)]
            Self::AdhocCall(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.adhocCall"),
                )
            }
            #[cfg(msgraph_v1_policies_or_search)]
            Self::AdminConsentRequestPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.adminConsentRequestPolicy",
                    ),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::AdminMicrosoft365Apps(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.adminMicrosoft365Apps"),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::AdminReportSettings(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.adminReportSettings"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::AdministrativeUnit(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.administrativeUnit"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::AgentIdentity(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.agentIdentity"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::AgentIdentityBlueprint(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.agentIdentityBlueprint",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::AgentIdentityBlueprintPrincipal(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.agentIdentityBlueprintPrincipal",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::AgentUser(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.agentUser"),
                )
            }
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::Agreement(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.agreement"),
                )
            }
            #[cfg(
                msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search
            )]
            Self::AgreementAcceptance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.agreementAcceptance"),
                )
            }
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.agreementFile"),
                )
            }
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFileLocalization(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.agreementFileLocalization",
                    ),
                )
            }
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFileProperties(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.agreementFileProperties",
                    ),
                )
            }
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            Self::AgreementFileVersion(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.agreementFileVersion"),
                )
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiInteraction(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.aiInteraction"),
                )
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiInteractionHistory(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.aiInteractionHistory"),
                )
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiOnlineMeeting(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.aiOnlineMeeting"),
                )
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::AiUser(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.aiUser"),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AkamaiWebApplicationFirewallProvider(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.akamaiWebApplicationFirewallProvider",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::Alert(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.alert"),
                )
            }
            #[cfg(msgraph_v1_directory_or_search)]
            Self::AllowedValue(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.allowedValue"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidCompliancePolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidCompliancePolicy",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidCustomConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidCustomConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidGeneralDeviceConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidGeneralDeviceConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::AndroidLobApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.androidLobApp"),
                )
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::AndroidManagedAppProtection(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidManagedAppProtection",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::AndroidManagedAppRegistration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidManagedAppRegistration",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::AndroidStoreApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.androidStoreApp"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidWorkProfileCompliancePolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidWorkProfileCompliancePolicy",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidWorkProfileCustomConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidWorkProfileCustomConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AndroidWorkProfileGeneralDeviceConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.androidWorkProfileGeneralDeviceConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::AnonymousGuestConversationMember(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.anonymousGuestConversationMember",
                    ),
                )
            }
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::AppCatalogs(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.appCatalogs"),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AppConsentApprovalRoute(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.appConsentApprovalRoute",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AppConsentRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.appConsentRequest"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AppLogCollectionRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.appLogCollectionRequest",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::AppManagementPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.appManagementPolicy"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::AppRoleAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.appRoleAssignment"),
                )
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::AppScope(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.appScope"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AppleDeviceFeaturesConfigurationBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.appleDeviceFeaturesConfigurationBase",
                    ),
                )
            }
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::AppleManagedIdentityProvider(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.appleManagedIdentityProvider",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ApplePushNotificationCertificate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.applePushNotificationCertificate",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::Application(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.application"),
                )
            }
            #[cfg(msgraph_v1_application_templates_or_search)]
            Self::ApplicationTemplate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.applicationTemplate"),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Approval(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.approval"),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::ApprovalStage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.approvalStage"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::ApprovedClientApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.approvedClientApp"),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ArkoseFraudProtectionProvider(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.arkoseFraudProtectionProvider",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::AssociatedTeamInfo(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.associatedTeamInfo"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::Attachment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.attachment"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::AttachmentBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.attachmentBase"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::AttachmentSession(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.attachmentSession"),
                )
            }
            #[cfg(msgraph_v1_core_or_security)]
            Self::AttackSimulationOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.attackSimulationOperation",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::AttackSimulationRoot(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.attackSimulationRoot"),
                )
            }
            #[cfg(msgraph_v1_core_or_communications_or_solutions)]
            Self::AttendanceRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.attendanceRecord"),
                )
            }
            #[cfg(msgraph_v1_core_or_functions)]
            Self::AttributeMappingFunctionSchema(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.attributeMappingFunctionSchema",
                    ),
                )
            }
            #[cfg(msgraph_v1_directory_or_search)]
            Self::AttributeSet(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.attributeSet"),
                )
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::AudioRoutingGroup(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.audioRoutingGroup"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::AuditEvent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.auditEvent"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::Authentication(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.authentication"),
                )
            }
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::AuthenticationCombinationConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.authenticationCombinationConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationContextClassReference(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.authenticationContextClassReference",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationEventListener(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.authenticationEventListener",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationEventsFlow(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.authenticationEventsFlow",
                    ),
                )
            }
            #[cfg(msgraph_v1_policies_or_search)]
            Self::AuthenticationFlowsPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.authenticationFlowsPolicy",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::AuthenticationMethod(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.authenticationMethod"),
                )
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
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
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationMethodModeDetail(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.authenticationMethodModeDetail",
                    ),
                )
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
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
            #[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
            Self::AuthenticationMethodsPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.authenticationMethodsPolicy",
                    ),
                )
            }
            #[cfg(msgraph_v1_reports_or_search)]
            Self::AuthenticationMethodsRoot(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.authenticationMethodsRoot",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::AuthenticationStrengthPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.authenticationStrengthPolicy",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::AuthenticationStrengthRoot(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.authenticationStrengthRoot",
                    ),
                )
            }
            #[cfg(msgraph_v1_privacy_or_search_or_security)]
            Self::AuthoredNote(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.authoredNote"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::AuthorizationPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.authorizationPolicy"),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::AvailableAccessPackage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.availableAccessPackage",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::AzureCommunicationServicesUserConversationMember(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.azureCommunicationServicesUserConversationMember",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::B2xIdentityUserFlow(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.b2xIdentityUserFlow"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BackupRestoreRoot(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.backupRestoreRoot"),
                )
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
            Self::BaseItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.baseItem"),
                )
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::BaseItemVersion(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.baseItemVersion"),
                )
            }
            #[cfg(msgraph_v1_places_or_search)]
            Self::BaseMapFeature(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.baseMapFeature"),
                )
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::BaseSitePage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.baseSitePage"),
                )
            }
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::Bitlocker(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.bitlocker"),
                )
            }
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::BitlockerRecoveryKey(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.bitlockerRecoveryKey"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingAppointment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.bookingAppointment"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingBusiness(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.bookingBusiness"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCurrency(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.bookingCurrency"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCustomQuestion(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.bookingCustomQuestion"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCustomer(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.bookingCustomer"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingCustomerBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.bookingCustomerBase"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingService(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.bookingService"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingStaffMember(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.bookingStaffMember"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BookingStaffMemberBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.bookingStaffMemberBase",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::BrowseSessionBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.browseSessionBase"),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::BrowserSharedCookie(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.browserSharedCookie"),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::BrowserSite(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.browserSite"),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::BrowserSiteList(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.browserSiteList"),
                )
            }
            #[cfg(msgraph_v1_places_or_search)]
            Self::Building(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.building"),
                )
            }
            #[cfg(msgraph_v1_places_or_search)]
            Self::BuildingMap(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.buildingMap"),
                )
            }
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::BuiltInIdentityProvider(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.builtInIdentityProvider",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::BulkUpload(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.bulkUpload"),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::CaPoliciesDeletableRoot(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.caPoliciesDeletableRoot",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::Calendar(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.calendar"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::CalendarGroup(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.calendarGroup"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::CalendarPermission(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.calendarPermission"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::CalendarSharingMessage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.calendarSharingMessage",
                    ),
                )
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Call(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.call"),
                )
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CallAiInsight(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.callAiInsight"),
                )
            }
            #[cfg(msgraph_v1_search)]
            Self::CallEvent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.callEvent"),
                )
            }
            #[cfg(msgraph_v1_core_or_communications)]
            Self::CallRecording(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.callRecording"),
                )
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CallRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.callRecords.callRecord",
                    ),
                )
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Organizer(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.callRecords.organizer"),
                )
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CallRecordsParticipant(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.callRecords.participant",
                    ),
                )
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::ParticipantBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.callRecords.participantBase",
                    ),
                )
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Segment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.callRecords.segment"),
                )
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Session(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.callRecords.session"),
                )
            }
            #[cfg(msgraph_v1_core_or_communications)]
            Self::CallTranscript(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.callTranscript"),
                )
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CancelMediaProcessingOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.cancelMediaProcessingOperation",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::CanvasLayout(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.canvasLayout"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::CertificateAuthorityDetail(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.certificateAuthorityDetail",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_certificate_based_auth_configuration)]
            Self::CertificateBasedAuthConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.certificateBasedAuthConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::CertificateBasedAuthPki(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.certificateBasedAuthPki",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ChangeTrackedEntity(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.changeTrackedEntity"),
                )
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::Channel(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.channel"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::Chat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.chat"),
                )
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ChatMessage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.chatMessage"),
                )
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ChatMessageHostedContent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.chatMessageHostedContent",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::ChatMessageInfo(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.chatMessageInfo"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::ChecklistItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.checklistItem"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::ClaimsMappingPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.claimsMappingPolicy"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::CloudClipboardItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.cloudClipboardItem"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::CloudClipboardRoot(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.cloudClipboardRoot"),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::CloudFlareWebApplicationFirewallProvider(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.cloudFlareWebApplicationFirewallProvider",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::CloudPc(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.cloudPC"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcAuditEvent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.cloudPcAuditEvent"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcDeviceImage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.cloudPcDeviceImage"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcGalleryImage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.cloudPcGalleryImage"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcOnPremisesConnection(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.cloudPcOnPremisesConnection",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcProvisioningPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.cloudPcProvisioningPolicy",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcProvisioningPolicyAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.cloudPcProvisioningPolicyAssignment",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcReport(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.cloudPcReport"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcServicePlan(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.cloudPcServicePlan"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcUserSetting(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.cloudPcUserSetting"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::CloudPcUserSettingAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.cloudPcUserSettingAssignment",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
            Self::ColumnDefinition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.columnDefinition"),
                )
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ColumnLink(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.columnLink"),
                )
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::CommsOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.commsOperation"),
                )
            }
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::Community(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.community"),
                )
            }
            #[cfg(msgraph_v1_directory_or_search)]
            Self::CompanySubscription(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.companySubscription"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ComplianceManagementPartner(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.complianceManagementPartner",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ConditionalAccessRoot(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.conditionalAccessRoot"),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ConditionalAccessTemplate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.conditionalAccessTemplate",
                    ),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationBaseline(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.configurationBaseline"),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationDrift(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.configurationDrift"),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationManagement(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.configurationManagement",
                    ),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationMonitor(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.configurationMonitor"),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationMonitoringResult(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.configurationMonitoringResult",
                    ),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ConfigurationSnapshotJob(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.configurationSnapshotJob",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::ConnectedOrganization(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.connectedOrganization"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::Contact(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.contact"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::ContactFolder(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.contactFolder"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::ContentActivity(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.contentActivity"),
                )
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::ContentSharingSession(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.contentSharingSession"),
                )
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ContentType(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.contentType"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::Contract(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.contract"),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::ControlConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.controlConfiguration"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::Conversation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.conversation"),
                )
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::ConversationMember(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.conversationMember"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::ConversationThread(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.conversationThread"),
                )
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdmin(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.copilotAdmin"),
                )
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdminCatalog(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.copilotAdminCatalog"),
                )
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdminLimitedMode(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.copilotAdminLimitedMode",
                    ),
                )
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotAdminSetting(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.copilotAdminSetting"),
                )
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotPackage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.copilotPackage"),
                )
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotPackageDetail(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.copilotPackageDetail"),
                )
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            Self::CopilotReportRoot(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.copilotReportRoot"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::CrossTenantAccessPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.crossTenantAccessPolicy",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::CrossTenantAccessPolicyConfigurationDefault(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.crossTenantAccessPolicyConfigurationDefault",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::CustomAuthenticationExtension(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.customAuthenticationExtension",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::CustomCalloutExtension(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.customCalloutExtension",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomDataProvidedResource(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.customDataProvidedResource",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomDataProvidedResourceAccessReviewUploadSession(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.customDataProvidedResourceAccessReviewUploadSession",
                    ),
                )
            }
            #[cfg(msgraph_v1_search)]
            Self::CustomDataProvidedResourceFile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.customDataProvidedResourceFile",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomDataProvidedResourceUploadSession(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.customDataProvidedResourceUploadSession",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomExtensionStageSetting(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.customExtensionStageSetting",
                    ),
                )
            }
            #[cfg(msgraph_v1_directory_or_search)]
            Self::CustomSecurityAttributeDefinition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.customSecurityAttributeDefinition",
                    ),
                )
            }
            #[cfg(msgraph_v1_data_policy_operations_or_search)]
            Self::DataPolicyOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.dataPolicyOperation"),
                )
            }
            #[cfg(msgraph_v1_core_or_security)]
            Self::DataSecurityAndGovernance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.dataSecurityAndGovernance",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::DayNote(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.dayNote"),
                )
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::DefaultManagedAppProtection(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.defaultManagedAppProtection",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminAccessAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.delegatedAdminAccessAssignment",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminCustomer(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.delegatedAdminCustomer",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminRelationship(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.delegatedAdminRelationship",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminRelationshipOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.delegatedAdminRelationshipOperation",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminRelationshipRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.delegatedAdminRelationshipRequest",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::DelegatedAdminServiceManagementDetail(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.delegatedAdminServiceManagementDetail",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::DelegatedAdminServiceProviderConstraints(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.delegatedAdminServiceProviderConstraints",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::DelegatedPermissionClassification(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.delegatedPermissionClassification",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::DeletedChat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.deletedChat"),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::DeletedItemContainer(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.deletedItemContainer"),
                )
            }
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::DeletedTeam(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.deletedTeam"),
                )
            }
            #[cfg(msgraph_v1_search)]
            Self::DeltaParticipants(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.deltaParticipants"),
                )
            }
            #[cfg(msgraph_v1_places_or_search)]
            Self::Desk(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.desk"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DetectedApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.detectedApp"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::Device(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.device"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceAndAppManagementRoleAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceAndAppManagementRoleAssignment",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceAndAppManagementRoleDefinition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceAndAppManagementRoleDefinition",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::DeviceAppManagement(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.deviceAppManagement"),
                )
            }
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceCategory(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.deviceCategory"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceActionItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceComplianceActionItem",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceDeviceOverview(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceComplianceDeviceOverview",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceDeviceStatus(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceComplianceDeviceStatus",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceCompliancePolicy",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicyAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceCompliancePolicyAssignment",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicyDeviceStateSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceCompliancePolicyDeviceStateSummary",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceCompliancePolicySettingStateSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceCompliancePolicySettingStateSummary",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceCompliancePolicyState(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceCompliancePolicyState",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceScheduledActionForRule(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceComplianceScheduledActionForRule",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceSettingState(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceComplianceSettingState",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceUserOverview(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceComplianceUserOverview",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceComplianceUserStatus(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceComplianceUserStatus",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.deviceConfiguration"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceConfigurationAssignment",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationDeviceOverview(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceConfigurationDeviceOverview",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationDeviceStateSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceConfigurationDeviceStateSummary",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationDeviceStatus(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceConfigurationDeviceStatus",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceConfigurationState(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceConfigurationState",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationUserOverview(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceConfigurationUserOverview",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceConfigurationUserStatus(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceConfigurationUserStatus",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceEnrollmentConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentLimitConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceEnrollmentLimitConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentPlatformRestrictionsConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceEnrollmentPlatformRestrictionsConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceEnrollmentWindowsHelloForBusinessConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::DeviceInstallState(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.deviceInstallState"),
                )
            }
            #[cfg(msgraph_v1_directory_or_search)]
            Self::DeviceLocalCredentialInfo(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceLocalCredentialInfo",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceLogCollectionResponse(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceLogCollectionResponse",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagement(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.deviceManagement"),
                )
            }
            #[cfg(msgraph_v1_search)]
            Self::DeviceManagementCachedReportConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementCachedReportConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementExchangeConnector(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementExchangeConnector",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementExportJob(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementExportJob",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementPartner(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementPartner",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::DeviceManagementReports(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementReports",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::DeviceManagementTroubleshootingEvent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceManagementTroubleshootingEvent",
                    ),
                )
            }
            #[cfg(msgraph_v1_policies_or_search)]
            Self::DeviceRegistrationPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.deviceRegistrationPolicy",
                    ),
                )
            }
            #[cfg(msgraph_v1_directory_or_search)]
            Self::Directory(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.directory"),
                )
            }
            #[cfg(msgraph_v1_audit_logs_or_search)]
            Self::DirectoryAudit(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.directoryAudit"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::DirectoryDefinition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.directoryDefinition"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::DirectoryObject(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.directoryObject"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::DirectoryObjectPartnerReference(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.directoryObjectPartnerReference",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::DirectoryRole(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.directoryRole"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::DirectoryRoleTemplate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.directoryRoleTemplate"),
                )
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::DocumentSetVersion(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.documentSetVersion"),
                )
            }
            #[cfg(msgraph_v1_domains_or_search)]
            Self::Domain(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.domain"),
                )
            }
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsCnameRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.domainDnsCnameRecord"),
                )
            }
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsMxRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.domainDnsMxRecord"),
                )
            }
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.domainDnsRecord"),
                )
            }
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsSrvRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.domainDnsSrvRecord"),
                )
            }
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsTxtRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.domainDnsTxtRecord"),
                )
            }
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            Self::DomainDnsUnavailableRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.domainDnsUnavailableRecord",
                    ),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Drive(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.drive"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.driveItem"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::DriveItemVersion(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.driveItemVersion"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveProtectionRule(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.driveProtectionRule"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveProtectionUnit(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.driveProtectionUnit"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveProtectionUnitsBulkAdditionJob(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.driveProtectionUnitsBulkAdditionJob",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveRestoreArtifact(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.driveRestoreArtifact"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::DriveRestoreArtifactsBulkAdditionRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.driveRestoreArtifactsBulkAdditionRequest",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::EBookInstallSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.eBookInstallSummary"),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::Edge(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.edge"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::EditionUpgradeConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.editionUpgradeConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.educationAssignment"),
                )
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignmentDefaults(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.educationAssignmentDefaults",
                    ),
                )
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignmentResource(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.educationAssignmentResource",
                    ),
                )
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationAssignmentSettings(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.educationAssignmentSettings",
                    ),
                )
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationCategory(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.educationCategory"),
                )
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationClass(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.educationClass"),
                )
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationFeedbackOutcome(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.educationFeedbackOutcome",
                    ),
                )
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationFeedbackResourceOutcome(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.educationFeedbackResourceOutcome",
                    ),
                )
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationGradingCategory(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.educationGradingCategory",
                    ),
                )
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationGradingScheme(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.educationGradingScheme",
                    ),
                )
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationModule(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.educationModule"),
                )
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationModuleResource(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.educationModuleResource",
                    ),
                )
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationOrganization(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.educationOrganization"),
                )
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationOutcome(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.educationOutcome"),
                )
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationPointsOutcome(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.educationPointsOutcome",
                    ),
                )
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationRubric(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.educationRubric"),
                )
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationRubricOutcome(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.educationRubricOutcome",
                    ),
                )
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationSchool(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.educationSchool"),
                )
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationSubmission(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.educationSubmission"),
                )
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationSubmissionResource(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.educationSubmissionResource",
                    ),
                )
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::EducationUser(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.educationUser"),
                )
            }
            #[cfg(msgraph_v1_core)]
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
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
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
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::EmailFileAssessmentRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.emailFileAssessmentRequest",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::EmailNotificationsSetting(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.emailNotificationsSetting",
                    ),
                )
            }
            #[cfg(msgraph_v1_search)]
            Self::EmergencyCallEvent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.emergencyCallEvent"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::EmployeeExperienceUser(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.employeeExperienceUser",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EndUserNotification(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.endUserNotification"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EndUserNotificationDetail(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.endUserNotificationDetail",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::EndUserSettings(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.endUserSettings"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::Endpoint(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.endpoint"),
                )
            }
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementAsyncOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.engagementAsyncOperation",
                    ),
                )
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.engagementConversation",
                    ),
                )
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationDiscussionMessage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.engagementConversationDiscussionMessage",
                    ),
                )
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationMessage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.engagementConversationMessage",
                    ),
                )
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationMessageReaction(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.engagementConversationMessageReaction",
                    ),
                )
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationQuestionMessage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.engagementConversationQuestionMessage",
                    ),
                )
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::EngagementConversationSystemMessage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.engagementConversationSystemMessage",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementRole(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.engagementRole"),
                )
            }
            #[cfg(msgraph_v1_core_or_employee_experience)]
            Self::EngagementRoleMember(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.engagementRoleMember"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::EnrollmentConfigurationAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.enrollmentConfigurationAssignment",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::EnrollmentTroubleshootingEvent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.enrollmentTroubleshootingEvent",
                    ),
                )
            }
            #[cfg(msgraph_v1_search)]
            Self::EnterpriseCodeSigningCertificate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.enterpriseCodeSigningCertificate",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::EntitlementManagement(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.entitlementManagement"),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::EntitlementManagementSettings(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.entitlementManagementSettings",
                    ),
                )
            }
            #[cfg(msgraph_v1_directory_or_search)]
            Self::Recovery(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.entraRecoveryServices.recovery",
                    ),
                )
            }
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryChangeObjectBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.entraRecoveryServices.recoveryChangeObjectBase",
                    ),
                )
            }
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryJob(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.entraRecoveryServices.recoveryJob",
                    ),
                )
            }
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryJobBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.entraRecoveryServices.recoveryJobBase",
                    ),
                )
            }
            #[cfg(msgraph_v1_directory_or_search)]
            Self::RecoveryPreviewJob(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.entraRecoveryServices.recoveryPreviewJob",
                    ),
                )
            }
            #[cfg(msgraph_v1_directory_or_search)]
            Self::Snapshot(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.entraRecoveryServices.snapshot",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::Event(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.event"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::EventMessage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.eventMessage"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::EventMessageRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.eventMessageRequest"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::EventMessageResponse(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.eventMessageResponse"),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ExchangeAdmin(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.exchangeAdmin"),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ExchangeMessageTrace(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.exchangeMessageTrace"),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ExchangeMessageTraceDetail(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.exchangeMessageTraceDetail",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ExchangeProtectionPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.exchangeProtectionPolicy",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ExchangeRestoreSession(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.exchangeRestoreSession",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::ExchangeSettings(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.exchangeSettings"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::Extension(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.extension"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::ExtensionProperty(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.extensionProperty"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::ExternalAuthenticationMethod(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.externalAuthenticationMethod",
                    ),
                )
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::ExternalAuthenticationMethodConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.externalAuthenticationMethodConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ConnectionOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.externalConnectors.connectionOperation",
                    ),
                )
            }
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalActivity(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.externalConnectors.externalActivity",
                    ),
                )
            }
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalActivityResult(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.externalConnectors.externalActivityResult",
                    ),
                )
            }
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalConnection(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.externalConnectors.externalConnection",
                    ),
                )
            }
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalGroup(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.externalConnectors.externalGroup",
                    ),
                )
            }
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.externalConnectors.externalItem",
                    ),
                )
            }
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::ExternalConnectorsIdentity(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.externalConnectors.identity",
                    ),
                )
            }
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            Self::Schema(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.externalConnectors.schema",
                    ),
                )
            }
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::ExternalDomainName(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.externalDomainName"),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::ExternalUsersSelfServiceSignUpEventsFlow(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.externalUsersSelfServiceSignUpEventsFlow",
                    ),
                )
            }
            #[cfg(msgraph_v1_policies_or_search)]
            Self::FeatureRolloutPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.featureRolloutPolicy"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::FederatedIdentityCredential(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.federatedIdentityCredential",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::FederatedTokenValidationPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.federatedTokenValidationPolicy",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
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
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
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
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::Fido2CombinationConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.fido2CombinationConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::FieldValueSet(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.fieldValueSet"),
                )
            }
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::FileAssessmentRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.fileAssessmentRequest"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::FileAttachment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.fileAttachment"),
                )
            }
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.fileStorage"),
                )
            }
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorageContainer(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.fileStorageContainer"),
                )
            }
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorageContainerType(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.fileStorageContainerType",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_storage)]
            Self::FileStorageContainerTypeRegistration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.fileStorageContainerTypeRegistration",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_filter_operators)]
            Self::FilterOperatorSchema(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.filterOperatorSchema"),
                )
            }
            #[cfg(msgraph_v1_places_or_search)]
            Self::FixtureMap(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.fixtureMap"),
                )
            }
            #[cfg(msgraph_v1_places_or_search)]
            Self::Floor(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.floor"),
                )
            }
            #[cfg(msgraph_v1_places_or_search)]
            Self::FootprintMap(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.footprintMap"),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::FraudProtectionProvider(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.fraudProtectionProvider",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::GovernanceInsight(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.governanceInsight"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularDriveRestoreArtifact(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.granularDriveRestoreArtifact",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularMailboxRestoreArtifact(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.granularMailboxRestoreArtifact",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularRestoreArtifactBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.granularRestoreArtifactBase",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::GranularSiteRestoreArtifact(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.granularSiteRestoreArtifact",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::Group(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.group"),
                )
            }
            #[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
            Self::GroupLifecyclePolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.groupLifecyclePolicy"),
                )
            }
            #[cfg(msgraph_v1_core_or_group_settings)]
            Self::GroupSetting(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.groupSetting"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::GroupSettingTemplate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.groupSettingTemplate"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::HomeRealmDiscoveryPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.homeRealmDiscoveryPolicy",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::HorizontalSection(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.horizontalSection"),
                )
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::HorizontalSectionColumn(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.horizontalSectionColumn",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::HumanSecurityFraudProtectionProvider(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.humanSecurityFraudProtectionProvider",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityApiConnector(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.identityApiConnector"),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityBuiltInUserFlowAttribute(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.identityBuiltInUserFlowAttribute",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityContainer(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.identityContainer"),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityCustomUserFlowAttribute(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.identityCustomUserFlowAttribute",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::CustomTaskExtension(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.identityGovernance.customTaskExtension",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Insights(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.identityGovernance.insights",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::LifecycleManagementSettings(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.identityGovernance.lifecycleManagementSettings",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::LifecycleWorkflowsContainer(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.identityGovernance.lifecycleWorkflowsContainer",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Run(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.identityGovernance.run",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::Task(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.identityGovernance.task",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TaskDefinition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.identityGovernance.taskDefinition",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TaskProcessingResult(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.identityGovernance.taskProcessingResult",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TaskReport(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.identityGovernance.taskReport",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserProcessingResult(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.identityGovernance.userProcessingResult",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::WorkflowTemplate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.identityGovernance.workflowTemplate",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_providers_or_search)]
            Self::IdentityProvider(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.identityProvider"),
                )
            }
            #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
            Self::IdentityProviderBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.identityProviderBase"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::IdentitySecurityDefaultsEnforcementPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.identitySecurityDefaultsEnforcementPolicy",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityUserFlow(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.identityUserFlow"),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityUserFlowAttribute(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.identityUserFlowAttribute",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityUserFlowAttributeAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.identityUserFlowAttributeAssignment",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::IdentityVerifiedIdRoot(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.identityVerifiedIdRoot",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ImportedWindowsAutopilotDeviceIdentity(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.importedWindowsAutopilotDeviceIdentity",
                    ),
                )
            }
            #[cfg(msgraph_v1_search)]
            Self::ImportedWindowsAutopilotDeviceIdentityUpload(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.importedWindowsAutopilotDeviceIdentityUpload",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::InferenceClassification(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.inferenceClassification",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::InferenceClassificationOverride(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.inferenceClassificationOverride",
                    ),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::InsightsSettings(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.insightsSettings"),
                )
            }
            #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
            Self::InternalDomainFederation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.internalDomainFederation",
                    ),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::InternetExplorerMode(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.internetExplorerMode"),
                )
            }
            #[cfg(msgraph_v1_invitations_or_search)]
            Self::Invitation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.invitation"),
                )
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::InviteParticipantsOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.inviteParticipantsOperation",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosCertificateProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.iosCertificateProfile"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosCompliancePolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.iosCompliancePolicy"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosCustomConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.iosCustomConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosDeviceFeaturesConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.iosDeviceFeaturesConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosGeneralDeviceConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.iosGeneralDeviceConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosLobApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.iosLobApp"),
                )
            }
            #[cfg(msgraph_v1_search)]
            Self::IosLobAppProvisioningConfigurationAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.iosLobAppProvisioningConfigurationAssignment",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::IosManagedAppProtection(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.iosManagedAppProtection",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosManagedAppRegistration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.iosManagedAppRegistration",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosMobileAppConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.iosMobileAppConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosStoreApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.iosStoreApp"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosUpdateConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.iosUpdateConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::IosUpdateDeviceStatus(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.iosUpdateDeviceStatus"),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosVppApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.iosVppApp"),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosVppEBook(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.iosVppEBook"),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosVppEBookAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.iosVppEBookAssignment"),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::IosiPadOsWebClip(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.iosiPadOSWebClip"),
                )
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ItemActivity(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.itemActivity"),
                )
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ItemActivityStat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.itemActivityStat"),
                )
            }
            #[cfg(msgraph_v1_core_or_drives_or_sites)]
            Self::ItemAnalytics(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.itemAnalytics"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::ItemAttachment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.itemAttachment"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::ItemInsights(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.itemInsights"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::ItemRetentionLabel(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.itemRetentionLabel"),
                )
            }
            #[cfg(msgraph_v1_search)]
            Self::LabelContentRight(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.labelContentRight"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::LandingPage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.landingPage"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::LandingPageDetail(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.landingPageDetail"),
                )
            }
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.learningAssignment"),
                )
            }
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningContent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.learningContent"),
                )
            }
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningCourseActivity(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.learningCourseActivity",
                    ),
                )
            }
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningProvider(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.learningProvider"),
                )
            }
            #[cfg(msgraph_v1_employee_experience_or_search)]
            Self::LearningSelfInitiatedCourse(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.learningSelfInitiatedCourse",
                    ),
                )
            }
            #[cfg(msgraph_v1_places_or_search)]
            Self::LevelMap(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.levelMap"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::LicenseDetails(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.licenseDetails"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::LinkedResource(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.linkedResource"),
                )
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::List(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.list"),
                )
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.listItem"),
                )
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::ListItemVersion(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.listItemVersion"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::LocalizedNotificationMessage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.localizedNotificationMessage",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::LoginPage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.loginPage"),
                )
            }
            #[cfg(
                msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more
            )]
            Self::LongRunningOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.longRunningOperation"),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::M365AppsInstallationOptions(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.m365AppsInstallationOptions",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsCompliancePolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.macOSCompliancePolicy"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsCustomConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.macOSCustomConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsDeviceFeaturesConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.macOSDeviceFeaturesConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsDmgApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.macOSDmgApp"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MacOsGeneralDeviceConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.macOSGeneralDeviceConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsLobApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.macOSLobApp"),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsMicrosoftDefenderApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.macOSMicrosoftDefenderApp",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsMicrosoftEdgeApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.macOSMicrosoftEdgeApp"),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MacOsOfficeSuiteApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.macOSOfficeSuiteApp"),
                )
            }
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::MailAssessmentRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.mailAssessmentRequest"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::MailFolder(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.mailFolder"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::MailSearchFolder(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.mailSearchFolder"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::Mailbox(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.mailbox"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::MailboxFolder(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.mailboxFolder"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::MailboxItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.mailboxItem"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxProtectionRule(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.mailboxProtectionRule"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxProtectionUnit(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.mailboxProtectionUnit"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxProtectionUnitsBulkAdditionJob(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.mailboxProtectionUnitsBulkAdditionJob",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxRestoreArtifact(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.mailboxRestoreArtifact",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::MailboxRestoreArtifactsBulkAdditionRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.mailboxRestoreArtifactsBulkAdditionRequest",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MalwareStateForWindowsDevice(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.malwareStateForWindowsDevice",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAndroidLobApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.managedAndroidLobApp"),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAndroidStoreApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedAndroidStoreApp",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.managedApp"),
                )
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedAppConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.managedAppOperation"),
                )
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.managedAppPolicy"),
                )
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppPolicyDeploymentSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedAppPolicyDeploymentSummary",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedAppProtection(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.managedAppProtection"),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppRegistration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedAppRegistration",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppStatus(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.managedAppStatus"),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedAppStatusRaw(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.managedAppStatusRaw"),
                )
            }
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::ManagedDevice(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.managedDevice"),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedDeviceMobileAppConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedDeviceMobileAppConfigurationAssignment",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceStatus(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationDeviceSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedDeviceMobileAppConfigurationDeviceSummary",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserStatus(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedDeviceMobileAppConfigurationUserStatus",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedDeviceMobileAppConfigurationUserSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedDeviceMobileAppConfigurationUserSummary",
                    ),
                )
            }
            #[cfg(msgraph_v1_search)]
            Self::ManagedDeviceOverview(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.managedDeviceOverview"),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedEBook(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.managedEBook"),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedEBookAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.managedEBookAssignment",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedIosLobApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.managedIOSLobApp"),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedIosStoreApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.managedIOSStoreApp"),
                )
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::ManagedMobileApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.managedMobileApp"),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::ManagedMobileLobApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.managedMobileLobApp"),
                )
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::MdmWindowsInformationProtectionPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.mdmWindowsInformationProtectionPolicy",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_communications_or_solutions)]
            Self::MeetingAttendanceReport(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.meetingAttendanceReport",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::MembershipOutlierInsight(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.membershipOutlierInsight",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::Message(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.message"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::MessageRule(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.messageRule"),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::MessageTracingRoot(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.messageTracingRoot"),
                )
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::MicrosoftAccountUserConversationMember(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.microsoftAccountUserConversationMember",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
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
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
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
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
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
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MicrosoftStoreForBusinessApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.microsoftStoreForBusinessApp",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.mobileApp"),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.mobileAppAssignment"),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppCategory(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.mobileAppCategory"),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppContent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.mobileAppContent"),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppContentFile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.mobileAppContentFile"),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileAppRelationship(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.mobileAppRelationship"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MobileAppTroubleshootingEvent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.mobileAppTroubleshootingEvent",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileContainedApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.mobileContainedApp"),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::MobileLobApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.mobileLobApp"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::MobileThreatDefenseConnector(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.mobileThreatDefenseConnector",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::MultiTenantOrganization(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.multiTenantOrganization",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::MultiTenantOrganizationIdentitySyncPolicyTemplate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.multiTenantOrganizationIdentitySyncPolicyTemplate",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::MultiTenantOrganizationJoinRequestRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.multiTenantOrganizationJoinRequestRecord",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::MultiTenantOrganizationMember(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.multiTenantOrganizationMember",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::MultiTenantOrganizationPartnerConfigurationTemplate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.multiTenantOrganizationPartnerConfigurationTemplate",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::MultiValueLegacyExtendedProperty(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.multiValueLegacyExtendedProperty",
                    ),
                )
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::MuteParticipantOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.muteParticipantOperation",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Notebook(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.notebook"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::NotificationMessageTemplate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.notificationMessageTemplate",
                    ),
                )
            }
            #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
            Self::OAuth2PermissionGrant(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.oAuth2PermissionGrant"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::OfferShiftRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.offerShiftRequest"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::OfficeGraphInsights(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.officeGraphInsights"),
                )
            }
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::OidcIdentityProvider(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.oidcIdentityProvider"),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAttributeCollectionListener(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onAttributeCollectionListener",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnAttributeCollectionStartCustomExtension(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onAttributeCollectionStartCustomExtension",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAttributeCollectionStartListener(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onAttributeCollectionStartListener",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnAttributeCollectionSubmitCustomExtension(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onAttributeCollectionSubmitCustomExtension",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAttributeCollectionSubmitListener(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onAttributeCollectionSubmitListener",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnAuthenticationMethodLoadStartListener(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onAuthenticationMethodLoadStartListener",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnEmailOtpSendListener(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onEmailOtpSendListener",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnFraudProtectionLoadStartListener(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onFraudProtectionLoadStartListener",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnInteractiveAuthFlowStartListener(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onInteractiveAuthFlowStartListener",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnOtpSendCustomExtension(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onOtpSendCustomExtension",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnPasswordSubmitCustomExtension(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onPasswordSubmitCustomExtension",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnPasswordSubmitListener(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onPasswordSubmitListener",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::OnPremisesConditionalAccessSettings(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onPremisesConditionalAccessSettings",
                    ),
                )
            }
            #[cfg(msgraph_v1_directory_or_search)]
            Self::OnPremisesDirectorySynchronization(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onPremisesDirectorySynchronization",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::OnPremisesSyncBehavior(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onPremisesSyncBehavior",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnTokenIssuanceStartCustomExtension(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onTokenIssuanceStartCustomExtension",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnTokenIssuanceStartListener(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onTokenIssuanceStartListener",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnUserCreateStartListener(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onUserCreateStartListener",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            Self::OnVerifiedIdClaimValidationCustomExtension(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onVerifiedIdClaimValidationCustomExtension",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::OnVerifiedIdClaimValidationListener(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onVerifiedIdClaimValidationListener",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::OneDriveForBusinessBrowseSession(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.oneDriveForBusinessBrowseSession",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::OneDriveForBusinessProtectionPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.oneDriveForBusinessProtectionPolicy",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::OneDriveForBusinessRestoreSession(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.oneDriveForBusinessRestoreSession",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Onenote(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.onenote"),
                )
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteEntityBaseModel(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onenoteEntityBaseModel",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteEntityHierarchyModel(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onenoteEntityHierarchyModel",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteEntitySchemaObjectModel(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onenoteEntitySchemaObjectModel",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.onenoteOperation"),
                )
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenotePage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.onenotePage"),
                )
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteResource(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.onenoteResource"),
                )
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::OnenoteSection(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.onenoteSection"),
                )
            }
            #[cfg(msgraph_v1_core_or_communications)]
            Self::OnlineMeeting(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.onlineMeeting"),
                )
            }
            #[cfg(msgraph_v1_core_or_communications_or_solutions)]
            Self::OnlineMeetingBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.onlineMeetingBase"),
                )
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::OnlineMeetingEngagementConversation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.onlineMeetingEngagementConversation",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::OpenShift(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.openShift"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::OpenShiftChangeRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.openShiftChangeRequest",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::OpenTypeExtension(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.openTypeExtension"),
                )
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Operation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.operation"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::OrgContact(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.orgContact"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::Organization(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.organization"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::OrganizationalBranding(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.organizationalBranding",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::OrganizationalBrandingLocalization(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.organizationalBrandingLocalization",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::OrganizationalBrandingProperties(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.organizationalBrandingProperties",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::OutlookCategory(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.outlookCategory"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::OutlookItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.outlookItem"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::OutlookUser(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.outlookUser"),
                )
            }
            #[cfg(msgraph_v1_policies_or_search)]
            Self::OwnerlessGroupPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.ownerlessGroupPolicy"),
                )
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::Participant(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.participant"),
                )
            }
            #[cfg(msgraph_v1_search)]
            Self::ParticipantJoiningNotification(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.participantJoiningNotification",
                    ),
                )
            }
            #[cfg(msgraph_v1_search)]
            Self::ParticipantLeftNotification(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.participantLeftNotification",
                    ),
                )
            }
            #[cfg(msgraph_v1_reports_or_search)]
            Self::Partners(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.partners"),
                )
            }
            #[cfg(msgraph_v1_reports_or_search)]
            Self::AzureUsage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.partners.billing.azureUsage",
                    ),
                )
            }
            #[cfg(msgraph_v1_reports_or_search)]
            Self::BilledReconciliation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.partners.billing.billedReconciliation",
                    ),
                )
            }
            #[cfg(msgraph_v1_reports_or_search)]
            Self::BilledUsage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.partners.billing.billedUsage",
                    ),
                )
            }
            #[cfg(msgraph_v1_reports_or_search)]
            Self::Billing(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.partners.billing.billing",
                    ),
                )
            }
            #[cfg(msgraph_v1_reports_or_search)]
            Self::BillingReconciliation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.partners.billing.billingReconciliation",
                    ),
                )
            }
            #[cfg(msgraph_v1_reports_or_search)]
            Self::ExportSuccessOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.partners.billing.exportSuccessOperation",
                    ),
                )
            }
            #[cfg(msgraph_v1_reports_or_search)]
            Self::FailedOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.partners.billing.failedOperation",
                    ),
                )
            }
            #[cfg(msgraph_v1_reports_or_search)]
            Self::Manifest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.partners.billing.manifest",
                    ),
                )
            }
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PartnersBillingOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.partners.billing.operation",
                    ),
                )
            }
            #[cfg(msgraph_v1_reports_or_search)]
            Self::RunningOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.partners.billing.runningOperation",
                    ),
                )
            }
            #[cfg(msgraph_v1_reports_or_search)]
            Self::UnbilledReconciliation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.partners.billing.unbilledReconciliation",
                    ),
                )
            }
            #[cfg(msgraph_v1_reports_or_search)]
            Self::UnbilledUsage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.partners.billing.unbilledUsage",
                    ),
                )
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::PasskeyAuthenticationMethodTarget(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.passkeyAuthenticationMethodTarget",
                    ),
                )
            }
            #[cfg(msgraph_v1_search)]
            Self::PasskeyProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.passkeyProfile"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::PasswordAuthenticationMethod(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.passwordAuthenticationMethod",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::Payload(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.payload"),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::PeopleAdminSettings(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.peopleAdminSettings"),
                )
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
            Self::Permission(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.permission"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::PermissionGrantConditionSet(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.permissionGrantConditionSet",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::PermissionGrantPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.permissionGrantPolicy"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::Person(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.person"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::PhoneAuthenticationMethod(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.phoneAuthenticationMethod",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::PhoneUserConversationMember(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.phoneUserConversationMember",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::PinnedChatMessageInfo(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.pinnedChatMessageInfo"),
                )
            }
            #[cfg(msgraph_v1_places_or_search)]
            Self::Place(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.place"),
                )
            }
            #[cfg(msgraph_v1_planner_or_search)]
            Self::Planner(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.planner"),
                )
            }
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerAssignedToTaskBoardTaskFormat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.plannerAssignedToTaskBoardTaskFormat",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerBucket(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.plannerBucket"),
                )
            }
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerBucketTaskBoardTaskFormat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.plannerBucketTaskBoardTaskFormat",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::PlannerGroup(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.plannerGroup"),
                )
            }
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerPlan(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.plannerPlan"),
                )
            }
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerPlanDetails(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.plannerPlanDetails"),
                )
            }
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerProgressTaskBoardTaskFormat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.plannerProgressTaskBoardTaskFormat",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerTask(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.plannerTask"),
                )
            }
            #[cfg(msgraph_v1_core_or_planner)]
            Self::PlannerTaskDetails(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.plannerTaskDetails"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::PlannerUser(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.plannerUser"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::PlatformCredentialAuthenticationMethod(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.platformCredentialAuthenticationMethod",
                    ),
                )
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::PlayPromptOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.playPromptOperation"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::PolicyBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.policyBase"),
                )
            }
            #[cfg(msgraph_v1_policies_or_search)]
            Self::PolicyRoot(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.policyRoot"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::PolicyTemplate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.policyTemplate"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::Post(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.post"),
                )
            }
            #[cfg(msgraph_v1_core_or_communications)]
            Self::Presence(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.presence"),
                )
            }
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintConnector(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.printConnector"),
                )
            }
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrintDocument(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.printDocument"),
                )
            }
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrintJob(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.printJob"),
                )
            }
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.printOperation"),
                )
            }
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintService(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.printService"),
                )
            }
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintServiceEndpoint(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.printServiceEndpoint"),
                )
            }
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrintTask(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.printTask"),
                )
            }
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintTaskDefinition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.printTaskDefinition"),
                )
            }
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrintTaskTrigger(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.printTaskTrigger"),
                )
            }
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PrintUsage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.printUsage"),
                )
            }
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PrintUsageByPrinter(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.printUsageByPrinter"),
                )
            }
            #[cfg(msgraph_v1_reports_or_search)]
            Self::PrintUsageByUser(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.printUsageByUser"),
                )
            }
            #[cfg(msgraph_v1_print_or_search)]
            Self::Printer(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.printer"),
                )
            }
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrinterBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.printerBase"),
                )
            }
            #[cfg(msgraph_v1_print_or_search)]
            Self::PrinterCreateOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.printerCreateOperation",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_print)]
            Self::PrinterShare(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.printerShare"),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroup(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.privilegedAccessGroup"),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentSchedule(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.privilegedAccessGroupAssignmentSchedule",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleInstance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.privilegedAccessGroupAssignmentScheduleInstance",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupAssignmentScheduleRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.privilegedAccessGroupAssignmentScheduleRequest",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilitySchedule(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.privilegedAccessGroupEligibilitySchedule",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleInstance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.privilegedAccessGroupEligibilityScheduleInstance",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessGroupEligibilityScheduleRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.privilegedAccessGroupEligibilityScheduleRequest",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessRoot(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.privilegedAccessRoot"),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessSchedule(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.privilegedAccessSchedule",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleInstance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.privilegedAccessScheduleInstance",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::PrivilegedAccessScheduleRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.privilegedAccessScheduleRequest",
                    ),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ProfileCardProperty(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.profileCardProperty"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::ProfilePhoto(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.profilePhoto"),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ProfilePropertySetting(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.profilePropertySetting",
                    ),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ProfileSource(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.profileSource"),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::PronounsSettings(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.pronounsSettings"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionPolicyBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.protectionPolicyBase"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionRuleBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.protectionRuleBase"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionUnitBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.protectionUnitBase"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ProtectionUnitsBulkJobBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.protectionUnitsBulkJobBase",
                    ),
                )
            }
            #[cfg(msgraph_v1_audit_logs_or_search)]
            Self::ProvisioningObjectSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.provisioningObjectSummary",
                    ),
                )
            }
            #[cfg(msgraph_v1_directory_or_search)]
            Self::PublicKeyInfrastructureRoot(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.publicKeyInfrastructureRoot",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::QrCode(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.qrCode"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::QrCodePinAuthenticationMethod(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.qrCodePinAuthenticationMethod",
                    ),
                )
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::QrCodePinAuthenticationMethodConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.qrCodePinAuthenticationMethodConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::QrPin(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.qrPin"),
                )
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::RbacApplication(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.rbacApplication"),
                )
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReadingAssignmentSubmission(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.readingAssignmentSubmission",
                    ),
                )
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReadingCoachPassage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.readingCoachPassage"),
                )
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::RecordOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.recordOperation"),
                )
            }
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBin(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.recycleBin"),
                )
            }
            #[cfg(msgraph_v1_search_or_storage)]
            Self::RecycleBinItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.recycleBinItem"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::ReferenceAttachment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.referenceAttachment"),
                )
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReflectCheckInResponse(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.reflectCheckInResponse",
                    ),
                )
            }
            #[cfg(msgraph_v1_reports_or_search)]
            Self::RelyingPartyDetailedSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.relyingPartyDetailedSummary",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::RemoteAssistancePartner(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.remoteAssistancePartner",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::RemoteDesktopSecurityConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.remoteDesktopSecurityConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::RemoteTenantGroup(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.remoteTenantGroup"),
                )
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::ReportsRoot(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.reportsRoot"),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
            Self::Request(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.request"),
                )
            }
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            Self::ResellerDelegatedAdminRelationship(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.resellerDelegatedAdminRelationship",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::ResourceOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.resourceOperation"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::ResourceSpecificPermissionGrant(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.resourceSpecificPermissionGrant",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestoreArtifactBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.restoreArtifactBase"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestoreArtifactsBulkRequestBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.restoreArtifactsBulkRequestBase",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestorePoint(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.restorePoint"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::RestoreSessionBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.restoreSessionBase"),
                )
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            Self::RichLongRunningOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.richLongRunningOperation",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskDetection(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.riskDetection"),
                )
            }
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyServicePrincipal(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.riskyServicePrincipal"),
                )
            }
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyServicePrincipalHistoryItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.riskyServicePrincipalHistoryItem",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyUser(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.riskyUser"),
                )
            }
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::RiskyUserHistoryItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.riskyUserHistoryItem"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::RoleAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.roleAssignment"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::RoleDefinition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.roleDefinition"),
                )
            }
            #[cfg(msgraph_v1_places_or_search)]
            Self::Room(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.room"),
                )
            }
            #[cfg(msgraph_v1_places_or_search)]
            Self::RoomList(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.roomList"),
                )
            }
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SamlOrWsFedExternalDomainFederation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.samlOrWsFedExternalDomainFederation",
                    ),
                )
            }
            #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
            Self::SamlOrWsFedProvider(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.samlOrWsFedProvider"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::Schedule(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.schedule"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::ScheduleChangeRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.scheduleChangeRequest"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::SchedulingGroup(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.schedulingGroup"),
                )
            }
            #[cfg(msgraph_v1_schema_extensions_or_search)]
            Self::SchemaExtension(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.schemaExtension"),
                )
            }
            #[cfg(msgraph_v1_core_or_scoped_role_memberships)]
            Self::ScopedRoleMembership(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.scopedRoleMembership"),
                )
            }
            #[cfg(msgraph_v1_search)]
            Self::Acronym(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.search.acronym"),
                )
            }
            #[cfg(msgraph_v1_search)]
            Self::Bookmark(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.search.bookmark"),
                )
            }
            #[cfg(msgraph_v1_search)]
            Self::Qna(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.search.qna"),
                )
            }
            #[cfg(msgraph_v1_search)]
            Self::SearchAnswer(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.search.searchAnswer"),
                )
            }
            #[cfg(msgraph_v1_search)]
            Self::SearchEntity(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.searchEntity"),
                )
            }
            #[cfg(msgraph_v1_places_or_search)]
            Self::Section(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.section"),
                )
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SectionGroup(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.sectionGroup"),
                )
            }
            #[cfg(msgraph_v1_places_or_search)]
            Self::SectionMap(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.sectionMap"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecureScore(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.secureScore"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecureScoreControlProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.secureScoreControlProfile",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecurityAlert(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.security.alert"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::AnalyzedEmail(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.analyzedEmail",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::Article(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.security.article"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::ArticleIndicator(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.articleIndicator",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::Artifact(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.security.artifact"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuditCoreRoot(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.auditCoreRoot",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuditLogQuery(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.auditLogQuery",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuditLogRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.auditLogRecord",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::AuthorityTemplate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.authorityTemplate",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::AutoAuditingConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.autoAuditingConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::Case(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.security.case"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::CaseOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.caseOperation",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::CasesRoot(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.security.casesRoot"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::CategoryTemplate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.categoryTemplate",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::CitationTemplate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.citationTemplate",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::CollaborationRoot(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.collaborationRoot",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::DataSet(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.security.dataSet"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::DataSource(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.security.dataSource"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::DataSourceContainer(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.dataSourceContainer",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::DepartmentTemplate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.departmentTemplate",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryAddToReviewSetOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.ediscoveryAddToReviewSetOperation",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.ediscoveryCase",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCaseMember(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.ediscoveryCaseMember",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCaseSettings(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.ediscoveryCaseSettings",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryCustodian(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.ediscoveryCustodian",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryEstimateOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.ediscoveryEstimateOperation",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryExportOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.ediscoveryExportOperation",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryHoldOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.ediscoveryHoldOperation",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryHoldPolicySyncOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.ediscoveryHoldPolicySyncOperation",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryIndexOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.ediscoveryIndexOperation",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryNoncustodialDataSource(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.ediscoveryNoncustodialDataSource",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryPurgeDataOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.ediscoveryPurgeDataOperation",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryReviewSet(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.ediscoveryReviewSet",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryReviewSetQuery(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.ediscoveryReviewSetQuery",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryReviewTag(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.ediscoveryReviewTag",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoverySearch(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.ediscoverySearch",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoverySearchExportOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.ediscoverySearchExportOperation",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::EdiscoveryTagOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.ediscoveryTagOperation",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::FilePlanDescriptor(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.filePlanDescriptor",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::FilePlanDescriptorTemplate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.filePlanDescriptorTemplate",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::FilePlanReferenceTemplate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.filePlanReferenceTemplate",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::HealthIssue(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.security.healthIssue"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::Host(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.security.host"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostComponent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.hostComponent",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostCookie(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.security.hostCookie"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostPair(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.security.hostPair"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostPort(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.security.hostPort"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostReputation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.hostReputation",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostSslCertificate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.hostSslCertificate",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::HostTracker(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.security.hostTracker"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::Hostname(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.security.hostname"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::IdentityAccounts(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.identityAccounts",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecurityIdentityContainer(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.identityContainer",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::Incident(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.security.incident"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::Indicator(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.security.indicator"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::IntelligenceProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.intelligenceProfile",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::IntelligenceProfileIndicator(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.intelligenceProfileIndicator",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::IpAddress(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.security.ipAddress"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::LabelsRoot(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.security.labelsRoot"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::NetworkAdapter(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.networkAdapter",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::PassiveDnsRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.passiveDnsRecord",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::RetentionEvent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.retentionEvent",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::RetentionEventType(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.retentionEventType",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::RetentionLabel(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.retentionLabel",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::Search(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.security.search"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::Sensor(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.security.sensor"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::SensorCandidate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sensorCandidate",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::SensorCandidateActivationConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sensorCandidateActivationConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::SettingsContainer(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.settingsContainer",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::SiteSource(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.security.siteSource"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::SslCertificate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.sslCertificate",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::SubcategoryTemplate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.subcategoryTemplate",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::Subdomain(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.security.subdomain"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::Tag(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.security.tag"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::ThreatIntelligence(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.threatIntelligence",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::TriggerTypesRoot(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.triggerTypesRoot",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::TriggersRoot(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.security.triggersRoot"),
                )
            }
            #[cfg(msgraph_v1_search)]
            Self::UnclassifiedArtifact(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.unclassifiedArtifact",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::UnifiedGroupSource(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.unifiedGroupSource",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::SecurityUser(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.security.user"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::UserSource(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.security.userSource"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::Vulnerability(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.vulnerability",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::VulnerabilityComponent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.vulnerabilityComponent",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::WhoisBaseRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.whoisBaseRecord",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::WhoisHistoryRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.security.whoisHistoryRecord",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::WhoisRecord(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.security.whoisRecord"),
                )
            }
            #[cfg(msgraph_v1_reports_or_search)]
            Self::SecurityReportsRoot(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.securityReportsRoot"),
                )
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::SendDtmfTonesOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.sendDtmfTonesOperation",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_security)]
            Self::SensitivityLabel(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.sensitivityLabel"),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceAnnouncement(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.serviceAnnouncement"),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceAnnouncementAttachment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.serviceAnnouncementAttachment",
                    ),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceAnnouncementBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.serviceAnnouncementBase",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::ServiceApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.serviceApp"),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceHealth(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.serviceHealth"),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceHealthIssue(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.serviceHealthIssue"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::ServicePrincipal(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.servicePrincipal"),
                )
            }
            #[cfg(msgraph_v1_identity_protection_or_search)]
            Self::ServicePrincipalRiskDetection(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.servicePrincipalRiskDetection",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::ServiceProviderConstraints(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.serviceProviderConstraints",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_storage)]
            Self::ServiceStorageQuotaBreakdown(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.serviceStorageQuotaBreakdown",
                    ),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::ServiceUpdateMessage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.serviceUpdateMessage"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::SettingStateDeviceSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.settingStateDeviceSummary",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SharePointBrowseSession(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.sharePointBrowseSession",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointGroup(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.sharePointGroup"),
                )
            }
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointGroupMember(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.sharePointGroupMember"),
                )
            }
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationEvent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.sharePointMigrationEvent",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationFinishManifestFileUploadEvent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.sharePointMigrationFinishManifestFileUploadEvent",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJob(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.sharePointMigrationJob",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobCancelledEvent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.sharePointMigrationJobCancelledEvent",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobDeletedEvent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.sharePointMigrationJobDeletedEvent",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobErrorEvent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.sharePointMigrationJobErrorEvent",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobPostponedEvent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.sharePointMigrationJobPostponedEvent",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobProgressEvent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.sharePointMigrationJobProgressEvent",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobQueuedEvent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.sharePointMigrationJobQueuedEvent",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_storage)]
            Self::SharePointMigrationJobStartEvent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.sharePointMigrationJobStartEvent",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SharePointProtectionPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.sharePointProtectionPolicy",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SharePointRestoreSession(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.sharePointRestoreSession",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_shares)]
            Self::SharedDriveItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.sharedDriveItem"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::SharedInsight(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.sharedInsight"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::SharedPcConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.sharedPCConfiguration"),
                )
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::SharedWithChannelTeamInfo(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.sharedWithChannelTeamInfo",
                    ),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::Sharepoint(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.sharepoint"),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::SharepointSettings(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.sharepointSettings"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::Shift(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.shift"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::ShiftPreferences(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.shiftPreferences"),
                )
            }
            #[cfg(msgraph_v1_audit_logs_or_search)]
            Self::SignIn(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.signIn"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::Simulation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.simulation"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::SimulationAutomation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.simulationAutomation"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::SimulationAutomationRun(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.simulationAutomationRun",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::SingleValueLegacyExtendedProperty(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.singleValueLegacyExtendedProperty",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Site(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.site"),
                )
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::SitePage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.sitePage"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteProtectionRule(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.siteProtectionRule"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteProtectionUnit(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.siteProtectionUnit"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteProtectionUnitsBulkAdditionJob(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.siteProtectionUnitsBulkAdditionJob",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteRestoreArtifact(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.siteRestoreArtifact"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::SiteRestoreArtifactsBulkAdditionRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.siteRestoreArtifactsBulkAdditionRequest",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::SkypeForBusinessUserConversationMember(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.skypeForBusinessUserConversationMember",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::SkypeUserConversationMember(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.skypeUserConversationMember",
                    ),
                )
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
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
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
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
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            Self::SocialIdentityProvider(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.socialIdentityProvider",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::SoftwareOathAuthenticationMethod(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.softwareOathAuthenticationMethod",
                    ),
                )
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::SoftwareOathAuthenticationMethodConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.softwareOathAuthenticationMethodConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_search)]
            Self::SoftwareUpdateStatusSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.softwareUpdateStatusSummary",
                    ),
                )
            }
            #[cfg(msgraph_v1_education_or_search)]
            Self::SpeakerAssignmentSubmission(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.speakerAssignmentSubmission",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::StandardWebPart(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.standardWebPart"),
                )
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::StartHoldMusicOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.startHoldMusicOperation",
                    ),
                )
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::StopHoldMusicOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.stopHoldMusicOperation",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_storage)]
            Self::StorageQuotaBreakdown(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.storageQuotaBreakdown"),
                )
            }
            #[cfg(msgraph_v1_search_or_storage)]
            Self::StorageSettings(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.storageSettings"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::StsPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.stsPolicy"),
                )
            }
            #[cfg(msgraph_v1_privacy_or_search_or_security)]
            Self::SubjectRightsRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.subjectRightsRequest"),
                )
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::SubscribeToToneOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.subscribeToToneOperation",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_subscribed_skus)]
            Self::SubscribedSku(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.subscribedSku"),
                )
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
            Self::Subscription(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.subscription"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::SwapShiftsChangeRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.swapShiftsChangeRequest",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::Synchronization(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.synchronization"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::SynchronizationJob(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.synchronizationJob"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::SynchronizationSchema(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.synchronizationSchema"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::SynchronizationTemplate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.synchronizationTemplate",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::TargetDeviceGroup(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.targetDeviceGroup"),
                )
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TargetedChatMessage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.targetedChatMessage"),
                )
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::TargetedManagedAppConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.targetedManagedAppConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::TargetedManagedAppPolicyAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.targetedManagedAppPolicyAssignment",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::TargetedManagedAppProtection(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.targetedManagedAppProtection",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::TaskFileAttachment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.taskFileAttachment"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::Team(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.team"),
                )
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TeamInfo(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.teamInfo"),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::NumberAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.teamsAdministration.numberAssignment",
                    ),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::PolicyIdentifierDetail(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.teamsAdministration.policyIdentifierDetail",
                    ),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsAdminRoot(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.teamsAdministration.teamsAdminRoot",
                    ),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsPolicyAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.teamsAdministration.teamsPolicyAssignment",
                    ),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsPolicyUserAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.teamsAdministration.teamsPolicyUserAssignment",
                    ),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TeamsUserConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.teamsAdministration.teamsUserConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TelephoneNumberLongRunningOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.teamsAdministration.telephoneNumberLongRunningOperation",
                    ),
                )
            }
            #[cfg(msgraph_v1_admin_or_search)]
            Self::TelephoneNumberManagementRoot(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.teamsAdministration.telephoneNumberManagementRoot",
                    ),
                )
            }
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::TeamsApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.teamsApp"),
                )
            }
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::TeamsAppDefinition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.teamsAppDefinition"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::TeamsAppInstallation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.teamsAppInstallation"),
                )
            }
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::TeamsAppSettings(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.teamsAppSettings"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::TeamsAsyncOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.teamsAsyncOperation"),
                )
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TeamsTab(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.teamsTab"),
                )
            }
            #[cfg(msgraph_v1_search_or_teams_templates)]
            Self::TeamsTemplate(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.teamsTemplate"),
                )
            }
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::Teamwork(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.teamwork"),
                )
            }
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            Self::TeamworkBot(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.teamworkBot"),
                )
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            Self::TeamworkHostedContent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.teamworkHostedContent"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::TeamworkTag(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.teamworkTag"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::TeamworkTagMember(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.teamworkTagMember"),
                )
            }
            #[cfg(msgraph_v1_core)]
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
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
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
            #[cfg(msgraph_v1_core)]
            Self::TenantAppManagementPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.tenantAppManagementPolicy",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::TenantDataSecurityAndGovernance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.tenantDataSecurityAndGovernance",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::TenantProtectionScopeContainer(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.tenantProtectionScopeContainer",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::TermStoreGroup(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.termStore.group"),
                )
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Relation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.termStore.relation"),
                )
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Set(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.termStore.set"),
                )
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Store(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.termStore.store"),
                )
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::Term(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.termStore.term"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::TermsAndConditions(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.termsAndConditions"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::TermsAndConditionsAcceptanceStatus(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.termsAndConditionsAcceptanceStatus",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::TermsAndConditionsAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.termsAndConditionsAssignment",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::TermsOfUseContainer(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.termsOfUseContainer"),
                )
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::TextWebPart(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.textWebPart"),
                )
            }
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::ThreatAssessmentRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.threatAssessmentRequest",
                    ),
                )
            }
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::ThreatAssessmentResult(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.threatAssessmentResult",
                    ),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::ThumbnailSet(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.thumbnailSet"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::TimeCard(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.timeCard"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::TimeOff(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.timeOff"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::TimeOffReason(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.timeOffReason"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::TimeOffRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.timeOffRequest"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::Todo(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.todo"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::TodoTask(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.todoTask"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::TodoTaskList(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.todoTaskList"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::TokenIssuancePolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.tokenIssuancePolicy"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::TokenLifetimePolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.tokenLifetimePolicy"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::Training(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.training"),
                )
            }
            #[cfg(msgraph_v1_search_or_security)]
            Self::TrainingLanguageDetail(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.trainingLanguageDetail",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::Trending(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.trending"),
                )
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRbacResourceAction(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRbacResourceAction",
                    ),
                )
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRbacResourceNamespace(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRbacResourceNamespace",
                    ),
                )
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.unifiedRoleAssignment"),
                )
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentSchedule(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleAssignmentSchedule",
                    ),
                )
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleInstance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleAssignmentScheduleInstance",
                    ),
                )
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleAssignmentScheduleRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleAssignmentScheduleRequest",
                    ),
                )
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleDefinition(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.unifiedRoleDefinition"),
                )
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilitySchedule(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleEligibilitySchedule",
                    ),
                )
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleInstance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleEligibilityScheduleInstance",
                    ),
                )
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleEligibilityScheduleRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleEligibilityScheduleRequest",
                    ),
                )
            }
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleManagementPolicy",
                    ),
                )
            }
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyApprovalRule(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleManagementPolicyApprovalRule",
                    ),
                )
            }
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleManagementPolicyAssignment",
                    ),
                )
            }
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyAuthenticationContextRule(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleManagementPolicyAuthenticationContextRule",
                    ),
                )
            }
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyEnablementRule(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleManagementPolicyEnablementRule",
                    ),
                )
            }
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyExpirationRule(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleManagementPolicyExpirationRule",
                    ),
                )
            }
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyNotificationRule(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleManagementPolicyNotificationRule",
                    ),
                )
            }
            #[cfg(msgraph_v1_policies_or_search)]
            Self::UnifiedRoleManagementPolicyRule(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleManagementPolicyRule",
                    ),
                )
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleScheduleBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleScheduleBase",
                    ),
                )
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            Self::UnifiedRoleScheduleInstanceBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unifiedRoleScheduleInstanceBase",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_storage)]
            Self::UnifiedStorageQuota(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.unifiedStorageQuota"),
                )
            }
            #[cfg(msgraph_v1_places_or_search)]
            Self::UnitMap(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.unitMap"),
                )
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::UnmuteParticipantOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.unmuteParticipantOperation",
                    ),
                )
            }
            #[cfg(msgraph_v1_communications_or_search)]
            Self::UpdateRecordingStatusOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.updateRecordingStatusOperation",
                    ),
                )
            }
            #[cfg(msgraph_v1_information_protection_or_search)]
            Self::UrlAssessmentRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.urlAssessmentRequest"),
                )
            }
            #[cfg(msgraph_v1_search)]
            Self::UsageRightsIncluded(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.usageRightsIncluded"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::UsedInsight(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.usedInsight"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::User(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.user"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::UserActivity(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.userActivity"),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserConsentRequest(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.userConsentRequest"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::UserDataSecurityAndGovernance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userDataSecurityAndGovernance",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails(
                v,
            ) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId(
                v,
            ) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByOSVersion",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthApplicationPerformance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsAppHealthApplicationPerformance",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDeviceModelPerformance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsAppHealthDeviceModelPerformance",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformance",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthDevicePerformanceDetails(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformanceDetails",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsAppHealthOsVersionPerformance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsAppHealthOSVersionPerformance",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsBaseline(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsBaseline",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsCategory(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsCategory",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDevicePerformance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsDevicePerformance",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceScores(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsDeviceScores",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupHistory(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsDeviceStartupHistory",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcess(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsDeviceStartupProcess",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsDeviceStartupProcessPerformance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsDeviceStartupProcessPerformance",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsMetric(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsMetric",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsMetricHistory(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsMetricHistory",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsModelScores(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsModelScores",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsOverview(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsOverview",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsScoreHistory(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsScoreHistory",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereDevice(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevice",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereMetric(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsWorkFromAnywhereMetric",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::UserExperienceAnalyticsWorkFromAnywhereModelPerformance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userExperienceAnalyticsWorkFromAnywhereModelPerformance",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::UserFlowLanguageConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userFlowLanguageConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::UserFlowLanguagePage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.userFlowLanguagePage"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::UserInsightsSettings(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.userInsightsSettings"),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::UserInstallStateSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userInstallStateSummary",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::UserProtectionScopeContainer(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userProtectionScopeContainer",
                    ),
                )
            }
            #[cfg(msgraph_v1_reports_or_search)]
            Self::UserRegistrationDetails(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userRegistrationDetails",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::UserScopeTeamsAppInstallation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.userScopeTeamsAppInstallation",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::UserSettings(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.userSettings"),
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            Self::UserSignInInsight(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.userSignInInsight"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::UserSolutionRoot(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.userSolutionRoot"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::UserStorage(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.userStorage"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::UserTeamwork(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.userTeamwork"),
                )
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::VerifiableCredentialAuthenticationMethodTarget(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.verifiableCredentialAuthenticationMethodTarget",
                    ),
                )
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::VerifiableCredentialsAuthenticationMethodConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.verifiableCredentialsAuthenticationMethodConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::VerifiedIdProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.verifiedIdProfile"),
                )
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::VerticalSection(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.verticalSection"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::VirtualEndpoint(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.virtualEndpoint"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEvent(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.virtualEvent"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventPresenter(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.virtualEventPresenter"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.virtualEventRegistration",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.virtualEventRegistrationConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationCustomQuestion(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.virtualEventRegistrationCustomQuestion",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationPredefinedQuestion(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.virtualEventRegistrationPredefinedQuestion",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventRegistrationQuestionBase(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.virtualEventRegistrationQuestionBase",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventSession(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.virtualEventSession"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventTownhall(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.virtualEventTownhall"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventTownhallRegistrationConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.virtualEventTownhallRegistrationConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventWebinar(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.virtualEventWebinar"),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventWebinarRegistrationConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.virtualEventWebinarRegistrationConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            Self::VirtualEventsRoot(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.virtualEventsRoot"),
                )
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::VoiceAuthenticationMethodConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.voiceAuthenticationMethodConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::VppToken(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.vppToken"),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WebApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.webApp"),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::WebApplicationFirewallProvider(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.webApplicationFirewallProvider",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            Self::WebApplicationFirewallVerificationModel(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.webApplicationFirewallVerificationModel",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_sites)]
            Self::WebPart(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.webPart"),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::Win32LobApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.win32LobApp"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10CompliancePolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows10CompliancePolicy",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10CustomConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows10CustomConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10EndpointProtectionConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows10EndpointProtectionConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10EnrollmentCompletionPageConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows10EnrollmentCompletionPageConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10EnterpriseModernAppManagementConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows10EnterpriseModernAppManagementConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10GeneralConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows10GeneralConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10MobileCompliancePolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows10MobileCompliancePolicy",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10SecureAssessmentConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows10SecureAssessmentConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows10TeamGeneralConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows10TeamGeneralConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows81CompliancePolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows81CompliancePolicy",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::Windows81GeneralConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windows81GeneralConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsAppX(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.windowsAppX"),
                )
            }
            #[cfg(msgraph_v1_search)]
            Self::WindowsAutopilotDeploymentProfile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsAutopilotDeploymentProfile",
                    ),
                )
            }
            #[cfg(msgraph_v1_search)]
            Self::WindowsAutopilotDeploymentProfileAssignment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsAutopilotDeploymentProfileAssignment",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsAutopilotDeviceIdentity(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsAutopilotDeviceIdentity",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsDefenderAdvancedThreatProtectionConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsDefenderAdvancedThreatProtectionConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::WindowsDeviceMalwareState(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsDeviceMalwareState",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::WindowsHelloForBusinessAuthenticationMethod(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsHelloForBusinessAuthenticationMethod",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::WindowsInformationProtection(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsInformationProtection",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsInformationProtectionAppLearningSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsInformationProtectionAppLearningSummary",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::WindowsInformationProtectionAppLockerFile(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsInformationProtectionAppLockerFile",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsInformationProtectionNetworkLearningSummary(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsInformationProtectionNetworkLearningSummary",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            Self::WindowsInformationProtectionPolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsInformationProtectionPolicy",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsMalwareInformation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsMalwareInformation",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsMicrosoftEdgeApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsMicrosoftEdgeApp",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsMobileMsi(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.windowsMobileMSI"),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsPhone81CompliancePolicy(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsPhone81CompliancePolicy",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsPhone81CustomConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsPhone81CustomConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsPhone81GeneralConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsPhone81GeneralConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_core_or_device_management)]
            Self::WindowsProtectionState(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsProtectionState",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::WindowsSetting(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.windowsSetting"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::WindowsSettingInstance(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsSettingInstance",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsUniversalAppX(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.windowsUniversalAppX"),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsUniversalAppXContainedApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsUniversalAppXContainedApp",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            Self::WindowsUpdateForBusinessConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.windowsUpdateForBusinessConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            Self::WindowsWebApp(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.windowsWebApp"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::WorkHoursAndLocationsSetting(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.workHoursAndLocationsSetting",
                    ),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::WorkPlanOccurrence(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workPlanOccurrence"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::WorkPlanRecurrence(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workPlanRecurrence"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::Workbook(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbook"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookApplication(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookApplication"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChart(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookChart"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAreaFormat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.workbookChartAreaFormat",
                    ),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxes(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookChartAxes"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxis(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookChartAxis"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxisFormat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.workbookChartAxisFormat",
                    ),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxisTitle(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.workbookChartAxisTitle",
                    ),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartAxisTitleFormat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.workbookChartAxisTitleFormat",
                    ),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartDataLabelFormat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.workbookChartDataLabelFormat",
                    ),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartDataLabels(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.workbookChartDataLabels",
                    ),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartFill(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookChartFill"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartFont(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookChartFont"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartGridlines(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.workbookChartGridlines",
                    ),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartGridlinesFormat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.workbookChartGridlinesFormat",
                    ),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartLegend(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookChartLegend"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartLegendFormat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.workbookChartLegendFormat",
                    ),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartLineFormat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.workbookChartLineFormat",
                    ),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartPoint(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookChartPoint"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartPointFormat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.workbookChartPointFormat",
                    ),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartSeries(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookChartSeries"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartSeriesFormat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.workbookChartSeriesFormat",
                    ),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartTitle(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookChartTitle"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookChartTitleFormat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.workbookChartTitleFormat",
                    ),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookComment(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookComment"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookCommentReply(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookCommentReply"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFilter(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookFilter"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFormatProtection(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.workbookFormatProtection",
                    ),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFunctionResult(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.workbookFunctionResult",
                    ),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookFunctions(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookFunctions"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookNamedItem(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookNamedItem"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookOperation(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookOperation"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookPivotTable(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookPivotTable"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRange(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookRange"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeBorder(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookRangeBorder"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeFill(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookRangeFill"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeFont(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookRangeFont"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeFormat(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookRangeFormat"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeSort(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookRangeSort"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookRangeView(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookRangeView"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTable(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookTable"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTableColumn(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookTableColumn"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTableRow(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookTableRow"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookTableSort(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookTableSort"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookWorksheet(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workbookWorksheet"),
                )
            }
            #[cfg(msgraph_v1_drives_or_search)]
            Self::WorkbookWorksheetProtection(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.workbookWorksheetProtection",
                    ),
                )
            }
            #[cfg(msgraph_v1_search_or_teamwork)]
            Self::WorkforceIntegration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workforceIntegration"),
                )
            }
            #[cfg(msgraph_v1_core)]
            Self::WorkingTimeSchedule(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workingTimeSchedule"),
                )
            }
            #[cfg(msgraph_v1_places_or_search)]
            Self::Workspace(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some("#microsoft.graph.workspace"),
                )
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            Self::X509CertificateAuthenticationMethodConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.x509CertificateAuthenticationMethodConfiguration",
                    ),
                )
            }
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            Self::X509CertificateCombinationConfiguration(v) => {
                rt::object::write_members(
                    &**v,
                    w,
                    ::std::option::Option::Some(
                        "#microsoft.graph.x509CertificateCombinationConfiguration",
                    ),
                )
            }
        }
    }
}
