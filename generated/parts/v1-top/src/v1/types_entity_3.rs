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
        match tag {
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.aadUserConversationMember") => {
                rt::object::read_boxed(r, Self::AadUserConversationMember)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessPackage") => {
                rt::object::read_boxed(r, Self::AccessPackage)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessPackageAssignment") => {
                rt::object::read_boxed(r, Self::AccessPackageAssignment)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageAssignmentPolicy",
            ) => rt::object::read_boxed(r, Self::AccessPackageAssignmentPolicy),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageAssignmentRequest",
            ) => rt::object::read_boxed(r, Self::AccessPackageAssignmentRequest),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageAssignmentRequestWorkflowExtension",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::AccessPackageAssignmentRequestWorkflowExtension,
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageAssignmentWorkflowExtension",
            ) => {
                rt::object::read_boxed(r, Self::AccessPackageAssignmentWorkflowExtension)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessPackageCatalog") => {
                rt::object::read_boxed(r, Self::AccessPackageCatalog)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageMultipleChoiceQuestion",
            ) => rt::object::read_boxed(r, Self::AccessPackageMultipleChoiceQuestion),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessPackageQuestion") => {
                rt::object::read_boxed(r, Self::AccessPackageQuestion)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessPackageResource") => {
                rt::object::read_boxed(r, Self::AccessPackageResource)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageResourceEnvironment",
            ) => rt::object::read_boxed(r, Self::AccessPackageResourceEnvironment),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageResourceRequest",
            ) => rt::object::read_boxed(r, Self::AccessPackageResourceRequest),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessPackageResourceRole") => {
                rt::object::read_boxed(r, Self::AccessPackageResourceRole)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageResourceRoleScope",
            ) => rt::object::read_boxed(r, Self::AccessPackageResourceRoleScope),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessPackageResourceScope") => {
                rt::object::read_boxed(r, Self::AccessPackageResourceScope)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessPackageSubject") => {
                rt::object::read_boxed(r, Self::AccessPackageSubject)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessPackageSuggestion") => {
                rt::object::read_boxed(r, Self::AccessPackageSuggestion)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessPackageTextInputQuestion",
            ) => rt::object::read_boxed(r, Self::AccessPackageTextInputQuestion),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessReviewHistoryDefinition",
            ) => rt::object::read_boxed(r, Self::AccessReviewHistoryDefinition),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessReviewHistoryInstance",
            ) => rt::object::read_boxed(r, Self::AccessReviewHistoryInstance),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessReviewInstance") => {
                rt::object::read_boxed(r, Self::AccessReviewInstance)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessReviewInstanceDecisionItem",
            ) => rt::object::read_boxed(r, Self::AccessReviewInstanceDecisionItem),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessReviewReviewer") => {
                rt::object::read_boxed(r, Self::AccessReviewReviewer)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.accessReviewScheduleDefinition",
            ) => rt::object::read_boxed(r, Self::AccessReviewScheduleDefinition),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessReviewSet") => {
                rt::object::read_boxed(r, Self::AccessReviewSet)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.accessReviewStage") => {
                rt::object::read_boxed(r, Self::AccessReviewStage)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.activitiesContainer") => {
                rt::object::read_boxed(r, Self::ActivitiesContainer)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.activityBasedTimeoutPolicy") => {
                rt::object::read_boxed(r, Self::ActivityBasedTimeoutPolicy)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.activityHistoryItem") => {
                rt::object::read_boxed(r, Self::ActivityHistoryItem)
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.addLargeGalleryViewOperation",
            ) => rt::object::read_boxed(r, Self::AddLargeGalleryViewOperation),
            #[cfg(msgraph_v1_core_or_communications)]
            ::std::option::Option::Some("microsoft.graph.adhocCall") => {
                rt::object::read_boxed(r, Self::AdhocCall)
            }
            #[cfg(msgraph_v1_policies_or_search)]
            ::std::option::Option::Some("microsoft.graph.adminConsentRequestPolicy") => {
                rt::object::read_boxed(r, Self::AdminConsentRequestPolicy)
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.adminMicrosoft365Apps") => {
                rt::object::read_boxed(r, Self::AdminMicrosoft365Apps)
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.adminReportSettings") => {
                rt::object::read_boxed(r, Self::AdminReportSettings)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.administrativeUnit") => {
                rt::object::read_boxed(r, Self::AdministrativeUnit)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.agentIdentity") => {
                rt::object::read_boxed(r, Self::AgentIdentity)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.agentIdentityBlueprint") => {
                rt::object::read_boxed(r, Self::AgentIdentityBlueprint)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.agentIdentityBlueprintPrincipal",
            ) => rt::object::read_boxed(r, Self::AgentIdentityBlueprintPrincipal),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.agentUser") => {
                rt::object::read_boxed(r, Self::AgentUser)
            }
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.agreement") => {
                rt::object::read_boxed(r, Self::Agreement)
            }
            #[cfg(
                msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search
            )]
            ::std::option::Option::Some("microsoft.graph.agreementAcceptance") => {
                rt::object::read_boxed(r, Self::AgreementAcceptance)
            }
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.agreementFile") => {
                rt::object::read_boxed(r, Self::AgreementFile)
            }
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.agreementFileLocalization") => {
                rt::object::read_boxed(r, Self::AgreementFileLocalization)
            }
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.agreementFileProperties") => {
                rt::object::read_boxed(r, Self::AgreementFileProperties)
            }
            #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.agreementFileVersion") => {
                rt::object::read_boxed(r, Self::AgreementFileVersion)
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            ::std::option::Option::Some("microsoft.graph.aiInteraction") => {
                rt::object::read_boxed(r, Self::AiInteraction)
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            ::std::option::Option::Some("microsoft.graph.aiInteractionHistory") => {
                rt::object::read_boxed(r, Self::AiInteractionHistory)
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            ::std::option::Option::Some("microsoft.graph.aiOnlineMeeting") => {
                rt::object::read_boxed(r, Self::AiOnlineMeeting)
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            ::std::option::Option::Some("microsoft.graph.aiUser") => {
                rt::object::read_boxed(r, Self::AiUser)
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.akamaiWebApplicationFirewallProvider",
            ) => rt::object::read_boxed(r, Self::AkamaiWebApplicationFirewallProvider),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.alert") => {
                rt::object::read_boxed(r, Self::Alert)
            }
            #[cfg(msgraph_v1_directory_or_search)]
            ::std::option::Option::Some("microsoft.graph.allowedValue") => {
                rt::object::read_boxed(r, Self::AllowedValue)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.androidCompliancePolicy") => {
                rt::object::read_boxed(r, Self::AndroidCompliancePolicy)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.androidCustomConfiguration") => {
                rt::object::read_boxed(r, Self::AndroidCustomConfiguration)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidGeneralDeviceConfiguration",
            ) => rt::object::read_boxed(r, Self::AndroidGeneralDeviceConfiguration),
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.androidLobApp") => {
                rt::object::read_boxed(r, Self::AndroidLobApp)
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.androidManagedAppProtection",
            ) => rt::object::read_boxed(r, Self::AndroidManagedAppProtection),
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidManagedAppRegistration",
            ) => rt::object::read_boxed(r, Self::AndroidManagedAppRegistration),
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.androidStoreApp") => {
                rt::object::read_boxed(r, Self::AndroidStoreApp)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileCompliancePolicy",
            ) => rt::object::read_boxed(r, Self::AndroidWorkProfileCompliancePolicy),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileCustomConfiguration",
            ) => rt::object::read_boxed(r, Self::AndroidWorkProfileCustomConfiguration),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.androidWorkProfileGeneralDeviceConfiguration",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::AndroidWorkProfileGeneralDeviceConfiguration,
                )
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some(
                "microsoft.graph.anonymousGuestConversationMember",
            ) => rt::object::read_boxed(r, Self::AnonymousGuestConversationMember),
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            ::std::option::Option::Some("microsoft.graph.appCatalogs") => {
                rt::object::read_boxed(r, Self::AppCatalogs)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.appConsentApprovalRoute") => {
                rt::object::read_boxed(r, Self::AppConsentApprovalRoute)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.appConsentRequest") => {
                rt::object::read_boxed(r, Self::AppConsentRequest)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.appLogCollectionRequest") => {
                rt::object::read_boxed(r, Self::AppLogCollectionRequest)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.appManagementPolicy") => {
                rt::object::read_boxed(r, Self::AppManagementPolicy)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.appRoleAssignment") => {
                rt::object::read_boxed(r, Self::AppRoleAssignment)
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.appScope") => {
                rt::object::read_boxed(r, Self::AppScope)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.appleDeviceFeaturesConfigurationBase",
            ) => rt::object::read_boxed(r, Self::AppleDeviceFeaturesConfigurationBase),
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.appleManagedIdentityProvider",
            ) => rt::object::read_boxed(r, Self::AppleManagedIdentityProvider),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.applePushNotificationCertificate",
            ) => rt::object::read_boxed(r, Self::ApplePushNotificationCertificate),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.application") => {
                rt::object::read_boxed(r, Self::Application)
            }
            #[cfg(msgraph_v1_application_templates_or_search)]
            ::std::option::Option::Some("microsoft.graph.applicationTemplate") => {
                rt::object::read_boxed(r, Self::ApplicationTemplate)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.approval") => {
                rt::object::read_boxed(r, Self::Approval)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.approvalStage") => {
                rt::object::read_boxed(r, Self::ApprovalStage)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.approvedClientApp") => {
                rt::object::read_boxed(r, Self::ApprovedClientApp)
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.arkoseFraudProtectionProvider",
            ) => rt::object::read_boxed(r, Self::ArkoseFraudProtectionProvider),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.associatedTeamInfo") => {
                rt::object::read_boxed(r, Self::AssociatedTeamInfo)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.attachment") => {
                rt::object::read_boxed(r, Self::Attachment)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.attachmentBase") => {
                rt::object::read_boxed(r, Self::AttachmentBase)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.attachmentSession") => {
                rt::object::read_boxed(r, Self::AttachmentSession)
            }
            #[cfg(msgraph_v1_core_or_security)]
            ::std::option::Option::Some("microsoft.graph.attackSimulationOperation") => {
                rt::object::read_boxed(r, Self::AttackSimulationOperation)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.attackSimulationRoot") => {
                rt::object::read_boxed(r, Self::AttackSimulationRoot)
            }
            #[cfg(msgraph_v1_core_or_communications_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.attendanceRecord") => {
                rt::object::read_boxed(r, Self::AttendanceRecord)
            }
            #[cfg(msgraph_v1_core_or_functions)]
            ::std::option::Option::Some(
                "microsoft.graph.attributeMappingFunctionSchema",
            ) => rt::object::read_boxed(r, Self::AttributeMappingFunctionSchema),
            #[cfg(msgraph_v1_directory_or_search)]
            ::std::option::Option::Some("microsoft.graph.attributeSet") => {
                rt::object::read_boxed(r, Self::AttributeSet)
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.audioRoutingGroup") => {
                rt::object::read_boxed(r, Self::AudioRoutingGroup)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.auditEvent") => {
                rt::object::read_boxed(r, Self::AuditEvent)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.authentication") => {
                rt::object::read_boxed(r, Self::Authentication)
            }
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.authenticationCombinationConfiguration",
            ) => rt::object::read_boxed(r, Self::AuthenticationCombinationConfiguration),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.authenticationContextClassReference",
            ) => rt::object::read_boxed(r, Self::AuthenticationContextClassReference),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.authenticationEventListener",
            ) => rt::object::read_boxed(r, Self::AuthenticationEventListener),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.authenticationEventsFlow") => {
                rt::object::read_boxed(r, Self::AuthenticationEventsFlow)
            }
            #[cfg(msgraph_v1_policies_or_search)]
            ::std::option::Option::Some("microsoft.graph.authenticationFlowsPolicy") => {
                rt::object::read_boxed(r, Self::AuthenticationFlowsPolicy)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.authenticationMethod") => {
                rt::object::read_boxed(r, Self::AuthenticationMethod)
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.authenticationMethodConfiguration",
            ) => rt::object::read_boxed(r, Self::AuthenticationMethodConfiguration),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.authenticationMethodModeDetail",
            ) => rt::object::read_boxed(r, Self::AuthenticationMethodModeDetail),
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some("microsoft.graph.authenticationMethodTarget") => {
                rt::object::read_boxed(r, Self::AuthenticationMethodTarget)
            }
            #[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.authenticationMethodsPolicy",
            ) => rt::object::read_boxed(r, Self::AuthenticationMethodsPolicy),
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.authenticationMethodsRoot") => {
                rt::object::read_boxed(r, Self::AuthenticationMethodsRoot)
            }
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.authenticationStrengthPolicy",
            ) => rt::object::read_boxed(r, Self::AuthenticationStrengthPolicy),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.authenticationStrengthRoot") => {
                rt::object::read_boxed(r, Self::AuthenticationStrengthRoot)
            }
            #[cfg(msgraph_v1_privacy_or_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.authoredNote") => {
                rt::object::read_boxed(r, Self::AuthoredNote)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.authorizationPolicy") => {
                rt::object::read_boxed(r, Self::AuthorizationPolicy)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.availableAccessPackage") => {
                rt::object::read_boxed(r, Self::AvailableAccessPackage)
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some(
                "microsoft.graph.azureCommunicationServicesUserConversationMember",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::AzureCommunicationServicesUserConversationMember,
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.b2xIdentityUserFlow") => {
                rt::object::read_boxed(r, Self::B2xIdentityUserFlow)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.backupRestoreRoot") => {
                rt::object::read_boxed(r, Self::BackupRestoreRoot)
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
            ::std::option::Option::Some("microsoft.graph.baseItem") => {
                rt::object::read_boxed(r, Self::BaseItem)
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.baseItemVersion") => {
                rt::object::read_boxed(r, Self::BaseItemVersion)
            }
            #[cfg(msgraph_v1_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.baseMapFeature") => {
                rt::object::read_boxed(r, Self::BaseMapFeature)
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.baseSitePage") => {
                rt::object::read_boxed(r, Self::BaseSitePage)
            }
            #[cfg(msgraph_v1_information_protection_or_search)]
            ::std::option::Option::Some("microsoft.graph.bitlocker") => {
                rt::object::read_boxed(r, Self::Bitlocker)
            }
            #[cfg(msgraph_v1_information_protection_or_search)]
            ::std::option::Option::Some("microsoft.graph.bitlockerRecoveryKey") => {
                rt::object::read_boxed(r, Self::BitlockerRecoveryKey)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.bookingAppointment") => {
                rt::object::read_boxed(r, Self::BookingAppointment)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.bookingBusiness") => {
                rt::object::read_boxed(r, Self::BookingBusiness)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.bookingCurrency") => {
                rt::object::read_boxed(r, Self::BookingCurrency)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.bookingCustomQuestion") => {
                rt::object::read_boxed(r, Self::BookingCustomQuestion)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.bookingCustomer") => {
                rt::object::read_boxed(r, Self::BookingCustomer)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.bookingCustomerBase") => {
                rt::object::read_boxed(r, Self::BookingCustomerBase)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.bookingService") => {
                rt::object::read_boxed(r, Self::BookingService)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.bookingStaffMember") => {
                rt::object::read_boxed(r, Self::BookingStaffMember)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.bookingStaffMemberBase") => {
                rt::object::read_boxed(r, Self::BookingStaffMemberBase)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.browseSessionBase") => {
                rt::object::read_boxed(r, Self::BrowseSessionBase)
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.browserSharedCookie") => {
                rt::object::read_boxed(r, Self::BrowserSharedCookie)
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.browserSite") => {
                rt::object::read_boxed(r, Self::BrowserSite)
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.browserSiteList") => {
                rt::object::read_boxed(r, Self::BrowserSiteList)
            }
            #[cfg(msgraph_v1_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.building") => {
                rt::object::read_boxed(r, Self::Building)
            }
            #[cfg(msgraph_v1_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.buildingMap") => {
                rt::object::read_boxed(r, Self::BuildingMap)
            }
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.builtInIdentityProvider") => {
                rt::object::read_boxed(r, Self::BuiltInIdentityProvider)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.bulkUpload") => {
                rt::object::read_boxed(r, Self::BulkUpload)
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.caPoliciesDeletableRoot") => {
                rt::object::read_boxed(r, Self::CaPoliciesDeletableRoot)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.calendar") => {
                rt::object::read_boxed(r, Self::Calendar)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.calendarGroup") => {
                rt::object::read_boxed(r, Self::CalendarGroup)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.calendarPermission") => {
                rt::object::read_boxed(r, Self::CalendarPermission)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.calendarSharingMessage") => {
                rt::object::read_boxed(r, Self::CalendarSharingMessage)
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.call") => {
                rt::object::read_boxed(r, Self::Call)
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            ::std::option::Option::Some("microsoft.graph.callAiInsight") => {
                rt::object::read_boxed(r, Self::CallAiInsight)
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some("microsoft.graph.callEvent") => {
                rt::object::read_boxed(r, Self::CallEvent)
            }
            #[cfg(msgraph_v1_core_or_communications)]
            ::std::option::Option::Some("microsoft.graph.callRecording") => {
                rt::object::read_boxed(r, Self::CallRecording)
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.callRecords.callRecord") => {
                rt::object::read_boxed(r, Self::CallRecord)
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.callRecords.organizer") => {
                rt::object::read_boxed(r, Self::Organizer)
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.callRecords.participant") => {
                rt::object::read_boxed(r, Self::CallRecordsParticipant)
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.callRecords.participantBase",
            ) => rt::object::read_boxed(r, Self::ParticipantBase),
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.callRecords.segment") => {
                rt::object::read_boxed(r, Self::Segment)
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.callRecords.session") => {
                rt::object::read_boxed(r, Self::Session)
            }
            #[cfg(msgraph_v1_core_or_communications)]
            ::std::option::Option::Some("microsoft.graph.callTranscript") => {
                rt::object::read_boxed(r, Self::CallTranscript)
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.cancelMediaProcessingOperation",
            ) => rt::object::read_boxed(r, Self::CancelMediaProcessingOperation),
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.canvasLayout") => {
                rt::object::read_boxed(r, Self::CanvasLayout)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.certificateAuthorityDetail") => {
                rt::object::read_boxed(r, Self::CertificateAuthorityDetail)
            }
            #[cfg(msgraph_v1_core_or_certificate_based_auth_configuration)]
            ::std::option::Option::Some(
                "microsoft.graph.certificateBasedAuthConfiguration",
            ) => rt::object::read_boxed(r, Self::CertificateBasedAuthConfiguration),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.certificateBasedAuthPki") => {
                rt::object::read_boxed(r, Self::CertificateBasedAuthPki)
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.changeTrackedEntity") => {
                rt::object::read_boxed(r, Self::ChangeTrackedEntity)
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.channel") => {
                rt::object::read_boxed(r, Self::Channel)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.chat") => {
                rt::object::read_boxed(r, Self::Chat)
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.chatMessage") => {
                rt::object::read_boxed(r, Self::ChatMessage)
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.chatMessageHostedContent") => {
                rt::object::read_boxed(r, Self::ChatMessageHostedContent)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.chatMessageInfo") => {
                rt::object::read_boxed(r, Self::ChatMessageInfo)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.checklistItem") => {
                rt::object::read_boxed(r, Self::ChecklistItem)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.claimsMappingPolicy") => {
                rt::object::read_boxed(r, Self::ClaimsMappingPolicy)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.cloudClipboardItem") => {
                rt::object::read_boxed(r, Self::CloudClipboardItem)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.cloudClipboardRoot") => {
                rt::object::read_boxed(r, Self::CloudClipboardRoot)
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.cloudFlareWebApplicationFirewallProvider",
            ) => {
                rt::object::read_boxed(r, Self::CloudFlareWebApplicationFirewallProvider)
            }
            #[cfg(msgraph_v1_core_or_device_management)]
            ::std::option::Option::Some("microsoft.graph.cloudPC") => {
                rt::object::read_boxed(r, Self::CloudPc)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.cloudPcAuditEvent") => {
                rt::object::read_boxed(r, Self::CloudPcAuditEvent)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.cloudPcDeviceImage") => {
                rt::object::read_boxed(r, Self::CloudPcDeviceImage)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.cloudPcGalleryImage") => {
                rt::object::read_boxed(r, Self::CloudPcGalleryImage)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.cloudPcOnPremisesConnection",
            ) => rt::object::read_boxed(r, Self::CloudPcOnPremisesConnection),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.cloudPcProvisioningPolicy") => {
                rt::object::read_boxed(r, Self::CloudPcProvisioningPolicy)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.cloudPcProvisioningPolicyAssignment",
            ) => rt::object::read_boxed(r, Self::CloudPcProvisioningPolicyAssignment),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.cloudPcReport") => {
                rt::object::read_boxed(r, Self::CloudPcReport)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.cloudPcServicePlan") => {
                rt::object::read_boxed(r, Self::CloudPcServicePlan)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.cloudPcUserSetting") => {
                rt::object::read_boxed(r, Self::CloudPcUserSetting)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.cloudPcUserSettingAssignment",
            ) => rt::object::read_boxed(r, Self::CloudPcUserSettingAssignment),
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
            ::std::option::Option::Some("microsoft.graph.columnDefinition") => {
                rt::object::read_boxed(r, Self::ColumnDefinition)
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.columnLink") => {
                rt::object::read_boxed(r, Self::ColumnLink)
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.commsOperation") => {
                rt::object::read_boxed(r, Self::CommsOperation)
            }
            #[cfg(msgraph_v1_employee_experience_or_search)]
            ::std::option::Option::Some("microsoft.graph.community") => {
                rt::object::read_boxed(r, Self::Community)
            }
            #[cfg(msgraph_v1_directory_or_search)]
            ::std::option::Option::Some("microsoft.graph.companySubscription") => {
                rt::object::read_boxed(r, Self::CompanySubscription)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.complianceManagementPartner",
            ) => rt::object::read_boxed(r, Self::ComplianceManagementPartner),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.conditionalAccessRoot") => {
                rt::object::read_boxed(r, Self::ConditionalAccessRoot)
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.conditionalAccessTemplate") => {
                rt::object::read_boxed(r, Self::ConditionalAccessTemplate)
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.configurationBaseline") => {
                rt::object::read_boxed(r, Self::ConfigurationBaseline)
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.configurationDrift") => {
                rt::object::read_boxed(r, Self::ConfigurationDrift)
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.configurationManagement") => {
                rt::object::read_boxed(r, Self::ConfigurationManagement)
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.configurationMonitor") => {
                rt::object::read_boxed(r, Self::ConfigurationMonitor)
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.configurationMonitoringResult",
            ) => rt::object::read_boxed(r, Self::ConfigurationMonitoringResult),
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.configurationSnapshotJob") => {
                rt::object::read_boxed(r, Self::ConfigurationSnapshotJob)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.connectedOrganization") => {
                rt::object::read_boxed(r, Self::ConnectedOrganization)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.contact") => {
                rt::object::read_boxed(r, Self::Contact)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.contactFolder") => {
                rt::object::read_boxed(r, Self::ContactFolder)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.contentActivity") => {
                rt::object::read_boxed(r, Self::ContentActivity)
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.contentSharingSession") => {
                rt::object::read_boxed(r, Self::ContentSharingSession)
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.contentType") => {
                rt::object::read_boxed(r, Self::ContentType)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.contract") => {
                rt::object::read_boxed(r, Self::Contract)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.controlConfiguration") => {
                rt::object::read_boxed(r, Self::ControlConfiguration)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.conversation") => {
                rt::object::read_boxed(r, Self::Conversation)
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.conversationMember") => {
                rt::object::read_boxed(r, Self::ConversationMember)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.conversationThread") => {
                rt::object::read_boxed(r, Self::ConversationThread)
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            ::std::option::Option::Some("microsoft.graph.copilotAdmin") => {
                rt::object::read_boxed(r, Self::CopilotAdmin)
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            ::std::option::Option::Some("microsoft.graph.copilotAdminCatalog") => {
                rt::object::read_boxed(r, Self::CopilotAdminCatalog)
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            ::std::option::Option::Some("microsoft.graph.copilotAdminLimitedMode") => {
                rt::object::read_boxed(r, Self::CopilotAdminLimitedMode)
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            ::std::option::Option::Some("microsoft.graph.copilotAdminSetting") => {
                rt::object::read_boxed(r, Self::CopilotAdminSetting)
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            ::std::option::Option::Some("microsoft.graph.copilotPackage") => {
                rt::object::read_boxed(r, Self::CopilotPackage)
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            ::std::option::Option::Some("microsoft.graph.copilotPackageDetail") => {
                rt::object::read_boxed(r, Self::CopilotPackageDetail)
            }
            #[cfg(msgraph_v1_copilot_or_search)]
            ::std::option::Option::Some("microsoft.graph.copilotReportRoot") => {
                rt::object::read_boxed(r, Self::CopilotReportRoot)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.crossTenantAccessPolicy") => {
                rt::object::read_boxed(r, Self::CrossTenantAccessPolicy)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.crossTenantAccessPolicyConfigurationDefault",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::CrossTenantAccessPolicyConfigurationDefault,
                )
            }
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.customAuthenticationExtension",
            ) => rt::object::read_boxed(r, Self::CustomAuthenticationExtension),
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.customCalloutExtension") => {
                rt::object::read_boxed(r, Self::CustomCalloutExtension)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.customDataProvidedResource") => {
                rt::object::read_boxed(r, Self::CustomDataProvidedResource)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.customDataProvidedResourceAccessReviewUploadSession",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::CustomDataProvidedResourceAccessReviewUploadSession,
                )
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some(
                "microsoft.graph.customDataProvidedResourceFile",
            ) => rt::object::read_boxed(r, Self::CustomDataProvidedResourceFile),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.customDataProvidedResourceUploadSession",
            ) => rt::object::read_boxed(r, Self::CustomDataProvidedResourceUploadSession),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.customExtensionStageSetting",
            ) => rt::object::read_boxed(r, Self::CustomExtensionStageSetting),
            #[cfg(msgraph_v1_directory_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.customSecurityAttributeDefinition",
            ) => rt::object::read_boxed(r, Self::CustomSecurityAttributeDefinition),
            #[cfg(msgraph_v1_data_policy_operations_or_search)]
            ::std::option::Option::Some("microsoft.graph.dataPolicyOperation") => {
                rt::object::read_boxed(r, Self::DataPolicyOperation)
            }
            #[cfg(msgraph_v1_core_or_security)]
            ::std::option::Option::Some("microsoft.graph.dataSecurityAndGovernance") => {
                rt::object::read_boxed(r, Self::DataSecurityAndGovernance)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.dayNote") => {
                rt::object::read_boxed(r, Self::DayNote)
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.defaultManagedAppProtection",
            ) => rt::object::read_boxed(r, Self::DefaultManagedAppProtection),
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.delegatedAdminAccessAssignment",
            ) => rt::object::read_boxed(r, Self::DelegatedAdminAccessAssignment),
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            ::std::option::Option::Some("microsoft.graph.delegatedAdminCustomer") => {
                rt::object::read_boxed(r, Self::DelegatedAdminCustomer)
            }
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            ::std::option::Option::Some("microsoft.graph.delegatedAdminRelationship") => {
                rt::object::read_boxed(r, Self::DelegatedAdminRelationship)
            }
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.delegatedAdminRelationshipOperation",
            ) => rt::object::read_boxed(r, Self::DelegatedAdminRelationshipOperation),
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.delegatedAdminRelationshipRequest",
            ) => rt::object::read_boxed(r, Self::DelegatedAdminRelationshipRequest),
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.delegatedAdminServiceManagementDetail",
            ) => rt::object::read_boxed(r, Self::DelegatedAdminServiceManagementDetail),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.delegatedAdminServiceProviderConstraints",
            ) => {
                rt::object::read_boxed(r, Self::DelegatedAdminServiceProviderConstraints)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.delegatedPermissionClassification",
            ) => rt::object::read_boxed(r, Self::DelegatedPermissionClassification),
            #[cfg(msgraph_v1_search_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.deletedChat") => {
                rt::object::read_boxed(r, Self::DeletedChat)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.deletedItemContainer") => {
                rt::object::read_boxed(r, Self::DeletedItemContainer)
            }
            #[cfg(msgraph_v1_search_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.deletedTeam") => {
                rt::object::read_boxed(r, Self::DeletedTeam)
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some("microsoft.graph.deltaParticipants") => {
                rt::object::read_boxed(r, Self::DeltaParticipants)
            }
            #[cfg(msgraph_v1_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.desk") => {
                rt::object::read_boxed(r, Self::Desk)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.detectedApp") => {
                rt::object::read_boxed(r, Self::DetectedApp)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.device") => {
                rt::object::read_boxed(r, Self::Device)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceAndAppManagementRoleAssignment",
            ) => rt::object::read_boxed(r, Self::DeviceAndAppManagementRoleAssignment),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceAndAppManagementRoleDefinition",
            ) => rt::object::read_boxed(r, Self::DeviceAndAppManagementRoleDefinition),
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceAppManagement") => {
                rt::object::read_boxed(r, Self::DeviceAppManagement)
            }
            #[cfg(msgraph_v1_core_or_device_management)]
            ::std::option::Option::Some("microsoft.graph.deviceCategory") => {
                rt::object::read_boxed(r, Self::DeviceCategory)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceComplianceActionItem") => {
                rt::object::read_boxed(r, Self::DeviceComplianceActionItem)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceComplianceDeviceOverview",
            ) => rt::object::read_boxed(r, Self::DeviceComplianceDeviceOverview),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceComplianceDeviceStatus",
            ) => rt::object::read_boxed(r, Self::DeviceComplianceDeviceStatus),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceCompliancePolicy") => {
                rt::object::read_boxed(r, Self::DeviceCompliancePolicy)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceCompliancePolicyAssignment",
            ) => rt::object::read_boxed(r, Self::DeviceCompliancePolicyAssignment),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceCompliancePolicyDeviceStateSummary",
            ) => {
                rt::object::read_boxed(r, Self::DeviceCompliancePolicyDeviceStateSummary)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceCompliancePolicySettingStateSummary",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::DeviceCompliancePolicySettingStateSummary,
                )
            }
            #[cfg(msgraph_v1_core_or_device_management)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceCompliancePolicyState",
            ) => rt::object::read_boxed(r, Self::DeviceCompliancePolicyState),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceComplianceScheduledActionForRule",
            ) => rt::object::read_boxed(r, Self::DeviceComplianceScheduledActionForRule),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceComplianceSettingState",
            ) => rt::object::read_boxed(r, Self::DeviceComplianceSettingState),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceComplianceUserOverview",
            ) => rt::object::read_boxed(r, Self::DeviceComplianceUserOverview),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceComplianceUserStatus") => {
                rt::object::read_boxed(r, Self::DeviceComplianceUserStatus)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceConfiguration") => {
                rt::object::read_boxed(r, Self::DeviceConfiguration)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceConfigurationAssignment",
            ) => rt::object::read_boxed(r, Self::DeviceConfigurationAssignment),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceConfigurationDeviceOverview",
            ) => rt::object::read_boxed(r, Self::DeviceConfigurationDeviceOverview),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceConfigurationDeviceStateSummary",
            ) => rt::object::read_boxed(r, Self::DeviceConfigurationDeviceStateSummary),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceConfigurationDeviceStatus",
            ) => rt::object::read_boxed(r, Self::DeviceConfigurationDeviceStatus),
            #[cfg(msgraph_v1_core_or_device_management)]
            ::std::option::Option::Some("microsoft.graph.deviceConfigurationState") => {
                rt::object::read_boxed(r, Self::DeviceConfigurationState)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceConfigurationUserOverview",
            ) => rt::object::read_boxed(r, Self::DeviceConfigurationUserOverview),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceConfigurationUserStatus",
            ) => rt::object::read_boxed(r, Self::DeviceConfigurationUserStatus),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceEnrollmentConfiguration",
            ) => rt::object::read_boxed(r, Self::DeviceEnrollmentConfiguration),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceEnrollmentLimitConfiguration",
            ) => rt::object::read_boxed(r, Self::DeviceEnrollmentLimitConfiguration),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceEnrollmentPlatformRestrictionsConfiguration",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::DeviceEnrollmentPlatformRestrictionsConfiguration,
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceEnrollmentWindowsHelloForBusinessConfiguration",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration,
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceInstallState") => {
                rt::object::read_boxed(r, Self::DeviceInstallState)
            }
            #[cfg(msgraph_v1_directory_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceLocalCredentialInfo") => {
                rt::object::read_boxed(r, Self::DeviceLocalCredentialInfo)
            }
            #[cfg(msgraph_v1_core_or_device_management)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceLogCollectionResponse",
            ) => rt::object::read_boxed(r, Self::DeviceLogCollectionResponse),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceManagement") => {
                rt::object::read_boxed(r, Self::DeviceManagement)
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementCachedReportConfiguration",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::DeviceManagementCachedReportConfiguration,
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementExchangeConnector",
            ) => rt::object::read_boxed(r, Self::DeviceManagementExchangeConnector),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceManagementExportJob") => {
                rt::object::read_boxed(r, Self::DeviceManagementExportJob)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceManagementPartner") => {
                rt::object::read_boxed(r, Self::DeviceManagementPartner)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceManagementReports") => {
                rt::object::read_boxed(r, Self::DeviceManagementReports)
            }
            #[cfg(msgraph_v1_core_or_device_management)]
            ::std::option::Option::Some(
                "microsoft.graph.deviceManagementTroubleshootingEvent",
            ) => rt::object::read_boxed(r, Self::DeviceManagementTroubleshootingEvent),
            #[cfg(msgraph_v1_policies_or_search)]
            ::std::option::Option::Some("microsoft.graph.deviceRegistrationPolicy") => {
                rt::object::read_boxed(r, Self::DeviceRegistrationPolicy)
            }
            #[cfg(msgraph_v1_directory_or_search)]
            ::std::option::Option::Some("microsoft.graph.directory") => {
                rt::object::read_boxed(r, Self::Directory)
            }
            #[cfg(msgraph_v1_audit_logs_or_search)]
            ::std::option::Option::Some("microsoft.graph.directoryAudit") => {
                rt::object::read_boxed(r, Self::DirectoryAudit)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.directoryDefinition") => {
                rt::object::read_boxed(r, Self::DirectoryDefinition)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.directoryObject") => {
                rt::object::read_boxed(r, Self::DirectoryObject)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.directoryObjectPartnerReference",
            ) => rt::object::read_boxed(r, Self::DirectoryObjectPartnerReference),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.directoryRole") => {
                rt::object::read_boxed(r, Self::DirectoryRole)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.directoryRoleTemplate") => {
                rt::object::read_boxed(r, Self::DirectoryRoleTemplate)
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.documentSetVersion") => {
                rt::object::read_boxed(r, Self::DocumentSetVersion)
            }
            #[cfg(msgraph_v1_domains_or_search)]
            ::std::option::Option::Some("microsoft.graph.domain") => {
                rt::object::read_boxed(r, Self::Domain)
            }
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            ::std::option::Option::Some("microsoft.graph.domainDnsCnameRecord") => {
                rt::object::read_boxed(r, Self::DomainDnsCnameRecord)
            }
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            ::std::option::Option::Some("microsoft.graph.domainDnsMxRecord") => {
                rt::object::read_boxed(r, Self::DomainDnsMxRecord)
            }
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            ::std::option::Option::Some("microsoft.graph.domainDnsRecord") => {
                rt::object::read_boxed(r, Self::DomainDnsRecord)
            }
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            ::std::option::Option::Some("microsoft.graph.domainDnsSrvRecord") => {
                rt::object::read_boxed(r, Self::DomainDnsSrvRecord)
            }
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            ::std::option::Option::Some("microsoft.graph.domainDnsTxtRecord") => {
                rt::object::read_boxed(r, Self::DomainDnsTxtRecord)
            }
            #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
            ::std::option::Option::Some("microsoft.graph.domainDnsUnavailableRecord") => {
                rt::object::read_boxed(r, Self::DomainDnsUnavailableRecord)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.drive") => {
                rt::object::read_boxed(r, Self::Drive)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.driveItem") => {
                rt::object::read_boxed(r, Self::DriveItem)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.driveItemVersion") => {
                rt::object::read_boxed(r, Self::DriveItemVersion)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.driveProtectionRule") => {
                rt::object::read_boxed(r, Self::DriveProtectionRule)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.driveProtectionUnit") => {
                rt::object::read_boxed(r, Self::DriveProtectionUnit)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.driveProtectionUnitsBulkAdditionJob",
            ) => rt::object::read_boxed(r, Self::DriveProtectionUnitsBulkAdditionJob),
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.driveRestoreArtifact") => {
                rt::object::read_boxed(r, Self::DriveRestoreArtifact)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.driveRestoreArtifactsBulkAdditionRequest",
            ) => {
                rt::object::read_boxed(r, Self::DriveRestoreArtifactsBulkAdditionRequest)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.eBookInstallSummary") => {
                rt::object::read_boxed(r, Self::EBookInstallSummary)
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.edge") => {
                rt::object::read_boxed(r, Self::Edge)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.editionUpgradeConfiguration",
            ) => rt::object::read_boxed(r, Self::EditionUpgradeConfiguration),
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationAssignment") => {
                rt::object::read_boxed(r, Self::EducationAssignment)
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.educationAssignmentDefaults",
            ) => rt::object::read_boxed(r, Self::EducationAssignmentDefaults),
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.educationAssignmentResource",
            ) => rt::object::read_boxed(r, Self::EducationAssignmentResource),
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.educationAssignmentSettings",
            ) => rt::object::read_boxed(r, Self::EducationAssignmentSettings),
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationCategory") => {
                rt::object::read_boxed(r, Self::EducationCategory)
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationClass") => {
                rt::object::read_boxed(r, Self::EducationClass)
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationFeedbackOutcome") => {
                rt::object::read_boxed(r, Self::EducationFeedbackOutcome)
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.educationFeedbackResourceOutcome",
            ) => rt::object::read_boxed(r, Self::EducationFeedbackResourceOutcome),
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationGradingCategory") => {
                rt::object::read_boxed(r, Self::EducationGradingCategory)
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationGradingScheme") => {
                rt::object::read_boxed(r, Self::EducationGradingScheme)
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationModule") => {
                rt::object::read_boxed(r, Self::EducationModule)
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationModuleResource") => {
                rt::object::read_boxed(r, Self::EducationModuleResource)
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationOrganization") => {
                rt::object::read_boxed(r, Self::EducationOrganization)
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationOutcome") => {
                rt::object::read_boxed(r, Self::EducationOutcome)
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationPointsOutcome") => {
                rt::object::read_boxed(r, Self::EducationPointsOutcome)
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationRubric") => {
                rt::object::read_boxed(r, Self::EducationRubric)
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationRubricOutcome") => {
                rt::object::read_boxed(r, Self::EducationRubricOutcome)
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationSchool") => {
                rt::object::read_boxed(r, Self::EducationSchool)
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationSubmission") => {
                rt::object::read_boxed(r, Self::EducationSubmission)
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.educationSubmissionResource",
            ) => rt::object::read_boxed(r, Self::EducationSubmissionResource),
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.educationUser") => {
                rt::object::read_boxed(r, Self::EducationUser)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.emailAuthenticationMethod") => {
                rt::object::read_boxed(r, Self::EmailAuthenticationMethod)
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.emailAuthenticationMethodConfiguration",
            ) => rt::object::read_boxed(r, Self::EmailAuthenticationMethodConfiguration),
            #[cfg(msgraph_v1_information_protection_or_search)]
            ::std::option::Option::Some("microsoft.graph.emailFileAssessmentRequest") => {
                rt::object::read_boxed(r, Self::EmailFileAssessmentRequest)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.emailNotificationsSetting") => {
                rt::object::read_boxed(r, Self::EmailNotificationsSetting)
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some("microsoft.graph.emergencyCallEvent") => {
                rt::object::read_boxed(r, Self::EmergencyCallEvent)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.employeeExperienceUser") => {
                rt::object::read_boxed(r, Self::EmployeeExperienceUser)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.endUserNotification") => {
                rt::object::read_boxed(r, Self::EndUserNotification)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.endUserNotificationDetail") => {
                rt::object::read_boxed(r, Self::EndUserNotificationDetail)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.endUserSettings") => {
                rt::object::read_boxed(r, Self::EndUserSettings)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.endpoint") => {
                rt::object::read_boxed(r, Self::Endpoint)
            }
            #[cfg(msgraph_v1_core_or_employee_experience)]
            ::std::option::Option::Some("microsoft.graph.engagementAsyncOperation") => {
                rt::object::read_boxed(r, Self::EngagementAsyncOperation)
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.engagementConversation") => {
                rt::object::read_boxed(r, Self::EngagementConversation)
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.engagementConversationDiscussionMessage",
            ) => rt::object::read_boxed(r, Self::EngagementConversationDiscussionMessage),
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.engagementConversationMessage",
            ) => rt::object::read_boxed(r, Self::EngagementConversationMessage),
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.engagementConversationMessageReaction",
            ) => rt::object::read_boxed(r, Self::EngagementConversationMessageReaction),
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.engagementConversationQuestionMessage",
            ) => rt::object::read_boxed(r, Self::EngagementConversationQuestionMessage),
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.engagementConversationSystemMessage",
            ) => rt::object::read_boxed(r, Self::EngagementConversationSystemMessage),
            #[cfg(msgraph_v1_core_or_employee_experience)]
            ::std::option::Option::Some("microsoft.graph.engagementRole") => {
                rt::object::read_boxed(r, Self::EngagementRole)
            }
            #[cfg(msgraph_v1_core_or_employee_experience)]
            ::std::option::Option::Some("microsoft.graph.engagementRoleMember") => {
                rt::object::read_boxed(r, Self::EngagementRoleMember)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.enrollmentConfigurationAssignment",
            ) => rt::object::read_boxed(r, Self::EnrollmentConfigurationAssignment),
            #[cfg(msgraph_v1_core_or_device_management)]
            ::std::option::Option::Some(
                "microsoft.graph.enrollmentTroubleshootingEvent",
            ) => rt::object::read_boxed(r, Self::EnrollmentTroubleshootingEvent),
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some(
                "microsoft.graph.enterpriseCodeSigningCertificate",
            ) => rt::object::read_boxed(r, Self::EnterpriseCodeSigningCertificate),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.entitlementManagement") => {
                rt::object::read_boxed(r, Self::EntitlementManagement)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.entitlementManagementSettings",
            ) => rt::object::read_boxed(r, Self::EntitlementManagementSettings),
            #[cfg(msgraph_v1_directory_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.entraRecoveryServices.recovery",
            ) => rt::object::read_boxed(r, Self::Recovery),
            #[cfg(msgraph_v1_directory_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.entraRecoveryServices.recoveryChangeObjectBase",
            ) => rt::object::read_boxed(r, Self::RecoveryChangeObjectBase),
            #[cfg(msgraph_v1_directory_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.entraRecoveryServices.recoveryJob",
            ) => rt::object::read_boxed(r, Self::RecoveryJob),
            #[cfg(msgraph_v1_directory_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.entraRecoveryServices.recoveryJobBase",
            ) => rt::object::read_boxed(r, Self::RecoveryJobBase),
            #[cfg(msgraph_v1_directory_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.entraRecoveryServices.recoveryPreviewJob",
            ) => rt::object::read_boxed(r, Self::RecoveryPreviewJob),
            #[cfg(msgraph_v1_directory_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.entraRecoveryServices.snapshot",
            ) => rt::object::read_boxed(r, Self::Snapshot),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.event") => {
                rt::object::read_boxed(r, Self::Event)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.eventMessage") => {
                rt::object::read_boxed(r, Self::EventMessage)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.eventMessageRequest") => {
                rt::object::read_boxed(r, Self::EventMessageRequest)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.eventMessageResponse") => {
                rt::object::read_boxed(r, Self::EventMessageResponse)
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.exchangeAdmin") => {
                rt::object::read_boxed(r, Self::ExchangeAdmin)
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.exchangeMessageTrace") => {
                rt::object::read_boxed(r, Self::ExchangeMessageTrace)
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.exchangeMessageTraceDetail") => {
                rt::object::read_boxed(r, Self::ExchangeMessageTraceDetail)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.exchangeProtectionPolicy") => {
                rt::object::read_boxed(r, Self::ExchangeProtectionPolicy)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.exchangeRestoreSession") => {
                rt::object::read_boxed(r, Self::ExchangeRestoreSession)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.exchangeSettings") => {
                rt::object::read_boxed(r, Self::ExchangeSettings)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.extension") => {
                rt::object::read_boxed(r, Self::Extension)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.extensionProperty") => {
                rt::object::read_boxed(r, Self::ExtensionProperty)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.externalAuthenticationMethod",
            ) => rt::object::read_boxed(r, Self::ExternalAuthenticationMethod),
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.externalAuthenticationMethodConfiguration",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::ExternalAuthenticationMethodConfiguration,
                )
            }
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.externalConnectors.connectionOperation",
            ) => rt::object::read_boxed(r, Self::ConnectionOperation),
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.externalConnectors.externalActivity",
            ) => rt::object::read_boxed(r, Self::ExternalActivity),
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.externalConnectors.externalActivityResult",
            ) => rt::object::read_boxed(r, Self::ExternalActivityResult),
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.externalConnectors.externalConnection",
            ) => rt::object::read_boxed(r, Self::ExternalConnection),
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.externalConnectors.externalGroup",
            ) => rt::object::read_boxed(r, Self::ExternalGroup),
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.externalConnectors.externalItem",
            ) => rt::object::read_boxed(r, Self::ExternalItem),
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.externalConnectors.identity",
            ) => rt::object::read_boxed(r, Self::ExternalConnectorsIdentity),
            #[cfg(msgraph_v1_connections_or_external_or_search)]
            ::std::option::Option::Some("microsoft.graph.externalConnectors.schema") => {
                rt::object::read_boxed(r, Self::Schema)
            }
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.externalDomainName") => {
                rt::object::read_boxed(r, Self::ExternalDomainName)
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.externalUsersSelfServiceSignUpEventsFlow",
            ) => {
                rt::object::read_boxed(r, Self::ExternalUsersSelfServiceSignUpEventsFlow)
            }
            #[cfg(msgraph_v1_policies_or_search)]
            ::std::option::Option::Some("microsoft.graph.featureRolloutPolicy") => {
                rt::object::read_boxed(r, Self::FeatureRolloutPolicy)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.federatedIdentityCredential",
            ) => rt::object::read_boxed(r, Self::FederatedIdentityCredential),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.federatedTokenValidationPolicy",
            ) => rt::object::read_boxed(r, Self::FederatedTokenValidationPolicy),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.fido2AuthenticationMethod") => {
                rt::object::read_boxed(r, Self::Fido2AuthenticationMethod)
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.fido2AuthenticationMethodConfiguration",
            ) => rt::object::read_boxed(r, Self::Fido2AuthenticationMethodConfiguration),
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.fido2CombinationConfiguration",
            ) => rt::object::read_boxed(r, Self::Fido2CombinationConfiguration),
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.fieldValueSet") => {
                rt::object::read_boxed(r, Self::FieldValueSet)
            }
            #[cfg(msgraph_v1_information_protection_or_search)]
            ::std::option::Option::Some("microsoft.graph.fileAssessmentRequest") => {
                rt::object::read_boxed(r, Self::FileAssessmentRequest)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.fileAttachment") => {
                rt::object::read_boxed(r, Self::FileAttachment)
            }
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some("microsoft.graph.fileStorage") => {
                rt::object::read_boxed(r, Self::FileStorage)
            }
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some("microsoft.graph.fileStorageContainer") => {
                rt::object::read_boxed(r, Self::FileStorageContainer)
            }
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some("microsoft.graph.fileStorageContainerType") => {
                rt::object::read_boxed(r, Self::FileStorageContainerType)
            }
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some(
                "microsoft.graph.fileStorageContainerTypeRegistration",
            ) => rt::object::read_boxed(r, Self::FileStorageContainerTypeRegistration),
            #[cfg(msgraph_v1_core_or_filter_operators)]
            ::std::option::Option::Some("microsoft.graph.filterOperatorSchema") => {
                rt::object::read_boxed(r, Self::FilterOperatorSchema)
            }
            #[cfg(msgraph_v1_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.fixtureMap") => {
                rt::object::read_boxed(r, Self::FixtureMap)
            }
            #[cfg(msgraph_v1_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.floor") => {
                rt::object::read_boxed(r, Self::Floor)
            }
            #[cfg(msgraph_v1_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.footprintMap") => {
                rt::object::read_boxed(r, Self::FootprintMap)
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.fraudProtectionProvider") => {
                rt::object::read_boxed(r, Self::FraudProtectionProvider)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.governanceInsight") => {
                rt::object::read_boxed(r, Self::GovernanceInsight)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.granularDriveRestoreArtifact",
            ) => rt::object::read_boxed(r, Self::GranularDriveRestoreArtifact),
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.granularMailboxRestoreArtifact",
            ) => rt::object::read_boxed(r, Self::GranularMailboxRestoreArtifact),
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.granularRestoreArtifactBase",
            ) => rt::object::read_boxed(r, Self::GranularRestoreArtifactBase),
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.granularSiteRestoreArtifact",
            ) => rt::object::read_boxed(r, Self::GranularSiteRestoreArtifact),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.group") => {
                rt::object::read_boxed(r, Self::Group)
            }
            #[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
            ::std::option::Option::Some("microsoft.graph.groupLifecyclePolicy") => {
                rt::object::read_boxed(r, Self::GroupLifecyclePolicy)
            }
            #[cfg(msgraph_v1_core_or_group_settings)]
            ::std::option::Option::Some("microsoft.graph.groupSetting") => {
                rt::object::read_boxed(r, Self::GroupSetting)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.groupSettingTemplate") => {
                rt::object::read_boxed(r, Self::GroupSettingTemplate)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.homeRealmDiscoveryPolicy") => {
                rt::object::read_boxed(r, Self::HomeRealmDiscoveryPolicy)
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.horizontalSection") => {
                rt::object::read_boxed(r, Self::HorizontalSection)
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.horizontalSectionColumn") => {
                rt::object::read_boxed(r, Self::HorizontalSectionColumn)
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.humanSecurityFraudProtectionProvider",
            ) => rt::object::read_boxed(r, Self::HumanSecurityFraudProtectionProvider),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.identityApiConnector") => {
                rt::object::read_boxed(r, Self::IdentityApiConnector)
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.identityBuiltInUserFlowAttribute",
            ) => rt::object::read_boxed(r, Self::IdentityBuiltInUserFlowAttribute),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.identityContainer") => {
                rt::object::read_boxed(r, Self::IdentityContainer)
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.identityCustomUserFlowAttribute",
            ) => rt::object::read_boxed(r, Self::IdentityCustomUserFlowAttribute),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.identityGovernance.customTaskExtension",
            ) => rt::object::read_boxed(r, Self::CustomTaskExtension),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.identityGovernance.insights",
            ) => rt::object::read_boxed(r, Self::Insights),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.identityGovernance.lifecycleManagementSettings",
            ) => rt::object::read_boxed(r, Self::LifecycleManagementSettings),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.identityGovernance.lifecycleWorkflowsContainer",
            ) => rt::object::read_boxed(r, Self::LifecycleWorkflowsContainer),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.identityGovernance.run") => {
                rt::object::read_boxed(r, Self::Run)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.identityGovernance.task") => {
                rt::object::read_boxed(r, Self::Task)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.identityGovernance.taskDefinition",
            ) => rt::object::read_boxed(r, Self::TaskDefinition),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.identityGovernance.taskProcessingResult",
            ) => rt::object::read_boxed(r, Self::TaskProcessingResult),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.identityGovernance.taskReport",
            ) => rt::object::read_boxed(r, Self::TaskReport),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.identityGovernance.userProcessingResult",
            ) => rt::object::read_boxed(r, Self::UserProcessingResult),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.identityGovernance.workflowTemplate",
            ) => rt::object::read_boxed(r, Self::WorkflowTemplate),
            #[cfg(msgraph_v1_identity_providers_or_search)]
            ::std::option::Option::Some("microsoft.graph.identityProvider") => {
                rt::object::read_boxed(r, Self::IdentityProvider)
            }
            #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.identityProviderBase") => {
                rt::object::read_boxed(r, Self::IdentityProviderBase)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.identitySecurityDefaultsEnforcementPolicy",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::IdentitySecurityDefaultsEnforcementPolicy,
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.identityUserFlow") => {
                rt::object::read_boxed(r, Self::IdentityUserFlow)
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.identityUserFlowAttribute") => {
                rt::object::read_boxed(r, Self::IdentityUserFlowAttribute)
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.identityUserFlowAttributeAssignment",
            ) => rt::object::read_boxed(r, Self::IdentityUserFlowAttributeAssignment),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.identityVerifiedIdRoot") => {
                rt::object::read_boxed(r, Self::IdentityVerifiedIdRoot)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.importedWindowsAutopilotDeviceIdentity",
            ) => rt::object::read_boxed(r, Self::ImportedWindowsAutopilotDeviceIdentity),
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some(
                "microsoft.graph.importedWindowsAutopilotDeviceIdentityUpload",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::ImportedWindowsAutopilotDeviceIdentityUpload,
                )
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.inferenceClassification") => {
                rt::object::read_boxed(r, Self::InferenceClassification)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.inferenceClassificationOverride",
            ) => rt::object::read_boxed(r, Self::InferenceClassificationOverride),
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.insightsSettings") => {
                rt::object::read_boxed(r, Self::InsightsSettings)
            }
            #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.internalDomainFederation") => {
                rt::object::read_boxed(r, Self::InternalDomainFederation)
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.internetExplorerMode") => {
                rt::object::read_boxed(r, Self::InternetExplorerMode)
            }
            #[cfg(msgraph_v1_invitations_or_search)]
            ::std::option::Option::Some("microsoft.graph.invitation") => {
                rt::object::read_boxed(r, Self::Invitation)
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.inviteParticipantsOperation",
            ) => rt::object::read_boxed(r, Self::InviteParticipantsOperation),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosCertificateProfile") => {
                rt::object::read_boxed(r, Self::IosCertificateProfile)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosCompliancePolicy") => {
                rt::object::read_boxed(r, Self::IosCompliancePolicy)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosCustomConfiguration") => {
                rt::object::read_boxed(r, Self::IosCustomConfiguration)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.iosDeviceFeaturesConfiguration",
            ) => rt::object::read_boxed(r, Self::IosDeviceFeaturesConfiguration),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.iosGeneralDeviceConfiguration",
            ) => rt::object::read_boxed(r, Self::IosGeneralDeviceConfiguration),
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosLobApp") => {
                rt::object::read_boxed(r, Self::IosLobApp)
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some(
                "microsoft.graph.iosLobAppProvisioningConfigurationAssignment",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::IosLobAppProvisioningConfigurationAssignment,
                )
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            ::std::option::Option::Some("microsoft.graph.iosManagedAppProtection") => {
                rt::object::read_boxed(r, Self::IosManagedAppProtection)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosManagedAppRegistration") => {
                rt::object::read_boxed(r, Self::IosManagedAppRegistration)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosMobileAppConfiguration") => {
                rt::object::read_boxed(r, Self::IosMobileAppConfiguration)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosStoreApp") => {
                rt::object::read_boxed(r, Self::IosStoreApp)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosUpdateConfiguration") => {
                rt::object::read_boxed(r, Self::IosUpdateConfiguration)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosUpdateDeviceStatus") => {
                rt::object::read_boxed(r, Self::IosUpdateDeviceStatus)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosVppApp") => {
                rt::object::read_boxed(r, Self::IosVppApp)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosVppEBook") => {
                rt::object::read_boxed(r, Self::IosVppEBook)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosVppEBookAssignment") => {
                rt::object::read_boxed(r, Self::IosVppEBookAssignment)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.iosiPadOSWebClip") => {
                rt::object::read_boxed(r, Self::IosiPadOsWebClip)
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.itemActivity") => {
                rt::object::read_boxed(r, Self::ItemActivity)
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.itemActivityStat") => {
                rt::object::read_boxed(r, Self::ItemActivityStat)
            }
            #[cfg(msgraph_v1_core_or_drives_or_sites)]
            ::std::option::Option::Some("microsoft.graph.itemAnalytics") => {
                rt::object::read_boxed(r, Self::ItemAnalytics)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.itemAttachment") => {
                rt::object::read_boxed(r, Self::ItemAttachment)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.itemInsights") => {
                rt::object::read_boxed(r, Self::ItemInsights)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.itemRetentionLabel") => {
                rt::object::read_boxed(r, Self::ItemRetentionLabel)
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some("microsoft.graph.labelContentRight") => {
                rt::object::read_boxed(r, Self::LabelContentRight)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.landingPage") => {
                rt::object::read_boxed(r, Self::LandingPage)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.landingPageDetail") => {
                rt::object::read_boxed(r, Self::LandingPageDetail)
            }
            #[cfg(msgraph_v1_employee_experience_or_search)]
            ::std::option::Option::Some("microsoft.graph.learningAssignment") => {
                rt::object::read_boxed(r, Self::LearningAssignment)
            }
            #[cfg(msgraph_v1_employee_experience_or_search)]
            ::std::option::Option::Some("microsoft.graph.learningContent") => {
                rt::object::read_boxed(r, Self::LearningContent)
            }
            #[cfg(msgraph_v1_employee_experience_or_search)]
            ::std::option::Option::Some("microsoft.graph.learningCourseActivity") => {
                rt::object::read_boxed(r, Self::LearningCourseActivity)
            }
            #[cfg(msgraph_v1_employee_experience_or_search)]
            ::std::option::Option::Some("microsoft.graph.learningProvider") => {
                rt::object::read_boxed(r, Self::LearningProvider)
            }
            #[cfg(msgraph_v1_employee_experience_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.learningSelfInitiatedCourse",
            ) => rt::object::read_boxed(r, Self::LearningSelfInitiatedCourse),
            #[cfg(msgraph_v1_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.levelMap") => {
                rt::object::read_boxed(r, Self::LevelMap)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.licenseDetails") => {
                rt::object::read_boxed(r, Self::LicenseDetails)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.linkedResource") => {
                rt::object::read_boxed(r, Self::LinkedResource)
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.list") => {
                rt::object::read_boxed(r, Self::List)
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.listItem") => {
                rt::object::read_boxed(r, Self::ListItem)
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.listItemVersion") => {
                rt::object::read_boxed(r, Self::ListItemVersion)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.localizedNotificationMessage",
            ) => rt::object::read_boxed(r, Self::LocalizedNotificationMessage),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.loginPage") => {
                rt::object::read_boxed(r, Self::LoginPage)
            }
            #[cfg(
                msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more
            )]
            ::std::option::Option::Some("microsoft.graph.longRunningOperation") => {
                rt::object::read_boxed(r, Self::LongRunningOperation)
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.m365AppsInstallationOptions",
            ) => rt::object::read_boxed(r, Self::M365AppsInstallationOptions),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOSCompliancePolicy") => {
                rt::object::read_boxed(r, Self::MacOsCompliancePolicy)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOSCustomConfiguration") => {
                rt::object::read_boxed(r, Self::MacOsCustomConfiguration)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSDeviceFeaturesConfiguration",
            ) => rt::object::read_boxed(r, Self::MacOsDeviceFeaturesConfiguration),
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOSDmgApp") => {
                rt::object::read_boxed(r, Self::MacOsDmgApp)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.macOSGeneralDeviceConfiguration",
            ) => rt::object::read_boxed(r, Self::MacOsGeneralDeviceConfiguration),
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOSLobApp") => {
                rt::object::read_boxed(r, Self::MacOsLobApp)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOSMicrosoftDefenderApp") => {
                rt::object::read_boxed(r, Self::MacOsMicrosoftDefenderApp)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOSMicrosoftEdgeApp") => {
                rt::object::read_boxed(r, Self::MacOsMicrosoftEdgeApp)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.macOSOfficeSuiteApp") => {
                rt::object::read_boxed(r, Self::MacOsOfficeSuiteApp)
            }
            #[cfg(msgraph_v1_information_protection_or_search)]
            ::std::option::Option::Some("microsoft.graph.mailAssessmentRequest") => {
                rt::object::read_boxed(r, Self::MailAssessmentRequest)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.mailFolder") => {
                rt::object::read_boxed(r, Self::MailFolder)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.mailSearchFolder") => {
                rt::object::read_boxed(r, Self::MailSearchFolder)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.mailbox") => {
                rt::object::read_boxed(r, Self::Mailbox)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.mailboxFolder") => {
                rt::object::read_boxed(r, Self::MailboxFolder)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.mailboxItem") => {
                rt::object::read_boxed(r, Self::MailboxItem)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.mailboxProtectionRule") => {
                rt::object::read_boxed(r, Self::MailboxProtectionRule)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.mailboxProtectionUnit") => {
                rt::object::read_boxed(r, Self::MailboxProtectionUnit)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.mailboxProtectionUnitsBulkAdditionJob",
            ) => rt::object::read_boxed(r, Self::MailboxProtectionUnitsBulkAdditionJob),
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.mailboxRestoreArtifact") => {
                rt::object::read_boxed(r, Self::MailboxRestoreArtifact)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.mailboxRestoreArtifactsBulkAdditionRequest",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::MailboxRestoreArtifactsBulkAdditionRequest,
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.malwareStateForWindowsDevice",
            ) => rt::object::read_boxed(r, Self::MalwareStateForWindowsDevice),
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedAndroidLobApp") => {
                rt::object::read_boxed(r, Self::ManagedAndroidLobApp)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedAndroidStoreApp") => {
                rt::object::read_boxed(r, Self::ManagedAndroidStoreApp)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedApp") => {
                rt::object::read_boxed(r, Self::ManagedApp)
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            ::std::option::Option::Some("microsoft.graph.managedAppConfiguration") => {
                rt::object::read_boxed(r, Self::ManagedAppConfiguration)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedAppOperation") => {
                rt::object::read_boxed(r, Self::ManagedAppOperation)
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            ::std::option::Option::Some("microsoft.graph.managedAppPolicy") => {
                rt::object::read_boxed(r, Self::ManagedAppPolicy)
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.managedAppPolicyDeploymentSummary",
            ) => rt::object::read_boxed(r, Self::ManagedAppPolicyDeploymentSummary),
            #[cfg(msgraph_v1_core_or_device_app_management)]
            ::std::option::Option::Some("microsoft.graph.managedAppProtection") => {
                rt::object::read_boxed(r, Self::ManagedAppProtection)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedAppRegistration") => {
                rt::object::read_boxed(r, Self::ManagedAppRegistration)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedAppStatus") => {
                rt::object::read_boxed(r, Self::ManagedAppStatus)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedAppStatusRaw") => {
                rt::object::read_boxed(r, Self::ManagedAppStatusRaw)
            }
            #[cfg(msgraph_v1_core_or_device_management)]
            ::std::option::Option::Some("microsoft.graph.managedDevice") => {
                rt::object::read_boxed(r, Self::ManagedDevice)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedDeviceMobileAppConfiguration",
            ) => rt::object::read_boxed(r, Self::ManagedDeviceMobileAppConfiguration),
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedDeviceMobileAppConfigurationAssignment",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::ManagedDeviceMobileAppConfigurationAssignment,
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedDeviceMobileAppConfigurationDeviceStatus",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::ManagedDeviceMobileAppConfigurationDeviceStatus,
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedDeviceMobileAppConfigurationDeviceSummary",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::ManagedDeviceMobileAppConfigurationDeviceSummary,
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedDeviceMobileAppConfigurationUserStatus",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::ManagedDeviceMobileAppConfigurationUserStatus,
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.managedDeviceMobileAppConfigurationUserSummary",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::ManagedDeviceMobileAppConfigurationUserSummary,
                )
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some("microsoft.graph.managedDeviceOverview") => {
                rt::object::read_boxed(r, Self::ManagedDeviceOverview)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedEBook") => {
                rt::object::read_boxed(r, Self::ManagedEBook)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedEBookAssignment") => {
                rt::object::read_boxed(r, Self::ManagedEBookAssignment)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedIOSLobApp") => {
                rt::object::read_boxed(r, Self::ManagedIosLobApp)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedIOSStoreApp") => {
                rt::object::read_boxed(r, Self::ManagedIosStoreApp)
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            ::std::option::Option::Some("microsoft.graph.managedMobileApp") => {
                rt::object::read_boxed(r, Self::ManagedMobileApp)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.managedMobileLobApp") => {
                rt::object::read_boxed(r, Self::ManagedMobileLobApp)
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.mdmWindowsInformationProtectionPolicy",
            ) => rt::object::read_boxed(r, Self::MdmWindowsInformationProtectionPolicy),
            #[cfg(msgraph_v1_core_or_communications_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.meetingAttendanceReport") => {
                rt::object::read_boxed(r, Self::MeetingAttendanceReport)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.membershipOutlierInsight") => {
                rt::object::read_boxed(r, Self::MembershipOutlierInsight)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.message") => {
                rt::object::read_boxed(r, Self::Message)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.messageRule") => {
                rt::object::read_boxed(r, Self::MessageRule)
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.messageTracingRoot") => {
                rt::object::read_boxed(r, Self::MessageTracingRoot)
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some(
                "microsoft.graph.microsoftAccountUserConversationMember",
            ) => rt::object::read_boxed(r, Self::MicrosoftAccountUserConversationMember),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.microsoftAuthenticatorAuthenticationMethod",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::MicrosoftAuthenticatorAuthenticationMethod,
                )
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.microsoftAuthenticatorAuthenticationMethodConfiguration",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration,
                )
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.microsoftAuthenticatorAuthenticationMethodTarget",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::MicrosoftAuthenticatorAuthenticationMethodTarget,
                )
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.microsoftStoreForBusinessApp",
            ) => rt::object::read_boxed(r, Self::MicrosoftStoreForBusinessApp),
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileApp") => {
                rt::object::read_boxed(r, Self::MobileApp)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileAppAssignment") => {
                rt::object::read_boxed(r, Self::MobileAppAssignment)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileAppCategory") => {
                rt::object::read_boxed(r, Self::MobileAppCategory)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileAppContent") => {
                rt::object::read_boxed(r, Self::MobileAppContent)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileAppContentFile") => {
                rt::object::read_boxed(r, Self::MobileAppContentFile)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileAppRelationship") => {
                rt::object::read_boxed(r, Self::MobileAppRelationship)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.mobileAppTroubleshootingEvent",
            ) => rt::object::read_boxed(r, Self::MobileAppTroubleshootingEvent),
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileContainedApp") => {
                rt::object::read_boxed(r, Self::MobileContainedApp)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.mobileLobApp") => {
                rt::object::read_boxed(r, Self::MobileLobApp)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.mobileThreatDefenseConnector",
            ) => rt::object::read_boxed(r, Self::MobileThreatDefenseConnector),
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            ::std::option::Option::Some("microsoft.graph.multiTenantOrganization") => {
                rt::object::read_boxed(r, Self::MultiTenantOrganization)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.multiTenantOrganizationIdentitySyncPolicyTemplate",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::MultiTenantOrganizationIdentitySyncPolicyTemplate,
                )
            }
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.multiTenantOrganizationJoinRequestRecord",
            ) => {
                rt::object::read_boxed(r, Self::MultiTenantOrganizationJoinRequestRecord)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.multiTenantOrganizationMember",
            ) => rt::object::read_boxed(r, Self::MultiTenantOrganizationMember),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.multiTenantOrganizationPartnerConfigurationTemplate",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::MultiTenantOrganizationPartnerConfigurationTemplate,
                )
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.multiValueLegacyExtendedProperty",
            ) => rt::object::read_boxed(r, Self::MultiValueLegacyExtendedProperty),
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.muteParticipantOperation") => {
                rt::object::read_boxed(r, Self::MuteParticipantOperation)
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.notebook") => {
                rt::object::read_boxed(r, Self::Notebook)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.notificationMessageTemplate",
            ) => rt::object::read_boxed(r, Self::NotificationMessageTemplate),
            #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
            ::std::option::Option::Some("microsoft.graph.oAuth2PermissionGrant") => {
                rt::object::read_boxed(r, Self::OAuth2PermissionGrant)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.offerShiftRequest") => {
                rt::object::read_boxed(r, Self::OfferShiftRequest)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.officeGraphInsights") => {
                rt::object::read_boxed(r, Self::OfficeGraphInsights)
            }
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.oidcIdentityProvider") => {
                rt::object::read_boxed(r, Self::OidcIdentityProvider)
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onAttributeCollectionListener",
            ) => rt::object::read_boxed(r, Self::OnAttributeCollectionListener),
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onAttributeCollectionStartCustomExtension",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::OnAttributeCollectionStartCustomExtension,
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onAttributeCollectionStartListener",
            ) => rt::object::read_boxed(r, Self::OnAttributeCollectionStartListener),
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onAttributeCollectionSubmitCustomExtension",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::OnAttributeCollectionSubmitCustomExtension,
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onAttributeCollectionSubmitListener",
            ) => rt::object::read_boxed(r, Self::OnAttributeCollectionSubmitListener),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onAuthenticationMethodLoadStartListener",
            ) => rt::object::read_boxed(r, Self::OnAuthenticationMethodLoadStartListener),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.onEmailOtpSendListener") => {
                rt::object::read_boxed(r, Self::OnEmailOtpSendListener)
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onFraudProtectionLoadStartListener",
            ) => rt::object::read_boxed(r, Self::OnFraudProtectionLoadStartListener),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onInteractiveAuthFlowStartListener",
            ) => rt::object::read_boxed(r, Self::OnInteractiveAuthFlowStartListener),
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.onOtpSendCustomExtension") => {
                rt::object::read_boxed(r, Self::OnOtpSendCustomExtension)
            }
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onPasswordSubmitCustomExtension",
            ) => rt::object::read_boxed(r, Self::OnPasswordSubmitCustomExtension),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.onPasswordSubmitListener") => {
                rt::object::read_boxed(r, Self::OnPasswordSubmitListener)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onPremisesConditionalAccessSettings",
            ) => rt::object::read_boxed(r, Self::OnPremisesConditionalAccessSettings),
            #[cfg(msgraph_v1_directory_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onPremisesDirectorySynchronization",
            ) => rt::object::read_boxed(r, Self::OnPremisesDirectorySynchronization),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.onPremisesSyncBehavior") => {
                rt::object::read_boxed(r, Self::OnPremisesSyncBehavior)
            }
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onTokenIssuanceStartCustomExtension",
            ) => rt::object::read_boxed(r, Self::OnTokenIssuanceStartCustomExtension),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onTokenIssuanceStartListener",
            ) => rt::object::read_boxed(r, Self::OnTokenIssuanceStartListener),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.onUserCreateStartListener") => {
                rt::object::read_boxed(r, Self::OnUserCreateStartListener)
            }
            #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onVerifiedIdClaimValidationCustomExtension",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::OnVerifiedIdClaimValidationCustomExtension,
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onVerifiedIdClaimValidationListener",
            ) => rt::object::read_boxed(r, Self::OnVerifiedIdClaimValidationListener),
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.oneDriveForBusinessBrowseSession",
            ) => rt::object::read_boxed(r, Self::OneDriveForBusinessBrowseSession),
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.oneDriveForBusinessProtectionPolicy",
            ) => rt::object::read_boxed(r, Self::OneDriveForBusinessProtectionPolicy),
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.oneDriveForBusinessRestoreSession",
            ) => rt::object::read_boxed(r, Self::OneDriveForBusinessRestoreSession),
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.onenote") => {
                rt::object::read_boxed(r, Self::Onenote)
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.onenoteEntityBaseModel") => {
                rt::object::read_boxed(r, Self::OnenoteEntityBaseModel)
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some(
                "microsoft.graph.onenoteEntityHierarchyModel",
            ) => rt::object::read_boxed(r, Self::OnenoteEntityHierarchyModel),
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some(
                "microsoft.graph.onenoteEntitySchemaObjectModel",
            ) => rt::object::read_boxed(r, Self::OnenoteEntitySchemaObjectModel),
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.onenoteOperation") => {
                rt::object::read_boxed(r, Self::OnenoteOperation)
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.onenotePage") => {
                rt::object::read_boxed(r, Self::OnenotePage)
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.onenoteResource") => {
                rt::object::read_boxed(r, Self::OnenoteResource)
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.onenoteSection") => {
                rt::object::read_boxed(r, Self::OnenoteSection)
            }
            #[cfg(msgraph_v1_core_or_communications)]
            ::std::option::Option::Some("microsoft.graph.onlineMeeting") => {
                rt::object::read_boxed(r, Self::OnlineMeeting)
            }
            #[cfg(msgraph_v1_core_or_communications_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.onlineMeetingBase") => {
                rt::object::read_boxed(r, Self::OnlineMeetingBase)
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.onlineMeetingEngagementConversation",
            ) => rt::object::read_boxed(r, Self::OnlineMeetingEngagementConversation),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.openShift") => {
                rt::object::read_boxed(r, Self::OpenShift)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.openShiftChangeRequest") => {
                rt::object::read_boxed(r, Self::OpenShiftChangeRequest)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.openTypeExtension") => {
                rt::object::read_boxed(r, Self::OpenTypeExtension)
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.operation") => {
                rt::object::read_boxed(r, Self::Operation)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.orgContact") => {
                rt::object::read_boxed(r, Self::OrgContact)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.organization") => {
                rt::object::read_boxed(r, Self::Organization)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.organizationalBranding") => {
                rt::object::read_boxed(r, Self::OrganizationalBranding)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.organizationalBrandingLocalization",
            ) => rt::object::read_boxed(r, Self::OrganizationalBrandingLocalization),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.organizationalBrandingProperties",
            ) => rt::object::read_boxed(r, Self::OrganizationalBrandingProperties),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.outlookCategory") => {
                rt::object::read_boxed(r, Self::OutlookCategory)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.outlookItem") => {
                rt::object::read_boxed(r, Self::OutlookItem)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.outlookUser") => {
                rt::object::read_boxed(r, Self::OutlookUser)
            }
            #[cfg(msgraph_v1_policies_or_search)]
            ::std::option::Option::Some("microsoft.graph.ownerlessGroupPolicy") => {
                rt::object::read_boxed(r, Self::OwnerlessGroupPolicy)
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.participant") => {
                rt::object::read_boxed(r, Self::Participant)
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some(
                "microsoft.graph.participantJoiningNotification",
            ) => rt::object::read_boxed(r, Self::ParticipantJoiningNotification),
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some(
                "microsoft.graph.participantLeftNotification",
            ) => rt::object::read_boxed(r, Self::ParticipantLeftNotification),
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.partners") => {
                rt::object::read_boxed(r, Self::Partners)
            }
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.partners.billing.azureUsage",
            ) => rt::object::read_boxed(r, Self::AzureUsage),
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.partners.billing.billedReconciliation",
            ) => rt::object::read_boxed(r, Self::BilledReconciliation),
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.partners.billing.billedUsage",
            ) => rt::object::read_boxed(r, Self::BilledUsage),
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.partners.billing.billing") => {
                rt::object::read_boxed(r, Self::Billing)
            }
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.partners.billing.billingReconciliation",
            ) => rt::object::read_boxed(r, Self::BillingReconciliation),
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.partners.billing.exportSuccessOperation",
            ) => rt::object::read_boxed(r, Self::ExportSuccessOperation),
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.partners.billing.failedOperation",
            ) => rt::object::read_boxed(r, Self::FailedOperation),
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.partners.billing.manifest") => {
                rt::object::read_boxed(r, Self::Manifest)
            }
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.partners.billing.operation") => {
                rt::object::read_boxed(r, Self::PartnersBillingOperation)
            }
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.partners.billing.runningOperation",
            ) => rt::object::read_boxed(r, Self::RunningOperation),
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.partners.billing.unbilledReconciliation",
            ) => rt::object::read_boxed(r, Self::UnbilledReconciliation),
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.partners.billing.unbilledUsage",
            ) => rt::object::read_boxed(r, Self::UnbilledUsage),
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.passkeyAuthenticationMethodTarget",
            ) => rt::object::read_boxed(r, Self::PasskeyAuthenticationMethodTarget),
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some("microsoft.graph.passkeyProfile") => {
                rt::object::read_boxed(r, Self::PasskeyProfile)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.passwordAuthenticationMethod",
            ) => rt::object::read_boxed(r, Self::PasswordAuthenticationMethod),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.payload") => {
                rt::object::read_boxed(r, Self::Payload)
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.peopleAdminSettings") => {
                rt::object::read_boxed(r, Self::PeopleAdminSettings)
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
            ::std::option::Option::Some("microsoft.graph.permission") => {
                rt::object::read_boxed(r, Self::Permission)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.permissionGrantConditionSet",
            ) => rt::object::read_boxed(r, Self::PermissionGrantConditionSet),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.permissionGrantPolicy") => {
                rt::object::read_boxed(r, Self::PermissionGrantPolicy)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.person") => {
                rt::object::read_boxed(r, Self::Person)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.phoneAuthenticationMethod") => {
                rt::object::read_boxed(r, Self::PhoneAuthenticationMethod)
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some(
                "microsoft.graph.phoneUserConversationMember",
            ) => rt::object::read_boxed(r, Self::PhoneUserConversationMember),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.pinnedChatMessageInfo") => {
                rt::object::read_boxed(r, Self::PinnedChatMessageInfo)
            }
            #[cfg(msgraph_v1_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.place") => {
                rt::object::read_boxed(r, Self::Place)
            }
            #[cfg(msgraph_v1_planner_or_search)]
            ::std::option::Option::Some("microsoft.graph.planner") => {
                rt::object::read_boxed(r, Self::Planner)
            }
            #[cfg(msgraph_v1_core_or_planner)]
            ::std::option::Option::Some(
                "microsoft.graph.plannerAssignedToTaskBoardTaskFormat",
            ) => rt::object::read_boxed(r, Self::PlannerAssignedToTaskBoardTaskFormat),
            #[cfg(msgraph_v1_core_or_planner)]
            ::std::option::Option::Some("microsoft.graph.plannerBucket") => {
                rt::object::read_boxed(r, Self::PlannerBucket)
            }
            #[cfg(msgraph_v1_core_or_planner)]
            ::std::option::Option::Some(
                "microsoft.graph.plannerBucketTaskBoardTaskFormat",
            ) => rt::object::read_boxed(r, Self::PlannerBucketTaskBoardTaskFormat),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.plannerGroup") => {
                rt::object::read_boxed(r, Self::PlannerGroup)
            }
            #[cfg(msgraph_v1_core_or_planner)]
            ::std::option::Option::Some("microsoft.graph.plannerPlan") => {
                rt::object::read_boxed(r, Self::PlannerPlan)
            }
            #[cfg(msgraph_v1_core_or_planner)]
            ::std::option::Option::Some("microsoft.graph.plannerPlanDetails") => {
                rt::object::read_boxed(r, Self::PlannerPlanDetails)
            }
            #[cfg(msgraph_v1_core_or_planner)]
            ::std::option::Option::Some(
                "microsoft.graph.plannerProgressTaskBoardTaskFormat",
            ) => rt::object::read_boxed(r, Self::PlannerProgressTaskBoardTaskFormat),
            #[cfg(msgraph_v1_core_or_planner)]
            ::std::option::Option::Some("microsoft.graph.plannerTask") => {
                rt::object::read_boxed(r, Self::PlannerTask)
            }
            #[cfg(msgraph_v1_core_or_planner)]
            ::std::option::Option::Some("microsoft.graph.plannerTaskDetails") => {
                rt::object::read_boxed(r, Self::PlannerTaskDetails)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.plannerUser") => {
                rt::object::read_boxed(r, Self::PlannerUser)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.platformCredentialAuthenticationMethod",
            ) => rt::object::read_boxed(r, Self::PlatformCredentialAuthenticationMethod),
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.playPromptOperation") => {
                rt::object::read_boxed(r, Self::PlayPromptOperation)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.policyBase") => {
                rt::object::read_boxed(r, Self::PolicyBase)
            }
            #[cfg(msgraph_v1_policies_or_search)]
            ::std::option::Option::Some("microsoft.graph.policyRoot") => {
                rt::object::read_boxed(r, Self::PolicyRoot)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.policyTemplate") => {
                rt::object::read_boxed(r, Self::PolicyTemplate)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.post") => {
                rt::object::read_boxed(r, Self::Post)
            }
            #[cfg(msgraph_v1_core_or_communications)]
            ::std::option::Option::Some("microsoft.graph.presence") => {
                rt::object::read_boxed(r, Self::Presence)
            }
            #[cfg(msgraph_v1_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printConnector") => {
                rt::object::read_boxed(r, Self::PrintConnector)
            }
            #[cfg(msgraph_v1_core_or_print)]
            ::std::option::Option::Some("microsoft.graph.printDocument") => {
                rt::object::read_boxed(r, Self::PrintDocument)
            }
            #[cfg(msgraph_v1_core_or_print)]
            ::std::option::Option::Some("microsoft.graph.printJob") => {
                rt::object::read_boxed(r, Self::PrintJob)
            }
            #[cfg(msgraph_v1_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printOperation") => {
                rt::object::read_boxed(r, Self::PrintOperation)
            }
            #[cfg(msgraph_v1_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printService") => {
                rt::object::read_boxed(r, Self::PrintService)
            }
            #[cfg(msgraph_v1_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printServiceEndpoint") => {
                rt::object::read_boxed(r, Self::PrintServiceEndpoint)
            }
            #[cfg(msgraph_v1_core_or_print)]
            ::std::option::Option::Some("microsoft.graph.printTask") => {
                rt::object::read_boxed(r, Self::PrintTask)
            }
            #[cfg(msgraph_v1_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printTaskDefinition") => {
                rt::object::read_boxed(r, Self::PrintTaskDefinition)
            }
            #[cfg(msgraph_v1_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printTaskTrigger") => {
                rt::object::read_boxed(r, Self::PrintTaskTrigger)
            }
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.printUsage") => {
                rt::object::read_boxed(r, Self::PrintUsage)
            }
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.printUsageByPrinter") => {
                rt::object::read_boxed(r, Self::PrintUsageByPrinter)
            }
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.printUsageByUser") => {
                rt::object::read_boxed(r, Self::PrintUsageByUser)
            }
            #[cfg(msgraph_v1_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printer") => {
                rt::object::read_boxed(r, Self::Printer)
            }
            #[cfg(msgraph_v1_core_or_print)]
            ::std::option::Option::Some("microsoft.graph.printerBase") => {
                rt::object::read_boxed(r, Self::PrinterBase)
            }
            #[cfg(msgraph_v1_print_or_search)]
            ::std::option::Option::Some("microsoft.graph.printerCreateOperation") => {
                rt::object::read_boxed(r, Self::PrinterCreateOperation)
            }
            #[cfg(msgraph_v1_core_or_print)]
            ::std::option::Option::Some("microsoft.graph.printerShare") => {
                rt::object::read_boxed(r, Self::PrinterShare)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.privilegedAccessGroup") => {
                rt::object::read_boxed(r, Self::PrivilegedAccessGroup)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessGroupAssignmentSchedule",
            ) => rt::object::read_boxed(r, Self::PrivilegedAccessGroupAssignmentSchedule),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessGroupAssignmentScheduleInstance",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::PrivilegedAccessGroupAssignmentScheduleInstance,
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessGroupAssignmentScheduleRequest",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::PrivilegedAccessGroupAssignmentScheduleRequest,
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessGroupEligibilitySchedule",
            ) => {
                rt::object::read_boxed(r, Self::PrivilegedAccessGroupEligibilitySchedule)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessGroupEligibilityScheduleInstance",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::PrivilegedAccessGroupEligibilityScheduleInstance,
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessGroupEligibilityScheduleRequest",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::PrivilegedAccessGroupEligibilityScheduleRequest,
                )
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.privilegedAccessRoot") => {
                rt::object::read_boxed(r, Self::PrivilegedAccessRoot)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.privilegedAccessSchedule") => {
                rt::object::read_boxed(r, Self::PrivilegedAccessSchedule)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessScheduleInstance",
            ) => rt::object::read_boxed(r, Self::PrivilegedAccessScheduleInstance),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.privilegedAccessScheduleRequest",
            ) => rt::object::read_boxed(r, Self::PrivilegedAccessScheduleRequest),
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.profileCardProperty") => {
                rt::object::read_boxed(r, Self::ProfileCardProperty)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.profilePhoto") => {
                rt::object::read_boxed(r, Self::ProfilePhoto)
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.profilePropertySetting") => {
                rt::object::read_boxed(r, Self::ProfilePropertySetting)
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.profileSource") => {
                rt::object::read_boxed(r, Self::ProfileSource)
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.pronounsSettings") => {
                rt::object::read_boxed(r, Self::PronounsSettings)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.protectionPolicyBase") => {
                rt::object::read_boxed(r, Self::ProtectionPolicyBase)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.protectionRuleBase") => {
                rt::object::read_boxed(r, Self::ProtectionRuleBase)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.protectionUnitBase") => {
                rt::object::read_boxed(r, Self::ProtectionUnitBase)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.protectionUnitsBulkJobBase") => {
                rt::object::read_boxed(r, Self::ProtectionUnitsBulkJobBase)
            }
            #[cfg(msgraph_v1_audit_logs_or_search)]
            ::std::option::Option::Some("microsoft.graph.provisioningObjectSummary") => {
                rt::object::read_boxed(r, Self::ProvisioningObjectSummary)
            }
            #[cfg(msgraph_v1_directory_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.publicKeyInfrastructureRoot",
            ) => rt::object::read_boxed(r, Self::PublicKeyInfrastructureRoot),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.qrCode") => {
                rt::object::read_boxed(r, Self::QrCode)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.qrCodePinAuthenticationMethod",
            ) => rt::object::read_boxed(r, Self::QrCodePinAuthenticationMethod),
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.qrCodePinAuthenticationMethodConfiguration",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::QrCodePinAuthenticationMethodConfiguration,
                )
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.qrPin") => {
                rt::object::read_boxed(r, Self::QrPin)
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.rbacApplication") => {
                rt::object::read_boxed(r, Self::RbacApplication)
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.readingAssignmentSubmission",
            ) => rt::object::read_boxed(r, Self::ReadingAssignmentSubmission),
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.readingCoachPassage") => {
                rt::object::read_boxed(r, Self::ReadingCoachPassage)
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.recordOperation") => {
                rt::object::read_boxed(r, Self::RecordOperation)
            }
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some("microsoft.graph.recycleBin") => {
                rt::object::read_boxed(r, Self::RecycleBin)
            }
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some("microsoft.graph.recycleBinItem") => {
                rt::object::read_boxed(r, Self::RecycleBinItem)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.referenceAttachment") => {
                rt::object::read_boxed(r, Self::ReferenceAttachment)
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.reflectCheckInResponse") => {
                rt::object::read_boxed(r, Self::ReflectCheckInResponse)
            }
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.relyingPartyDetailedSummary",
            ) => rt::object::read_boxed(r, Self::RelyingPartyDetailedSummary),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.remoteAssistancePartner") => {
                rt::object::read_boxed(r, Self::RemoteAssistancePartner)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.remoteDesktopSecurityConfiguration",
            ) => rt::object::read_boxed(r, Self::RemoteDesktopSecurityConfiguration),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.remoteTenantGroup") => {
                rt::object::read_boxed(r, Self::RemoteTenantGroup)
            }
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some("microsoft.graph.reportsRoot") => {
                rt::object::read_boxed(r, Self::ReportsRoot)
            }
            #[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.request") => {
                rt::object::read_boxed(r, Self::Request)
            }
            #[cfg(msgraph_v1_search_or_tenant_relationships)]
            ::std::option::Option::Some(
                "microsoft.graph.resellerDelegatedAdminRelationship",
            ) => rt::object::read_boxed(r, Self::ResellerDelegatedAdminRelationship),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.resourceOperation") => {
                rt::object::read_boxed(r, Self::ResourceOperation)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.resourceSpecificPermissionGrant",
            ) => rt::object::read_boxed(r, Self::ResourceSpecificPermissionGrant),
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.restoreArtifactBase") => {
                rt::object::read_boxed(r, Self::RestoreArtifactBase)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.restoreArtifactsBulkRequestBase",
            ) => rt::object::read_boxed(r, Self::RestoreArtifactsBulkRequestBase),
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.restorePoint") => {
                rt::object::read_boxed(r, Self::RestorePoint)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.restoreSessionBase") => {
                rt::object::read_boxed(r, Self::RestoreSessionBase)
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
            ::std::option::Option::Some("microsoft.graph.richLongRunningOperation") => {
                rt::object::read_boxed(r, Self::RichLongRunningOperation)
            }
            #[cfg(msgraph_v1_identity_protection_or_search)]
            ::std::option::Option::Some("microsoft.graph.riskDetection") => {
                rt::object::read_boxed(r, Self::RiskDetection)
            }
            #[cfg(msgraph_v1_identity_protection_or_search)]
            ::std::option::Option::Some("microsoft.graph.riskyServicePrincipal") => {
                rt::object::read_boxed(r, Self::RiskyServicePrincipal)
            }
            #[cfg(msgraph_v1_identity_protection_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.riskyServicePrincipalHistoryItem",
            ) => rt::object::read_boxed(r, Self::RiskyServicePrincipalHistoryItem),
            #[cfg(msgraph_v1_identity_protection_or_search)]
            ::std::option::Option::Some("microsoft.graph.riskyUser") => {
                rt::object::read_boxed(r, Self::RiskyUser)
            }
            #[cfg(msgraph_v1_identity_protection_or_search)]
            ::std::option::Option::Some("microsoft.graph.riskyUserHistoryItem") => {
                rt::object::read_boxed(r, Self::RiskyUserHistoryItem)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.roleAssignment") => {
                rt::object::read_boxed(r, Self::RoleAssignment)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.roleDefinition") => {
                rt::object::read_boxed(r, Self::RoleDefinition)
            }
            #[cfg(msgraph_v1_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.room") => {
                rt::object::read_boxed(r, Self::Room)
            }
            #[cfg(msgraph_v1_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.roomList") => {
                rt::object::read_boxed(r, Self::RoomList)
            }
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.samlOrWsFedExternalDomainFederation",
            ) => rt::object::read_boxed(r, Self::SamlOrWsFedExternalDomainFederation),
            #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.samlOrWsFedProvider") => {
                rt::object::read_boxed(r, Self::SamlOrWsFedProvider)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.schedule") => {
                rt::object::read_boxed(r, Self::Schedule)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.scheduleChangeRequest") => {
                rt::object::read_boxed(r, Self::ScheduleChangeRequest)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.schedulingGroup") => {
                rt::object::read_boxed(r, Self::SchedulingGroup)
            }
            #[cfg(msgraph_v1_schema_extensions_or_search)]
            ::std::option::Option::Some("microsoft.graph.schemaExtension") => {
                rt::object::read_boxed(r, Self::SchemaExtension)
            }
            #[cfg(msgraph_v1_core_or_scoped_role_memberships)]
            ::std::option::Option::Some("microsoft.graph.scopedRoleMembership") => {
                rt::object::read_boxed(r, Self::ScopedRoleMembership)
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some("microsoft.graph.search.acronym") => {
                rt::object::read_boxed(r, Self::Acronym)
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some("microsoft.graph.search.bookmark") => {
                rt::object::read_boxed(r, Self::Bookmark)
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some("microsoft.graph.search.qna") => {
                rt::object::read_boxed(r, Self::Qna)
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some("microsoft.graph.search.searchAnswer") => {
                rt::object::read_boxed(r, Self::SearchAnswer)
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some("microsoft.graph.searchEntity") => {
                rt::object::read_boxed(r, Self::SearchEntity)
            }
            #[cfg(msgraph_v1_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.section") => {
                rt::object::read_boxed(r, Self::Section)
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.sectionGroup") => {
                rt::object::read_boxed(r, Self::SectionGroup)
            }
            #[cfg(msgraph_v1_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.sectionMap") => {
                rt::object::read_boxed(r, Self::SectionMap)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.secureScore") => {
                rt::object::read_boxed(r, Self::SecureScore)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.secureScoreControlProfile") => {
                rt::object::read_boxed(r, Self::SecureScoreControlProfile)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.alert") => {
                rt::object::read_boxed(r, Self::SecurityAlert)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.analyzedEmail") => {
                rt::object::read_boxed(r, Self::AnalyzedEmail)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.article") => {
                rt::object::read_boxed(r, Self::Article)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.articleIndicator") => {
                rt::object::read_boxed(r, Self::ArticleIndicator)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.artifact") => {
                rt::object::read_boxed(r, Self::Artifact)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.auditCoreRoot") => {
                rt::object::read_boxed(r, Self::AuditCoreRoot)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.auditLogQuery") => {
                rt::object::read_boxed(r, Self::AuditLogQuery)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.auditLogRecord") => {
                rt::object::read_boxed(r, Self::AuditLogRecord)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.authorityTemplate") => {
                rt::object::read_boxed(r, Self::AuthorityTemplate)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.autoAuditingConfiguration",
            ) => rt::object::read_boxed(r, Self::AutoAuditingConfiguration),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.case") => {
                rt::object::read_boxed(r, Self::Case)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.caseOperation") => {
                rt::object::read_boxed(r, Self::CaseOperation)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.casesRoot") => {
                rt::object::read_boxed(r, Self::CasesRoot)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.categoryTemplate") => {
                rt::object::read_boxed(r, Self::CategoryTemplate)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.citationTemplate") => {
                rt::object::read_boxed(r, Self::CitationTemplate)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.collaborationRoot") => {
                rt::object::read_boxed(r, Self::CollaborationRoot)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.dataSet") => {
                rt::object::read_boxed(r, Self::DataSet)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.dataSource") => {
                rt::object::read_boxed(r, Self::DataSource)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.dataSourceContainer",
            ) => rt::object::read_boxed(r, Self::DataSourceContainer),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.departmentTemplate",
            ) => rt::object::read_boxed(r, Self::DepartmentTemplate),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.ediscoveryAddToReviewSetOperation",
            ) => rt::object::read_boxed(r, Self::EdiscoveryAddToReviewSetOperation),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.ediscoveryCase") => {
                rt::object::read_boxed(r, Self::EdiscoveryCase)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.ediscoveryCaseMember",
            ) => rt::object::read_boxed(r, Self::EdiscoveryCaseMember),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.ediscoveryCaseSettings",
            ) => rt::object::read_boxed(r, Self::EdiscoveryCaseSettings),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.ediscoveryCustodian",
            ) => rt::object::read_boxed(r, Self::EdiscoveryCustodian),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.ediscoveryEstimateOperation",
            ) => rt::object::read_boxed(r, Self::EdiscoveryEstimateOperation),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.ediscoveryExportOperation",
            ) => rt::object::read_boxed(r, Self::EdiscoveryExportOperation),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.ediscoveryHoldOperation",
            ) => rt::object::read_boxed(r, Self::EdiscoveryHoldOperation),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.ediscoveryHoldPolicySyncOperation",
            ) => rt::object::read_boxed(r, Self::EdiscoveryHoldPolicySyncOperation),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.ediscoveryIndexOperation",
            ) => rt::object::read_boxed(r, Self::EdiscoveryIndexOperation),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.ediscoveryNoncustodialDataSource",
            ) => rt::object::read_boxed(r, Self::EdiscoveryNoncustodialDataSource),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.ediscoveryPurgeDataOperation",
            ) => rt::object::read_boxed(r, Self::EdiscoveryPurgeDataOperation),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.ediscoveryReviewSet",
            ) => rt::object::read_boxed(r, Self::EdiscoveryReviewSet),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.ediscoveryReviewSetQuery",
            ) => rt::object::read_boxed(r, Self::EdiscoveryReviewSetQuery),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.ediscoveryReviewTag",
            ) => rt::object::read_boxed(r, Self::EdiscoveryReviewTag),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.ediscoverySearch") => {
                rt::object::read_boxed(r, Self::EdiscoverySearch)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.ediscoverySearchExportOperation",
            ) => rt::object::read_boxed(r, Self::EdiscoverySearchExportOperation),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.ediscoveryTagOperation",
            ) => rt::object::read_boxed(r, Self::EdiscoveryTagOperation),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.filePlanDescriptor",
            ) => rt::object::read_boxed(r, Self::FilePlanDescriptor),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.filePlanDescriptorTemplate",
            ) => rt::object::read_boxed(r, Self::FilePlanDescriptorTemplate),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.filePlanReferenceTemplate",
            ) => rt::object::read_boxed(r, Self::FilePlanReferenceTemplate),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.healthIssue") => {
                rt::object::read_boxed(r, Self::HealthIssue)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.host") => {
                rt::object::read_boxed(r, Self::Host)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.hostComponent") => {
                rt::object::read_boxed(r, Self::HostComponent)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.hostCookie") => {
                rt::object::read_boxed(r, Self::HostCookie)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.hostPair") => {
                rt::object::read_boxed(r, Self::HostPair)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.hostPort") => {
                rt::object::read_boxed(r, Self::HostPort)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.hostReputation") => {
                rt::object::read_boxed(r, Self::HostReputation)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.hostSslCertificate",
            ) => rt::object::read_boxed(r, Self::HostSslCertificate),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.hostTracker") => {
                rt::object::read_boxed(r, Self::HostTracker)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.hostname") => {
                rt::object::read_boxed(r, Self::Hostname)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.identityAccounts") => {
                rt::object::read_boxed(r, Self::IdentityAccounts)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.identityContainer") => {
                rt::object::read_boxed(r, Self::SecurityIdentityContainer)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.incident") => {
                rt::object::read_boxed(r, Self::Incident)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.indicator") => {
                rt::object::read_boxed(r, Self::Indicator)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.intelligenceProfile",
            ) => rt::object::read_boxed(r, Self::IntelligenceProfile),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.intelligenceProfileIndicator",
            ) => rt::object::read_boxed(r, Self::IntelligenceProfileIndicator),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.ipAddress") => {
                rt::object::read_boxed(r, Self::IpAddress)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.labelsRoot") => {
                rt::object::read_boxed(r, Self::LabelsRoot)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.networkAdapter") => {
                rt::object::read_boxed(r, Self::NetworkAdapter)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.passiveDnsRecord") => {
                rt::object::read_boxed(r, Self::PassiveDnsRecord)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.retentionEvent") => {
                rt::object::read_boxed(r, Self::RetentionEvent)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.retentionEventType",
            ) => rt::object::read_boxed(r, Self::RetentionEventType),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.retentionLabel") => {
                rt::object::read_boxed(r, Self::RetentionLabel)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.search") => {
                rt::object::read_boxed(r, Self::Search)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.sensor") => {
                rt::object::read_boxed(r, Self::Sensor)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.sensorCandidate") => {
                rt::object::read_boxed(r, Self::SensorCandidate)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.sensorCandidateActivationConfiguration",
            ) => rt::object::read_boxed(r, Self::SensorCandidateActivationConfiguration),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.settingsContainer") => {
                rt::object::read_boxed(r, Self::SettingsContainer)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.siteSource") => {
                rt::object::read_boxed(r, Self::SiteSource)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.sslCertificate") => {
                rt::object::read_boxed(r, Self::SslCertificate)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.subcategoryTemplate",
            ) => rt::object::read_boxed(r, Self::SubcategoryTemplate),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.subdomain") => {
                rt::object::read_boxed(r, Self::Subdomain)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.tag") => {
                rt::object::read_boxed(r, Self::Tag)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.threatIntelligence",
            ) => rt::object::read_boxed(r, Self::ThreatIntelligence),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.triggerTypesRoot") => {
                rt::object::read_boxed(r, Self::TriggerTypesRoot)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.triggersRoot") => {
                rt::object::read_boxed(r, Self::TriggersRoot)
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some(
                "microsoft.graph.security.unclassifiedArtifact",
            ) => rt::object::read_boxed(r, Self::UnclassifiedArtifact),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.unifiedGroupSource",
            ) => rt::object::read_boxed(r, Self::UnifiedGroupSource),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.user") => {
                rt::object::read_boxed(r, Self::SecurityUser)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.userSource") => {
                rt::object::read_boxed(r, Self::UserSource)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.vulnerability") => {
                rt::object::read_boxed(r, Self::Vulnerability)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.vulnerabilityComponent",
            ) => rt::object::read_boxed(r, Self::VulnerabilityComponent),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.whoisBaseRecord") => {
                rt::object::read_boxed(r, Self::WhoisBaseRecord)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.security.whoisHistoryRecord",
            ) => rt::object::read_boxed(r, Self::WhoisHistoryRecord),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.security.whoisRecord") => {
                rt::object::read_boxed(r, Self::WhoisRecord)
            }
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.securityReportsRoot") => {
                rt::object::read_boxed(r, Self::SecurityReportsRoot)
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.sendDtmfTonesOperation") => {
                rt::object::read_boxed(r, Self::SendDtmfTonesOperation)
            }
            #[cfg(msgraph_v1_core_or_security)]
            ::std::option::Option::Some("microsoft.graph.sensitivityLabel") => {
                rt::object::read_boxed(r, Self::SensitivityLabel)
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.serviceAnnouncement") => {
                rt::object::read_boxed(r, Self::ServiceAnnouncement)
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.serviceAnnouncementAttachment",
            ) => rt::object::read_boxed(r, Self::ServiceAnnouncementAttachment),
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.serviceAnnouncementBase") => {
                rt::object::read_boxed(r, Self::ServiceAnnouncementBase)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.serviceApp") => {
                rt::object::read_boxed(r, Self::ServiceApp)
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.serviceHealth") => {
                rt::object::read_boxed(r, Self::ServiceHealth)
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.serviceHealthIssue") => {
                rt::object::read_boxed(r, Self::ServiceHealthIssue)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.servicePrincipal") => {
                rt::object::read_boxed(r, Self::ServicePrincipal)
            }
            #[cfg(msgraph_v1_identity_protection_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.servicePrincipalRiskDetection",
            ) => rt::object::read_boxed(r, Self::ServicePrincipalRiskDetection),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.serviceProviderConstraints") => {
                rt::object::read_boxed(r, Self::ServiceProviderConstraints)
            }
            #[cfg(msgraph_v1_core_or_storage)]
            ::std::option::Option::Some(
                "microsoft.graph.serviceStorageQuotaBreakdown",
            ) => rt::object::read_boxed(r, Self::ServiceStorageQuotaBreakdown),
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.serviceUpdateMessage") => {
                rt::object::read_boxed(r, Self::ServiceUpdateMessage)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.settingStateDeviceSummary") => {
                rt::object::read_boxed(r, Self::SettingStateDeviceSummary)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.sharePointBrowseSession") => {
                rt::object::read_boxed(r, Self::SharePointBrowseSession)
            }
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some("microsoft.graph.sharePointGroup") => {
                rt::object::read_boxed(r, Self::SharePointGroup)
            }
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some("microsoft.graph.sharePointGroupMember") => {
                rt::object::read_boxed(r, Self::SharePointGroupMember)
            }
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some("microsoft.graph.sharePointMigrationEvent") => {
                rt::object::read_boxed(r, Self::SharePointMigrationEvent)
            }
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some(
                "microsoft.graph.sharePointMigrationFinishManifestFileUploadEvent",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::SharePointMigrationFinishManifestFileUploadEvent,
                )
            }
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some("microsoft.graph.sharePointMigrationJob") => {
                rt::object::read_boxed(r, Self::SharePointMigrationJob)
            }
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some(
                "microsoft.graph.sharePointMigrationJobCancelledEvent",
            ) => rt::object::read_boxed(r, Self::SharePointMigrationJobCancelledEvent),
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some(
                "microsoft.graph.sharePointMigrationJobDeletedEvent",
            ) => rt::object::read_boxed(r, Self::SharePointMigrationJobDeletedEvent),
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some(
                "microsoft.graph.sharePointMigrationJobErrorEvent",
            ) => rt::object::read_boxed(r, Self::SharePointMigrationJobErrorEvent),
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some(
                "microsoft.graph.sharePointMigrationJobPostponedEvent",
            ) => rt::object::read_boxed(r, Self::SharePointMigrationJobPostponedEvent),
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some(
                "microsoft.graph.sharePointMigrationJobProgressEvent",
            ) => rt::object::read_boxed(r, Self::SharePointMigrationJobProgressEvent),
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some(
                "microsoft.graph.sharePointMigrationJobQueuedEvent",
            ) => rt::object::read_boxed(r, Self::SharePointMigrationJobQueuedEvent),
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some(
                "microsoft.graph.sharePointMigrationJobStartEvent",
            ) => rt::object::read_boxed(r, Self::SharePointMigrationJobStartEvent),
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.sharePointProtectionPolicy") => {
                rt::object::read_boxed(r, Self::SharePointProtectionPolicy)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.sharePointRestoreSession") => {
                rt::object::read_boxed(r, Self::SharePointRestoreSession)
            }
            #[cfg(msgraph_v1_search_or_shares)]
            ::std::option::Option::Some("microsoft.graph.sharedDriveItem") => {
                rt::object::read_boxed(r, Self::SharedDriveItem)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.sharedInsight") => {
                rt::object::read_boxed(r, Self::SharedInsight)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.sharedPCConfiguration") => {
                rt::object::read_boxed(r, Self::SharedPcConfiguration)
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.sharedWithChannelTeamInfo") => {
                rt::object::read_boxed(r, Self::SharedWithChannelTeamInfo)
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.sharepoint") => {
                rt::object::read_boxed(r, Self::Sharepoint)
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some("microsoft.graph.sharepointSettings") => {
                rt::object::read_boxed(r, Self::SharepointSettings)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.shift") => {
                rt::object::read_boxed(r, Self::Shift)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.shiftPreferences") => {
                rt::object::read_boxed(r, Self::ShiftPreferences)
            }
            #[cfg(msgraph_v1_audit_logs_or_search)]
            ::std::option::Option::Some("microsoft.graph.signIn") => {
                rt::object::read_boxed(r, Self::SignIn)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.simulation") => {
                rt::object::read_boxed(r, Self::Simulation)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.simulationAutomation") => {
                rt::object::read_boxed(r, Self::SimulationAutomation)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.simulationAutomationRun") => {
                rt::object::read_boxed(r, Self::SimulationAutomationRun)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.singleValueLegacyExtendedProperty",
            ) => rt::object::read_boxed(r, Self::SingleValueLegacyExtendedProperty),
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.site") => {
                rt::object::read_boxed(r, Self::Site)
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.sitePage") => {
                rt::object::read_boxed(r, Self::SitePage)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.siteProtectionRule") => {
                rt::object::read_boxed(r, Self::SiteProtectionRule)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.siteProtectionUnit") => {
                rt::object::read_boxed(r, Self::SiteProtectionUnit)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.siteProtectionUnitsBulkAdditionJob",
            ) => rt::object::read_boxed(r, Self::SiteProtectionUnitsBulkAdditionJob),
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.siteRestoreArtifact") => {
                rt::object::read_boxed(r, Self::SiteRestoreArtifact)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.siteRestoreArtifactsBulkAdditionRequest",
            ) => rt::object::read_boxed(r, Self::SiteRestoreArtifactsBulkAdditionRequest),
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeForBusinessUserConversationMember",
            ) => rt::object::read_boxed(r, Self::SkypeForBusinessUserConversationMember),
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some(
                "microsoft.graph.skypeUserConversationMember",
            ) => rt::object::read_boxed(r, Self::SkypeUserConversationMember),
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.smsAuthenticationMethodConfiguration",
            ) => rt::object::read_boxed(r, Self::SmsAuthenticationMethodConfiguration),
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.smsAuthenticationMethodTarget",
            ) => rt::object::read_boxed(r, Self::SmsAuthenticationMethodTarget),
            #[cfg(msgraph_v1_directory_or_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.socialIdentityProvider") => {
                rt::object::read_boxed(r, Self::SocialIdentityProvider)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.softwareOathAuthenticationMethod",
            ) => rt::object::read_boxed(r, Self::SoftwareOathAuthenticationMethod),
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.softwareOathAuthenticationMethodConfiguration",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::SoftwareOathAuthenticationMethodConfiguration,
                )
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some(
                "microsoft.graph.softwareUpdateStatusSummary",
            ) => rt::object::read_boxed(r, Self::SoftwareUpdateStatusSummary),
            #[cfg(msgraph_v1_education_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.speakerAssignmentSubmission",
            ) => rt::object::read_boxed(r, Self::SpeakerAssignmentSubmission),
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.standardWebPart") => {
                rt::object::read_boxed(r, Self::StandardWebPart)
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.startHoldMusicOperation") => {
                rt::object::read_boxed(r, Self::StartHoldMusicOperation)
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.stopHoldMusicOperation") => {
                rt::object::read_boxed(r, Self::StopHoldMusicOperation)
            }
            #[cfg(msgraph_v1_core_or_storage)]
            ::std::option::Option::Some("microsoft.graph.storageQuotaBreakdown") => {
                rt::object::read_boxed(r, Self::StorageQuotaBreakdown)
            }
            #[cfg(msgraph_v1_search_or_storage)]
            ::std::option::Option::Some("microsoft.graph.storageSettings") => {
                rt::object::read_boxed(r, Self::StorageSettings)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.stsPolicy") => {
                rt::object::read_boxed(r, Self::StsPolicy)
            }
            #[cfg(msgraph_v1_privacy_or_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.subjectRightsRequest") => {
                rt::object::read_boxed(r, Self::SubjectRightsRequest)
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.subscribeToToneOperation") => {
                rt::object::read_boxed(r, Self::SubscribeToToneOperation)
            }
            #[cfg(msgraph_v1_search_or_subscribed_skus)]
            ::std::option::Option::Some("microsoft.graph.subscribedSku") => {
                rt::object::read_boxed(r, Self::SubscribedSku)
            }
            #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
            ::std::option::Option::Some("microsoft.graph.subscription") => {
                rt::object::read_boxed(r, Self::Subscription)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.swapShiftsChangeRequest") => {
                rt::object::read_boxed(r, Self::SwapShiftsChangeRequest)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.synchronization") => {
                rt::object::read_boxed(r, Self::Synchronization)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.synchronizationJob") => {
                rt::object::read_boxed(r, Self::SynchronizationJob)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.synchronizationSchema") => {
                rt::object::read_boxed(r, Self::SynchronizationSchema)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.synchronizationTemplate") => {
                rt::object::read_boxed(r, Self::SynchronizationTemplate)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.targetDeviceGroup") => {
                rt::object::read_boxed(r, Self::TargetDeviceGroup)
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.targetedChatMessage") => {
                rt::object::read_boxed(r, Self::TargetedChatMessage)
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.targetedManagedAppConfiguration",
            ) => rt::object::read_boxed(r, Self::TargetedManagedAppConfiguration),
            #[cfg(msgraph_v1_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.targetedManagedAppPolicyAssignment",
            ) => rt::object::read_boxed(r, Self::TargetedManagedAppPolicyAssignment),
            #[cfg(msgraph_v1_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.targetedManagedAppProtection",
            ) => rt::object::read_boxed(r, Self::TargetedManagedAppProtection),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.taskFileAttachment") => {
                rt::object::read_boxed(r, Self::TaskFileAttachment)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.team") => {
                rt::object::read_boxed(r, Self::Team)
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.teamInfo") => {
                rt::object::read_boxed(r, Self::TeamInfo)
            }
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.teamsAdministration.numberAssignment",
            ) => rt::object::read_boxed(r, Self::NumberAssignment),
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.teamsAdministration.policyIdentifierDetail",
            ) => rt::object::read_boxed(r, Self::PolicyIdentifierDetail),
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.teamsAdministration.teamsAdminRoot",
            ) => rt::object::read_boxed(r, Self::TeamsAdminRoot),
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.teamsAdministration.teamsPolicyAssignment",
            ) => rt::object::read_boxed(r, Self::TeamsPolicyAssignment),
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.teamsAdministration.teamsPolicyUserAssignment",
            ) => rt::object::read_boxed(r, Self::TeamsPolicyUserAssignment),
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.teamsAdministration.teamsUserConfiguration",
            ) => rt::object::read_boxed(r, Self::TeamsUserConfiguration),
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.teamsAdministration.telephoneNumberLongRunningOperation",
            ) => rt::object::read_boxed(r, Self::TelephoneNumberLongRunningOperation),
            #[cfg(msgraph_v1_admin_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.teamsAdministration.telephoneNumberManagementRoot",
            ) => rt::object::read_boxed(r, Self::TelephoneNumberManagementRoot),
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            ::std::option::Option::Some("microsoft.graph.teamsApp") => {
                rt::object::read_boxed(r, Self::TeamsApp)
            }
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            ::std::option::Option::Some("microsoft.graph.teamsAppDefinition") => {
                rt::object::read_boxed(r, Self::TeamsAppDefinition)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.teamsAppInstallation") => {
                rt::object::read_boxed(r, Self::TeamsAppInstallation)
            }
            #[cfg(msgraph_v1_search_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.teamsAppSettings") => {
                rt::object::read_boxed(r, Self::TeamsAppSettings)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.teamsAsyncOperation") => {
                rt::object::read_boxed(r, Self::TeamsAsyncOperation)
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.teamsTab") => {
                rt::object::read_boxed(r, Self::TeamsTab)
            }
            #[cfg(msgraph_v1_search_or_teams_templates)]
            ::std::option::Option::Some("microsoft.graph.teamsTemplate") => {
                rt::object::read_boxed(r, Self::TeamsTemplate)
            }
            #[cfg(msgraph_v1_search_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.teamwork") => {
                rt::object::read_boxed(r, Self::Teamwork)
            }
            #[cfg(msgraph_v1_app_catalogs_or_search)]
            ::std::option::Option::Some("microsoft.graph.teamworkBot") => {
                rt::object::read_boxed(r, Self::TeamworkBot)
            }
            #[cfg(msgraph_v1_core_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.teamworkHostedContent") => {
                rt::object::read_boxed(r, Self::TeamworkHostedContent)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.teamworkTag") => {
                rt::object::read_boxed(r, Self::TeamworkTag)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.teamworkTagMember") => {
                rt::object::read_boxed(r, Self::TeamworkTagMember)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.temporaryAccessPassAuthenticationMethod",
            ) => rt::object::read_boxed(r, Self::TemporaryAccessPassAuthenticationMethod),
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.temporaryAccessPassAuthenticationMethodConfiguration",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::TemporaryAccessPassAuthenticationMethodConfiguration,
                )
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.tenantAppManagementPolicy") => {
                rt::object::read_boxed(r, Self::TenantAppManagementPolicy)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.tenantDataSecurityAndGovernance",
            ) => rt::object::read_boxed(r, Self::TenantDataSecurityAndGovernance),
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some(
                "microsoft.graph.tenantProtectionScopeContainer",
            ) => rt::object::read_boxed(r, Self::TenantProtectionScopeContainer),
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.termStore.group") => {
                rt::object::read_boxed(r, Self::TermStoreGroup)
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.termStore.relation") => {
                rt::object::read_boxed(r, Self::Relation)
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.termStore.set") => {
                rt::object::read_boxed(r, Self::Set)
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.termStore.store") => {
                rt::object::read_boxed(r, Self::Store)
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.termStore.term") => {
                rt::object::read_boxed(r, Self::Term)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.termsAndConditions") => {
                rt::object::read_boxed(r, Self::TermsAndConditions)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.termsAndConditionsAcceptanceStatus",
            ) => rt::object::read_boxed(r, Self::TermsAndConditionsAcceptanceStatus),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.termsAndConditionsAssignment",
            ) => rt::object::read_boxed(r, Self::TermsAndConditionsAssignment),
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.termsOfUseContainer") => {
                rt::object::read_boxed(r, Self::TermsOfUseContainer)
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.textWebPart") => {
                rt::object::read_boxed(r, Self::TextWebPart)
            }
            #[cfg(msgraph_v1_information_protection_or_search)]
            ::std::option::Option::Some("microsoft.graph.threatAssessmentRequest") => {
                rt::object::read_boxed(r, Self::ThreatAssessmentRequest)
            }
            #[cfg(msgraph_v1_information_protection_or_search)]
            ::std::option::Option::Some("microsoft.graph.threatAssessmentResult") => {
                rt::object::read_boxed(r, Self::ThreatAssessmentResult)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.thumbnailSet") => {
                rt::object::read_boxed(r, Self::ThumbnailSet)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.timeCard") => {
                rt::object::read_boxed(r, Self::TimeCard)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.timeOff") => {
                rt::object::read_boxed(r, Self::TimeOff)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.timeOffReason") => {
                rt::object::read_boxed(r, Self::TimeOffReason)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.timeOffRequest") => {
                rt::object::read_boxed(r, Self::TimeOffRequest)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.todo") => {
                rt::object::read_boxed(r, Self::Todo)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.todoTask") => {
                rt::object::read_boxed(r, Self::TodoTask)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.todoTaskList") => {
                rt::object::read_boxed(r, Self::TodoTaskList)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.tokenIssuancePolicy") => {
                rt::object::read_boxed(r, Self::TokenIssuancePolicy)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.tokenLifetimePolicy") => {
                rt::object::read_boxed(r, Self::TokenLifetimePolicy)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.training") => {
                rt::object::read_boxed(r, Self::Training)
            }
            #[cfg(msgraph_v1_search_or_security)]
            ::std::option::Option::Some("microsoft.graph.trainingLanguageDetail") => {
                rt::object::read_boxed(r, Self::TrainingLanguageDetail)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.trending") => {
                rt::object::read_boxed(r, Self::Trending)
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.unifiedRbacResourceAction") => {
                rt::object::read_boxed(r, Self::UnifiedRbacResourceAction)
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRbacResourceNamespace",
            ) => rt::object::read_boxed(r, Self::UnifiedRbacResourceNamespace),
            #[cfg(msgraph_v1_role_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.unifiedRoleAssignment") => {
                rt::object::read_boxed(r, Self::UnifiedRoleAssignment)
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleAssignmentSchedule",
            ) => rt::object::read_boxed(r, Self::UnifiedRoleAssignmentSchedule),
            #[cfg(msgraph_v1_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleAssignmentScheduleInstance",
            ) => rt::object::read_boxed(r, Self::UnifiedRoleAssignmentScheduleInstance),
            #[cfg(msgraph_v1_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleAssignmentScheduleRequest",
            ) => rt::object::read_boxed(r, Self::UnifiedRoleAssignmentScheduleRequest),
            #[cfg(msgraph_v1_role_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.unifiedRoleDefinition") => {
                rt::object::read_boxed(r, Self::UnifiedRoleDefinition)
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleEligibilitySchedule",
            ) => rt::object::read_boxed(r, Self::UnifiedRoleEligibilitySchedule),
            #[cfg(msgraph_v1_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleEligibilityScheduleInstance",
            ) => rt::object::read_boxed(r, Self::UnifiedRoleEligibilityScheduleInstance),
            #[cfg(msgraph_v1_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleEligibilityScheduleRequest",
            ) => rt::object::read_boxed(r, Self::UnifiedRoleEligibilityScheduleRequest),
            #[cfg(msgraph_v1_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicy",
            ) => rt::object::read_boxed(r, Self::UnifiedRoleManagementPolicy),
            #[cfg(msgraph_v1_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicyApprovalRule",
            ) => rt::object::read_boxed(r, Self::UnifiedRoleManagementPolicyApprovalRule),
            #[cfg(msgraph_v1_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicyAssignment",
            ) => rt::object::read_boxed(r, Self::UnifiedRoleManagementPolicyAssignment),
            #[cfg(msgraph_v1_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicyAuthenticationContextRule",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UnifiedRoleManagementPolicyAuthenticationContextRule,
                )
            }
            #[cfg(msgraph_v1_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicyEnablementRule",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UnifiedRoleManagementPolicyEnablementRule,
                )
            }
            #[cfg(msgraph_v1_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicyExpirationRule",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UnifiedRoleManagementPolicyExpirationRule,
                )
            }
            #[cfg(msgraph_v1_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicyNotificationRule",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UnifiedRoleManagementPolicyNotificationRule,
                )
            }
            #[cfg(msgraph_v1_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleManagementPolicyRule",
            ) => rt::object::read_boxed(r, Self::UnifiedRoleManagementPolicyRule),
            #[cfg(msgraph_v1_role_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.unifiedRoleScheduleBase") => {
                rt::object::read_boxed(r, Self::UnifiedRoleScheduleBase)
            }
            #[cfg(msgraph_v1_role_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.unifiedRoleScheduleInstanceBase",
            ) => rt::object::read_boxed(r, Self::UnifiedRoleScheduleInstanceBase),
            #[cfg(msgraph_v1_core_or_storage)]
            ::std::option::Option::Some("microsoft.graph.unifiedStorageQuota") => {
                rt::object::read_boxed(r, Self::UnifiedStorageQuota)
            }
            #[cfg(msgraph_v1_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.unitMap") => {
                rt::object::read_boxed(r, Self::UnitMap)
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some("microsoft.graph.unmuteParticipantOperation") => {
                rt::object::read_boxed(r, Self::UnmuteParticipantOperation)
            }
            #[cfg(msgraph_v1_communications_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.updateRecordingStatusOperation",
            ) => rt::object::read_boxed(r, Self::UpdateRecordingStatusOperation),
            #[cfg(msgraph_v1_information_protection_or_search)]
            ::std::option::Option::Some("microsoft.graph.urlAssessmentRequest") => {
                rt::object::read_boxed(r, Self::UrlAssessmentRequest)
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some("microsoft.graph.usageRightsIncluded") => {
                rt::object::read_boxed(r, Self::UsageRightsIncluded)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.usedInsight") => {
                rt::object::read_boxed(r, Self::UsedInsight)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.user") => {
                rt::object::read_boxed(r, Self::User)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.userActivity") => {
                rt::object::read_boxed(r, Self::UserActivity)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.userConsentRequest") => {
                rt::object::read_boxed(r, Self::UserConsentRequest)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.userDataSecurityAndGovernance",
            ) => rt::object::read_boxed(r, Self::UserDataSecurityAndGovernance),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails,
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId,
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsAppHealthAppPerformanceByOSVersion",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion,
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsAppHealthApplicationPerformance",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UserExperienceAnalyticsAppHealthApplicationPerformance,
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsAppHealthDeviceModelPerformance",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UserExperienceAnalyticsAppHealthDeviceModelPerformance,
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformance",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UserExperienceAnalyticsAppHealthDevicePerformance,
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsAppHealthDevicePerformanceDetails",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UserExperienceAnalyticsAppHealthDevicePerformanceDetails,
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsAppHealthOSVersionPerformance",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UserExperienceAnalyticsAppHealthOsVersionPerformance,
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsBaseline",
            ) => rt::object::read_boxed(r, Self::UserExperienceAnalyticsBaseline),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsCategory",
            ) => rt::object::read_boxed(r, Self::UserExperienceAnalyticsCategory),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsDevicePerformance",
            ) => {
                rt::object::read_boxed(r, Self::UserExperienceAnalyticsDevicePerformance)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsDeviceScores",
            ) => rt::object::read_boxed(r, Self::UserExperienceAnalyticsDeviceScores),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsDeviceStartupHistory",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UserExperienceAnalyticsDeviceStartupHistory,
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsDeviceStartupProcess",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UserExperienceAnalyticsDeviceStartupProcess,
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsDeviceStartupProcessPerformance",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UserExperienceAnalyticsDeviceStartupProcessPerformance,
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsMetric",
            ) => rt::object::read_boxed(r, Self::UserExperienceAnalyticsMetric),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsMetricHistory",
            ) => rt::object::read_boxed(r, Self::UserExperienceAnalyticsMetricHistory),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsModelScores",
            ) => rt::object::read_boxed(r, Self::UserExperienceAnalyticsModelScores),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsOverview",
            ) => rt::object::read_boxed(r, Self::UserExperienceAnalyticsOverview),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsScoreHistory",
            ) => rt::object::read_boxed(r, Self::UserExperienceAnalyticsScoreHistory),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereDevice",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UserExperienceAnalyticsWorkFromAnywhereDevice,
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric,
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereMetric",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UserExperienceAnalyticsWorkFromAnywhereMetric,
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userExperienceAnalyticsWorkFromAnywhereModelPerformance",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::UserExperienceAnalyticsWorkFromAnywhereModelPerformance,
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.userFlowLanguageConfiguration",
            ) => rt::object::read_boxed(r, Self::UserFlowLanguageConfiguration),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.userFlowLanguagePage") => {
                rt::object::read_boxed(r, Self::UserFlowLanguagePage)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.userInsightsSettings") => {
                rt::object::read_boxed(r, Self::UserInsightsSettings)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.userInstallStateSummary") => {
                rt::object::read_boxed(r, Self::UserInstallStateSummary)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.userProtectionScopeContainer",
            ) => rt::object::read_boxed(r, Self::UserProtectionScopeContainer),
            #[cfg(msgraph_v1_reports_or_search)]
            ::std::option::Option::Some("microsoft.graph.userRegistrationDetails") => {
                rt::object::read_boxed(r, Self::UserRegistrationDetails)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.userScopeTeamsAppInstallation",
            ) => rt::object::read_boxed(r, Self::UserScopeTeamsAppInstallation),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.userSettings") => {
                rt::object::read_boxed(r, Self::UserSettings)
            }
            #[cfg(msgraph_v1_identity_governance_or_search)]
            ::std::option::Option::Some("microsoft.graph.userSignInInsight") => {
                rt::object::read_boxed(r, Self::UserSignInInsight)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.userSolutionRoot") => {
                rt::object::read_boxed(r, Self::UserSolutionRoot)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.userStorage") => {
                rt::object::read_boxed(r, Self::UserStorage)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.userTeamwork") => {
                rt::object::read_boxed(r, Self::UserTeamwork)
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.verifiableCredentialAuthenticationMethodTarget",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::VerifiableCredentialAuthenticationMethodTarget,
                )
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.verifiableCredentialsAuthenticationMethodConfiguration",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::VerifiableCredentialsAuthenticationMethodConfiguration,
                )
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some("microsoft.graph.verifiedIdProfile") => {
                rt::object::read_boxed(r, Self::VerifiedIdProfile)
            }
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.verticalSection") => {
                rt::object::read_boxed(r, Self::VerticalSection)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.virtualEndpoint") => {
                rt::object::read_boxed(r, Self::VirtualEndpoint)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.virtualEvent") => {
                rt::object::read_boxed(r, Self::VirtualEvent)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.virtualEventPresenter") => {
                rt::object::read_boxed(r, Self::VirtualEventPresenter)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.virtualEventRegistration") => {
                rt::object::read_boxed(r, Self::VirtualEventRegistration)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.virtualEventRegistrationConfiguration",
            ) => rt::object::read_boxed(r, Self::VirtualEventRegistrationConfiguration),
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.virtualEventRegistrationCustomQuestion",
            ) => rt::object::read_boxed(r, Self::VirtualEventRegistrationCustomQuestion),
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.virtualEventRegistrationPredefinedQuestion",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::VirtualEventRegistrationPredefinedQuestion,
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.virtualEventRegistrationQuestionBase",
            ) => rt::object::read_boxed(r, Self::VirtualEventRegistrationQuestionBase),
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.virtualEventSession") => {
                rt::object::read_boxed(r, Self::VirtualEventSession)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.virtualEventTownhall") => {
                rt::object::read_boxed(r, Self::VirtualEventTownhall)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.virtualEventTownhallRegistrationConfiguration",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::VirtualEventTownhallRegistrationConfiguration,
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.virtualEventWebinar") => {
                rt::object::read_boxed(r, Self::VirtualEventWebinar)
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some(
                "microsoft.graph.virtualEventWebinarRegistrationConfiguration",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::VirtualEventWebinarRegistrationConfiguration,
                )
            }
            #[cfg(msgraph_v1_search_or_solutions)]
            ::std::option::Option::Some("microsoft.graph.virtualEventsRoot") => {
                rt::object::read_boxed(r, Self::VirtualEventsRoot)
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.voiceAuthenticationMethodConfiguration",
            ) => rt::object::read_boxed(r, Self::VoiceAuthenticationMethodConfiguration),
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.vppToken") => {
                rt::object::read_boxed(r, Self::VppToken)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.webApp") => {
                rt::object::read_boxed(r, Self::WebApp)
            }
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.webApplicationFirewallProvider",
            ) => rt::object::read_boxed(r, Self::WebApplicationFirewallProvider),
            #[cfg(msgraph_v1_identity_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.webApplicationFirewallVerificationModel",
            ) => rt::object::read_boxed(r, Self::WebApplicationFirewallVerificationModel),
            #[cfg(msgraph_v1_core_or_sites)]
            ::std::option::Option::Some("microsoft.graph.webPart") => {
                rt::object::read_boxed(r, Self::WebPart)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.win32LobApp") => {
                rt::object::read_boxed(r, Self::Win32LobApp)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windows10CompliancePolicy") => {
                rt::object::read_boxed(r, Self::Windows10CompliancePolicy)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10CustomConfiguration",
            ) => rt::object::read_boxed(r, Self::Windows10CustomConfiguration),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10EndpointProtectionConfiguration",
            ) => {
                rt::object::read_boxed(r, Self::Windows10EndpointProtectionConfiguration)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10EnrollmentCompletionPageConfiguration",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::Windows10EnrollmentCompletionPageConfiguration,
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10EnterpriseModernAppManagementConfiguration",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::Windows10EnterpriseModernAppManagementConfiguration,
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10GeneralConfiguration",
            ) => rt::object::read_boxed(r, Self::Windows10GeneralConfiguration),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10MobileCompliancePolicy",
            ) => rt::object::read_boxed(r, Self::Windows10MobileCompliancePolicy),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10SecureAssessmentConfiguration",
            ) => rt::object::read_boxed(r, Self::Windows10SecureAssessmentConfiguration),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows10TeamGeneralConfiguration",
            ) => rt::object::read_boxed(r, Self::Windows10TeamGeneralConfiguration),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windows81CompliancePolicy") => {
                rt::object::read_boxed(r, Self::Windows81CompliancePolicy)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windows81GeneralConfiguration",
            ) => rt::object::read_boxed(r, Self::Windows81GeneralConfiguration),
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsAppX") => {
                rt::object::read_boxed(r, Self::WindowsAppX)
            }
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsAutopilotDeploymentProfile",
            ) => rt::object::read_boxed(r, Self::WindowsAutopilotDeploymentProfile),
            #[cfg(msgraph_v1_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsAutopilotDeploymentProfileAssignment",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::WindowsAutopilotDeploymentProfileAssignment,
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsAutopilotDeviceIdentity",
            ) => rt::object::read_boxed(r, Self::WindowsAutopilotDeviceIdentity),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsDefenderAdvancedThreatProtectionConfiguration",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::WindowsDefenderAdvancedThreatProtectionConfiguration,
                )
            }
            #[cfg(msgraph_v1_core_or_device_management)]
            ::std::option::Option::Some("microsoft.graph.windowsDeviceMalwareState") => {
                rt::object::read_boxed(r, Self::WindowsDeviceMalwareState)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsHelloForBusinessAuthenticationMethod",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::WindowsHelloForBusinessAuthenticationMethod,
                )
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtection",
            ) => rt::object::read_boxed(r, Self::WindowsInformationProtection),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtectionAppLearningSummary",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::WindowsInformationProtectionAppLearningSummary,
                )
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtectionAppLockerFile",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::WindowsInformationProtectionAppLockerFile,
                )
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtectionNetworkLearningSummary",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::WindowsInformationProtectionNetworkLearningSummary,
                )
            }
            #[cfg(msgraph_v1_core_or_device_app_management)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsInformationProtectionPolicy",
            ) => rt::object::read_boxed(r, Self::WindowsInformationProtectionPolicy),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsMalwareInformation") => {
                rt::object::read_boxed(r, Self::WindowsMalwareInformation)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsMicrosoftEdgeApp") => {
                rt::object::read_boxed(r, Self::WindowsMicrosoftEdgeApp)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsMobileMSI") => {
                rt::object::read_boxed(r, Self::WindowsMobileMsi)
            }
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81CompliancePolicy",
            ) => rt::object::read_boxed(r, Self::WindowsPhone81CompliancePolicy),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81CustomConfiguration",
            ) => rt::object::read_boxed(r, Self::WindowsPhone81CustomConfiguration),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsPhone81GeneralConfiguration",
            ) => rt::object::read_boxed(r, Self::WindowsPhone81GeneralConfiguration),
            #[cfg(msgraph_v1_core_or_device_management)]
            ::std::option::Option::Some("microsoft.graph.windowsProtectionState") => {
                rt::object::read_boxed(r, Self::WindowsProtectionState)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.windowsSetting") => {
                rt::object::read_boxed(r, Self::WindowsSetting)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.windowsSettingInstance") => {
                rt::object::read_boxed(r, Self::WindowsSettingInstance)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsUniversalAppX") => {
                rt::object::read_boxed(r, Self::WindowsUniversalAppX)
            }
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsUniversalAppXContainedApp",
            ) => rt::object::read_boxed(r, Self::WindowsUniversalAppXContainedApp),
            #[cfg(msgraph_v1_device_management_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.windowsUpdateForBusinessConfiguration",
            ) => rt::object::read_boxed(r, Self::WindowsUpdateForBusinessConfiguration),
            #[cfg(msgraph_v1_device_app_management_or_search)]
            ::std::option::Option::Some("microsoft.graph.windowsWebApp") => {
                rt::object::read_boxed(r, Self::WindowsWebApp)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some(
                "microsoft.graph.workHoursAndLocationsSetting",
            ) => rt::object::read_boxed(r, Self::WorkHoursAndLocationsSetting),
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.workPlanOccurrence") => {
                rt::object::read_boxed(r, Self::WorkPlanOccurrence)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.workPlanRecurrence") => {
                rt::object::read_boxed(r, Self::WorkPlanRecurrence)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbook") => {
                rt::object::read_boxed(r, Self::Workbook)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookApplication") => {
                rt::object::read_boxed(r, Self::WorkbookApplication)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChart") => {
                rt::object::read_boxed(r, Self::WorkbookChart)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartAreaFormat") => {
                rt::object::read_boxed(r, Self::WorkbookChartAreaFormat)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartAxes") => {
                rt::object::read_boxed(r, Self::WorkbookChartAxes)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartAxis") => {
                rt::object::read_boxed(r, Self::WorkbookChartAxis)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartAxisFormat") => {
                rt::object::read_boxed(r, Self::WorkbookChartAxisFormat)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartAxisTitle") => {
                rt::object::read_boxed(r, Self::WorkbookChartAxisTitle)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.workbookChartAxisTitleFormat",
            ) => rt::object::read_boxed(r, Self::WorkbookChartAxisTitleFormat),
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.workbookChartDataLabelFormat",
            ) => rt::object::read_boxed(r, Self::WorkbookChartDataLabelFormat),
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartDataLabels") => {
                rt::object::read_boxed(r, Self::WorkbookChartDataLabels)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartFill") => {
                rt::object::read_boxed(r, Self::WorkbookChartFill)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartFont") => {
                rt::object::read_boxed(r, Self::WorkbookChartFont)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartGridlines") => {
                rt::object::read_boxed(r, Self::WorkbookChartGridlines)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.workbookChartGridlinesFormat",
            ) => rt::object::read_boxed(r, Self::WorkbookChartGridlinesFormat),
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartLegend") => {
                rt::object::read_boxed(r, Self::WorkbookChartLegend)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartLegendFormat") => {
                rt::object::read_boxed(r, Self::WorkbookChartLegendFormat)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartLineFormat") => {
                rt::object::read_boxed(r, Self::WorkbookChartLineFormat)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartPoint") => {
                rt::object::read_boxed(r, Self::WorkbookChartPoint)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartPointFormat") => {
                rt::object::read_boxed(r, Self::WorkbookChartPointFormat)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartSeries") => {
                rt::object::read_boxed(r, Self::WorkbookChartSeries)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartSeriesFormat") => {
                rt::object::read_boxed(r, Self::WorkbookChartSeriesFormat)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartTitle") => {
                rt::object::read_boxed(r, Self::WorkbookChartTitle)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookChartTitleFormat") => {
                rt::object::read_boxed(r, Self::WorkbookChartTitleFormat)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookComment") => {
                rt::object::read_boxed(r, Self::WorkbookComment)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookCommentReply") => {
                rt::object::read_boxed(r, Self::WorkbookCommentReply)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookFilter") => {
                rt::object::read_boxed(r, Self::WorkbookFilter)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookFormatProtection") => {
                rt::object::read_boxed(r, Self::WorkbookFormatProtection)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookFunctionResult") => {
                rt::object::read_boxed(r, Self::WorkbookFunctionResult)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookFunctions") => {
                rt::object::read_boxed(r, Self::WorkbookFunctions)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookNamedItem") => {
                rt::object::read_boxed(r, Self::WorkbookNamedItem)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookOperation") => {
                rt::object::read_boxed(r, Self::WorkbookOperation)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookPivotTable") => {
                rt::object::read_boxed(r, Self::WorkbookPivotTable)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookRange") => {
                rt::object::read_boxed(r, Self::WorkbookRange)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookRangeBorder") => {
                rt::object::read_boxed(r, Self::WorkbookRangeBorder)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookRangeFill") => {
                rt::object::read_boxed(r, Self::WorkbookRangeFill)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookRangeFont") => {
                rt::object::read_boxed(r, Self::WorkbookRangeFont)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookRangeFormat") => {
                rt::object::read_boxed(r, Self::WorkbookRangeFormat)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookRangeSort") => {
                rt::object::read_boxed(r, Self::WorkbookRangeSort)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookRangeView") => {
                rt::object::read_boxed(r, Self::WorkbookRangeView)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookTable") => {
                rt::object::read_boxed(r, Self::WorkbookTable)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookTableColumn") => {
                rt::object::read_boxed(r, Self::WorkbookTableColumn)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookTableRow") => {
                rt::object::read_boxed(r, Self::WorkbookTableRow)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookTableSort") => {
                rt::object::read_boxed(r, Self::WorkbookTableSort)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some("microsoft.graph.workbookWorksheet") => {
                rt::object::read_boxed(r, Self::WorkbookWorksheet)
            }
            #[cfg(msgraph_v1_drives_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.workbookWorksheetProtection",
            ) => rt::object::read_boxed(r, Self::WorkbookWorksheetProtection),
            #[cfg(msgraph_v1_search_or_teamwork)]
            ::std::option::Option::Some("microsoft.graph.workforceIntegration") => {
                rt::object::read_boxed(r, Self::WorkforceIntegration)
            }
            #[cfg(msgraph_v1_core)]
            ::std::option::Option::Some("microsoft.graph.workingTimeSchedule") => {
                rt::object::read_boxed(r, Self::WorkingTimeSchedule)
            }
            #[cfg(msgraph_v1_places_or_search)]
            ::std::option::Option::Some("microsoft.graph.workspace") => {
                rt::object::read_boxed(r, Self::Workspace)
            }
            #[cfg(
                msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
            )]
            ::std::option::Option::Some(
                "microsoft.graph.x509CertificateAuthenticationMethodConfiguration",
            ) => {
                rt::object::read_boxed(
                    r,
                    Self::X509CertificateAuthenticationMethodConfiguration,
                )
            }
            #[cfg(msgraph_v1_identity_or_policies_or_search)]
            ::std::option::Option::Some(
                "microsoft.graph.x509CertificateCombinationConfiguration",
            ) => rt::object::read_boxed(r, Self::X509CertificateCombinationConfiguration),
            _ => rt::object::read_boxed(r, Self::Entity),
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
