//! Types of `microsoft.graph` by the first letters of their names (`entity_1`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_any_area_but_compliance)]
/// CSDL: `microsoft.graph.entity`, entity type, abstract, key `id`.
///
/// Request builders: those of every path to one entity (`EntityPath`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-agreement-acceptances`, `v1-agreements`, `v1-app-catalogs`, `v1-application-templates`, `v1-applications`, `v1-audit-logs`, `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-certificate-based-auth-configuration`, `v1-chats`, `v1-communications` and 57 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone)]
pub struct Entity {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_any_area_but_compliance)]
impl ::std::default::Default for Entity {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
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
#[cfg(msgraph_v1_any_area_but_compliance)]
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
#[cfg(msgraph_v1_any_area_but_compliance)]
rt::impl_object!(Entity);
#[cfg(msgraph_v1_any_area_but_compliance)]
rt::impl_setters!(Entity { with_id id : ::std::string::String; });
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(feature = "serde")]
rt::impl_serde!(Entity);
#[cfg(msgraph_v1_any_area_but_compliance)]
/// `microsoft.graph.entity` or any type derived from it, selected by `@odata.type` (1146 types); each variant's type converts into it (`From`).
///
/// Features: `v1`, or one of `v1-admin`, `v1-agreement-acceptances`, `v1-agreements`, `v1-app-catalogs`, `v1-application-templates`, `v1-applications`, `v1-audit-logs`, `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-certificate-based-auth-configuration`, `v1-chats`, `v1-communications` and 57 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEntity {
    Entity(::std::boxed::Box<crate::v1::Entity>),
    #[cfg(msgraph_v1_core_or_teamwork)]
    AadUserConversationMember(::std::boxed::Box<crate::v1::AadUserConversationMember>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    AccessPackage(::std::boxed::Box<crate::v1::AccessPackage>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    AccessPackageAssignment(::std::boxed::Box<crate::v1::AccessPackageAssignment>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    AccessPackageAssignmentPolicy(
        ::std::boxed::Box<crate::v1::AccessPackageAssignmentPolicy>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    AccessPackageAssignmentRequest(
        ::std::boxed::Box<crate::v1::AccessPackageAssignmentRequest>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    AccessPackageAssignmentRequestWorkflowExtension(
        ::std::boxed::Box<crate::v1::AccessPackageAssignmentRequestWorkflowExtension>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    AccessPackageAssignmentWorkflowExtension(
        ::std::boxed::Box<crate::v1::AccessPackageAssignmentWorkflowExtension>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    AccessPackageCatalog(::std::boxed::Box<crate::v1::AccessPackageCatalog>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    AccessPackageMultipleChoiceQuestion(
        ::std::boxed::Box<crate::v1::AccessPackageMultipleChoiceQuestion>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    AccessPackageQuestion(::std::boxed::Box<crate::v1::AccessPackageQuestion>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    AccessPackageResource(::std::boxed::Box<crate::v1::AccessPackageResource>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    AccessPackageResourceEnvironment(
        ::std::boxed::Box<crate::v1::AccessPackageResourceEnvironment>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    AccessPackageResourceRequest(
        ::std::boxed::Box<crate::v1::AccessPackageResourceRequest>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    AccessPackageResourceRole(::std::boxed::Box<crate::v1::AccessPackageResourceRole>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    AccessPackageResourceRoleScope(
        ::std::boxed::Box<crate::v1::AccessPackageResourceRoleScope>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    AccessPackageResourceScope(::std::boxed::Box<crate::v1::AccessPackageResourceScope>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    AccessPackageSubject(::std::boxed::Box<crate::v1::AccessPackageSubject>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    AccessPackageSuggestion(::std::boxed::Box<crate::v1::AccessPackageSuggestion>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    AccessPackageTextInputQuestion(
        ::std::boxed::Box<crate::v1::AccessPackageTextInputQuestion>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    AccessReviewHistoryDefinition(
        ::std::boxed::Box<crate::v1::AccessReviewHistoryDefinition>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    AccessReviewHistoryInstance(
        ::std::boxed::Box<crate::v1::AccessReviewHistoryInstance>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    AccessReviewInstance(::std::boxed::Box<crate::v1::AccessReviewInstance>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    AccessReviewInstanceDecisionItem(
        ::std::boxed::Box<crate::v1::AccessReviewInstanceDecisionItem>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    AccessReviewReviewer(::std::boxed::Box<crate::v1::AccessReviewReviewer>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    AccessReviewScheduleDefinition(
        ::std::boxed::Box<crate::v1::AccessReviewScheduleDefinition>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    AccessReviewSet(::std::boxed::Box<crate::v1::AccessReviewSet>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    AccessReviewStage(::std::boxed::Box<crate::v1::AccessReviewStage>),
    #[cfg(msgraph_v1_core)]
    ActivitiesContainer(::std::boxed::Box<crate::v1::ActivitiesContainer>),
    #[cfg(msgraph_v1_core)]
    ActivityBasedTimeoutPolicy(::std::boxed::Box<crate::v1::ActivityBasedTimeoutPolicy>),
    #[cfg(msgraph_v1_core)]
    ActivityHistoryItem(::std::boxed::Box<crate::v1::ActivityHistoryItem>),
    #[cfg(msgraph_v1_communications_or_search)]
    AddLargeGalleryViewOperation(
        ::std::boxed::Box<crate::v1::AddLargeGalleryViewOperation>,
    ),
    #[cfg(msgraph_v1_core_or_communications)]
    AdhocCall(::std::boxed::Box<crate::v1::AdhocCall>),
    #[cfg(msgraph_v1_policies_or_search)]
    AdminConsentRequestPolicy(::std::boxed::Box<crate::v1::AdminConsentRequestPolicy>),
    #[cfg(msgraph_v1_admin_or_search)]
    AdminMicrosoft365Apps(::std::boxed::Box<crate::v1::AdminMicrosoft365Apps>),
    #[cfg(msgraph_v1_admin_or_search)]
    AdminReportSettings(::std::boxed::Box<crate::v1::AdminReportSettings>),
    #[cfg(msgraph_v1_core)]
    AdministrativeUnit(::std::boxed::Box<crate::v1::AdministrativeUnit>),
    #[cfg(msgraph_v1_core)]
    AgentIdentity(::std::boxed::Box<crate::v1::AgentIdentity>),
    #[cfg(msgraph_v1_core)]
    AgentIdentityBlueprint(::std::boxed::Box<crate::v1::AgentIdentityBlueprint>),
    #[cfg(msgraph_v1_core)]
    AgentIdentityBlueprintPrincipal(
        ::std::boxed::Box<crate::v1::AgentIdentityBlueprintPrincipal>,
    ),
    #[cfg(msgraph_v1_core)]
    AgentUser(::std::boxed::Box<crate::v1::AgentUser>),
    #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
    Agreement(::std::boxed::Box<crate::v1::Agreement>),
    #[cfg(
        msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search
    )]
    AgreementAcceptance(::std::boxed::Box<crate::v1::AgreementAcceptance>),
    #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
    AgreementFile(::std::boxed::Box<crate::v1::AgreementFile>),
    #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
    AgreementFileLocalization(::std::boxed::Box<crate::v1::AgreementFileLocalization>),
    #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
    AgreementFileProperties(::std::boxed::Box<crate::v1::AgreementFileProperties>),
    #[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
    AgreementFileVersion(::std::boxed::Box<crate::v1::AgreementFileVersion>),
    #[cfg(msgraph_v1_copilot_or_search)]
    AiInteraction(::std::boxed::Box<crate::v1::AiInteraction>),
    #[cfg(msgraph_v1_copilot_or_search)]
    AiInteractionHistory(::std::boxed::Box<crate::v1::AiInteractionHistory>),
    #[cfg(msgraph_v1_copilot_or_search)]
    AiOnlineMeeting(::std::boxed::Box<crate::v1::AiOnlineMeeting>),
    #[cfg(msgraph_v1_copilot_or_search)]
    AiUser(::std::boxed::Box<crate::v1::AiUser>),
    #[cfg(msgraph_v1_identity_or_search)]
    AkamaiWebApplicationFirewallProvider(
        ::std::boxed::Box<crate::v1::AkamaiWebApplicationFirewallProvider>,
    ),
    #[cfg(msgraph_v1_search_or_security)]
    Alert(::std::boxed::Box<crate::v1::Alert>),
    #[cfg(msgraph_v1_directory_or_search)]
    AllowedValue(::std::boxed::Box<crate::v1::AllowedValue>),
    #[cfg(msgraph_v1_device_management_or_search)]
    AndroidCompliancePolicy(::std::boxed::Box<crate::v1::AndroidCompliancePolicy>),
    #[cfg(msgraph_v1_device_management_or_search)]
    AndroidCustomConfiguration(::std::boxed::Box<crate::v1::AndroidCustomConfiguration>),
    #[cfg(msgraph_v1_device_management_or_search)]
    AndroidGeneralDeviceConfiguration(
        ::std::boxed::Box<crate::v1::AndroidGeneralDeviceConfiguration>,
    ),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    AndroidLobApp(::std::boxed::Box<crate::v1::AndroidLobApp>),
    #[cfg(msgraph_v1_core_or_device_app_management)]
    AndroidManagedAppProtection(
        ::std::boxed::Box<crate::v1::AndroidManagedAppProtection>,
    ),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    AndroidManagedAppRegistration(
        ::std::boxed::Box<crate::v1::AndroidManagedAppRegistration>,
    ),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    AndroidStoreApp(::std::boxed::Box<crate::v1::AndroidStoreApp>),
    #[cfg(msgraph_v1_device_management_or_search)]
    AndroidWorkProfileCompliancePolicy(
        ::std::boxed::Box<crate::v1::AndroidWorkProfileCompliancePolicy>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    AndroidWorkProfileCustomConfiguration(
        ::std::boxed::Box<crate::v1::AndroidWorkProfileCustomConfiguration>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    AndroidWorkProfileGeneralDeviceConfiguration(
        ::std::boxed::Box<crate::v1::AndroidWorkProfileGeneralDeviceConfiguration>,
    ),
    #[cfg(msgraph_v1_core_or_teamwork)]
    AnonymousGuestConversationMember(
        ::std::boxed::Box<crate::v1::AnonymousGuestConversationMember>,
    ),
    #[cfg(msgraph_v1_app_catalogs_or_search)]
    AppCatalogs(::std::boxed::Box<crate::v1::AppCatalogs>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    AppConsentApprovalRoute(::std::boxed::Box<crate::v1::AppConsentApprovalRoute>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    AppConsentRequest(::std::boxed::Box<crate::v1::AppConsentRequest>),
    #[cfg(msgraph_v1_device_management_or_search)]
    AppLogCollectionRequest(::std::boxed::Box<crate::v1::AppLogCollectionRequest>),
    #[cfg(msgraph_v1_core)]
    AppManagementPolicy(::std::boxed::Box<crate::v1::AppManagementPolicy>),
    #[cfg(msgraph_v1_core)]
    AppRoleAssignment(::std::boxed::Box<crate::v1::AppRoleAssignment>),
    #[cfg(msgraph_v1_role_management_or_search)]
    AppScope(::std::boxed::Box<crate::v1::AppScope>),
    #[cfg(msgraph_v1_device_management_or_search)]
    AppleDeviceFeaturesConfigurationBase(
        ::std::boxed::Box<crate::v1::AppleDeviceFeaturesConfigurationBase>,
    ),
    #[cfg(msgraph_v1_directory_or_identity_or_search)]
    AppleManagedIdentityProvider(
        ::std::boxed::Box<crate::v1::AppleManagedIdentityProvider>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    ApplePushNotificationCertificate(
        ::std::boxed::Box<crate::v1::ApplePushNotificationCertificate>,
    ),
    #[cfg(msgraph_v1_core)]
    Application(::std::boxed::Box<crate::v1::Application>),
    #[cfg(msgraph_v1_application_templates_or_search)]
    ApplicationTemplate(::std::boxed::Box<crate::v1::ApplicationTemplate>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    Approval(::std::boxed::Box<crate::v1::Approval>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    ApprovalStage(::std::boxed::Box<crate::v1::ApprovalStage>),
    #[cfg(msgraph_v1_core)]
    ApprovedClientApp(::std::boxed::Box<crate::v1::ApprovedClientApp>),
    #[cfg(msgraph_v1_identity_or_search)]
    ArkoseFraudProtectionProvider(
        ::std::boxed::Box<crate::v1::ArkoseFraudProtectionProvider>,
    ),
    #[cfg(msgraph_v1_core)]
    AssociatedTeamInfo(::std::boxed::Box<crate::v1::AssociatedTeamInfo>),
    #[cfg(msgraph_v1_core)]
    Attachment(::std::boxed::Box<crate::v1::Attachment>),
    #[cfg(msgraph_v1_core)]
    AttachmentBase(::std::boxed::Box<crate::v1::AttachmentBase>),
    #[cfg(msgraph_v1_core)]
    AttachmentSession(::std::boxed::Box<crate::v1::AttachmentSession>),
    #[cfg(msgraph_v1_core_or_security)]
    AttackSimulationOperation(::std::boxed::Box<crate::v1::AttackSimulationOperation>),
    #[cfg(msgraph_v1_search_or_security)]
    AttackSimulationRoot(::std::boxed::Box<crate::v1::AttackSimulationRoot>),
    #[cfg(msgraph_v1_core_or_communications_or_solutions)]
    AttendanceRecord(::std::boxed::Box<crate::v1::AttendanceRecord>),
    #[cfg(msgraph_v1_core_or_functions)]
    AttributeMappingFunctionSchema(
        ::std::boxed::Box<crate::v1::AttributeMappingFunctionSchema>,
    ),
    #[cfg(msgraph_v1_directory_or_search)]
    AttributeSet(::std::boxed::Box<crate::v1::AttributeSet>),
    #[cfg(msgraph_v1_communications_or_search)]
    AudioRoutingGroup(::std::boxed::Box<crate::v1::AudioRoutingGroup>),
    #[cfg(msgraph_v1_device_management_or_search)]
    AuditEvent(::std::boxed::Box<crate::v1::AuditEvent>),
    #[cfg(msgraph_v1_core)]
    Authentication(::std::boxed::Box<crate::v1::Authentication>),
    #[cfg(msgraph_v1_identity_or_policies_or_search)]
    AuthenticationCombinationConfiguration(
        ::std::boxed::Box<crate::v1::AuthenticationCombinationConfiguration>,
    ),
    #[cfg(msgraph_v1_identity_or_search)]
    AuthenticationContextClassReference(
        ::std::boxed::Box<crate::v1::AuthenticationContextClassReference>,
    ),
    #[cfg(msgraph_v1_identity_or_search)]
    AuthenticationEventListener(
        ::std::boxed::Box<crate::v1::AuthenticationEventListener>,
    ),
    #[cfg(msgraph_v1_identity_or_search)]
    AuthenticationEventsFlow(::std::boxed::Box<crate::v1::AuthenticationEventsFlow>),
    #[cfg(msgraph_v1_policies_or_search)]
    AuthenticationFlowsPolicy(::std::boxed::Box<crate::v1::AuthenticationFlowsPolicy>),
    #[cfg(msgraph_v1_core)]
    AuthenticationMethod(::std::boxed::Box<crate::v1::AuthenticationMethod>),
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    AuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::v1::AuthenticationMethodConfiguration>,
    ),
    #[cfg(msgraph_v1_identity_or_search)]
    AuthenticationMethodModeDetail(
        ::std::boxed::Box<crate::v1::AuthenticationMethodModeDetail>,
    ),
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    AuthenticationMethodTarget(::std::boxed::Box<crate::v1::AuthenticationMethodTarget>),
    #[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
    AuthenticationMethodsPolicy(
        ::std::boxed::Box<crate::v1::AuthenticationMethodsPolicy>,
    ),
    #[cfg(msgraph_v1_reports_or_search)]
    AuthenticationMethodsRoot(::std::boxed::Box<crate::v1::AuthenticationMethodsRoot>),
    #[cfg(msgraph_v1_identity_or_policies_or_search)]
    AuthenticationStrengthPolicy(
        ::std::boxed::Box<crate::v1::AuthenticationStrengthPolicy>,
    ),
    #[cfg(msgraph_v1_identity_or_search)]
    AuthenticationStrengthRoot(::std::boxed::Box<crate::v1::AuthenticationStrengthRoot>),
    #[cfg(msgraph_v1_privacy_or_search_or_security)]
    AuthoredNote(::std::boxed::Box<crate::v1::AuthoredNote>),
    #[cfg(msgraph_v1_core)]
    AuthorizationPolicy(::std::boxed::Box<crate::v1::AuthorizationPolicy>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    AvailableAccessPackage(::std::boxed::Box<crate::v1::AvailableAccessPackage>),
    #[cfg(msgraph_v1_core_or_teamwork)]
    AzureCommunicationServicesUserConversationMember(
        ::std::boxed::Box<crate::v1::AzureCommunicationServicesUserConversationMember>,
    ),
    #[cfg(msgraph_v1_identity_or_search)]
    B2xIdentityUserFlow(::std::boxed::Box<crate::v1::B2xIdentityUserFlow>),
    #[cfg(msgraph_v1_search_or_solutions)]
    BackupRestoreRoot(::std::boxed::Box<crate::v1::BackupRestoreRoot>),
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
    BaseItem(::std::boxed::Box<crate::v1::BaseItem>),
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
    BaseItemVersion(::std::boxed::Box<crate::v1::BaseItemVersion>),
    #[cfg(msgraph_v1_places_or_search)]
    BaseMapFeature(::std::boxed::Box<crate::v1::BaseMapFeature>),
    #[cfg(msgraph_v1_core_or_sites)]
    BaseSitePage(::std::boxed::Box<crate::v1::BaseSitePage>),
    #[cfg(msgraph_v1_information_protection_or_search)]
    Bitlocker(::std::boxed::Box<crate::v1::Bitlocker>),
    #[cfg(msgraph_v1_information_protection_or_search)]
    BitlockerRecoveryKey(::std::boxed::Box<crate::v1::BitlockerRecoveryKey>),
    #[cfg(msgraph_v1_search_or_solutions)]
    BookingAppointment(::std::boxed::Box<crate::v1::BookingAppointment>),
    #[cfg(msgraph_v1_search_or_solutions)]
    BookingBusiness(::std::boxed::Box<crate::v1::BookingBusiness>),
    #[cfg(msgraph_v1_search_or_solutions)]
    BookingCurrency(::std::boxed::Box<crate::v1::BookingCurrency>),
    #[cfg(msgraph_v1_search_or_solutions)]
    BookingCustomQuestion(::std::boxed::Box<crate::v1::BookingCustomQuestion>),
    #[cfg(msgraph_v1_search_or_solutions)]
    BookingCustomer(::std::boxed::Box<crate::v1::BookingCustomer>),
    #[cfg(msgraph_v1_search_or_solutions)]
    BookingCustomerBase(::std::boxed::Box<crate::v1::BookingCustomerBase>),
    #[cfg(msgraph_v1_search_or_solutions)]
    BookingService(::std::boxed::Box<crate::v1::BookingService>),
    #[cfg(msgraph_v1_search_or_solutions)]
    BookingStaffMember(::std::boxed::Box<crate::v1::BookingStaffMember>),
    #[cfg(msgraph_v1_search_or_solutions)]
    BookingStaffMemberBase(::std::boxed::Box<crate::v1::BookingStaffMemberBase>),
    #[cfg(msgraph_v1_search_or_solutions)]
    BrowseSessionBase(::std::boxed::Box<crate::v1::BrowseSessionBase>),
    #[cfg(msgraph_v1_admin_or_search)]
    BrowserSharedCookie(::std::boxed::Box<crate::v1::BrowserSharedCookie>),
    #[cfg(msgraph_v1_admin_or_search)]
    BrowserSite(::std::boxed::Box<crate::v1::BrowserSite>),
    #[cfg(msgraph_v1_admin_or_search)]
    BrowserSiteList(::std::boxed::Box<crate::v1::BrowserSiteList>),
    #[cfg(msgraph_v1_places_or_search)]
    Building(::std::boxed::Box<crate::v1::Building>),
    #[cfg(msgraph_v1_places_or_search)]
    BuildingMap(::std::boxed::Box<crate::v1::BuildingMap>),
    #[cfg(msgraph_v1_directory_or_identity_or_search)]
    BuiltInIdentityProvider(::std::boxed::Box<crate::v1::BuiltInIdentityProvider>),
    #[cfg(msgraph_v1_core)]
    BulkUpload(::std::boxed::Box<crate::v1::BulkUpload>),
    #[cfg(msgraph_v1_identity_or_search)]
    CaPoliciesDeletableRoot(::std::boxed::Box<crate::v1::CaPoliciesDeletableRoot>),
    #[cfg(msgraph_v1_core)]
    Calendar(::std::boxed::Box<crate::v1::Calendar>),
    #[cfg(msgraph_v1_core)]
    CalendarGroup(::std::boxed::Box<crate::v1::CalendarGroup>),
    #[cfg(msgraph_v1_core)]
    CalendarPermission(::std::boxed::Box<crate::v1::CalendarPermission>),
    #[cfg(msgraph_v1_core)]
    CalendarSharingMessage(::std::boxed::Box<crate::v1::CalendarSharingMessage>),
    #[cfg(msgraph_v1_communications_or_search)]
    Call(::std::boxed::Box<crate::v1::Call>),
    #[cfg(msgraph_v1_copilot_or_search)]
    CallAiInsight(::std::boxed::Box<crate::v1::CallAiInsight>),
    #[cfg(msgraph_v1_search)]
    CallEvent(::std::boxed::Box<crate::v1::CallEvent>),
    #[cfg(msgraph_v1_core_or_communications)]
    CallRecording(::std::boxed::Box<crate::v1::CallRecording>),
    #[cfg(msgraph_v1_communications_or_search)]
    CallRecord(::std::boxed::Box<crate::v1::call_records::CallRecord>),
    #[cfg(msgraph_v1_communications_or_search)]
    Organizer(::std::boxed::Box<crate::v1::call_records::Organizer>),
    #[cfg(msgraph_v1_communications_or_search)]
    CallRecordsParticipant(::std::boxed::Box<crate::v1::call_records::Participant>),
    #[cfg(msgraph_v1_communications_or_search)]
    ParticipantBase(::std::boxed::Box<crate::v1::call_records::ParticipantBase>),
    #[cfg(msgraph_v1_communications_or_search)]
    Segment(::std::boxed::Box<crate::v1::call_records::Segment>),
    #[cfg(msgraph_v1_communications_or_search)]
    Session(::std::boxed::Box<crate::v1::call_records::Session>),
    #[cfg(msgraph_v1_core_or_communications)]
    CallTranscript(::std::boxed::Box<crate::v1::CallTranscript>),
    #[cfg(msgraph_v1_communications_or_search)]
    CancelMediaProcessingOperation(
        ::std::boxed::Box<crate::v1::CancelMediaProcessingOperation>,
    ),
    #[cfg(msgraph_v1_core_or_sites)]
    CanvasLayout(::std::boxed::Box<crate::v1::CanvasLayout>),
    #[cfg(msgraph_v1_core)]
    CertificateAuthorityDetail(::std::boxed::Box<crate::v1::CertificateAuthorityDetail>),
    #[cfg(msgraph_v1_core_or_certificate_based_auth_configuration)]
    CertificateBasedAuthConfiguration(
        ::std::boxed::Box<crate::v1::CertificateBasedAuthConfiguration>,
    ),
    #[cfg(msgraph_v1_core)]
    CertificateBasedAuthPki(::std::boxed::Box<crate::v1::CertificateBasedAuthPki>),
    #[cfg(msgraph_v1_core_or_teamwork)]
    ChangeTrackedEntity(::std::boxed::Box<crate::v1::ChangeTrackedEntity>),
    #[cfg(msgraph_v1_core_or_teamwork)]
    Channel(::std::boxed::Box<crate::v1::Channel>),
    #[cfg(msgraph_v1_core)]
    Chat(::std::boxed::Box<crate::v1::Chat>),
    #[cfg(msgraph_v1_core_or_teamwork)]
    ChatMessage(::std::boxed::Box<crate::v1::ChatMessage>),
    #[cfg(msgraph_v1_core_or_teamwork)]
    ChatMessageHostedContent(::std::boxed::Box<crate::v1::ChatMessageHostedContent>),
    #[cfg(msgraph_v1_core)]
    ChatMessageInfo(::std::boxed::Box<crate::v1::ChatMessageInfo>),
    #[cfg(msgraph_v1_core)]
    ChecklistItem(::std::boxed::Box<crate::v1::ChecklistItem>),
    #[cfg(msgraph_v1_core)]
    ClaimsMappingPolicy(::std::boxed::Box<crate::v1::ClaimsMappingPolicy>),
    #[cfg(msgraph_v1_core)]
    CloudClipboardItem(::std::boxed::Box<crate::v1::CloudClipboardItem>),
    #[cfg(msgraph_v1_core)]
    CloudClipboardRoot(::std::boxed::Box<crate::v1::CloudClipboardRoot>),
    #[cfg(msgraph_v1_identity_or_search)]
    CloudFlareWebApplicationFirewallProvider(
        ::std::boxed::Box<crate::v1::CloudFlareWebApplicationFirewallProvider>,
    ),
    #[cfg(msgraph_v1_core_or_device_management)]
    CloudPc(::std::boxed::Box<crate::v1::CloudPc>),
    #[cfg(msgraph_v1_device_management_or_search)]
    CloudPcAuditEvent(::std::boxed::Box<crate::v1::CloudPcAuditEvent>),
    #[cfg(msgraph_v1_device_management_or_search)]
    CloudPcDeviceImage(::std::boxed::Box<crate::v1::CloudPcDeviceImage>),
    #[cfg(msgraph_v1_device_management_or_search)]
    CloudPcGalleryImage(::std::boxed::Box<crate::v1::CloudPcGalleryImage>),
    #[cfg(msgraph_v1_device_management_or_search)]
    CloudPcOnPremisesConnection(
        ::std::boxed::Box<crate::v1::CloudPcOnPremisesConnection>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    CloudPcProvisioningPolicy(::std::boxed::Box<crate::v1::CloudPcProvisioningPolicy>),
    #[cfg(msgraph_v1_device_management_or_search)]
    CloudPcProvisioningPolicyAssignment(
        ::std::boxed::Box<crate::v1::CloudPcProvisioningPolicyAssignment>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    CloudPcReport(::std::boxed::Box<crate::v1::CloudPcReport>),
    #[cfg(msgraph_v1_device_management_or_search)]
    CloudPcServicePlan(::std::boxed::Box<crate::v1::CloudPcServicePlan>),
    #[cfg(msgraph_v1_device_management_or_search)]
    CloudPcUserSetting(::std::boxed::Box<crate::v1::CloudPcUserSetting>),
    #[cfg(msgraph_v1_device_management_or_search)]
    CloudPcUserSettingAssignment(
        ::std::boxed::Box<crate::v1::CloudPcUserSettingAssignment>,
    ),
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
    ColumnDefinition(::std::boxed::Box<crate::v1::ColumnDefinition>),
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
    ColumnLink(::std::boxed::Box<crate::v1::ColumnLink>),
    #[cfg(msgraph_v1_communications_or_search)]
    CommsOperation(::std::boxed::Box<crate::v1::CommsOperation>),
    #[cfg(msgraph_v1_employee_experience_or_search)]
    Community(::std::boxed::Box<crate::v1::Community>),
    #[cfg(msgraph_v1_directory_or_search)]
    CompanySubscription(::std::boxed::Box<crate::v1::CompanySubscription>),
    #[cfg(msgraph_v1_device_management_or_search)]
    ComplianceManagementPartner(
        ::std::boxed::Box<crate::v1::ComplianceManagementPartner>,
    ),
    #[cfg(msgraph_v1_identity_or_search)]
    ConditionalAccessRoot(::std::boxed::Box<crate::v1::ConditionalAccessRoot>),
    #[cfg(msgraph_v1_identity_or_search)]
    ConditionalAccessTemplate(::std::boxed::Box<crate::v1::ConditionalAccessTemplate>),
    #[cfg(msgraph_v1_admin_or_search)]
    ConfigurationBaseline(::std::boxed::Box<crate::v1::ConfigurationBaseline>),
    #[cfg(msgraph_v1_admin_or_search)]
    ConfigurationDrift(::std::boxed::Box<crate::v1::ConfigurationDrift>),
    #[cfg(msgraph_v1_admin_or_search)]
    ConfigurationManagement(::std::boxed::Box<crate::v1::ConfigurationManagement>),
    #[cfg(msgraph_v1_admin_or_search)]
    ConfigurationMonitor(::std::boxed::Box<crate::v1::ConfigurationMonitor>),
    #[cfg(msgraph_v1_admin_or_search)]
    ConfigurationMonitoringResult(
        ::std::boxed::Box<crate::v1::ConfigurationMonitoringResult>,
    ),
    #[cfg(msgraph_v1_admin_or_search)]
    ConfigurationSnapshotJob(::std::boxed::Box<crate::v1::ConfigurationSnapshotJob>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    ConnectedOrganization(::std::boxed::Box<crate::v1::ConnectedOrganization>),
    #[cfg(msgraph_v1_core)]
    Contact(::std::boxed::Box<crate::v1::Contact>),
    #[cfg(msgraph_v1_core)]
    ContactFolder(::std::boxed::Box<crate::v1::ContactFolder>),
    #[cfg(msgraph_v1_core)]
    ContentActivity(::std::boxed::Box<crate::v1::ContentActivity>),
    #[cfg(msgraph_v1_communications_or_search)]
    ContentSharingSession(::std::boxed::Box<crate::v1::ContentSharingSession>),
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
    ContentType(::std::boxed::Box<crate::v1::ContentType>),
    #[cfg(msgraph_v1_core)]
    Contract(::std::boxed::Box<crate::v1::Contract>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    ControlConfiguration(::std::boxed::Box<crate::v1::ControlConfiguration>),
    #[cfg(msgraph_v1_core)]
    Conversation(::std::boxed::Box<crate::v1::Conversation>),
    #[cfg(msgraph_v1_core_or_teamwork)]
    ConversationMember(::std::boxed::Box<crate::v1::ConversationMember>),
    #[cfg(msgraph_v1_core)]
    ConversationThread(::std::boxed::Box<crate::v1::ConversationThread>),
    #[cfg(msgraph_v1_copilot_or_search)]
    CopilotAdmin(::std::boxed::Box<crate::v1::CopilotAdmin>),
    #[cfg(msgraph_v1_copilot_or_search)]
    CopilotAdminCatalog(::std::boxed::Box<crate::v1::CopilotAdminCatalog>),
    #[cfg(msgraph_v1_copilot_or_search)]
    CopilotAdminLimitedMode(::std::boxed::Box<crate::v1::CopilotAdminLimitedMode>),
    #[cfg(msgraph_v1_copilot_or_search)]
    CopilotAdminSetting(::std::boxed::Box<crate::v1::CopilotAdminSetting>),
    #[cfg(msgraph_v1_copilot_or_search)]
    CopilotPackage(::std::boxed::Box<crate::v1::CopilotPackage>),
    #[cfg(msgraph_v1_copilot_or_search)]
    CopilotPackageDetail(::std::boxed::Box<crate::v1::CopilotPackageDetail>),
    #[cfg(msgraph_v1_copilot_or_search)]
    CopilotReportRoot(::std::boxed::Box<crate::v1::CopilotReportRoot>),
    #[cfg(msgraph_v1_core)]
    CrossTenantAccessPolicy(::std::boxed::Box<crate::v1::CrossTenantAccessPolicy>),
    #[cfg(msgraph_v1_core)]
    CrossTenantAccessPolicyConfigurationDefault(
        ::std::boxed::Box<crate::v1::CrossTenantAccessPolicyConfigurationDefault>,
    ),
    #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
    CustomAuthenticationExtension(
        ::std::boxed::Box<crate::v1::CustomAuthenticationExtension>,
    ),
    #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
    CustomCalloutExtension(::std::boxed::Box<crate::v1::CustomCalloutExtension>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    CustomDataProvidedResource(::std::boxed::Box<crate::v1::CustomDataProvidedResource>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    CustomDataProvidedResourceAccessReviewUploadSession(
        ::std::boxed::Box<crate::v1::CustomDataProvidedResourceAccessReviewUploadSession>,
    ),
    #[cfg(msgraph_v1_search)]
    CustomDataProvidedResourceFile(
        ::std::boxed::Box<crate::v1::CustomDataProvidedResourceFile>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    CustomDataProvidedResourceUploadSession(
        ::std::boxed::Box<crate::v1::CustomDataProvidedResourceUploadSession>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    CustomExtensionStageSetting(
        ::std::boxed::Box<crate::v1::CustomExtensionStageSetting>,
    ),
    #[cfg(msgraph_v1_directory_or_search)]
    CustomSecurityAttributeDefinition(
        ::std::boxed::Box<crate::v1::CustomSecurityAttributeDefinition>,
    ),
    #[cfg(msgraph_v1_data_policy_operations_or_search)]
    DataPolicyOperation(::std::boxed::Box<crate::v1::DataPolicyOperation>),
    #[cfg(msgraph_v1_core_or_security)]
    DataSecurityAndGovernance(::std::boxed::Box<crate::v1::DataSecurityAndGovernance>),
    #[cfg(msgraph_v1_core)]
    DayNote(::std::boxed::Box<crate::v1::DayNote>),
    #[cfg(msgraph_v1_core_or_device_app_management)]
    DefaultManagedAppProtection(
        ::std::boxed::Box<crate::v1::DefaultManagedAppProtection>,
    ),
    #[cfg(msgraph_v1_search_or_tenant_relationships)]
    DelegatedAdminAccessAssignment(
        ::std::boxed::Box<crate::v1::DelegatedAdminAccessAssignment>,
    ),
    #[cfg(msgraph_v1_search_or_tenant_relationships)]
    DelegatedAdminCustomer(::std::boxed::Box<crate::v1::DelegatedAdminCustomer>),
    #[cfg(msgraph_v1_search_or_tenant_relationships)]
    DelegatedAdminRelationship(::std::boxed::Box<crate::v1::DelegatedAdminRelationship>),
    #[cfg(msgraph_v1_search_or_tenant_relationships)]
    DelegatedAdminRelationshipOperation(
        ::std::boxed::Box<crate::v1::DelegatedAdminRelationshipOperation>,
    ),
    #[cfg(msgraph_v1_search_or_tenant_relationships)]
    DelegatedAdminRelationshipRequest(
        ::std::boxed::Box<crate::v1::DelegatedAdminRelationshipRequest>,
    ),
    #[cfg(msgraph_v1_search_or_tenant_relationships)]
    DelegatedAdminServiceManagementDetail(
        ::std::boxed::Box<crate::v1::DelegatedAdminServiceManagementDetail>,
    ),
    #[cfg(msgraph_v1_core)]
    DelegatedAdminServiceProviderConstraints(
        ::std::boxed::Box<crate::v1::DelegatedAdminServiceProviderConstraints>,
    ),
    #[cfg(msgraph_v1_core)]
    DelegatedPermissionClassification(
        ::std::boxed::Box<crate::v1::DelegatedPermissionClassification>,
    ),
    #[cfg(msgraph_v1_search_or_teamwork)]
    DeletedChat(::std::boxed::Box<crate::v1::DeletedChat>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    DeletedItemContainer(::std::boxed::Box<crate::v1::DeletedItemContainer>),
    #[cfg(msgraph_v1_search_or_teamwork)]
    DeletedTeam(::std::boxed::Box<crate::v1::DeletedTeam>),
    #[cfg(msgraph_v1_search)]
    DeltaParticipants(::std::boxed::Box<crate::v1::DeltaParticipants>),
    #[cfg(msgraph_v1_places_or_search)]
    Desk(::std::boxed::Box<crate::v1::Desk>),
    #[cfg(msgraph_v1_device_management_or_search)]
    DetectedApp(::std::boxed::Box<crate::v1::DetectedApp>),
    #[cfg(msgraph_v1_core)]
    Device(::std::boxed::Box<crate::v1::Device>),
    #[cfg(msgraph_v1_device_management_or_search)]
    DeviceAndAppManagementRoleAssignment(
        ::std::boxed::Box<crate::v1::DeviceAndAppManagementRoleAssignment>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    DeviceAndAppManagementRoleDefinition(
        ::std::boxed::Box<crate::v1::DeviceAndAppManagementRoleDefinition>,
    ),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    DeviceAppManagement(::std::boxed::Box<crate::v1::DeviceAppManagement>),
    #[cfg(msgraph_v1_core_or_device_management)]
    DeviceCategory(::std::boxed::Box<crate::v1::DeviceCategory>),
    #[cfg(msgraph_v1_device_management_or_search)]
    DeviceComplianceActionItem(::std::boxed::Box<crate::v1::DeviceComplianceActionItem>),
    #[cfg(msgraph_v1_device_management_or_search)]
    DeviceComplianceDeviceOverview(
        ::std::boxed::Box<crate::v1::DeviceComplianceDeviceOverview>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    DeviceComplianceDeviceStatus(
        ::std::boxed::Box<crate::v1::DeviceComplianceDeviceStatus>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    DeviceCompliancePolicy(::std::boxed::Box<crate::v1::DeviceCompliancePolicy>),
    #[cfg(msgraph_v1_device_management_or_search)]
    DeviceCompliancePolicyAssignment(
        ::std::boxed::Box<crate::v1::DeviceCompliancePolicyAssignment>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    DeviceCompliancePolicyDeviceStateSummary(
        ::std::boxed::Box<crate::v1::DeviceCompliancePolicyDeviceStateSummary>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    DeviceCompliancePolicySettingStateSummary(
        ::std::boxed::Box<crate::v1::DeviceCompliancePolicySettingStateSummary>,
    ),
    #[cfg(msgraph_v1_core_or_device_management)]
    DeviceCompliancePolicyState(
        ::std::boxed::Box<crate::v1::DeviceCompliancePolicyState>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    DeviceComplianceScheduledActionForRule(
        ::std::boxed::Box<crate::v1::DeviceComplianceScheduledActionForRule>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    DeviceComplianceSettingState(
        ::std::boxed::Box<crate::v1::DeviceComplianceSettingState>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    DeviceComplianceUserOverview(
        ::std::boxed::Box<crate::v1::DeviceComplianceUserOverview>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    DeviceComplianceUserStatus(::std::boxed::Box<crate::v1::DeviceComplianceUserStatus>),
    #[cfg(msgraph_v1_device_management_or_search)]
    DeviceConfiguration(::std::boxed::Box<crate::v1::DeviceConfiguration>),
    #[cfg(msgraph_v1_device_management_or_search)]
    DeviceConfigurationAssignment(
        ::std::boxed::Box<crate::v1::DeviceConfigurationAssignment>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    DeviceConfigurationDeviceOverview(
        ::std::boxed::Box<crate::v1::DeviceConfigurationDeviceOverview>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    DeviceConfigurationDeviceStateSummary(
        ::std::boxed::Box<crate::v1::DeviceConfigurationDeviceStateSummary>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    DeviceConfigurationDeviceStatus(
        ::std::boxed::Box<crate::v1::DeviceConfigurationDeviceStatus>,
    ),
    #[cfg(msgraph_v1_core_or_device_management)]
    DeviceConfigurationState(::std::boxed::Box<crate::v1::DeviceConfigurationState>),
    #[cfg(msgraph_v1_device_management_or_search)]
    DeviceConfigurationUserOverview(
        ::std::boxed::Box<crate::v1::DeviceConfigurationUserOverview>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    DeviceConfigurationUserStatus(
        ::std::boxed::Box<crate::v1::DeviceConfigurationUserStatus>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    DeviceEnrollmentConfiguration(
        ::std::boxed::Box<crate::v1::DeviceEnrollmentConfiguration>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    DeviceEnrollmentLimitConfiguration(
        ::std::boxed::Box<crate::v1::DeviceEnrollmentLimitConfiguration>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    DeviceEnrollmentPlatformRestrictionsConfiguration(
        ::std::boxed::Box<crate::v1::DeviceEnrollmentPlatformRestrictionsConfiguration>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    DeviceEnrollmentWindowsHelloForBusinessConfiguration(
        ::std::boxed::Box<
            crate::v1::DeviceEnrollmentWindowsHelloForBusinessConfiguration,
        >,
    ),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    DeviceInstallState(::std::boxed::Box<crate::v1::DeviceInstallState>),
    #[cfg(msgraph_v1_directory_or_search)]
    DeviceLocalCredentialInfo(::std::boxed::Box<crate::v1::DeviceLocalCredentialInfo>),
    #[cfg(msgraph_v1_core_or_device_management)]
    DeviceLogCollectionResponse(
        ::std::boxed::Box<crate::v1::DeviceLogCollectionResponse>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    DeviceManagement(::std::boxed::Box<crate::v1::DeviceManagement>),
    #[cfg(msgraph_v1_search)]
    DeviceManagementCachedReportConfiguration(
        ::std::boxed::Box<crate::v1::DeviceManagementCachedReportConfiguration>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    DeviceManagementExchangeConnector(
        ::std::boxed::Box<crate::v1::DeviceManagementExchangeConnector>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    DeviceManagementExportJob(::std::boxed::Box<crate::v1::DeviceManagementExportJob>),
    #[cfg(msgraph_v1_device_management_or_search)]
    DeviceManagementPartner(::std::boxed::Box<crate::v1::DeviceManagementPartner>),
    #[cfg(msgraph_v1_device_management_or_search)]
    DeviceManagementReports(::std::boxed::Box<crate::v1::DeviceManagementReports>),
    #[cfg(msgraph_v1_core_or_device_management)]
    DeviceManagementTroubleshootingEvent(
        ::std::boxed::Box<crate::v1::DeviceManagementTroubleshootingEvent>,
    ),
    #[cfg(msgraph_v1_policies_or_search)]
    DeviceRegistrationPolicy(::std::boxed::Box<crate::v1::DeviceRegistrationPolicy>),
    #[cfg(msgraph_v1_directory_or_search)]
    Directory(::std::boxed::Box<crate::v1::Directory>),
    #[cfg(msgraph_v1_audit_logs_or_search)]
    DirectoryAudit(::std::boxed::Box<crate::v1::DirectoryAudit>),
    #[cfg(msgraph_v1_core)]
    DirectoryDefinition(::std::boxed::Box<crate::v1::DirectoryDefinition>),
    #[cfg(msgraph_v1_core)]
    DirectoryObject(::std::boxed::Box<crate::v1::DirectoryObject>),
    #[cfg(msgraph_v1_core)]
    DirectoryObjectPartnerReference(
        ::std::boxed::Box<crate::v1::DirectoryObjectPartnerReference>,
    ),
    #[cfg(msgraph_v1_core)]
    DirectoryRole(::std::boxed::Box<crate::v1::DirectoryRole>),
    #[cfg(msgraph_v1_core)]
    DirectoryRoleTemplate(::std::boxed::Box<crate::v1::DirectoryRoleTemplate>),
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
    DocumentSetVersion(::std::boxed::Box<crate::v1::DocumentSetVersion>),
    #[cfg(msgraph_v1_domains_or_search)]
    Domain(::std::boxed::Box<crate::v1::Domain>),
    #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
    DomainDnsCnameRecord(::std::boxed::Box<crate::v1::DomainDnsCnameRecord>),
    #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
    DomainDnsMxRecord(::std::boxed::Box<crate::v1::DomainDnsMxRecord>),
    #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
    DomainDnsRecord(::std::boxed::Box<crate::v1::DomainDnsRecord>),
    #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
    DomainDnsSrvRecord(::std::boxed::Box<crate::v1::DomainDnsSrvRecord>),
    #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
    DomainDnsTxtRecord(::std::boxed::Box<crate::v1::DomainDnsTxtRecord>),
    #[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
    DomainDnsUnavailableRecord(::std::boxed::Box<crate::v1::DomainDnsUnavailableRecord>),
    #[cfg(msgraph_v1_drives_or_search)]
    Drive(::std::boxed::Box<crate::v1::Drive>),
    #[cfg(msgraph_v1_drives_or_search)]
    DriveItem(::std::boxed::Box<crate::v1::DriveItem>),
    #[cfg(msgraph_v1_drives_or_search)]
    DriveItemVersion(::std::boxed::Box<crate::v1::DriveItemVersion>),
    #[cfg(msgraph_v1_search_or_solutions)]
    DriveProtectionRule(::std::boxed::Box<crate::v1::DriveProtectionRule>),
    #[cfg(msgraph_v1_search_or_solutions)]
    DriveProtectionUnit(::std::boxed::Box<crate::v1::DriveProtectionUnit>),
    #[cfg(msgraph_v1_search_or_solutions)]
    DriveProtectionUnitsBulkAdditionJob(
        ::std::boxed::Box<crate::v1::DriveProtectionUnitsBulkAdditionJob>,
    ),
    #[cfg(msgraph_v1_search_or_solutions)]
    DriveRestoreArtifact(::std::boxed::Box<crate::v1::DriveRestoreArtifact>),
    #[cfg(msgraph_v1_search_or_solutions)]
    DriveRestoreArtifactsBulkAdditionRequest(
        ::std::boxed::Box<crate::v1::DriveRestoreArtifactsBulkAdditionRequest>,
    ),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    EBookInstallSummary(::std::boxed::Box<crate::v1::EBookInstallSummary>),
    #[cfg(msgraph_v1_admin_or_search)]
    Edge(::std::boxed::Box<crate::v1::Edge>),
    #[cfg(msgraph_v1_device_management_or_search)]
    EditionUpgradeConfiguration(
        ::std::boxed::Box<crate::v1::EditionUpgradeConfiguration>,
    ),
    #[cfg(msgraph_v1_education_or_search)]
    EducationAssignment(::std::boxed::Box<crate::v1::EducationAssignment>),
    #[cfg(msgraph_v1_education_or_search)]
    EducationAssignmentDefaults(
        ::std::boxed::Box<crate::v1::EducationAssignmentDefaults>,
    ),
    #[cfg(msgraph_v1_education_or_search)]
    EducationAssignmentResource(
        ::std::boxed::Box<crate::v1::EducationAssignmentResource>,
    ),
    #[cfg(msgraph_v1_education_or_search)]
    EducationAssignmentSettings(
        ::std::boxed::Box<crate::v1::EducationAssignmentSettings>,
    ),
    #[cfg(msgraph_v1_education_or_search)]
    EducationCategory(::std::boxed::Box<crate::v1::EducationCategory>),
    #[cfg(msgraph_v1_education_or_search)]
    EducationClass(::std::boxed::Box<crate::v1::EducationClass>),
    #[cfg(msgraph_v1_education_or_search)]
    EducationFeedbackOutcome(::std::boxed::Box<crate::v1::EducationFeedbackOutcome>),
    #[cfg(msgraph_v1_education_or_search)]
    EducationFeedbackResourceOutcome(
        ::std::boxed::Box<crate::v1::EducationFeedbackResourceOutcome>,
    ),
    #[cfg(msgraph_v1_education_or_search)]
    EducationGradingCategory(::std::boxed::Box<crate::v1::EducationGradingCategory>),
    #[cfg(msgraph_v1_education_or_search)]
    EducationGradingScheme(::std::boxed::Box<crate::v1::EducationGradingScheme>),
    #[cfg(msgraph_v1_education_or_search)]
    EducationModule(::std::boxed::Box<crate::v1::EducationModule>),
    #[cfg(msgraph_v1_education_or_search)]
    EducationModuleResource(::std::boxed::Box<crate::v1::EducationModuleResource>),
    #[cfg(msgraph_v1_education_or_search)]
    EducationOrganization(::std::boxed::Box<crate::v1::EducationOrganization>),
    #[cfg(msgraph_v1_education_or_search)]
    EducationOutcome(::std::boxed::Box<crate::v1::EducationOutcome>),
    #[cfg(msgraph_v1_education_or_search)]
    EducationPointsOutcome(::std::boxed::Box<crate::v1::EducationPointsOutcome>),
    #[cfg(msgraph_v1_education_or_search)]
    EducationRubric(::std::boxed::Box<crate::v1::EducationRubric>),
    #[cfg(msgraph_v1_education_or_search)]
    EducationRubricOutcome(::std::boxed::Box<crate::v1::EducationRubricOutcome>),
    #[cfg(msgraph_v1_education_or_search)]
    EducationSchool(::std::boxed::Box<crate::v1::EducationSchool>),
    #[cfg(msgraph_v1_education_or_search)]
    EducationSubmission(::std::boxed::Box<crate::v1::EducationSubmission>),
    #[cfg(msgraph_v1_education_or_search)]
    EducationSubmissionResource(
        ::std::boxed::Box<crate::v1::EducationSubmissionResource>,
    ),
    #[cfg(msgraph_v1_education_or_search)]
    EducationUser(::std::boxed::Box<crate::v1::EducationUser>),
    #[cfg(msgraph_v1_core)]
    EmailAuthenticationMethod(::std::boxed::Box<crate::v1::EmailAuthenticationMethod>),
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    EmailAuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::v1::EmailAuthenticationMethodConfiguration>,
    ),
    #[cfg(msgraph_v1_information_protection_or_search)]
    EmailFileAssessmentRequest(::std::boxed::Box<crate::v1::EmailFileAssessmentRequest>),
    #[cfg(msgraph_v1_search_or_solutions)]
    EmailNotificationsSetting(::std::boxed::Box<crate::v1::EmailNotificationsSetting>),
    #[cfg(msgraph_v1_search)]
    EmergencyCallEvent(::std::boxed::Box<crate::v1::EmergencyCallEvent>),
    #[cfg(msgraph_v1_core)]
    EmployeeExperienceUser(::std::boxed::Box<crate::v1::EmployeeExperienceUser>),
    #[cfg(msgraph_v1_search_or_security)]
    EndUserNotification(::std::boxed::Box<crate::v1::EndUserNotification>),
    #[cfg(msgraph_v1_search_or_security)]
    EndUserNotificationDetail(::std::boxed::Box<crate::v1::EndUserNotificationDetail>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    EndUserSettings(::std::boxed::Box<crate::v1::EndUserSettings>),
    #[cfg(msgraph_v1_core)]
    Endpoint(::std::boxed::Box<crate::v1::Endpoint>),
    #[cfg(msgraph_v1_core_or_employee_experience)]
    EngagementAsyncOperation(::std::boxed::Box<crate::v1::EngagementAsyncOperation>),
    #[cfg(msgraph_v1_communications_or_search)]
    EngagementConversation(::std::boxed::Box<crate::v1::EngagementConversation>),
    #[cfg(msgraph_v1_communications_or_search)]
    EngagementConversationDiscussionMessage(
        ::std::boxed::Box<crate::v1::EngagementConversationDiscussionMessage>,
    ),
    #[cfg(msgraph_v1_communications_or_search)]
    EngagementConversationMessage(
        ::std::boxed::Box<crate::v1::EngagementConversationMessage>,
    ),
    #[cfg(msgraph_v1_communications_or_search)]
    EngagementConversationMessageReaction(
        ::std::boxed::Box<crate::v1::EngagementConversationMessageReaction>,
    ),
    #[cfg(msgraph_v1_communications_or_search)]
    EngagementConversationQuestionMessage(
        ::std::boxed::Box<crate::v1::EngagementConversationQuestionMessage>,
    ),
    #[cfg(msgraph_v1_communications_or_search)]
    EngagementConversationSystemMessage(
        ::std::boxed::Box<crate::v1::EngagementConversationSystemMessage>,
    ),
    #[cfg(msgraph_v1_core_or_employee_experience)]
    EngagementRole(::std::boxed::Box<crate::v1::EngagementRole>),
    #[cfg(msgraph_v1_core_or_employee_experience)]
    EngagementRoleMember(::std::boxed::Box<crate::v1::EngagementRoleMember>),
    #[cfg(msgraph_v1_device_management_or_search)]
    EnrollmentConfigurationAssignment(
        ::std::boxed::Box<crate::v1::EnrollmentConfigurationAssignment>,
    ),
    #[cfg(msgraph_v1_core_or_device_management)]
    EnrollmentTroubleshootingEvent(
        ::std::boxed::Box<crate::v1::EnrollmentTroubleshootingEvent>,
    ),
    #[cfg(msgraph_v1_search)]
    EnterpriseCodeSigningCertificate(
        ::std::boxed::Box<crate::v1::EnterpriseCodeSigningCertificate>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    EntitlementManagement(::std::boxed::Box<crate::v1::EntitlementManagement>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    EntitlementManagementSettings(
        ::std::boxed::Box<crate::v1::EntitlementManagementSettings>,
    ),
    #[cfg(msgraph_v1_directory_or_search)]
    Recovery(::std::boxed::Box<crate::v1::entra_recovery_services::Recovery>),
    #[cfg(msgraph_v1_directory_or_search)]
    RecoveryChangeObjectBase(
        ::std::boxed::Box<crate::v1::entra_recovery_services::RecoveryChangeObjectBase>,
    ),
    #[cfg(msgraph_v1_directory_or_search)]
    RecoveryJob(::std::boxed::Box<crate::v1::entra_recovery_services::RecoveryJob>),
    #[cfg(msgraph_v1_directory_or_search)]
    RecoveryJobBase(
        ::std::boxed::Box<crate::v1::entra_recovery_services::RecoveryJobBase>,
    ),
    #[cfg(msgraph_v1_directory_or_search)]
    RecoveryPreviewJob(
        ::std::boxed::Box<crate::v1::entra_recovery_services::RecoveryPreviewJob>,
    ),
    #[cfg(msgraph_v1_directory_or_search)]
    Snapshot(::std::boxed::Box<crate::v1::entra_recovery_services::Snapshot>),
    #[cfg(msgraph_v1_core)]
    Event(::std::boxed::Box<crate::v1::Event>),
    #[cfg(msgraph_v1_core)]
    EventMessage(::std::boxed::Box<crate::v1::EventMessage>),
    #[cfg(msgraph_v1_core)]
    EventMessageRequest(::std::boxed::Box<crate::v1::EventMessageRequest>),
    #[cfg(msgraph_v1_core)]
    EventMessageResponse(::std::boxed::Box<crate::v1::EventMessageResponse>),
    #[cfg(msgraph_v1_admin_or_search)]
    ExchangeAdmin(::std::boxed::Box<crate::v1::ExchangeAdmin>),
    #[cfg(msgraph_v1_admin_or_search)]
    ExchangeMessageTrace(::std::boxed::Box<crate::v1::ExchangeMessageTrace>),
    #[cfg(msgraph_v1_admin_or_search)]
    ExchangeMessageTraceDetail(::std::boxed::Box<crate::v1::ExchangeMessageTraceDetail>),
    #[cfg(msgraph_v1_search_or_solutions)]
    ExchangeProtectionPolicy(::std::boxed::Box<crate::v1::ExchangeProtectionPolicy>),
    #[cfg(msgraph_v1_search_or_solutions)]
    ExchangeRestoreSession(::std::boxed::Box<crate::v1::ExchangeRestoreSession>),
    #[cfg(msgraph_v1_core)]
    ExchangeSettings(::std::boxed::Box<crate::v1::ExchangeSettings>),
    #[cfg(msgraph_v1_core)]
    Extension(::std::boxed::Box<crate::v1::Extension>),
    #[cfg(msgraph_v1_core)]
    ExtensionProperty(::std::boxed::Box<crate::v1::ExtensionProperty>),
    #[cfg(msgraph_v1_core)]
    ExternalAuthenticationMethod(
        ::std::boxed::Box<crate::v1::ExternalAuthenticationMethod>,
    ),
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    ExternalAuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::v1::ExternalAuthenticationMethodConfiguration>,
    ),
    #[cfg(msgraph_v1_connections_or_external_or_search)]
    ConnectionOperation(
        ::std::boxed::Box<crate::v1::external_connectors::ConnectionOperation>,
    ),
    #[cfg(msgraph_v1_connections_or_external_or_search)]
    ExternalActivity(
        ::std::boxed::Box<crate::v1::external_connectors::ExternalActivity>,
    ),
    #[cfg(msgraph_v1_connections_or_external_or_search)]
    ExternalActivityResult(
        ::std::boxed::Box<crate::v1::external_connectors::ExternalActivityResult>,
    ),
    #[cfg(msgraph_v1_connections_or_external_or_search)]
    ExternalConnection(
        ::std::boxed::Box<crate::v1::external_connectors::ExternalConnection>,
    ),
    #[cfg(msgraph_v1_connections_or_external_or_search)]
    ExternalGroup(::std::boxed::Box<crate::v1::external_connectors::ExternalGroup>),
    #[cfg(msgraph_v1_connections_or_external_or_search)]
    ExternalItem(::std::boxed::Box<crate::v1::external_connectors::ExternalItem>),
    #[cfg(msgraph_v1_connections_or_external_or_search)]
    ExternalConnectorsIdentity(
        ::std::boxed::Box<crate::v1::external_connectors::Identity>,
    ),
    #[cfg(msgraph_v1_connections_or_external_or_search)]
    Schema(::std::boxed::Box<crate::v1::external_connectors::Schema>),
    #[cfg(msgraph_v1_directory_or_identity_or_search)]
    ExternalDomainName(::std::boxed::Box<crate::v1::ExternalDomainName>),
    #[cfg(msgraph_v1_identity_or_search)]
    ExternalUsersSelfServiceSignUpEventsFlow(
        ::std::boxed::Box<crate::v1::ExternalUsersSelfServiceSignUpEventsFlow>,
    ),
    #[cfg(msgraph_v1_policies_or_search)]
    FeatureRolloutPolicy(::std::boxed::Box<crate::v1::FeatureRolloutPolicy>),
    #[cfg(msgraph_v1_core)]
    FederatedIdentityCredential(
        ::std::boxed::Box<crate::v1::FederatedIdentityCredential>,
    ),
    #[cfg(msgraph_v1_core)]
    FederatedTokenValidationPolicy(
        ::std::boxed::Box<crate::v1::FederatedTokenValidationPolicy>,
    ),
    #[cfg(msgraph_v1_core)]
    Fido2AuthenticationMethod(::std::boxed::Box<crate::v1::Fido2AuthenticationMethod>),
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    Fido2AuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::v1::Fido2AuthenticationMethodConfiguration>,
    ),
    #[cfg(msgraph_v1_identity_or_policies_or_search)]
    Fido2CombinationConfiguration(
        ::std::boxed::Box<crate::v1::Fido2CombinationConfiguration>,
    ),
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
    FieldValueSet(::std::boxed::Box<crate::v1::FieldValueSet>),
    #[cfg(msgraph_v1_information_protection_or_search)]
    FileAssessmentRequest(::std::boxed::Box<crate::v1::FileAssessmentRequest>),
    #[cfg(msgraph_v1_core)]
    FileAttachment(::std::boxed::Box<crate::v1::FileAttachment>),
    #[cfg(msgraph_v1_search_or_storage)]
    FileStorage(::std::boxed::Box<crate::v1::FileStorage>),
    #[cfg(msgraph_v1_search_or_storage)]
    FileStorageContainer(::std::boxed::Box<crate::v1::FileStorageContainer>),
    #[cfg(msgraph_v1_search_or_storage)]
    FileStorageContainerType(::std::boxed::Box<crate::v1::FileStorageContainerType>),
    #[cfg(msgraph_v1_search_or_storage)]
    FileStorageContainerTypeRegistration(
        ::std::boxed::Box<crate::v1::FileStorageContainerTypeRegistration>,
    ),
    #[cfg(msgraph_v1_core_or_filter_operators)]
    FilterOperatorSchema(::std::boxed::Box<crate::v1::FilterOperatorSchema>),
    #[cfg(msgraph_v1_places_or_search)]
    FixtureMap(::std::boxed::Box<crate::v1::FixtureMap>),
    #[cfg(msgraph_v1_places_or_search)]
    Floor(::std::boxed::Box<crate::v1::Floor>),
    #[cfg(msgraph_v1_places_or_search)]
    FootprintMap(::std::boxed::Box<crate::v1::FootprintMap>),
    #[cfg(msgraph_v1_identity_or_search)]
    FraudProtectionProvider(::std::boxed::Box<crate::v1::FraudProtectionProvider>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    GovernanceInsight(::std::boxed::Box<crate::v1::GovernanceInsight>),
    #[cfg(msgraph_v1_search_or_solutions)]
    GranularDriveRestoreArtifact(
        ::std::boxed::Box<crate::v1::GranularDriveRestoreArtifact>,
    ),
    #[cfg(msgraph_v1_search_or_solutions)]
    GranularMailboxRestoreArtifact(
        ::std::boxed::Box<crate::v1::GranularMailboxRestoreArtifact>,
    ),
    #[cfg(msgraph_v1_search_or_solutions)]
    GranularRestoreArtifactBase(
        ::std::boxed::Box<crate::v1::GranularRestoreArtifactBase>,
    ),
    #[cfg(msgraph_v1_search_or_solutions)]
    GranularSiteRestoreArtifact(
        ::std::boxed::Box<crate::v1::GranularSiteRestoreArtifact>,
    ),
    #[cfg(msgraph_v1_core)]
    Group(::std::boxed::Box<crate::v1::Group>),
    #[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
    GroupLifecyclePolicy(::std::boxed::Box<crate::v1::GroupLifecyclePolicy>),
    #[cfg(msgraph_v1_core_or_group_settings)]
    GroupSetting(::std::boxed::Box<crate::v1::GroupSetting>),
    #[cfg(msgraph_v1_core)]
    GroupSettingTemplate(::std::boxed::Box<crate::v1::GroupSettingTemplate>),
    #[cfg(msgraph_v1_core)]
    HomeRealmDiscoveryPolicy(::std::boxed::Box<crate::v1::HomeRealmDiscoveryPolicy>),
    #[cfg(msgraph_v1_core_or_sites)]
    HorizontalSection(::std::boxed::Box<crate::v1::HorizontalSection>),
    #[cfg(msgraph_v1_core_or_sites)]
    HorizontalSectionColumn(::std::boxed::Box<crate::v1::HorizontalSectionColumn>),
    #[cfg(msgraph_v1_identity_or_search)]
    HumanSecurityFraudProtectionProvider(
        ::std::boxed::Box<crate::v1::HumanSecurityFraudProtectionProvider>,
    ),
    #[cfg(msgraph_v1_identity_or_search)]
    IdentityApiConnector(::std::boxed::Box<crate::v1::IdentityApiConnector>),
    #[cfg(msgraph_v1_identity_or_search)]
    IdentityBuiltInUserFlowAttribute(
        ::std::boxed::Box<crate::v1::IdentityBuiltInUserFlowAttribute>,
    ),
    #[cfg(msgraph_v1_identity_or_search)]
    IdentityContainer(::std::boxed::Box<crate::v1::IdentityContainer>),
    #[cfg(msgraph_v1_identity_or_search)]
    IdentityCustomUserFlowAttribute(
        ::std::boxed::Box<crate::v1::IdentityCustomUserFlowAttribute>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    CustomTaskExtension(
        ::std::boxed::Box<crate::v1::identity_governance::CustomTaskExtension>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    Insights(::std::boxed::Box<crate::v1::identity_governance::Insights>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    LifecycleManagementSettings(
        ::std::boxed::Box<crate::v1::identity_governance::LifecycleManagementSettings>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    LifecycleWorkflowsContainer(
        ::std::boxed::Box<crate::v1::identity_governance::LifecycleWorkflowsContainer>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    Run(::std::boxed::Box<crate::v1::identity_governance::Run>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    Task(::std::boxed::Box<crate::v1::identity_governance::Task>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    TaskDefinition(::std::boxed::Box<crate::v1::identity_governance::TaskDefinition>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    TaskProcessingResult(
        ::std::boxed::Box<crate::v1::identity_governance::TaskProcessingResult>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    TaskReport(::std::boxed::Box<crate::v1::identity_governance::TaskReport>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    UserProcessingResult(
        ::std::boxed::Box<crate::v1::identity_governance::UserProcessingResult>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    WorkflowTemplate(
        ::std::boxed::Box<crate::v1::identity_governance::WorkflowTemplate>,
    ),
    #[cfg(msgraph_v1_identity_providers_or_search)]
    IdentityProvider(::std::boxed::Box<crate::v1::IdentityProvider>),
    #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
    IdentityProviderBase(::std::boxed::Box<crate::v1::IdentityProviderBase>),
    #[cfg(msgraph_v1_core)]
    IdentitySecurityDefaultsEnforcementPolicy(
        ::std::boxed::Box<crate::v1::IdentitySecurityDefaultsEnforcementPolicy>,
    ),
    #[cfg(msgraph_v1_identity_or_search)]
    IdentityUserFlow(::std::boxed::Box<crate::v1::IdentityUserFlow>),
    #[cfg(msgraph_v1_identity_or_search)]
    IdentityUserFlowAttribute(::std::boxed::Box<crate::v1::IdentityUserFlowAttribute>),
    #[cfg(msgraph_v1_identity_or_search)]
    IdentityUserFlowAttributeAssignment(
        ::std::boxed::Box<crate::v1::IdentityUserFlowAttributeAssignment>,
    ),
    #[cfg(msgraph_v1_identity_or_search)]
    IdentityVerifiedIdRoot(::std::boxed::Box<crate::v1::IdentityVerifiedIdRoot>),
    #[cfg(msgraph_v1_device_management_or_search)]
    ImportedWindowsAutopilotDeviceIdentity(
        ::std::boxed::Box<crate::v1::ImportedWindowsAutopilotDeviceIdentity>,
    ),
    #[cfg(msgraph_v1_search)]
    ImportedWindowsAutopilotDeviceIdentityUpload(
        ::std::boxed::Box<crate::v1::ImportedWindowsAutopilotDeviceIdentityUpload>,
    ),
    #[cfg(msgraph_v1_core)]
    InferenceClassification(::std::boxed::Box<crate::v1::InferenceClassification>),
    #[cfg(msgraph_v1_core)]
    InferenceClassificationOverride(
        ::std::boxed::Box<crate::v1::InferenceClassificationOverride>,
    ),
    #[cfg(msgraph_v1_admin_or_search)]
    InsightsSettings(::std::boxed::Box<crate::v1::InsightsSettings>),
    #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
    InternalDomainFederation(::std::boxed::Box<crate::v1::InternalDomainFederation>),
    #[cfg(msgraph_v1_admin_or_search)]
    InternetExplorerMode(::std::boxed::Box<crate::v1::InternetExplorerMode>),
    #[cfg(msgraph_v1_invitations_or_search)]
    Invitation(::std::boxed::Box<crate::v1::Invitation>),
    #[cfg(msgraph_v1_communications_or_search)]
    InviteParticipantsOperation(
        ::std::boxed::Box<crate::v1::InviteParticipantsOperation>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    IosCertificateProfile(::std::boxed::Box<crate::v1::IosCertificateProfile>),
    #[cfg(msgraph_v1_device_management_or_search)]
    IosCompliancePolicy(::std::boxed::Box<crate::v1::IosCompliancePolicy>),
    #[cfg(msgraph_v1_device_management_or_search)]
    IosCustomConfiguration(::std::boxed::Box<crate::v1::IosCustomConfiguration>),
    #[cfg(msgraph_v1_device_management_or_search)]
    IosDeviceFeaturesConfiguration(
        ::std::boxed::Box<crate::v1::IosDeviceFeaturesConfiguration>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    IosGeneralDeviceConfiguration(
        ::std::boxed::Box<crate::v1::IosGeneralDeviceConfiguration>,
    ),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    IosLobApp(::std::boxed::Box<crate::v1::IosLobApp>),
    #[cfg(msgraph_v1_search)]
    IosLobAppProvisioningConfigurationAssignment(
        ::std::boxed::Box<crate::v1::IosLobAppProvisioningConfigurationAssignment>,
    ),
    #[cfg(msgraph_v1_core_or_device_app_management)]
    IosManagedAppProtection(::std::boxed::Box<crate::v1::IosManagedAppProtection>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    IosManagedAppRegistration(::std::boxed::Box<crate::v1::IosManagedAppRegistration>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    IosMobileAppConfiguration(::std::boxed::Box<crate::v1::IosMobileAppConfiguration>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    IosStoreApp(::std::boxed::Box<crate::v1::IosStoreApp>),
    #[cfg(msgraph_v1_device_management_or_search)]
    IosUpdateConfiguration(::std::boxed::Box<crate::v1::IosUpdateConfiguration>),
    #[cfg(msgraph_v1_device_management_or_search)]
    IosUpdateDeviceStatus(::std::boxed::Box<crate::v1::IosUpdateDeviceStatus>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    IosVppApp(::std::boxed::Box<crate::v1::IosVppApp>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    IosVppEBook(::std::boxed::Box<crate::v1::IosVppEBook>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    IosVppEBookAssignment(::std::boxed::Box<crate::v1::IosVppEBookAssignment>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    IosiPadOsWebClip(::std::boxed::Box<crate::v1::IosiPadOsWebClip>),
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
    ItemActivity(::std::boxed::Box<crate::v1::ItemActivity>),
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
    ItemActivityStat(::std::boxed::Box<crate::v1::ItemActivityStat>),
    #[cfg(msgraph_v1_core_or_drives_or_sites)]
    ItemAnalytics(::std::boxed::Box<crate::v1::ItemAnalytics>),
    #[cfg(msgraph_v1_core)]
    ItemAttachment(::std::boxed::Box<crate::v1::ItemAttachment>),
    #[cfg(msgraph_v1_core)]
    ItemInsights(::std::boxed::Box<crate::v1::ItemInsights>),
    #[cfg(msgraph_v1_drives_or_search)]
    ItemRetentionLabel(::std::boxed::Box<crate::v1::ItemRetentionLabel>),
    #[cfg(msgraph_v1_search)]
    LabelContentRight(::std::boxed::Box<crate::v1::LabelContentRight>),
    #[cfg(msgraph_v1_search_or_security)]
    LandingPage(::std::boxed::Box<crate::v1::LandingPage>),
    #[cfg(msgraph_v1_search_or_security)]
    LandingPageDetail(::std::boxed::Box<crate::v1::LandingPageDetail>),
    #[cfg(msgraph_v1_employee_experience_or_search)]
    LearningAssignment(::std::boxed::Box<crate::v1::LearningAssignment>),
    #[cfg(msgraph_v1_employee_experience_or_search)]
    LearningContent(::std::boxed::Box<crate::v1::LearningContent>),
    #[cfg(msgraph_v1_employee_experience_or_search)]
    LearningCourseActivity(::std::boxed::Box<crate::v1::LearningCourseActivity>),
    #[cfg(msgraph_v1_employee_experience_or_search)]
    LearningProvider(::std::boxed::Box<crate::v1::LearningProvider>),
    #[cfg(msgraph_v1_employee_experience_or_search)]
    LearningSelfInitiatedCourse(
        ::std::boxed::Box<crate::v1::LearningSelfInitiatedCourse>,
    ),
    #[cfg(msgraph_v1_places_or_search)]
    LevelMap(::std::boxed::Box<crate::v1::LevelMap>),
    #[cfg(msgraph_v1_core)]
    LicenseDetails(::std::boxed::Box<crate::v1::LicenseDetails>),
    #[cfg(msgraph_v1_core)]
    LinkedResource(::std::boxed::Box<crate::v1::LinkedResource>),
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
    List(::std::boxed::Box<crate::v1::List>),
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
    ListItem(::std::boxed::Box<crate::v1::ListItem>),
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
    ListItemVersion(::std::boxed::Box<crate::v1::ListItemVersion>),
    #[cfg(msgraph_v1_device_management_or_search)]
    LocalizedNotificationMessage(
        ::std::boxed::Box<crate::v1::LocalizedNotificationMessage>,
    ),
    #[cfg(msgraph_v1_search_or_security)]
    LoginPage(::std::boxed::Box<crate::v1::LoginPage>),
    #[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more)]
    LongRunningOperation(::std::boxed::Box<crate::v1::LongRunningOperation>),
    #[cfg(msgraph_v1_admin_or_search)]
    M365AppsInstallationOptions(
        ::std::boxed::Box<crate::v1::M365AppsInstallationOptions>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    MacOsCompliancePolicy(::std::boxed::Box<crate::v1::MacOsCompliancePolicy>),
    #[cfg(msgraph_v1_device_management_or_search)]
    MacOsCustomConfiguration(::std::boxed::Box<crate::v1::MacOsCustomConfiguration>),
    #[cfg(msgraph_v1_device_management_or_search)]
    MacOsDeviceFeaturesConfiguration(
        ::std::boxed::Box<crate::v1::MacOsDeviceFeaturesConfiguration>,
    ),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    MacOsDmgApp(::std::boxed::Box<crate::v1::MacOsDmgApp>),
    #[cfg(msgraph_v1_device_management_or_search)]
    MacOsGeneralDeviceConfiguration(
        ::std::boxed::Box<crate::v1::MacOsGeneralDeviceConfiguration>,
    ),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    MacOsLobApp(::std::boxed::Box<crate::v1::MacOsLobApp>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    MacOsMicrosoftDefenderApp(::std::boxed::Box<crate::v1::MacOsMicrosoftDefenderApp>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    MacOsMicrosoftEdgeApp(::std::boxed::Box<crate::v1::MacOsMicrosoftEdgeApp>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    MacOsOfficeSuiteApp(::std::boxed::Box<crate::v1::MacOsOfficeSuiteApp>),
    #[cfg(msgraph_v1_information_protection_or_search)]
    MailAssessmentRequest(::std::boxed::Box<crate::v1::MailAssessmentRequest>),
    #[cfg(msgraph_v1_core)]
    MailFolder(::std::boxed::Box<crate::v1::MailFolder>),
    #[cfg(msgraph_v1_core)]
    MailSearchFolder(::std::boxed::Box<crate::v1::MailSearchFolder>),
    #[cfg(msgraph_v1_core)]
    Mailbox(::std::boxed::Box<crate::v1::Mailbox>),
    #[cfg(msgraph_v1_core)]
    MailboxFolder(::std::boxed::Box<crate::v1::MailboxFolder>),
    #[cfg(msgraph_v1_core)]
    MailboxItem(::std::boxed::Box<crate::v1::MailboxItem>),
    #[cfg(msgraph_v1_search_or_solutions)]
    MailboxProtectionRule(::std::boxed::Box<crate::v1::MailboxProtectionRule>),
    #[cfg(msgraph_v1_search_or_solutions)]
    MailboxProtectionUnit(::std::boxed::Box<crate::v1::MailboxProtectionUnit>),
    #[cfg(msgraph_v1_search_or_solutions)]
    MailboxProtectionUnitsBulkAdditionJob(
        ::std::boxed::Box<crate::v1::MailboxProtectionUnitsBulkAdditionJob>,
    ),
    #[cfg(msgraph_v1_search_or_solutions)]
    MailboxRestoreArtifact(::std::boxed::Box<crate::v1::MailboxRestoreArtifact>),
    #[cfg(msgraph_v1_search_or_solutions)]
    MailboxRestoreArtifactsBulkAdditionRequest(
        ::std::boxed::Box<crate::v1::MailboxRestoreArtifactsBulkAdditionRequest>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    MalwareStateForWindowsDevice(
        ::std::boxed::Box<crate::v1::MalwareStateForWindowsDevice>,
    ),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    ManagedAndroidLobApp(::std::boxed::Box<crate::v1::ManagedAndroidLobApp>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    ManagedAndroidStoreApp(::std::boxed::Box<crate::v1::ManagedAndroidStoreApp>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    ManagedApp(::std::boxed::Box<crate::v1::ManagedApp>),
    #[cfg(msgraph_v1_core_or_device_app_management)]
    ManagedAppConfiguration(::std::boxed::Box<crate::v1::ManagedAppConfiguration>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    ManagedAppOperation(::std::boxed::Box<crate::v1::ManagedAppOperation>),
    #[cfg(msgraph_v1_core_or_device_app_management)]
    ManagedAppPolicy(::std::boxed::Box<crate::v1::ManagedAppPolicy>),
    #[cfg(msgraph_v1_core_or_device_app_management)]
    ManagedAppPolicyDeploymentSummary(
        ::std::boxed::Box<crate::v1::ManagedAppPolicyDeploymentSummary>,
    ),
    #[cfg(msgraph_v1_core_or_device_app_management)]
    ManagedAppProtection(::std::boxed::Box<crate::v1::ManagedAppProtection>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    ManagedAppRegistration(::std::boxed::Box<crate::v1::ManagedAppRegistration>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    ManagedAppStatus(::std::boxed::Box<crate::v1::ManagedAppStatus>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    ManagedAppStatusRaw(::std::boxed::Box<crate::v1::ManagedAppStatusRaw>),
    #[cfg(msgraph_v1_core_or_device_management)]
    ManagedDevice(::std::boxed::Box<crate::v1::ManagedDevice>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    ManagedDeviceMobileAppConfiguration(
        ::std::boxed::Box<crate::v1::ManagedDeviceMobileAppConfiguration>,
    ),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    ManagedDeviceMobileAppConfigurationAssignment(
        ::std::boxed::Box<crate::v1::ManagedDeviceMobileAppConfigurationAssignment>,
    ),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    ManagedDeviceMobileAppConfigurationDeviceStatus(
        ::std::boxed::Box<crate::v1::ManagedDeviceMobileAppConfigurationDeviceStatus>,
    ),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    ManagedDeviceMobileAppConfigurationDeviceSummary(
        ::std::boxed::Box<crate::v1::ManagedDeviceMobileAppConfigurationDeviceSummary>,
    ),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    ManagedDeviceMobileAppConfigurationUserStatus(
        ::std::boxed::Box<crate::v1::ManagedDeviceMobileAppConfigurationUserStatus>,
    ),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    ManagedDeviceMobileAppConfigurationUserSummary(
        ::std::boxed::Box<crate::v1::ManagedDeviceMobileAppConfigurationUserSummary>,
    ),
    #[cfg(msgraph_v1_search)]
    ManagedDeviceOverview(::std::boxed::Box<crate::v1::ManagedDeviceOverview>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    ManagedEBook(::std::boxed::Box<crate::v1::ManagedEBook>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    ManagedEBookAssignment(::std::boxed::Box<crate::v1::ManagedEBookAssignment>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    ManagedIosLobApp(::std::boxed::Box<crate::v1::ManagedIosLobApp>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    ManagedIosStoreApp(::std::boxed::Box<crate::v1::ManagedIosStoreApp>),
    #[cfg(msgraph_v1_core_or_device_app_management)]
    ManagedMobileApp(::std::boxed::Box<crate::v1::ManagedMobileApp>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    ManagedMobileLobApp(::std::boxed::Box<crate::v1::ManagedMobileLobApp>),
    #[cfg(msgraph_v1_core_or_device_app_management)]
    MdmWindowsInformationProtectionPolicy(
        ::std::boxed::Box<crate::v1::MdmWindowsInformationProtectionPolicy>,
    ),
    #[cfg(msgraph_v1_core_or_communications_or_solutions)]
    MeetingAttendanceReport(::std::boxed::Box<crate::v1::MeetingAttendanceReport>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    MembershipOutlierInsight(::std::boxed::Box<crate::v1::MembershipOutlierInsight>),
    #[cfg(msgraph_v1_core)]
    Message(::std::boxed::Box<crate::v1::Message>),
    #[cfg(msgraph_v1_core)]
    MessageRule(::std::boxed::Box<crate::v1::MessageRule>),
    #[cfg(msgraph_v1_admin_or_search)]
    MessageTracingRoot(::std::boxed::Box<crate::v1::MessageTracingRoot>),
    #[cfg(msgraph_v1_core_or_teamwork)]
    MicrosoftAccountUserConversationMember(
        ::std::boxed::Box<crate::v1::MicrosoftAccountUserConversationMember>,
    ),
    #[cfg(msgraph_v1_core)]
    MicrosoftAuthenticatorAuthenticationMethod(
        ::std::boxed::Box<crate::v1::MicrosoftAuthenticatorAuthenticationMethod>,
    ),
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    MicrosoftAuthenticatorAuthenticationMethodConfiguration(
        ::std::boxed::Box<
            crate::v1::MicrosoftAuthenticatorAuthenticationMethodConfiguration,
        >,
    ),
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    MicrosoftAuthenticatorAuthenticationMethodTarget(
        ::std::boxed::Box<crate::v1::MicrosoftAuthenticatorAuthenticationMethodTarget>,
    ),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    MicrosoftStoreForBusinessApp(
        ::std::boxed::Box<crate::v1::MicrosoftStoreForBusinessApp>,
    ),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    MobileApp(::std::boxed::Box<crate::v1::MobileApp>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    MobileAppAssignment(::std::boxed::Box<crate::v1::MobileAppAssignment>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    MobileAppCategory(::std::boxed::Box<crate::v1::MobileAppCategory>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    MobileAppContent(::std::boxed::Box<crate::v1::MobileAppContent>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    MobileAppContentFile(::std::boxed::Box<crate::v1::MobileAppContentFile>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    MobileAppRelationship(::std::boxed::Box<crate::v1::MobileAppRelationship>),
    #[cfg(msgraph_v1_device_management_or_search)]
    MobileAppTroubleshootingEvent(
        ::std::boxed::Box<crate::v1::MobileAppTroubleshootingEvent>,
    ),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    MobileContainedApp(::std::boxed::Box<crate::v1::MobileContainedApp>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    MobileLobApp(::std::boxed::Box<crate::v1::MobileLobApp>),
    #[cfg(msgraph_v1_device_management_or_search)]
    MobileThreatDefenseConnector(
        ::std::boxed::Box<crate::v1::MobileThreatDefenseConnector>,
    ),
    #[cfg(msgraph_v1_search_or_tenant_relationships)]
    MultiTenantOrganization(::std::boxed::Box<crate::v1::MultiTenantOrganization>),
    #[cfg(msgraph_v1_core)]
    MultiTenantOrganizationIdentitySyncPolicyTemplate(
        ::std::boxed::Box<crate::v1::MultiTenantOrganizationIdentitySyncPolicyTemplate>,
    ),
    #[cfg(msgraph_v1_search_or_tenant_relationships)]
    MultiTenantOrganizationJoinRequestRecord(
        ::std::boxed::Box<crate::v1::MultiTenantOrganizationJoinRequestRecord>,
    ),
    #[cfg(msgraph_v1_core)]
    MultiTenantOrganizationMember(
        ::std::boxed::Box<crate::v1::MultiTenantOrganizationMember>,
    ),
    #[cfg(msgraph_v1_core)]
    MultiTenantOrganizationPartnerConfigurationTemplate(
        ::std::boxed::Box<crate::v1::MultiTenantOrganizationPartnerConfigurationTemplate>,
    ),
    #[cfg(msgraph_v1_core)]
    MultiValueLegacyExtendedProperty(
        ::std::boxed::Box<crate::v1::MultiValueLegacyExtendedProperty>,
    ),
    #[cfg(msgraph_v1_communications_or_search)]
    MuteParticipantOperation(::std::boxed::Box<crate::v1::MuteParticipantOperation>),
    #[cfg(msgraph_v1_core_or_sites)]
    Notebook(::std::boxed::Box<crate::v1::Notebook>),
    #[cfg(msgraph_v1_device_management_or_search)]
    NotificationMessageTemplate(
        ::std::boxed::Box<crate::v1::NotificationMessageTemplate>,
    ),
    #[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
    OAuth2PermissionGrant(::std::boxed::Box<crate::v1::OAuth2PermissionGrant>),
    #[cfg(msgraph_v1_core)]
    OfferShiftRequest(::std::boxed::Box<crate::v1::OfferShiftRequest>),
    #[cfg(msgraph_v1_core)]
    OfficeGraphInsights(::std::boxed::Box<crate::v1::OfficeGraphInsights>),
    #[cfg(msgraph_v1_directory_or_identity_or_search)]
    OidcIdentityProvider(::std::boxed::Box<crate::v1::OidcIdentityProvider>),
    #[cfg(msgraph_v1_identity_or_search)]
    OnAttributeCollectionListener(
        ::std::boxed::Box<crate::v1::OnAttributeCollectionListener>,
    ),
    #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
    OnAttributeCollectionStartCustomExtension(
        ::std::boxed::Box<crate::v1::OnAttributeCollectionStartCustomExtension>,
    ),
    #[cfg(msgraph_v1_identity_or_search)]
    OnAttributeCollectionStartListener(
        ::std::boxed::Box<crate::v1::OnAttributeCollectionStartListener>,
    ),
    #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
    OnAttributeCollectionSubmitCustomExtension(
        ::std::boxed::Box<crate::v1::OnAttributeCollectionSubmitCustomExtension>,
    ),
    #[cfg(msgraph_v1_identity_or_search)]
    OnAttributeCollectionSubmitListener(
        ::std::boxed::Box<crate::v1::OnAttributeCollectionSubmitListener>,
    ),
    #[cfg(msgraph_v1_identity_or_search)]
    OnAuthenticationMethodLoadStartListener(
        ::std::boxed::Box<crate::v1::OnAuthenticationMethodLoadStartListener>,
    ),
    #[cfg(msgraph_v1_identity_or_search)]
    OnEmailOtpSendListener(::std::boxed::Box<crate::v1::OnEmailOtpSendListener>),
    #[cfg(msgraph_v1_identity_or_search)]
    OnFraudProtectionLoadStartListener(
        ::std::boxed::Box<crate::v1::OnFraudProtectionLoadStartListener>,
    ),
    #[cfg(msgraph_v1_identity_or_search)]
    OnInteractiveAuthFlowStartListener(
        ::std::boxed::Box<crate::v1::OnInteractiveAuthFlowStartListener>,
    ),
    #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
    OnOtpSendCustomExtension(::std::boxed::Box<crate::v1::OnOtpSendCustomExtension>),
    #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
    OnPasswordSubmitCustomExtension(
        ::std::boxed::Box<crate::v1::OnPasswordSubmitCustomExtension>,
    ),
    #[cfg(msgraph_v1_identity_or_search)]
    OnPasswordSubmitListener(::std::boxed::Box<crate::v1::OnPasswordSubmitListener>),
    #[cfg(msgraph_v1_device_management_or_search)]
    OnPremisesConditionalAccessSettings(
        ::std::boxed::Box<crate::v1::OnPremisesConditionalAccessSettings>,
    ),
    #[cfg(msgraph_v1_directory_or_search)]
    OnPremisesDirectorySynchronization(
        ::std::boxed::Box<crate::v1::OnPremisesDirectorySynchronization>,
    ),
    #[cfg(msgraph_v1_core)]
    OnPremisesSyncBehavior(::std::boxed::Box<crate::v1::OnPremisesSyncBehavior>),
    #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
    OnTokenIssuanceStartCustomExtension(
        ::std::boxed::Box<crate::v1::OnTokenIssuanceStartCustomExtension>,
    ),
    #[cfg(msgraph_v1_identity_or_search)]
    OnTokenIssuanceStartListener(
        ::std::boxed::Box<crate::v1::OnTokenIssuanceStartListener>,
    ),
    #[cfg(msgraph_v1_identity_or_search)]
    OnUserCreateStartListener(::std::boxed::Box<crate::v1::OnUserCreateStartListener>),
    #[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
    OnVerifiedIdClaimValidationCustomExtension(
        ::std::boxed::Box<crate::v1::OnVerifiedIdClaimValidationCustomExtension>,
    ),
    #[cfg(msgraph_v1_identity_or_search)]
    OnVerifiedIdClaimValidationListener(
        ::std::boxed::Box<crate::v1::OnVerifiedIdClaimValidationListener>,
    ),
    #[cfg(msgraph_v1_search_or_solutions)]
    OneDriveForBusinessBrowseSession(
        ::std::boxed::Box<crate::v1::OneDriveForBusinessBrowseSession>,
    ),
    #[cfg(msgraph_v1_search_or_solutions)]
    OneDriveForBusinessProtectionPolicy(
        ::std::boxed::Box<crate::v1::OneDriveForBusinessProtectionPolicy>,
    ),
    #[cfg(msgraph_v1_search_or_solutions)]
    OneDriveForBusinessRestoreSession(
        ::std::boxed::Box<crate::v1::OneDriveForBusinessRestoreSession>,
    ),
    #[cfg(msgraph_v1_core_or_sites)]
    Onenote(::std::boxed::Box<crate::v1::Onenote>),
    #[cfg(msgraph_v1_core_or_sites)]
    OnenoteEntityBaseModel(::std::boxed::Box<crate::v1::OnenoteEntityBaseModel>),
    #[cfg(msgraph_v1_core_or_sites)]
    OnenoteEntityHierarchyModel(
        ::std::boxed::Box<crate::v1::OnenoteEntityHierarchyModel>,
    ),
    #[cfg(msgraph_v1_core_or_sites)]
    OnenoteEntitySchemaObjectModel(
        ::std::boxed::Box<crate::v1::OnenoteEntitySchemaObjectModel>,
    ),
    #[cfg(msgraph_v1_core_or_sites)]
    OnenoteOperation(::std::boxed::Box<crate::v1::OnenoteOperation>),
    #[cfg(msgraph_v1_core_or_sites)]
    OnenotePage(::std::boxed::Box<crate::v1::OnenotePage>),
    #[cfg(msgraph_v1_core_or_sites)]
    OnenoteResource(::std::boxed::Box<crate::v1::OnenoteResource>),
    #[cfg(msgraph_v1_core_or_sites)]
    OnenoteSection(::std::boxed::Box<crate::v1::OnenoteSection>),
    #[cfg(msgraph_v1_core_or_communications)]
    OnlineMeeting(::std::boxed::Box<crate::v1::OnlineMeeting>),
    #[cfg(msgraph_v1_core_or_communications_or_solutions)]
    OnlineMeetingBase(::std::boxed::Box<crate::v1::OnlineMeetingBase>),
    #[cfg(msgraph_v1_communications_or_search)]
    OnlineMeetingEngagementConversation(
        ::std::boxed::Box<crate::v1::OnlineMeetingEngagementConversation>,
    ),
    #[cfg(msgraph_v1_core)]
    OpenShift(::std::boxed::Box<crate::v1::OpenShift>),
    #[cfg(msgraph_v1_core)]
    OpenShiftChangeRequest(::std::boxed::Box<crate::v1::OpenShiftChangeRequest>),
    #[cfg(msgraph_v1_core)]
    OpenTypeExtension(::std::boxed::Box<crate::v1::OpenTypeExtension>),
    #[cfg(msgraph_v1_core_or_sites)]
    Operation(::std::boxed::Box<crate::v1::Operation>),
    #[cfg(msgraph_v1_core)]
    OrgContact(::std::boxed::Box<crate::v1::OrgContact>),
    #[cfg(msgraph_v1_core)]
    Organization(::std::boxed::Box<crate::v1::Organization>),
    #[cfg(msgraph_v1_core)]
    OrganizationalBranding(::std::boxed::Box<crate::v1::OrganizationalBranding>),
    #[cfg(msgraph_v1_core)]
    OrganizationalBrandingLocalization(
        ::std::boxed::Box<crate::v1::OrganizationalBrandingLocalization>,
    ),
    #[cfg(msgraph_v1_core)]
    OrganizationalBrandingProperties(
        ::std::boxed::Box<crate::v1::OrganizationalBrandingProperties>,
    ),
    #[cfg(msgraph_v1_core)]
    OutlookCategory(::std::boxed::Box<crate::v1::OutlookCategory>),
    #[cfg(msgraph_v1_core)]
    OutlookItem(::std::boxed::Box<crate::v1::OutlookItem>),
    #[cfg(msgraph_v1_core)]
    OutlookUser(::std::boxed::Box<crate::v1::OutlookUser>),
    #[cfg(msgraph_v1_policies_or_search)]
    OwnerlessGroupPolicy(::std::boxed::Box<crate::v1::OwnerlessGroupPolicy>),
    #[cfg(msgraph_v1_communications_or_search)]
    Participant(::std::boxed::Box<crate::v1::Participant>),
    #[cfg(msgraph_v1_search)]
    ParticipantJoiningNotification(
        ::std::boxed::Box<crate::v1::ParticipantJoiningNotification>,
    ),
    #[cfg(msgraph_v1_search)]
    ParticipantLeftNotification(
        ::std::boxed::Box<crate::v1::ParticipantLeftNotification>,
    ),
    #[cfg(msgraph_v1_reports_or_search)]
    Partners(::std::boxed::Box<crate::v1::Partners>),
    #[cfg(msgraph_v1_reports_or_search)]
    AzureUsage(::std::boxed::Box<crate::v1::partners_billing::AzureUsage>),
    #[cfg(msgraph_v1_reports_or_search)]
    BilledReconciliation(
        ::std::boxed::Box<crate::v1::partners_billing::BilledReconciliation>,
    ),
    #[cfg(msgraph_v1_reports_or_search)]
    BilledUsage(::std::boxed::Box<crate::v1::partners_billing::BilledUsage>),
    #[cfg(msgraph_v1_reports_or_search)]
    Billing(::std::boxed::Box<crate::v1::partners_billing::Billing>),
    #[cfg(msgraph_v1_reports_or_search)]
    BillingReconciliation(
        ::std::boxed::Box<crate::v1::partners_billing::BillingReconciliation>,
    ),
    #[cfg(msgraph_v1_reports_or_search)]
    ExportSuccessOperation(
        ::std::boxed::Box<crate::v1::partners_billing::ExportSuccessOperation>,
    ),
    #[cfg(msgraph_v1_reports_or_search)]
    FailedOperation(::std::boxed::Box<crate::v1::partners_billing::FailedOperation>),
    #[cfg(msgraph_v1_reports_or_search)]
    Manifest(::std::boxed::Box<crate::v1::partners_billing::Manifest>),
    #[cfg(msgraph_v1_reports_or_search)]
    PartnersBillingOperation(::std::boxed::Box<crate::v1::partners_billing::Operation>),
    #[cfg(msgraph_v1_reports_or_search)]
    RunningOperation(::std::boxed::Box<crate::v1::partners_billing::RunningOperation>),
    #[cfg(msgraph_v1_reports_or_search)]
    UnbilledReconciliation(
        ::std::boxed::Box<crate::v1::partners_billing::UnbilledReconciliation>,
    ),
    #[cfg(msgraph_v1_reports_or_search)]
    UnbilledUsage(::std::boxed::Box<crate::v1::partners_billing::UnbilledUsage>),
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    PasskeyAuthenticationMethodTarget(
        ::std::boxed::Box<crate::v1::PasskeyAuthenticationMethodTarget>,
    ),
    #[cfg(msgraph_v1_search)]
    PasskeyProfile(::std::boxed::Box<crate::v1::PasskeyProfile>),
    #[cfg(msgraph_v1_core)]
    PasswordAuthenticationMethod(
        ::std::boxed::Box<crate::v1::PasswordAuthenticationMethod>,
    ),
    #[cfg(msgraph_v1_search_or_security)]
    Payload(::std::boxed::Box<crate::v1::Payload>),
    #[cfg(msgraph_v1_admin_or_search)]
    PeopleAdminSettings(::std::boxed::Box<crate::v1::PeopleAdminSettings>),
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
    Permission(::std::boxed::Box<crate::v1::Permission>),
    #[cfg(msgraph_v1_core)]
    PermissionGrantConditionSet(
        ::std::boxed::Box<crate::v1::PermissionGrantConditionSet>,
    ),
    #[cfg(msgraph_v1_core)]
    PermissionGrantPolicy(::std::boxed::Box<crate::v1::PermissionGrantPolicy>),
    #[cfg(msgraph_v1_core)]
    Person(::std::boxed::Box<crate::v1::Person>),
    #[cfg(msgraph_v1_core)]
    PhoneAuthenticationMethod(::std::boxed::Box<crate::v1::PhoneAuthenticationMethod>),
    #[cfg(msgraph_v1_core_or_teamwork)]
    PhoneUserConversationMember(
        ::std::boxed::Box<crate::v1::PhoneUserConversationMember>,
    ),
    #[cfg(msgraph_v1_core)]
    PinnedChatMessageInfo(::std::boxed::Box<crate::v1::PinnedChatMessageInfo>),
    #[cfg(msgraph_v1_places_or_search)]
    Place(::std::boxed::Box<crate::v1::Place>),
    #[cfg(msgraph_v1_planner_or_search)]
    Planner(::std::boxed::Box<crate::v1::Planner>),
    #[cfg(msgraph_v1_core_or_planner)]
    PlannerAssignedToTaskBoardTaskFormat(
        ::std::boxed::Box<crate::v1::PlannerAssignedToTaskBoardTaskFormat>,
    ),
    #[cfg(msgraph_v1_core_or_planner)]
    PlannerBucket(::std::boxed::Box<crate::v1::PlannerBucket>),
    #[cfg(msgraph_v1_core_or_planner)]
    PlannerBucketTaskBoardTaskFormat(
        ::std::boxed::Box<crate::v1::PlannerBucketTaskBoardTaskFormat>,
    ),
    #[cfg(msgraph_v1_core)]
    PlannerGroup(::std::boxed::Box<crate::v1::PlannerGroup>),
    #[cfg(msgraph_v1_core_or_planner)]
    PlannerPlan(::std::boxed::Box<crate::v1::PlannerPlan>),
    #[cfg(msgraph_v1_core_or_planner)]
    PlannerPlanDetails(::std::boxed::Box<crate::v1::PlannerPlanDetails>),
    #[cfg(msgraph_v1_core_or_planner)]
    PlannerProgressTaskBoardTaskFormat(
        ::std::boxed::Box<crate::v1::PlannerProgressTaskBoardTaskFormat>,
    ),
    #[cfg(msgraph_v1_core_or_planner)]
    PlannerTask(::std::boxed::Box<crate::v1::PlannerTask>),
    #[cfg(msgraph_v1_core_or_planner)]
    PlannerTaskDetails(::std::boxed::Box<crate::v1::PlannerTaskDetails>),
    #[cfg(msgraph_v1_core)]
    PlannerUser(::std::boxed::Box<crate::v1::PlannerUser>),
    #[cfg(msgraph_v1_core)]
    PlatformCredentialAuthenticationMethod(
        ::std::boxed::Box<crate::v1::PlatformCredentialAuthenticationMethod>,
    ),
    #[cfg(msgraph_v1_communications_or_search)]
    PlayPromptOperation(::std::boxed::Box<crate::v1::PlayPromptOperation>),
    #[cfg(msgraph_v1_core)]
    PolicyBase(::std::boxed::Box<crate::v1::PolicyBase>),
    #[cfg(msgraph_v1_policies_or_search)]
    PolicyRoot(::std::boxed::Box<crate::v1::PolicyRoot>),
    #[cfg(msgraph_v1_core)]
    PolicyTemplate(::std::boxed::Box<crate::v1::PolicyTemplate>),
    #[cfg(msgraph_v1_core)]
    Post(::std::boxed::Box<crate::v1::Post>),
    #[cfg(msgraph_v1_core_or_communications)]
    Presence(::std::boxed::Box<crate::v1::Presence>),
    #[cfg(msgraph_v1_print_or_search)]
    PrintConnector(::std::boxed::Box<crate::v1::PrintConnector>),
    #[cfg(msgraph_v1_core_or_print)]
    PrintDocument(::std::boxed::Box<crate::v1::PrintDocument>),
    #[cfg(msgraph_v1_core_or_print)]
    PrintJob(::std::boxed::Box<crate::v1::PrintJob>),
    #[cfg(msgraph_v1_print_or_search)]
    PrintOperation(::std::boxed::Box<crate::v1::PrintOperation>),
    #[cfg(msgraph_v1_print_or_search)]
    PrintService(::std::boxed::Box<crate::v1::PrintService>),
    #[cfg(msgraph_v1_print_or_search)]
    PrintServiceEndpoint(::std::boxed::Box<crate::v1::PrintServiceEndpoint>),
    #[cfg(msgraph_v1_core_or_print)]
    PrintTask(::std::boxed::Box<crate::v1::PrintTask>),
    #[cfg(msgraph_v1_print_or_search)]
    PrintTaskDefinition(::std::boxed::Box<crate::v1::PrintTaskDefinition>),
    #[cfg(msgraph_v1_print_or_search)]
    PrintTaskTrigger(::std::boxed::Box<crate::v1::PrintTaskTrigger>),
    #[cfg(msgraph_v1_reports_or_search)]
    PrintUsage(::std::boxed::Box<crate::v1::PrintUsage>),
    #[cfg(msgraph_v1_reports_or_search)]
    PrintUsageByPrinter(::std::boxed::Box<crate::v1::PrintUsageByPrinter>),
    #[cfg(msgraph_v1_reports_or_search)]
    PrintUsageByUser(::std::boxed::Box<crate::v1::PrintUsageByUser>),
    #[cfg(msgraph_v1_print_or_search)]
    Printer(::std::boxed::Box<crate::v1::Printer>),
    #[cfg(msgraph_v1_core_or_print)]
    PrinterBase(::std::boxed::Box<crate::v1::PrinterBase>),
    #[cfg(msgraph_v1_print_or_search)]
    PrinterCreateOperation(::std::boxed::Box<crate::v1::PrinterCreateOperation>),
    #[cfg(msgraph_v1_core_or_print)]
    PrinterShare(::std::boxed::Box<crate::v1::PrinterShare>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    PrivilegedAccessGroup(::std::boxed::Box<crate::v1::PrivilegedAccessGroup>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    PrivilegedAccessGroupAssignmentSchedule(
        ::std::boxed::Box<crate::v1::PrivilegedAccessGroupAssignmentSchedule>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    PrivilegedAccessGroupAssignmentScheduleInstance(
        ::std::boxed::Box<crate::v1::PrivilegedAccessGroupAssignmentScheduleInstance>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    PrivilegedAccessGroupAssignmentScheduleRequest(
        ::std::boxed::Box<crate::v1::PrivilegedAccessGroupAssignmentScheduleRequest>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    PrivilegedAccessGroupEligibilitySchedule(
        ::std::boxed::Box<crate::v1::PrivilegedAccessGroupEligibilitySchedule>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    PrivilegedAccessGroupEligibilityScheduleInstance(
        ::std::boxed::Box<crate::v1::PrivilegedAccessGroupEligibilityScheduleInstance>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    PrivilegedAccessGroupEligibilityScheduleRequest(
        ::std::boxed::Box<crate::v1::PrivilegedAccessGroupEligibilityScheduleRequest>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    PrivilegedAccessRoot(::std::boxed::Box<crate::v1::PrivilegedAccessRoot>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    PrivilegedAccessSchedule(::std::boxed::Box<crate::v1::PrivilegedAccessSchedule>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    PrivilegedAccessScheduleInstance(
        ::std::boxed::Box<crate::v1::PrivilegedAccessScheduleInstance>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    PrivilegedAccessScheduleRequest(
        ::std::boxed::Box<crate::v1::PrivilegedAccessScheduleRequest>,
    ),
    #[cfg(msgraph_v1_admin_or_search)]
    ProfileCardProperty(::std::boxed::Box<crate::v1::ProfileCardProperty>),
    #[cfg(msgraph_v1_core)]
    ProfilePhoto(::std::boxed::Box<crate::v1::ProfilePhoto>),
    #[cfg(msgraph_v1_admin_or_search)]
    ProfilePropertySetting(::std::boxed::Box<crate::v1::ProfilePropertySetting>),
    #[cfg(msgraph_v1_admin_or_search)]
    ProfileSource(::std::boxed::Box<crate::v1::ProfileSource>),
    #[cfg(msgraph_v1_admin_or_search)]
    PronounsSettings(::std::boxed::Box<crate::v1::PronounsSettings>),
    #[cfg(msgraph_v1_search_or_solutions)]
    ProtectionPolicyBase(::std::boxed::Box<crate::v1::ProtectionPolicyBase>),
    #[cfg(msgraph_v1_search_or_solutions)]
    ProtectionRuleBase(::std::boxed::Box<crate::v1::ProtectionRuleBase>),
    #[cfg(msgraph_v1_search_or_solutions)]
    ProtectionUnitBase(::std::boxed::Box<crate::v1::ProtectionUnitBase>),
    #[cfg(msgraph_v1_search_or_solutions)]
    ProtectionUnitsBulkJobBase(::std::boxed::Box<crate::v1::ProtectionUnitsBulkJobBase>),
    #[cfg(msgraph_v1_audit_logs_or_search)]
    ProvisioningObjectSummary(::std::boxed::Box<crate::v1::ProvisioningObjectSummary>),
    #[cfg(msgraph_v1_directory_or_search)]
    PublicKeyInfrastructureRoot(
        ::std::boxed::Box<crate::v1::PublicKeyInfrastructureRoot>,
    ),
    #[cfg(msgraph_v1_core)]
    QrCode(::std::boxed::Box<crate::v1::QrCode>),
    #[cfg(msgraph_v1_core)]
    QrCodePinAuthenticationMethod(
        ::std::boxed::Box<crate::v1::QrCodePinAuthenticationMethod>,
    ),
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    QrCodePinAuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::v1::QrCodePinAuthenticationMethodConfiguration>,
    ),
    #[cfg(msgraph_v1_core)]
    QrPin(::std::boxed::Box<crate::v1::QrPin>),
    #[cfg(msgraph_v1_role_management_or_search)]
    RbacApplication(::std::boxed::Box<crate::v1::RbacApplication>),
    #[cfg(msgraph_v1_education_or_search)]
    ReadingAssignmentSubmission(
        ::std::boxed::Box<crate::v1::ReadingAssignmentSubmission>,
    ),
    #[cfg(msgraph_v1_education_or_search)]
    ReadingCoachPassage(::std::boxed::Box<crate::v1::ReadingCoachPassage>),
    #[cfg(msgraph_v1_communications_or_search)]
    RecordOperation(::std::boxed::Box<crate::v1::RecordOperation>),
    #[cfg(msgraph_v1_search_or_storage)]
    RecycleBin(::std::boxed::Box<crate::v1::RecycleBin>),
    #[cfg(msgraph_v1_search_or_storage)]
    RecycleBinItem(::std::boxed::Box<crate::v1::RecycleBinItem>),
    #[cfg(msgraph_v1_core)]
    ReferenceAttachment(::std::boxed::Box<crate::v1::ReferenceAttachment>),
    #[cfg(msgraph_v1_education_or_search)]
    ReflectCheckInResponse(::std::boxed::Box<crate::v1::ReflectCheckInResponse>),
    #[cfg(msgraph_v1_reports_or_search)]
    RelyingPartyDetailedSummary(
        ::std::boxed::Box<crate::v1::RelyingPartyDetailedSummary>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    RemoteAssistancePartner(::std::boxed::Box<crate::v1::RemoteAssistancePartner>),
    #[cfg(msgraph_v1_core)]
    RemoteDesktopSecurityConfiguration(
        ::std::boxed::Box<crate::v1::RemoteDesktopSecurityConfiguration>,
    ),
    #[cfg(msgraph_v1_core)]
    RemoteTenantGroup(::std::boxed::Box<crate::v1::RemoteTenantGroup>),
    #[cfg(msgraph_v1_education_or_search)]
    ReportsRoot(::std::boxed::Box<crate::v1::ReportsRoot>),
    #[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
    Request(::std::boxed::Box<crate::v1::Request>),
    #[cfg(msgraph_v1_search_or_tenant_relationships)]
    ResellerDelegatedAdminRelationship(
        ::std::boxed::Box<crate::v1::ResellerDelegatedAdminRelationship>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    ResourceOperation(::std::boxed::Box<crate::v1::ResourceOperation>),
    #[cfg(msgraph_v1_core)]
    ResourceSpecificPermissionGrant(
        ::std::boxed::Box<crate::v1::ResourceSpecificPermissionGrant>,
    ),
    #[cfg(msgraph_v1_search_or_solutions)]
    RestoreArtifactBase(::std::boxed::Box<crate::v1::RestoreArtifactBase>),
    #[cfg(msgraph_v1_search_or_solutions)]
    RestoreArtifactsBulkRequestBase(
        ::std::boxed::Box<crate::v1::RestoreArtifactsBulkRequestBase>,
    ),
    #[cfg(msgraph_v1_search_or_solutions)]
    RestorePoint(::std::boxed::Box<crate::v1::RestorePoint>),
    #[cfg(msgraph_v1_search_or_solutions)]
    RestoreSessionBase(::std::boxed::Box<crate::v1::RestoreSessionBase>),
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
    RichLongRunningOperation(::std::boxed::Box<crate::v1::RichLongRunningOperation>),
    #[cfg(msgraph_v1_identity_protection_or_search)]
    RiskDetection(::std::boxed::Box<crate::v1::RiskDetection>),
    #[cfg(msgraph_v1_identity_protection_or_search)]
    RiskyServicePrincipal(::std::boxed::Box<crate::v1::RiskyServicePrincipal>),
    #[cfg(msgraph_v1_identity_protection_or_search)]
    RiskyServicePrincipalHistoryItem(
        ::std::boxed::Box<crate::v1::RiskyServicePrincipalHistoryItem>,
    ),
    #[cfg(msgraph_v1_identity_protection_or_search)]
    RiskyUser(::std::boxed::Box<crate::v1::RiskyUser>),
    #[cfg(msgraph_v1_identity_protection_or_search)]
    RiskyUserHistoryItem(::std::boxed::Box<crate::v1::RiskyUserHistoryItem>),
    #[cfg(msgraph_v1_device_management_or_search)]
    RoleAssignment(::std::boxed::Box<crate::v1::RoleAssignment>),
    #[cfg(msgraph_v1_device_management_or_search)]
    RoleDefinition(::std::boxed::Box<crate::v1::RoleDefinition>),
    #[cfg(msgraph_v1_places_or_search)]
    Room(::std::boxed::Box<crate::v1::Room>),
    #[cfg(msgraph_v1_places_or_search)]
    RoomList(::std::boxed::Box<crate::v1::RoomList>),
    #[cfg(msgraph_v1_directory_or_identity_or_search)]
    SamlOrWsFedExternalDomainFederation(
        ::std::boxed::Box<crate::v1::SamlOrWsFedExternalDomainFederation>,
    ),
    #[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
    SamlOrWsFedProvider(::std::boxed::Box<crate::v1::SamlOrWsFedProvider>),
    #[cfg(msgraph_v1_core)]
    Schedule(::std::boxed::Box<crate::v1::Schedule>),
    #[cfg(msgraph_v1_core)]
    ScheduleChangeRequest(::std::boxed::Box<crate::v1::ScheduleChangeRequest>),
    #[cfg(msgraph_v1_core)]
    SchedulingGroup(::std::boxed::Box<crate::v1::SchedulingGroup>),
    #[cfg(msgraph_v1_schema_extensions_or_search)]
    SchemaExtension(::std::boxed::Box<crate::v1::SchemaExtension>),
    #[cfg(msgraph_v1_core_or_scoped_role_memberships)]
    ScopedRoleMembership(::std::boxed::Box<crate::v1::ScopedRoleMembership>),
    #[cfg(msgraph_v1_search)]
    Acronym(::std::boxed::Box<crate::v1::search::Acronym>),
    #[cfg(msgraph_v1_search)]
    Bookmark(::std::boxed::Box<crate::v1::search::Bookmark>),
    #[cfg(msgraph_v1_search)]
    Qna(::std::boxed::Box<crate::v1::search::Qna>),
    #[cfg(msgraph_v1_search)]
    SearchAnswer(::std::boxed::Box<crate::v1::search::SearchAnswer>),
    #[cfg(msgraph_v1_search)]
    SearchEntity(::std::boxed::Box<crate::v1::SearchEntity>),
    #[cfg(msgraph_v1_places_or_search)]
    Section(::std::boxed::Box<crate::v1::Section>),
    #[cfg(msgraph_v1_core_or_sites)]
    SectionGroup(::std::boxed::Box<crate::v1::SectionGroup>),
    #[cfg(msgraph_v1_places_or_search)]
    SectionMap(::std::boxed::Box<crate::v1::SectionMap>),
    #[cfg(msgraph_v1_search_or_security)]
    SecureScore(::std::boxed::Box<crate::v1::SecureScore>),
    #[cfg(msgraph_v1_search_or_security)]
    SecureScoreControlProfile(::std::boxed::Box<crate::v1::SecureScoreControlProfile>),
    #[cfg(msgraph_v1_search_or_security)]
    SecurityAlert(::std::boxed::Box<crate::v1::security::Alert>),
    #[cfg(msgraph_v1_search_or_security)]
    AnalyzedEmail(::std::boxed::Box<crate::v1::security::AnalyzedEmail>),
    #[cfg(msgraph_v1_search_or_security)]
    Article(::std::boxed::Box<crate::v1::security::Article>),
    #[cfg(msgraph_v1_search_or_security)]
    ArticleIndicator(::std::boxed::Box<crate::v1::security::ArticleIndicator>),
    #[cfg(msgraph_v1_search_or_security)]
    Artifact(::std::boxed::Box<crate::v1::security::Artifact>),
    #[cfg(msgraph_v1_search_or_security)]
    AuditCoreRoot(::std::boxed::Box<crate::v1::security::AuditCoreRoot>),
    #[cfg(msgraph_v1_search_or_security)]
    AuditLogQuery(::std::boxed::Box<crate::v1::security::AuditLogQuery>),
    #[cfg(msgraph_v1_search_or_security)]
    AuditLogRecord(::std::boxed::Box<crate::v1::security::AuditLogRecord>),
    #[cfg(msgraph_v1_search_or_security)]
    AuthorityTemplate(::std::boxed::Box<crate::v1::security::AuthorityTemplate>),
    #[cfg(msgraph_v1_search_or_security)]
    AutoAuditingConfiguration(
        ::std::boxed::Box<crate::v1::security::AutoAuditingConfiguration>,
    ),
    #[cfg(msgraph_v1_search_or_security)]
    Case(::std::boxed::Box<crate::v1::security::Case>),
    #[cfg(msgraph_v1_search_or_security)]
    CaseOperation(::std::boxed::Box<crate::v1::security::CaseOperation>),
    #[cfg(msgraph_v1_search_or_security)]
    CasesRoot(::std::boxed::Box<crate::v1::security::CasesRoot>),
    #[cfg(msgraph_v1_search_or_security)]
    CategoryTemplate(::std::boxed::Box<crate::v1::security::CategoryTemplate>),
    #[cfg(msgraph_v1_search_or_security)]
    CitationTemplate(::std::boxed::Box<crate::v1::security::CitationTemplate>),
    #[cfg(msgraph_v1_search_or_security)]
    CollaborationRoot(::std::boxed::Box<crate::v1::security::CollaborationRoot>),
    #[cfg(msgraph_v1_search_or_security)]
    DataSet(::std::boxed::Box<crate::v1::security::DataSet>),
    #[cfg(msgraph_v1_search_or_security)]
    DataSource(::std::boxed::Box<crate::v1::security::DataSource>),
    #[cfg(msgraph_v1_search_or_security)]
    DataSourceContainer(::std::boxed::Box<crate::v1::security::DataSourceContainer>),
    #[cfg(msgraph_v1_search_or_security)]
    DepartmentTemplate(::std::boxed::Box<crate::v1::security::DepartmentTemplate>),
    #[cfg(msgraph_v1_search_or_security)]
    EdiscoveryAddToReviewSetOperation(
        ::std::boxed::Box<crate::v1::security::EdiscoveryAddToReviewSetOperation>,
    ),
    #[cfg(msgraph_v1_search_or_security)]
    EdiscoveryCase(::std::boxed::Box<crate::v1::security::EdiscoveryCase>),
    #[cfg(msgraph_v1_search_or_security)]
    EdiscoveryCaseMember(::std::boxed::Box<crate::v1::security::EdiscoveryCaseMember>),
    #[cfg(msgraph_v1_search_or_security)]
    EdiscoveryCaseSettings(
        ::std::boxed::Box<crate::v1::security::EdiscoveryCaseSettings>,
    ),
    #[cfg(msgraph_v1_search_or_security)]
    EdiscoveryCustodian(::std::boxed::Box<crate::v1::security::EdiscoveryCustodian>),
    #[cfg(msgraph_v1_search_or_security)]
    EdiscoveryEstimateOperation(
        ::std::boxed::Box<crate::v1::security::EdiscoveryEstimateOperation>,
    ),
    #[cfg(msgraph_v1_search_or_security)]
    EdiscoveryExportOperation(
        ::std::boxed::Box<crate::v1::security::EdiscoveryExportOperation>,
    ),
    #[cfg(msgraph_v1_search_or_security)]
    EdiscoveryHoldOperation(
        ::std::boxed::Box<crate::v1::security::EdiscoveryHoldOperation>,
    ),
    #[cfg(msgraph_v1_search_or_security)]
    EdiscoveryHoldPolicySyncOperation(
        ::std::boxed::Box<crate::v1::security::EdiscoveryHoldPolicySyncOperation>,
    ),
    #[cfg(msgraph_v1_search_or_security)]
    EdiscoveryIndexOperation(
        ::std::boxed::Box<crate::v1::security::EdiscoveryIndexOperation>,
    ),
    #[cfg(msgraph_v1_search_or_security)]
    EdiscoveryNoncustodialDataSource(
        ::std::boxed::Box<crate::v1::security::EdiscoveryNoncustodialDataSource>,
    ),
    #[cfg(msgraph_v1_search_or_security)]
    EdiscoveryPurgeDataOperation(
        ::std::boxed::Box<crate::v1::security::EdiscoveryPurgeDataOperation>,
    ),
    #[cfg(msgraph_v1_search_or_security)]
    EdiscoveryReviewSet(::std::boxed::Box<crate::v1::security::EdiscoveryReviewSet>),
    #[cfg(msgraph_v1_search_or_security)]
    EdiscoveryReviewSetQuery(
        ::std::boxed::Box<crate::v1::security::EdiscoveryReviewSetQuery>,
    ),
    #[cfg(msgraph_v1_search_or_security)]
    EdiscoveryReviewTag(::std::boxed::Box<crate::v1::security::EdiscoveryReviewTag>),
    #[cfg(msgraph_v1_search_or_security)]
    EdiscoverySearch(::std::boxed::Box<crate::v1::security::EdiscoverySearch>),
    #[cfg(msgraph_v1_search_or_security)]
    EdiscoverySearchExportOperation(
        ::std::boxed::Box<crate::v1::security::EdiscoverySearchExportOperation>,
    ),
    #[cfg(msgraph_v1_search_or_security)]
    EdiscoveryTagOperation(
        ::std::boxed::Box<crate::v1::security::EdiscoveryTagOperation>,
    ),
    #[cfg(msgraph_v1_search_or_security)]
    FilePlanDescriptor(::std::boxed::Box<crate::v1::security::FilePlanDescriptor>),
    #[cfg(msgraph_v1_search_or_security)]
    FilePlanDescriptorTemplate(
        ::std::boxed::Box<crate::v1::security::FilePlanDescriptorTemplate>,
    ),
    #[cfg(msgraph_v1_search_or_security)]
    FilePlanReferenceTemplate(
        ::std::boxed::Box<crate::v1::security::FilePlanReferenceTemplate>,
    ),
    #[cfg(msgraph_v1_search_or_security)]
    HealthIssue(::std::boxed::Box<crate::v1::security::HealthIssue>),
    #[cfg(msgraph_v1_search_or_security)]
    Host(::std::boxed::Box<crate::v1::security::Host>),
    #[cfg(msgraph_v1_search_or_security)]
    HostComponent(::std::boxed::Box<crate::v1::security::HostComponent>),
    #[cfg(msgraph_v1_search_or_security)]
    HostCookie(::std::boxed::Box<crate::v1::security::HostCookie>),
    #[cfg(msgraph_v1_search_or_security)]
    HostPair(::std::boxed::Box<crate::v1::security::HostPair>),
    #[cfg(msgraph_v1_search_or_security)]
    HostPort(::std::boxed::Box<crate::v1::security::HostPort>),
    #[cfg(msgraph_v1_search_or_security)]
    HostReputation(::std::boxed::Box<crate::v1::security::HostReputation>),
    #[cfg(msgraph_v1_search_or_security)]
    HostSslCertificate(::std::boxed::Box<crate::v1::security::HostSslCertificate>),
    #[cfg(msgraph_v1_search_or_security)]
    HostTracker(::std::boxed::Box<crate::v1::security::HostTracker>),
    #[cfg(msgraph_v1_search_or_security)]
    Hostname(::std::boxed::Box<crate::v1::security::Hostname>),
    #[cfg(msgraph_v1_search_or_security)]
    IdentityAccounts(::std::boxed::Box<crate::v1::security::IdentityAccounts>),
    #[cfg(msgraph_v1_search_or_security)]
    SecurityIdentityContainer(::std::boxed::Box<crate::v1::security::IdentityContainer>),
    #[cfg(msgraph_v1_search_or_security)]
    Incident(::std::boxed::Box<crate::v1::security::Incident>),
    #[cfg(msgraph_v1_search_or_security)]
    Indicator(::std::boxed::Box<crate::v1::security::Indicator>),
    #[cfg(msgraph_v1_search_or_security)]
    IntelligenceProfile(::std::boxed::Box<crate::v1::security::IntelligenceProfile>),
    #[cfg(msgraph_v1_search_or_security)]
    IntelligenceProfileIndicator(
        ::std::boxed::Box<crate::v1::security::IntelligenceProfileIndicator>,
    ),
    #[cfg(msgraph_v1_search_or_security)]
    IpAddress(::std::boxed::Box<crate::v1::security::IpAddress>),
    #[cfg(msgraph_v1_search_or_security)]
    LabelsRoot(::std::boxed::Box<crate::v1::security::LabelsRoot>),
    #[cfg(msgraph_v1_search_or_security)]
    NetworkAdapter(::std::boxed::Box<crate::v1::security::NetworkAdapter>),
    #[cfg(msgraph_v1_search_or_security)]
    PassiveDnsRecord(::std::boxed::Box<crate::v1::security::PassiveDnsRecord>),
    #[cfg(msgraph_v1_search_or_security)]
    RetentionEvent(::std::boxed::Box<crate::v1::security::RetentionEvent>),
    #[cfg(msgraph_v1_search_or_security)]
    RetentionEventType(::std::boxed::Box<crate::v1::security::RetentionEventType>),
    #[cfg(msgraph_v1_search_or_security)]
    RetentionLabel(::std::boxed::Box<crate::v1::security::RetentionLabel>),
    #[cfg(msgraph_v1_search_or_security)]
    Search(::std::boxed::Box<crate::v1::security::Search>),
    #[cfg(msgraph_v1_search_or_security)]
    Sensor(::std::boxed::Box<crate::v1::security::Sensor>),
    #[cfg(msgraph_v1_search_or_security)]
    SensorCandidate(::std::boxed::Box<crate::v1::security::SensorCandidate>),
    #[cfg(msgraph_v1_search_or_security)]
    SensorCandidateActivationConfiguration(
        ::std::boxed::Box<crate::v1::security::SensorCandidateActivationConfiguration>,
    ),
    #[cfg(msgraph_v1_search_or_security)]
    SettingsContainer(::std::boxed::Box<crate::v1::security::SettingsContainer>),
    #[cfg(msgraph_v1_search_or_security)]
    SiteSource(::std::boxed::Box<crate::v1::security::SiteSource>),
    #[cfg(msgraph_v1_search_or_security)]
    SslCertificate(::std::boxed::Box<crate::v1::security::SslCertificate>),
    #[cfg(msgraph_v1_search_or_security)]
    SubcategoryTemplate(::std::boxed::Box<crate::v1::security::SubcategoryTemplate>),
    #[cfg(msgraph_v1_search_or_security)]
    Subdomain(::std::boxed::Box<crate::v1::security::Subdomain>),
    #[cfg(msgraph_v1_search_or_security)]
    Tag(::std::boxed::Box<crate::v1::security::Tag>),
    #[cfg(msgraph_v1_search_or_security)]
    ThreatIntelligence(::std::boxed::Box<crate::v1::security::ThreatIntelligence>),
    #[cfg(msgraph_v1_search_or_security)]
    TriggerTypesRoot(::std::boxed::Box<crate::v1::security::TriggerTypesRoot>),
    #[cfg(msgraph_v1_search_or_security)]
    TriggersRoot(::std::boxed::Box<crate::v1::security::TriggersRoot>),
    #[cfg(msgraph_v1_search)]
    UnclassifiedArtifact(::std::boxed::Box<crate::v1::security::UnclassifiedArtifact>),
    #[cfg(msgraph_v1_search_or_security)]
    UnifiedGroupSource(::std::boxed::Box<crate::v1::security::UnifiedGroupSource>),
    #[cfg(msgraph_v1_search_or_security)]
    SecurityUser(::std::boxed::Box<crate::v1::security::User>),
    #[cfg(msgraph_v1_search_or_security)]
    UserSource(::std::boxed::Box<crate::v1::security::UserSource>),
    #[cfg(msgraph_v1_search_or_security)]
    Vulnerability(::std::boxed::Box<crate::v1::security::Vulnerability>),
    #[cfg(msgraph_v1_search_or_security)]
    VulnerabilityComponent(
        ::std::boxed::Box<crate::v1::security::VulnerabilityComponent>,
    ),
    #[cfg(msgraph_v1_search_or_security)]
    WhoisBaseRecord(::std::boxed::Box<crate::v1::security::WhoisBaseRecord>),
    #[cfg(msgraph_v1_search_or_security)]
    WhoisHistoryRecord(::std::boxed::Box<crate::v1::security::WhoisHistoryRecord>),
    #[cfg(msgraph_v1_search_or_security)]
    WhoisRecord(::std::boxed::Box<crate::v1::security::WhoisRecord>),
    #[cfg(msgraph_v1_reports_or_search)]
    SecurityReportsRoot(::std::boxed::Box<crate::v1::SecurityReportsRoot>),
    #[cfg(msgraph_v1_communications_or_search)]
    SendDtmfTonesOperation(::std::boxed::Box<crate::v1::SendDtmfTonesOperation>),
    #[cfg(msgraph_v1_core_or_security)]
    SensitivityLabel(::std::boxed::Box<crate::v1::SensitivityLabel>),
    #[cfg(msgraph_v1_admin_or_search)]
    ServiceAnnouncement(::std::boxed::Box<crate::v1::ServiceAnnouncement>),
    #[cfg(msgraph_v1_admin_or_search)]
    ServiceAnnouncementAttachment(
        ::std::boxed::Box<crate::v1::ServiceAnnouncementAttachment>,
    ),
    #[cfg(msgraph_v1_admin_or_search)]
    ServiceAnnouncementBase(::std::boxed::Box<crate::v1::ServiceAnnouncementBase>),
    #[cfg(msgraph_v1_search_or_solutions)]
    ServiceApp(::std::boxed::Box<crate::v1::ServiceApp>),
    #[cfg(msgraph_v1_admin_or_search)]
    ServiceHealth(::std::boxed::Box<crate::v1::ServiceHealth>),
    #[cfg(msgraph_v1_admin_or_search)]
    ServiceHealthIssue(::std::boxed::Box<crate::v1::ServiceHealthIssue>),
    #[cfg(msgraph_v1_core)]
    ServicePrincipal(::std::boxed::Box<crate::v1::ServicePrincipal>),
    #[cfg(msgraph_v1_identity_protection_or_search)]
    ServicePrincipalRiskDetection(
        ::std::boxed::Box<crate::v1::ServicePrincipalRiskDetection>,
    ),
    #[cfg(msgraph_v1_core)]
    ServiceProviderConstraints(::std::boxed::Box<crate::v1::ServiceProviderConstraints>),
    #[cfg(msgraph_v1_core_or_storage)]
    ServiceStorageQuotaBreakdown(
        ::std::boxed::Box<crate::v1::ServiceStorageQuotaBreakdown>,
    ),
    #[cfg(msgraph_v1_admin_or_search)]
    ServiceUpdateMessage(::std::boxed::Box<crate::v1::ServiceUpdateMessage>),
    #[cfg(msgraph_v1_device_management_or_search)]
    SettingStateDeviceSummary(::std::boxed::Box<crate::v1::SettingStateDeviceSummary>),
    #[cfg(msgraph_v1_search_or_solutions)]
    SharePointBrowseSession(::std::boxed::Box<crate::v1::SharePointBrowseSession>),
    #[cfg(msgraph_v1_search_or_storage)]
    SharePointGroup(::std::boxed::Box<crate::v1::SharePointGroup>),
    #[cfg(msgraph_v1_search_or_storage)]
    SharePointGroupMember(::std::boxed::Box<crate::v1::SharePointGroupMember>),
    #[cfg(msgraph_v1_search_or_storage)]
    SharePointMigrationEvent(::std::boxed::Box<crate::v1::SharePointMigrationEvent>),
    #[cfg(msgraph_v1_search_or_storage)]
    SharePointMigrationFinishManifestFileUploadEvent(
        ::std::boxed::Box<crate::v1::SharePointMigrationFinishManifestFileUploadEvent>,
    ),
    #[cfg(msgraph_v1_search_or_storage)]
    SharePointMigrationJob(::std::boxed::Box<crate::v1::SharePointMigrationJob>),
    #[cfg(msgraph_v1_search_or_storage)]
    SharePointMigrationJobCancelledEvent(
        ::std::boxed::Box<crate::v1::SharePointMigrationJobCancelledEvent>,
    ),
    #[cfg(msgraph_v1_search_or_storage)]
    SharePointMigrationJobDeletedEvent(
        ::std::boxed::Box<crate::v1::SharePointMigrationJobDeletedEvent>,
    ),
    #[cfg(msgraph_v1_search_or_storage)]
    SharePointMigrationJobErrorEvent(
        ::std::boxed::Box<crate::v1::SharePointMigrationJobErrorEvent>,
    ),
    #[cfg(msgraph_v1_search_or_storage)]
    SharePointMigrationJobPostponedEvent(
        ::std::boxed::Box<crate::v1::SharePointMigrationJobPostponedEvent>,
    ),
    #[cfg(msgraph_v1_search_or_storage)]
    SharePointMigrationJobProgressEvent(
        ::std::boxed::Box<crate::v1::SharePointMigrationJobProgressEvent>,
    ),
    #[cfg(msgraph_v1_search_or_storage)]
    SharePointMigrationJobQueuedEvent(
        ::std::boxed::Box<crate::v1::SharePointMigrationJobQueuedEvent>,
    ),
    #[cfg(msgraph_v1_search_or_storage)]
    SharePointMigrationJobStartEvent(
        ::std::boxed::Box<crate::v1::SharePointMigrationJobStartEvent>,
    ),
    #[cfg(msgraph_v1_search_or_solutions)]
    SharePointProtectionPolicy(::std::boxed::Box<crate::v1::SharePointProtectionPolicy>),
    #[cfg(msgraph_v1_search_or_solutions)]
    SharePointRestoreSession(::std::boxed::Box<crate::v1::SharePointRestoreSession>),
    #[cfg(msgraph_v1_search_or_shares)]
    SharedDriveItem(::std::boxed::Box<crate::v1::SharedDriveItem>),
    #[cfg(msgraph_v1_core)]
    SharedInsight(::std::boxed::Box<crate::v1::SharedInsight>),
    #[cfg(msgraph_v1_device_management_or_search)]
    SharedPcConfiguration(::std::boxed::Box<crate::v1::SharedPcConfiguration>),
    #[cfg(msgraph_v1_core_or_teamwork)]
    SharedWithChannelTeamInfo(::std::boxed::Box<crate::v1::SharedWithChannelTeamInfo>),
    #[cfg(msgraph_v1_admin_or_search)]
    Sharepoint(::std::boxed::Box<crate::v1::Sharepoint>),
    #[cfg(msgraph_v1_admin_or_search)]
    SharepointSettings(::std::boxed::Box<crate::v1::SharepointSettings>),
    #[cfg(msgraph_v1_core)]
    Shift(::std::boxed::Box<crate::v1::Shift>),
    #[cfg(msgraph_v1_core)]
    ShiftPreferences(::std::boxed::Box<crate::v1::ShiftPreferences>),
    #[cfg(msgraph_v1_audit_logs_or_search)]
    SignIn(::std::boxed::Box<crate::v1::SignIn>),
    #[cfg(msgraph_v1_search_or_security)]
    Simulation(::std::boxed::Box<crate::v1::Simulation>),
    #[cfg(msgraph_v1_search_or_security)]
    SimulationAutomation(::std::boxed::Box<crate::v1::SimulationAutomation>),
    #[cfg(msgraph_v1_search_or_security)]
    SimulationAutomationRun(::std::boxed::Box<crate::v1::SimulationAutomationRun>),
    #[cfg(msgraph_v1_core)]
    SingleValueLegacyExtendedProperty(
        ::std::boxed::Box<crate::v1::SingleValueLegacyExtendedProperty>,
    ),
    #[cfg(msgraph_v1_core_or_sites)]
    Site(::std::boxed::Box<crate::v1::Site>),
    #[cfg(msgraph_v1_core_or_sites)]
    SitePage(::std::boxed::Box<crate::v1::SitePage>),
    #[cfg(msgraph_v1_search_or_solutions)]
    SiteProtectionRule(::std::boxed::Box<crate::v1::SiteProtectionRule>),
    #[cfg(msgraph_v1_search_or_solutions)]
    SiteProtectionUnit(::std::boxed::Box<crate::v1::SiteProtectionUnit>),
    #[cfg(msgraph_v1_search_or_solutions)]
    SiteProtectionUnitsBulkAdditionJob(
        ::std::boxed::Box<crate::v1::SiteProtectionUnitsBulkAdditionJob>,
    ),
    #[cfg(msgraph_v1_search_or_solutions)]
    SiteRestoreArtifact(::std::boxed::Box<crate::v1::SiteRestoreArtifact>),
    #[cfg(msgraph_v1_search_or_solutions)]
    SiteRestoreArtifactsBulkAdditionRequest(
        ::std::boxed::Box<crate::v1::SiteRestoreArtifactsBulkAdditionRequest>,
    ),
    #[cfg(msgraph_v1_core_or_teamwork)]
    SkypeForBusinessUserConversationMember(
        ::std::boxed::Box<crate::v1::SkypeForBusinessUserConversationMember>,
    ),
    #[cfg(msgraph_v1_core_or_teamwork)]
    SkypeUserConversationMember(
        ::std::boxed::Box<crate::v1::SkypeUserConversationMember>,
    ),
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    SmsAuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::v1::SmsAuthenticationMethodConfiguration>,
    ),
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    SmsAuthenticationMethodTarget(
        ::std::boxed::Box<crate::v1::SmsAuthenticationMethodTarget>,
    ),
    #[cfg(msgraph_v1_directory_or_identity_or_search)]
    SocialIdentityProvider(::std::boxed::Box<crate::v1::SocialIdentityProvider>),
    #[cfg(msgraph_v1_core)]
    SoftwareOathAuthenticationMethod(
        ::std::boxed::Box<crate::v1::SoftwareOathAuthenticationMethod>,
    ),
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    SoftwareOathAuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::v1::SoftwareOathAuthenticationMethodConfiguration>,
    ),
    #[cfg(msgraph_v1_search)]
    SoftwareUpdateStatusSummary(
        ::std::boxed::Box<crate::v1::SoftwareUpdateStatusSummary>,
    ),
    #[cfg(msgraph_v1_education_or_search)]
    SpeakerAssignmentSubmission(
        ::std::boxed::Box<crate::v1::SpeakerAssignmentSubmission>,
    ),
    #[cfg(msgraph_v1_core_or_sites)]
    StandardWebPart(::std::boxed::Box<crate::v1::StandardWebPart>),
    #[cfg(msgraph_v1_communications_or_search)]
    StartHoldMusicOperation(::std::boxed::Box<crate::v1::StartHoldMusicOperation>),
    #[cfg(msgraph_v1_communications_or_search)]
    StopHoldMusicOperation(::std::boxed::Box<crate::v1::StopHoldMusicOperation>),
    #[cfg(msgraph_v1_core_or_storage)]
    StorageQuotaBreakdown(::std::boxed::Box<crate::v1::StorageQuotaBreakdown>),
    #[cfg(msgraph_v1_search_or_storage)]
    StorageSettings(::std::boxed::Box<crate::v1::StorageSettings>),
    #[cfg(msgraph_v1_core)]
    StsPolicy(::std::boxed::Box<crate::v1::StsPolicy>),
    #[cfg(msgraph_v1_privacy_or_search_or_security)]
    SubjectRightsRequest(::std::boxed::Box<crate::v1::SubjectRightsRequest>),
    #[cfg(msgraph_v1_communications_or_search)]
    SubscribeToToneOperation(::std::boxed::Box<crate::v1::SubscribeToToneOperation>),
    #[cfg(msgraph_v1_search_or_subscribed_skus)]
    SubscribedSku(::std::boxed::Box<crate::v1::SubscribedSku>),
    #[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_subscriptions)]
    Subscription(::std::boxed::Box<crate::v1::Subscription>),
    #[cfg(msgraph_v1_core)]
    SwapShiftsChangeRequest(::std::boxed::Box<crate::v1::SwapShiftsChangeRequest>),
    #[cfg(msgraph_v1_core)]
    Synchronization(::std::boxed::Box<crate::v1::Synchronization>),
    #[cfg(msgraph_v1_core)]
    SynchronizationJob(::std::boxed::Box<crate::v1::SynchronizationJob>),
    #[cfg(msgraph_v1_core)]
    SynchronizationSchema(::std::boxed::Box<crate::v1::SynchronizationSchema>),
    #[cfg(msgraph_v1_core)]
    SynchronizationTemplate(::std::boxed::Box<crate::v1::SynchronizationTemplate>),
    #[cfg(msgraph_v1_core)]
    TargetDeviceGroup(::std::boxed::Box<crate::v1::TargetDeviceGroup>),
    #[cfg(msgraph_v1_core_or_teamwork)]
    TargetedChatMessage(::std::boxed::Box<crate::v1::TargetedChatMessage>),
    #[cfg(msgraph_v1_core_or_device_app_management)]
    TargetedManagedAppConfiguration(
        ::std::boxed::Box<crate::v1::TargetedManagedAppConfiguration>,
    ),
    #[cfg(msgraph_v1_core_or_device_app_management)]
    TargetedManagedAppPolicyAssignment(
        ::std::boxed::Box<crate::v1::TargetedManagedAppPolicyAssignment>,
    ),
    #[cfg(msgraph_v1_core_or_device_app_management)]
    TargetedManagedAppProtection(
        ::std::boxed::Box<crate::v1::TargetedManagedAppProtection>,
    ),
    #[cfg(msgraph_v1_core)]
    TaskFileAttachment(::std::boxed::Box<crate::v1::TaskFileAttachment>),
    #[cfg(msgraph_v1_core)]
    Team(::std::boxed::Box<crate::v1::Team>),
    #[cfg(msgraph_v1_core_or_teamwork)]
    TeamInfo(::std::boxed::Box<crate::v1::TeamInfo>),
    #[cfg(msgraph_v1_admin_or_search)]
    NumberAssignment(
        ::std::boxed::Box<crate::v1::teams_administration::NumberAssignment>,
    ),
    #[cfg(msgraph_v1_admin_or_search)]
    PolicyIdentifierDetail(
        ::std::boxed::Box<crate::v1::teams_administration::PolicyIdentifierDetail>,
    ),
    #[cfg(msgraph_v1_admin_or_search)]
    TeamsAdminRoot(::std::boxed::Box<crate::v1::teams_administration::TeamsAdminRoot>),
    #[cfg(msgraph_v1_admin_or_search)]
    TeamsPolicyAssignment(
        ::std::boxed::Box<crate::v1::teams_administration::TeamsPolicyAssignment>,
    ),
    #[cfg(msgraph_v1_admin_or_search)]
    TeamsPolicyUserAssignment(
        ::std::boxed::Box<crate::v1::teams_administration::TeamsPolicyUserAssignment>,
    ),
    #[cfg(msgraph_v1_admin_or_search)]
    TeamsUserConfiguration(
        ::std::boxed::Box<crate::v1::teams_administration::TeamsUserConfiguration>,
    ),
    #[cfg(msgraph_v1_admin_or_search)]
    TelephoneNumberLongRunningOperation(
        ::std::boxed::Box<
            crate::v1::teams_administration::TelephoneNumberLongRunningOperation,
        >,
    ),
    #[cfg(msgraph_v1_admin_or_search)]
    TelephoneNumberManagementRoot(
        ::std::boxed::Box<crate::v1::teams_administration::TelephoneNumberManagementRoot>,
    ),
    #[cfg(msgraph_v1_app_catalogs_or_search)]
    TeamsApp(::std::boxed::Box<crate::v1::TeamsApp>),
    #[cfg(msgraph_v1_app_catalogs_or_search)]
    TeamsAppDefinition(::std::boxed::Box<crate::v1::TeamsAppDefinition>),
    #[cfg(msgraph_v1_core)]
    TeamsAppInstallation(::std::boxed::Box<crate::v1::TeamsAppInstallation>),
    #[cfg(msgraph_v1_search_or_teamwork)]
    TeamsAppSettings(::std::boxed::Box<crate::v1::TeamsAppSettings>),
    #[cfg(msgraph_v1_core)]
    TeamsAsyncOperation(::std::boxed::Box<crate::v1::TeamsAsyncOperation>),
    #[cfg(msgraph_v1_core_or_teamwork)]
    TeamsTab(::std::boxed::Box<crate::v1::TeamsTab>),
    #[cfg(msgraph_v1_search_or_teams_templates)]
    TeamsTemplate(::std::boxed::Box<crate::v1::TeamsTemplate>),
    #[cfg(msgraph_v1_search_or_teamwork)]
    Teamwork(::std::boxed::Box<crate::v1::Teamwork>),
    #[cfg(msgraph_v1_app_catalogs_or_search)]
    TeamworkBot(::std::boxed::Box<crate::v1::TeamworkBot>),
    #[cfg(msgraph_v1_core_or_teamwork)]
    TeamworkHostedContent(::std::boxed::Box<crate::v1::TeamworkHostedContent>),
    #[cfg(msgraph_v1_core)]
    TeamworkTag(::std::boxed::Box<crate::v1::TeamworkTag>),
    #[cfg(msgraph_v1_core)]
    TeamworkTagMember(::std::boxed::Box<crate::v1::TeamworkTagMember>),
    #[cfg(msgraph_v1_core)]
    TemporaryAccessPassAuthenticationMethod(
        ::std::boxed::Box<crate::v1::TemporaryAccessPassAuthenticationMethod>,
    ),
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    TemporaryAccessPassAuthenticationMethodConfiguration(
        ::std::boxed::Box<
            crate::v1::TemporaryAccessPassAuthenticationMethodConfiguration,
        >,
    ),
    #[cfg(msgraph_v1_core)]
    TenantAppManagementPolicy(::std::boxed::Box<crate::v1::TenantAppManagementPolicy>),
    #[cfg(msgraph_v1_search_or_security)]
    TenantDataSecurityAndGovernance(
        ::std::boxed::Box<crate::v1::TenantDataSecurityAndGovernance>,
    ),
    #[cfg(msgraph_v1_search_or_security)]
    TenantProtectionScopeContainer(
        ::std::boxed::Box<crate::v1::TenantProtectionScopeContainer>,
    ),
    #[cfg(msgraph_v1_core_or_sites)]
    TermStoreGroup(::std::boxed::Box<crate::v1::term_store::Group>),
    #[cfg(msgraph_v1_core_or_sites)]
    Relation(::std::boxed::Box<crate::v1::term_store::Relation>),
    #[cfg(msgraph_v1_core_or_sites)]
    Set(::std::boxed::Box<crate::v1::term_store::Set>),
    #[cfg(msgraph_v1_core_or_sites)]
    Store(::std::boxed::Box<crate::v1::term_store::Store>),
    #[cfg(msgraph_v1_core_or_sites)]
    Term(::std::boxed::Box<crate::v1::term_store::Term>),
    #[cfg(msgraph_v1_device_management_or_search)]
    TermsAndConditions(::std::boxed::Box<crate::v1::TermsAndConditions>),
    #[cfg(msgraph_v1_device_management_or_search)]
    TermsAndConditionsAcceptanceStatus(
        ::std::boxed::Box<crate::v1::TermsAndConditionsAcceptanceStatus>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    TermsAndConditionsAssignment(
        ::std::boxed::Box<crate::v1::TermsAndConditionsAssignment>,
    ),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    TermsOfUseContainer(::std::boxed::Box<crate::v1::TermsOfUseContainer>),
    #[cfg(msgraph_v1_core_or_sites)]
    TextWebPart(::std::boxed::Box<crate::v1::TextWebPart>),
    #[cfg(msgraph_v1_information_protection_or_search)]
    ThreatAssessmentRequest(::std::boxed::Box<crate::v1::ThreatAssessmentRequest>),
    #[cfg(msgraph_v1_information_protection_or_search)]
    ThreatAssessmentResult(::std::boxed::Box<crate::v1::ThreatAssessmentResult>),
    #[cfg(msgraph_v1_drives_or_search)]
    ThumbnailSet(::std::boxed::Box<crate::v1::ThumbnailSet>),
    #[cfg(msgraph_v1_core)]
    TimeCard(::std::boxed::Box<crate::v1::TimeCard>),
    #[cfg(msgraph_v1_core)]
    TimeOff(::std::boxed::Box<crate::v1::TimeOff>),
    #[cfg(msgraph_v1_core)]
    TimeOffReason(::std::boxed::Box<crate::v1::TimeOffReason>),
    #[cfg(msgraph_v1_core)]
    TimeOffRequest(::std::boxed::Box<crate::v1::TimeOffRequest>),
    #[cfg(msgraph_v1_core)]
    Todo(::std::boxed::Box<crate::v1::Todo>),
    #[cfg(msgraph_v1_core)]
    TodoTask(::std::boxed::Box<crate::v1::TodoTask>),
    #[cfg(msgraph_v1_core)]
    TodoTaskList(::std::boxed::Box<crate::v1::TodoTaskList>),
    #[cfg(msgraph_v1_core)]
    TokenIssuancePolicy(::std::boxed::Box<crate::v1::TokenIssuancePolicy>),
    #[cfg(msgraph_v1_core)]
    TokenLifetimePolicy(::std::boxed::Box<crate::v1::TokenLifetimePolicy>),
    #[cfg(msgraph_v1_search_or_security)]
    Training(::std::boxed::Box<crate::v1::Training>),
    #[cfg(msgraph_v1_search_or_security)]
    TrainingLanguageDetail(::std::boxed::Box<crate::v1::TrainingLanguageDetail>),
    #[cfg(msgraph_v1_core)]
    Trending(::std::boxed::Box<crate::v1::Trending>),
    #[cfg(msgraph_v1_role_management_or_search)]
    UnifiedRbacResourceAction(::std::boxed::Box<crate::v1::UnifiedRbacResourceAction>),
    #[cfg(msgraph_v1_role_management_or_search)]
    UnifiedRbacResourceNamespace(
        ::std::boxed::Box<crate::v1::UnifiedRbacResourceNamespace>,
    ),
    #[cfg(msgraph_v1_role_management_or_search)]
    UnifiedRoleAssignment(::std::boxed::Box<crate::v1::UnifiedRoleAssignment>),
    #[cfg(msgraph_v1_role_management_or_search)]
    UnifiedRoleAssignmentSchedule(
        ::std::boxed::Box<crate::v1::UnifiedRoleAssignmentSchedule>,
    ),
    #[cfg(msgraph_v1_role_management_or_search)]
    UnifiedRoleAssignmentScheduleInstance(
        ::std::boxed::Box<crate::v1::UnifiedRoleAssignmentScheduleInstance>,
    ),
    #[cfg(msgraph_v1_role_management_or_search)]
    UnifiedRoleAssignmentScheduleRequest(
        ::std::boxed::Box<crate::v1::UnifiedRoleAssignmentScheduleRequest>,
    ),
    #[cfg(msgraph_v1_role_management_or_search)]
    UnifiedRoleDefinition(::std::boxed::Box<crate::v1::UnifiedRoleDefinition>),
    #[cfg(msgraph_v1_role_management_or_search)]
    UnifiedRoleEligibilitySchedule(
        ::std::boxed::Box<crate::v1::UnifiedRoleEligibilitySchedule>,
    ),
    #[cfg(msgraph_v1_role_management_or_search)]
    UnifiedRoleEligibilityScheduleInstance(
        ::std::boxed::Box<crate::v1::UnifiedRoleEligibilityScheduleInstance>,
    ),
    #[cfg(msgraph_v1_role_management_or_search)]
    UnifiedRoleEligibilityScheduleRequest(
        ::std::boxed::Box<crate::v1::UnifiedRoleEligibilityScheduleRequest>,
    ),
    #[cfg(msgraph_v1_policies_or_search)]
    UnifiedRoleManagementPolicy(
        ::std::boxed::Box<crate::v1::UnifiedRoleManagementPolicy>,
    ),
    #[cfg(msgraph_v1_policies_or_search)]
    UnifiedRoleManagementPolicyApprovalRule(
        ::std::boxed::Box<crate::v1::UnifiedRoleManagementPolicyApprovalRule>,
    ),
    #[cfg(msgraph_v1_policies_or_search)]
    UnifiedRoleManagementPolicyAssignment(
        ::std::boxed::Box<crate::v1::UnifiedRoleManagementPolicyAssignment>,
    ),
    #[cfg(msgraph_v1_policies_or_search)]
    UnifiedRoleManagementPolicyAuthenticationContextRule(
        ::std::boxed::Box<
            crate::v1::UnifiedRoleManagementPolicyAuthenticationContextRule,
        >,
    ),
    #[cfg(msgraph_v1_policies_or_search)]
    UnifiedRoleManagementPolicyEnablementRule(
        ::std::boxed::Box<crate::v1::UnifiedRoleManagementPolicyEnablementRule>,
    ),
    #[cfg(msgraph_v1_policies_or_search)]
    UnifiedRoleManagementPolicyExpirationRule(
        ::std::boxed::Box<crate::v1::UnifiedRoleManagementPolicyExpirationRule>,
    ),
    #[cfg(msgraph_v1_policies_or_search)]
    UnifiedRoleManagementPolicyNotificationRule(
        ::std::boxed::Box<crate::v1::UnifiedRoleManagementPolicyNotificationRule>,
    ),
    #[cfg(msgraph_v1_policies_or_search)]
    UnifiedRoleManagementPolicyRule(
        ::std::boxed::Box<crate::v1::UnifiedRoleManagementPolicyRule>,
    ),
    #[cfg(msgraph_v1_role_management_or_search)]
    UnifiedRoleScheduleBase(::std::boxed::Box<crate::v1::UnifiedRoleScheduleBase>),
    #[cfg(msgraph_v1_role_management_or_search)]
    UnifiedRoleScheduleInstanceBase(
        ::std::boxed::Box<crate::v1::UnifiedRoleScheduleInstanceBase>,
    ),
    #[cfg(msgraph_v1_core_or_storage)]
    UnifiedStorageQuota(::std::boxed::Box<crate::v1::UnifiedStorageQuota>),
    #[cfg(msgraph_v1_places_or_search)]
    UnitMap(::std::boxed::Box<crate::v1::UnitMap>),
    #[cfg(msgraph_v1_communications_or_search)]
    UnmuteParticipantOperation(::std::boxed::Box<crate::v1::UnmuteParticipantOperation>),
    #[cfg(msgraph_v1_communications_or_search)]
    UpdateRecordingStatusOperation(
        ::std::boxed::Box<crate::v1::UpdateRecordingStatusOperation>,
    ),
    #[cfg(msgraph_v1_information_protection_or_search)]
    UrlAssessmentRequest(::std::boxed::Box<crate::v1::UrlAssessmentRequest>),
    #[cfg(msgraph_v1_search)]
    UsageRightsIncluded(::std::boxed::Box<crate::v1::UsageRightsIncluded>),
    #[cfg(msgraph_v1_core)]
    UsedInsight(::std::boxed::Box<crate::v1::UsedInsight>),
    #[cfg(msgraph_v1_core)]
    User(::std::boxed::Box<crate::v1::User>),
    #[cfg(msgraph_v1_core)]
    UserActivity(::std::boxed::Box<crate::v1::UserActivity>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    UserConsentRequest(::std::boxed::Box<crate::v1::UserConsentRequest>),
    #[cfg(msgraph_v1_core)]
    UserDataSecurityAndGovernance(
        ::std::boxed::Box<crate::v1::UserDataSecurityAndGovernance>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails(
        ::std::boxed::Box<
            crate::v1::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails,
        >,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId(
        ::std::boxed::Box<
            crate::v1::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId,
        >,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion(
        ::std::boxed::Box<
            crate::v1::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion,
        >,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    UserExperienceAnalyticsAppHealthApplicationPerformance(
        ::std::boxed::Box<
            crate::v1::UserExperienceAnalyticsAppHealthApplicationPerformance,
        >,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    UserExperienceAnalyticsAppHealthDeviceModelPerformance(
        ::std::boxed::Box<
            crate::v1::UserExperienceAnalyticsAppHealthDeviceModelPerformance,
        >,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    UserExperienceAnalyticsAppHealthDevicePerformance(
        ::std::boxed::Box<crate::v1::UserExperienceAnalyticsAppHealthDevicePerformance>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    UserExperienceAnalyticsAppHealthDevicePerformanceDetails(
        ::std::boxed::Box<
            crate::v1::UserExperienceAnalyticsAppHealthDevicePerformanceDetails,
        >,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    UserExperienceAnalyticsAppHealthOsVersionPerformance(
        ::std::boxed::Box<
            crate::v1::UserExperienceAnalyticsAppHealthOsVersionPerformance,
        >,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    UserExperienceAnalyticsBaseline(
        ::std::boxed::Box<crate::v1::UserExperienceAnalyticsBaseline>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    UserExperienceAnalyticsCategory(
        ::std::boxed::Box<crate::v1::UserExperienceAnalyticsCategory>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    UserExperienceAnalyticsDevicePerformance(
        ::std::boxed::Box<crate::v1::UserExperienceAnalyticsDevicePerformance>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    UserExperienceAnalyticsDeviceScores(
        ::std::boxed::Box<crate::v1::UserExperienceAnalyticsDeviceScores>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    UserExperienceAnalyticsDeviceStartupHistory(
        ::std::boxed::Box<crate::v1::UserExperienceAnalyticsDeviceStartupHistory>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    UserExperienceAnalyticsDeviceStartupProcess(
        ::std::boxed::Box<crate::v1::UserExperienceAnalyticsDeviceStartupProcess>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    UserExperienceAnalyticsDeviceStartupProcessPerformance(
        ::std::boxed::Box<
            crate::v1::UserExperienceAnalyticsDeviceStartupProcessPerformance,
        >,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    UserExperienceAnalyticsMetric(
        ::std::boxed::Box<crate::v1::UserExperienceAnalyticsMetric>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    UserExperienceAnalyticsMetricHistory(
        ::std::boxed::Box<crate::v1::UserExperienceAnalyticsMetricHistory>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    UserExperienceAnalyticsModelScores(
        ::std::boxed::Box<crate::v1::UserExperienceAnalyticsModelScores>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    UserExperienceAnalyticsOverview(
        ::std::boxed::Box<crate::v1::UserExperienceAnalyticsOverview>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    UserExperienceAnalyticsScoreHistory(
        ::std::boxed::Box<crate::v1::UserExperienceAnalyticsScoreHistory>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    UserExperienceAnalyticsWorkFromAnywhereDevice(
        ::std::boxed::Box<crate::v1::UserExperienceAnalyticsWorkFromAnywhereDevice>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric(
        ::std::boxed::Box<
            crate::v1::UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric,
        >,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    UserExperienceAnalyticsWorkFromAnywhereMetric(
        ::std::boxed::Box<crate::v1::UserExperienceAnalyticsWorkFromAnywhereMetric>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    UserExperienceAnalyticsWorkFromAnywhereModelPerformance(
        ::std::boxed::Box<
            crate::v1::UserExperienceAnalyticsWorkFromAnywhereModelPerformance,
        >,
    ),
    #[cfg(msgraph_v1_identity_or_search)]
    UserFlowLanguageConfiguration(
        ::std::boxed::Box<crate::v1::UserFlowLanguageConfiguration>,
    ),
    #[cfg(msgraph_v1_identity_or_search)]
    UserFlowLanguagePage(::std::boxed::Box<crate::v1::UserFlowLanguagePage>),
    #[cfg(msgraph_v1_core)]
    UserInsightsSettings(::std::boxed::Box<crate::v1::UserInsightsSettings>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    UserInstallStateSummary(::std::boxed::Box<crate::v1::UserInstallStateSummary>),
    #[cfg(msgraph_v1_core)]
    UserProtectionScopeContainer(
        ::std::boxed::Box<crate::v1::UserProtectionScopeContainer>,
    ),
    #[cfg(msgraph_v1_reports_or_search)]
    UserRegistrationDetails(::std::boxed::Box<crate::v1::UserRegistrationDetails>),
    #[cfg(msgraph_v1_core)]
    UserScopeTeamsAppInstallation(
        ::std::boxed::Box<crate::v1::UserScopeTeamsAppInstallation>,
    ),
    #[cfg(msgraph_v1_core)]
    UserSettings(::std::boxed::Box<crate::v1::UserSettings>),
    #[cfg(msgraph_v1_identity_governance_or_search)]
    UserSignInInsight(::std::boxed::Box<crate::v1::UserSignInInsight>),
    #[cfg(msgraph_v1_core)]
    UserSolutionRoot(::std::boxed::Box<crate::v1::UserSolutionRoot>),
    #[cfg(msgraph_v1_core)]
    UserStorage(::std::boxed::Box<crate::v1::UserStorage>),
    #[cfg(msgraph_v1_core)]
    UserTeamwork(::std::boxed::Box<crate::v1::UserTeamwork>),
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    VerifiableCredentialAuthenticationMethodTarget(
        ::std::boxed::Box<crate::v1::VerifiableCredentialAuthenticationMethodTarget>,
    ),
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    VerifiableCredentialsAuthenticationMethodConfiguration(
        ::std::boxed::Box<
            crate::v1::VerifiableCredentialsAuthenticationMethodConfiguration,
        >,
    ),
    #[cfg(msgraph_v1_identity_or_search)]
    VerifiedIdProfile(::std::boxed::Box<crate::v1::VerifiedIdProfile>),
    #[cfg(msgraph_v1_core_or_sites)]
    VerticalSection(::std::boxed::Box<crate::v1::VerticalSection>),
    #[cfg(msgraph_v1_device_management_or_search)]
    VirtualEndpoint(::std::boxed::Box<crate::v1::VirtualEndpoint>),
    #[cfg(msgraph_v1_search_or_solutions)]
    VirtualEvent(::std::boxed::Box<crate::v1::VirtualEvent>),
    #[cfg(msgraph_v1_search_or_solutions)]
    VirtualEventPresenter(::std::boxed::Box<crate::v1::VirtualEventPresenter>),
    #[cfg(msgraph_v1_search_or_solutions)]
    VirtualEventRegistration(::std::boxed::Box<crate::v1::VirtualEventRegistration>),
    #[cfg(msgraph_v1_search_or_solutions)]
    VirtualEventRegistrationConfiguration(
        ::std::boxed::Box<crate::v1::VirtualEventRegistrationConfiguration>,
    ),
    #[cfg(msgraph_v1_search_or_solutions)]
    VirtualEventRegistrationCustomQuestion(
        ::std::boxed::Box<crate::v1::VirtualEventRegistrationCustomQuestion>,
    ),
    #[cfg(msgraph_v1_search_or_solutions)]
    VirtualEventRegistrationPredefinedQuestion(
        ::std::boxed::Box<crate::v1::VirtualEventRegistrationPredefinedQuestion>,
    ),
    #[cfg(msgraph_v1_search_or_solutions)]
    VirtualEventRegistrationQuestionBase(
        ::std::boxed::Box<crate::v1::VirtualEventRegistrationQuestionBase>,
    ),
    #[cfg(msgraph_v1_search_or_solutions)]
    VirtualEventSession(::std::boxed::Box<crate::v1::VirtualEventSession>),
    #[cfg(msgraph_v1_search_or_solutions)]
    VirtualEventTownhall(::std::boxed::Box<crate::v1::VirtualEventTownhall>),
    #[cfg(msgraph_v1_search_or_solutions)]
    VirtualEventTownhallRegistrationConfiguration(
        ::std::boxed::Box<crate::v1::VirtualEventTownhallRegistrationConfiguration>,
    ),
    #[cfg(msgraph_v1_search_or_solutions)]
    VirtualEventWebinar(::std::boxed::Box<crate::v1::VirtualEventWebinar>),
    #[cfg(msgraph_v1_search_or_solutions)]
    VirtualEventWebinarRegistrationConfiguration(
        ::std::boxed::Box<crate::v1::VirtualEventWebinarRegistrationConfiguration>,
    ),
    #[cfg(msgraph_v1_search_or_solutions)]
    VirtualEventsRoot(::std::boxed::Box<crate::v1::VirtualEventsRoot>),
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    VoiceAuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::v1::VoiceAuthenticationMethodConfiguration>,
    ),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    VppToken(::std::boxed::Box<crate::v1::VppToken>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    WebApp(::std::boxed::Box<crate::v1::WebApp>),
    #[cfg(msgraph_v1_identity_or_search)]
    WebApplicationFirewallProvider(
        ::std::boxed::Box<crate::v1::WebApplicationFirewallProvider>,
    ),
    #[cfg(msgraph_v1_identity_or_search)]
    WebApplicationFirewallVerificationModel(
        ::std::boxed::Box<crate::v1::WebApplicationFirewallVerificationModel>,
    ),
    #[cfg(msgraph_v1_core_or_sites)]
    WebPart(::std::boxed::Box<crate::v1::WebPart>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    Win32LobApp(::std::boxed::Box<crate::v1::Win32LobApp>),
    #[cfg(msgraph_v1_device_management_or_search)]
    Windows10CompliancePolicy(::std::boxed::Box<crate::v1::Windows10CompliancePolicy>),
    #[cfg(msgraph_v1_device_management_or_search)]
    Windows10CustomConfiguration(
        ::std::boxed::Box<crate::v1::Windows10CustomConfiguration>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    Windows10EndpointProtectionConfiguration(
        ::std::boxed::Box<crate::v1::Windows10EndpointProtectionConfiguration>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    Windows10EnrollmentCompletionPageConfiguration(
        ::std::boxed::Box<crate::v1::Windows10EnrollmentCompletionPageConfiguration>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    Windows10EnterpriseModernAppManagementConfiguration(
        ::std::boxed::Box<crate::v1::Windows10EnterpriseModernAppManagementConfiguration>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    Windows10GeneralConfiguration(
        ::std::boxed::Box<crate::v1::Windows10GeneralConfiguration>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    Windows10MobileCompliancePolicy(
        ::std::boxed::Box<crate::v1::Windows10MobileCompliancePolicy>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    Windows10SecureAssessmentConfiguration(
        ::std::boxed::Box<crate::v1::Windows10SecureAssessmentConfiguration>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    Windows10TeamGeneralConfiguration(
        ::std::boxed::Box<crate::v1::Windows10TeamGeneralConfiguration>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    Windows81CompliancePolicy(::std::boxed::Box<crate::v1::Windows81CompliancePolicy>),
    #[cfg(msgraph_v1_device_management_or_search)]
    Windows81GeneralConfiguration(
        ::std::boxed::Box<crate::v1::Windows81GeneralConfiguration>,
    ),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    WindowsAppX(::std::boxed::Box<crate::v1::WindowsAppX>),
    #[cfg(msgraph_v1_search)]
    WindowsAutopilotDeploymentProfile(
        ::std::boxed::Box<crate::v1::WindowsAutopilotDeploymentProfile>,
    ),
    #[cfg(msgraph_v1_search)]
    WindowsAutopilotDeploymentProfileAssignment(
        ::std::boxed::Box<crate::v1::WindowsAutopilotDeploymentProfileAssignment>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    WindowsAutopilotDeviceIdentity(
        ::std::boxed::Box<crate::v1::WindowsAutopilotDeviceIdentity>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    WindowsDefenderAdvancedThreatProtectionConfiguration(
        ::std::boxed::Box<
            crate::v1::WindowsDefenderAdvancedThreatProtectionConfiguration,
        >,
    ),
    #[cfg(msgraph_v1_core_or_device_management)]
    WindowsDeviceMalwareState(::std::boxed::Box<crate::v1::WindowsDeviceMalwareState>),
    #[cfg(msgraph_v1_core)]
    WindowsHelloForBusinessAuthenticationMethod(
        ::std::boxed::Box<crate::v1::WindowsHelloForBusinessAuthenticationMethod>,
    ),
    #[cfg(msgraph_v1_core_or_device_app_management)]
    WindowsInformationProtection(
        ::std::boxed::Box<crate::v1::WindowsInformationProtection>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    WindowsInformationProtectionAppLearningSummary(
        ::std::boxed::Box<crate::v1::WindowsInformationProtectionAppLearningSummary>,
    ),
    #[cfg(msgraph_v1_core_or_device_app_management)]
    WindowsInformationProtectionAppLockerFile(
        ::std::boxed::Box<crate::v1::WindowsInformationProtectionAppLockerFile>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    WindowsInformationProtectionNetworkLearningSummary(
        ::std::boxed::Box<crate::v1::WindowsInformationProtectionNetworkLearningSummary>,
    ),
    #[cfg(msgraph_v1_core_or_device_app_management)]
    WindowsInformationProtectionPolicy(
        ::std::boxed::Box<crate::v1::WindowsInformationProtectionPolicy>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    WindowsMalwareInformation(::std::boxed::Box<crate::v1::WindowsMalwareInformation>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    WindowsMicrosoftEdgeApp(::std::boxed::Box<crate::v1::WindowsMicrosoftEdgeApp>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    WindowsMobileMsi(::std::boxed::Box<crate::v1::WindowsMobileMsi>),
    #[cfg(msgraph_v1_device_management_or_search)]
    WindowsPhone81CompliancePolicy(
        ::std::boxed::Box<crate::v1::WindowsPhone81CompliancePolicy>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    WindowsPhone81CustomConfiguration(
        ::std::boxed::Box<crate::v1::WindowsPhone81CustomConfiguration>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    WindowsPhone81GeneralConfiguration(
        ::std::boxed::Box<crate::v1::WindowsPhone81GeneralConfiguration>,
    ),
    #[cfg(msgraph_v1_core_or_device_management)]
    WindowsProtectionState(::std::boxed::Box<crate::v1::WindowsProtectionState>),
    #[cfg(msgraph_v1_core)]
    WindowsSetting(::std::boxed::Box<crate::v1::WindowsSetting>),
    #[cfg(msgraph_v1_core)]
    WindowsSettingInstance(::std::boxed::Box<crate::v1::WindowsSettingInstance>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    WindowsUniversalAppX(::std::boxed::Box<crate::v1::WindowsUniversalAppX>),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    WindowsUniversalAppXContainedApp(
        ::std::boxed::Box<crate::v1::WindowsUniversalAppXContainedApp>,
    ),
    #[cfg(msgraph_v1_device_management_or_search)]
    WindowsUpdateForBusinessConfiguration(
        ::std::boxed::Box<crate::v1::WindowsUpdateForBusinessConfiguration>,
    ),
    #[cfg(msgraph_v1_device_app_management_or_search)]
    WindowsWebApp(::std::boxed::Box<crate::v1::WindowsWebApp>),
    #[cfg(msgraph_v1_core)]
    WorkHoursAndLocationsSetting(
        ::std::boxed::Box<crate::v1::WorkHoursAndLocationsSetting>,
    ),
    #[cfg(msgraph_v1_core)]
    WorkPlanOccurrence(::std::boxed::Box<crate::v1::WorkPlanOccurrence>),
    #[cfg(msgraph_v1_core)]
    WorkPlanRecurrence(::std::boxed::Box<crate::v1::WorkPlanRecurrence>),
    #[cfg(msgraph_v1_drives_or_search)]
    Workbook(::std::boxed::Box<crate::v1::Workbook>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookApplication(::std::boxed::Box<crate::v1::WorkbookApplication>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookChart(::std::boxed::Box<crate::v1::WorkbookChart>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookChartAreaFormat(::std::boxed::Box<crate::v1::WorkbookChartAreaFormat>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookChartAxes(::std::boxed::Box<crate::v1::WorkbookChartAxes>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookChartAxis(::std::boxed::Box<crate::v1::WorkbookChartAxis>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookChartAxisFormat(::std::boxed::Box<crate::v1::WorkbookChartAxisFormat>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookChartAxisTitle(::std::boxed::Box<crate::v1::WorkbookChartAxisTitle>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookChartAxisTitleFormat(
        ::std::boxed::Box<crate::v1::WorkbookChartAxisTitleFormat>,
    ),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookChartDataLabelFormat(
        ::std::boxed::Box<crate::v1::WorkbookChartDataLabelFormat>,
    ),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookChartDataLabels(::std::boxed::Box<crate::v1::WorkbookChartDataLabels>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookChartFill(::std::boxed::Box<crate::v1::WorkbookChartFill>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookChartFont(::std::boxed::Box<crate::v1::WorkbookChartFont>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookChartGridlines(::std::boxed::Box<crate::v1::WorkbookChartGridlines>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookChartGridlinesFormat(
        ::std::boxed::Box<crate::v1::WorkbookChartGridlinesFormat>,
    ),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookChartLegend(::std::boxed::Box<crate::v1::WorkbookChartLegend>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookChartLegendFormat(::std::boxed::Box<crate::v1::WorkbookChartLegendFormat>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookChartLineFormat(::std::boxed::Box<crate::v1::WorkbookChartLineFormat>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookChartPoint(::std::boxed::Box<crate::v1::WorkbookChartPoint>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookChartPointFormat(::std::boxed::Box<crate::v1::WorkbookChartPointFormat>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookChartSeries(::std::boxed::Box<crate::v1::WorkbookChartSeries>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookChartSeriesFormat(::std::boxed::Box<crate::v1::WorkbookChartSeriesFormat>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookChartTitle(::std::boxed::Box<crate::v1::WorkbookChartTitle>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookChartTitleFormat(::std::boxed::Box<crate::v1::WorkbookChartTitleFormat>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookComment(::std::boxed::Box<crate::v1::WorkbookComment>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookCommentReply(::std::boxed::Box<crate::v1::WorkbookCommentReply>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookFilter(::std::boxed::Box<crate::v1::WorkbookFilter>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookFormatProtection(::std::boxed::Box<crate::v1::WorkbookFormatProtection>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookFunctionResult(::std::boxed::Box<crate::v1::WorkbookFunctionResult>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookFunctions(::std::boxed::Box<crate::v1::WorkbookFunctions>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookNamedItem(::std::boxed::Box<crate::v1::WorkbookNamedItem>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookOperation(::std::boxed::Box<crate::v1::WorkbookOperation>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookPivotTable(::std::boxed::Box<crate::v1::WorkbookPivotTable>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookRange(::std::boxed::Box<crate::v1::WorkbookRange>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookRangeBorder(::std::boxed::Box<crate::v1::WorkbookRangeBorder>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookRangeFill(::std::boxed::Box<crate::v1::WorkbookRangeFill>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookRangeFont(::std::boxed::Box<crate::v1::WorkbookRangeFont>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookRangeFormat(::std::boxed::Box<crate::v1::WorkbookRangeFormat>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookRangeSort(::std::boxed::Box<crate::v1::WorkbookRangeSort>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookRangeView(::std::boxed::Box<crate::v1::WorkbookRangeView>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookTable(::std::boxed::Box<crate::v1::WorkbookTable>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookTableColumn(::std::boxed::Box<crate::v1::WorkbookTableColumn>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookTableRow(::std::boxed::Box<crate::v1::WorkbookTableRow>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookTableSort(::std::boxed::Box<crate::v1::WorkbookTableSort>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookWorksheet(::std::boxed::Box<crate::v1::WorkbookWorksheet>),
    #[cfg(msgraph_v1_drives_or_search)]
    WorkbookWorksheetProtection(
        ::std::boxed::Box<crate::v1::WorkbookWorksheetProtection>,
    ),
    #[cfg(msgraph_v1_search_or_teamwork)]
    WorkforceIntegration(::std::boxed::Box<crate::v1::WorkforceIntegration>),
    #[cfg(msgraph_v1_core)]
    WorkingTimeSchedule(::std::boxed::Box<crate::v1::WorkingTimeSchedule>),
    #[cfg(msgraph_v1_places_or_search)]
    Workspace(::std::boxed::Box<crate::v1::Workspace>),
    #[cfg(
        msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
    )]
    X509CertificateAuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::v1::X509CertificateAuthenticationMethodConfiguration>,
    ),
    #[cfg(msgraph_v1_identity_or_policies_or_search)]
    X509CertificateCombinationConfiguration(
        ::std::boxed::Box<crate::v1::X509CertificateCombinationConfiguration>,
    ),
}
#[cfg(msgraph_v1_any_area_but_compliance)]
impl ::std::default::Default for AnyEntity {
    #[inline]
    fn default() -> Self {
        Self::Entity(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Entity> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Entity) -> Self {
        Self::Entity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AadUserConversationMember> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AadUserConversationMember) -> Self {
        Self::AadUserConversationMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackage) -> Self {
        Self::AccessPackage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageAssignment) -> Self {
        Self::AccessPackageAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageAssignmentPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageAssignmentPolicy) -> Self {
        Self::AccessPackageAssignmentPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageAssignmentRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageAssignmentRequest) -> Self {
        Self::AccessPackageAssignmentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageAssignmentRequestWorkflowExtension>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageAssignmentRequestWorkflowExtension) -> Self {
        Self::AccessPackageAssignmentRequestWorkflowExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageAssignmentWorkflowExtension>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageAssignmentWorkflowExtension) -> Self {
        Self::AccessPackageAssignmentWorkflowExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageCatalog> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageCatalog) -> Self {
        Self::AccessPackageCatalog(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageMultipleChoiceQuestion> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageMultipleChoiceQuestion) -> Self {
        Self::AccessPackageMultipleChoiceQuestion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageQuestion> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageQuestion) -> Self {
        Self::AccessPackageQuestion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageResource> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageResource) -> Self {
        Self::AccessPackageResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageResourceEnvironment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageResourceEnvironment) -> Self {
        Self::AccessPackageResourceEnvironment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageResourceRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageResourceRequest) -> Self {
        Self::AccessPackageResourceRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageResourceRole> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageResourceRole) -> Self {
        Self::AccessPackageResourceRole(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageResourceRoleScope> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageResourceRoleScope) -> Self {
        Self::AccessPackageResourceRoleScope(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageResourceScope> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageResourceScope) -> Self {
        Self::AccessPackageResourceScope(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageSubject> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageSubject) -> Self {
        Self::AccessPackageSubject(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageSuggestion> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageSuggestion) -> Self {
        Self::AccessPackageSuggestion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessPackageTextInputQuestion> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageTextInputQuestion) -> Self {
        Self::AccessPackageTextInputQuestion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessReviewHistoryDefinition> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessReviewHistoryDefinition) -> Self {
        Self::AccessReviewHistoryDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessReviewHistoryInstance> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessReviewHistoryInstance) -> Self {
        Self::AccessReviewHistoryInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessReviewInstance> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessReviewInstance) -> Self {
        Self::AccessReviewInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessReviewInstanceDecisionItem> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessReviewInstanceDecisionItem) -> Self {
        Self::AccessReviewInstanceDecisionItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessReviewReviewer> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessReviewReviewer) -> Self {
        Self::AccessReviewReviewer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessReviewScheduleDefinition> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessReviewScheduleDefinition) -> Self {
        Self::AccessReviewScheduleDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessReviewSet> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessReviewSet) -> Self {
        Self::AccessReviewSet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AccessReviewStage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessReviewStage) -> Self {
        Self::AccessReviewStage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ActivitiesContainer> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ActivitiesContainer) -> Self {
        Self::ActivitiesContainer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ActivityBasedTimeoutPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ActivityBasedTimeoutPolicy) -> Self {
        Self::ActivityBasedTimeoutPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ActivityHistoryItem> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ActivityHistoryItem) -> Self {
        Self::ActivityHistoryItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AddLargeGalleryViewOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AddLargeGalleryViewOperation) -> Self {
        Self::AddLargeGalleryViewOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_communications)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AdhocCall> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AdhocCall) -> Self {
        Self::AdhocCall(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AdminConsentRequestPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AdminConsentRequestPolicy) -> Self {
        Self::AdminConsentRequestPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AdminMicrosoft365Apps> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AdminMicrosoft365Apps) -> Self {
        Self::AdminMicrosoft365Apps(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AdminReportSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AdminReportSettings) -> Self {
        Self::AdminReportSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AdministrativeUnit> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AdministrativeUnit) -> Self {
        Self::AdministrativeUnit(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AgentIdentity> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AgentIdentity) -> Self {
        Self::AgentIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AgentIdentityBlueprint> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AgentIdentityBlueprint) -> Self {
        Self::AgentIdentityBlueprint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AgentIdentityBlueprintPrincipal> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AgentIdentityBlueprintPrincipal) -> Self {
        Self::AgentIdentityBlueprintPrincipal(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AgentUser> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AgentUser) -> Self {
        Self::AgentUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Agreement> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Agreement) -> Self {
        Self::Agreement(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_agreement_acceptances_or_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AgreementAcceptance> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AgreementAcceptance) -> Self {
        Self::AgreementAcceptance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AgreementFile> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AgreementFile) -> Self {
        Self::AgreementFile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AgreementFileLocalization> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AgreementFileLocalization) -> Self {
        Self::AgreementFileLocalization(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AgreementFileProperties> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AgreementFileProperties) -> Self {
        Self::AgreementFileProperties(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_agreements_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AgreementFileVersion> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AgreementFileVersion) -> Self {
        Self::AgreementFileVersion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_copilot_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AiInteraction> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AiInteraction) -> Self {
        Self::AiInteraction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_copilot_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AiInteractionHistory> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AiInteractionHistory) -> Self {
        Self::AiInteractionHistory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_copilot_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AiOnlineMeeting> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AiOnlineMeeting) -> Self {
        Self::AiOnlineMeeting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_copilot_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AiUser> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AiUser) -> Self {
        Self::AiUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AkamaiWebApplicationFirewallProvider>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AkamaiWebApplicationFirewallProvider) -> Self {
        Self::AkamaiWebApplicationFirewallProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Alert> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Alert) -> Self {
        Self::Alert(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_directory_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AllowedValue> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AllowedValue) -> Self {
        Self::AllowedValue(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AndroidCompliancePolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AndroidCompliancePolicy) -> Self {
        Self::AndroidCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AndroidCustomConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AndroidCustomConfiguration) -> Self {
        Self::AndroidCustomConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AndroidGeneralDeviceConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AndroidGeneralDeviceConfiguration) -> Self {
        Self::AndroidGeneralDeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AndroidLobApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AndroidLobApp) -> Self {
        Self::AndroidLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AndroidManagedAppProtection> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AndroidManagedAppProtection) -> Self {
        Self::AndroidManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AndroidManagedAppRegistration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AndroidManagedAppRegistration) -> Self {
        Self::AndroidManagedAppRegistration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AndroidStoreApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AndroidStoreApp) -> Self {
        Self::AndroidStoreApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AndroidWorkProfileCompliancePolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AndroidWorkProfileCompliancePolicy) -> Self {
        Self::AndroidWorkProfileCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AndroidWorkProfileCustomConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AndroidWorkProfileCustomConfiguration) -> Self {
        Self::AndroidWorkProfileCustomConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AndroidWorkProfileGeneralDeviceConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AndroidWorkProfileGeneralDeviceConfiguration) -> Self {
        Self::AndroidWorkProfileGeneralDeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AnonymousGuestConversationMember> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AnonymousGuestConversationMember) -> Self {
        Self::AnonymousGuestConversationMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_app_catalogs_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AppCatalogs> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AppCatalogs) -> Self {
        Self::AppCatalogs(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AppConsentApprovalRoute> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AppConsentApprovalRoute) -> Self {
        Self::AppConsentApprovalRoute(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AppConsentRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AppConsentRequest) -> Self {
        Self::AppConsentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AppLogCollectionRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AppLogCollectionRequest) -> Self {
        Self::AppLogCollectionRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AppManagementPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AppManagementPolicy) -> Self {
        Self::AppManagementPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AppRoleAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AppRoleAssignment) -> Self {
        Self::AppRoleAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AppScope> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AppScope) -> Self {
        Self::AppScope(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AppleDeviceFeaturesConfigurationBase>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AppleDeviceFeaturesConfigurationBase) -> Self {
        Self::AppleDeviceFeaturesConfigurationBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AppleManagedIdentityProvider> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AppleManagedIdentityProvider) -> Self {
        Self::AppleManagedIdentityProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ApplePushNotificationCertificate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ApplePushNotificationCertificate) -> Self {
        Self::ApplePushNotificationCertificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Application> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Application) -> Self {
        Self::Application(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_application_templates_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ApplicationTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ApplicationTemplate) -> Self {
        Self::ApplicationTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Approval> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Approval) -> Self {
        Self::Approval(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ApprovalStage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ApprovalStage) -> Self {
        Self::ApprovalStage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ApprovedClientApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ApprovedClientApp) -> Self {
        Self::ApprovedClientApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ArkoseFraudProtectionProvider> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ArkoseFraudProtectionProvider) -> Self {
        Self::ArkoseFraudProtectionProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AssociatedTeamInfo> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AssociatedTeamInfo) -> Self {
        Self::AssociatedTeamInfo(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Attachment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Attachment) -> Self {
        Self::Attachment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AttachmentBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AttachmentBase) -> Self {
        Self::AttachmentBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AttachmentSession> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AttachmentSession) -> Self {
        Self::AttachmentSession(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AttackSimulationOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AttackSimulationOperation) -> Self {
        Self::AttackSimulationOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AttackSimulationRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AttackSimulationRoot) -> Self {
        Self::AttackSimulationRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AttendanceRecord> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AttendanceRecord) -> Self {
        Self::AttendanceRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_functions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AttributeMappingFunctionSchema> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AttributeMappingFunctionSchema) -> Self {
        Self::AttributeMappingFunctionSchema(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_directory_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AttributeSet> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AttributeSet) -> Self {
        Self::AttributeSet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AudioRoutingGroup> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AudioRoutingGroup) -> Self {
        Self::AudioRoutingGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AuditEvent> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AuditEvent) -> Self {
        Self::AuditEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Authentication> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Authentication) -> Self {
        Self::Authentication(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AuthenticationCombinationConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AuthenticationCombinationConfiguration) -> Self {
        Self::AuthenticationCombinationConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AuthenticationContextClassReference> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AuthenticationContextClassReference) -> Self {
        Self::AuthenticationContextClassReference(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AuthenticationEventListener> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AuthenticationEventListener) -> Self {
        Self::AuthenticationEventListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AuthenticationEventsFlow> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AuthenticationEventsFlow) -> Self {
        Self::AuthenticationEventsFlow(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AuthenticationFlowsPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AuthenticationFlowsPolicy) -> Self {
        Self::AuthenticationFlowsPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AuthenticationMethod> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AuthenticationMethod) -> Self {
        Self::AuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AuthenticationMethodConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AuthenticationMethodConfiguration) -> Self {
        Self::AuthenticationMethodConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AuthenticationMethodModeDetail> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AuthenticationMethodModeDetail) -> Self {
        Self::AuthenticationMethodModeDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AuthenticationMethodTarget> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AuthenticationMethodTarget) -> Self {
        Self::AuthenticationMethodTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_authentication_methods_policy_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AuthenticationMethodsPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AuthenticationMethodsPolicy) -> Self {
        Self::AuthenticationMethodsPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AuthenticationMethodsRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AuthenticationMethodsRoot) -> Self {
        Self::AuthenticationMethodsRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AuthenticationStrengthPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AuthenticationStrengthPolicy) -> Self {
        Self::AuthenticationStrengthPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AuthenticationStrengthRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AuthenticationStrengthRoot) -> Self {
        Self::AuthenticationStrengthRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_privacy_or_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AuthoredNote> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AuthoredNote) -> Self {
        Self::AuthoredNote(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AuthorizationPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AuthorizationPolicy) -> Self {
        Self::AuthorizationPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AvailableAccessPackage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AvailableAccessPackage) -> Self {
        Self::AvailableAccessPackage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::AzureCommunicationServicesUserConversationMember>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AzureCommunicationServicesUserConversationMember) -> Self {
        Self::AzureCommunicationServicesUserConversationMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::B2xIdentityUserFlow> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::B2xIdentityUserFlow) -> Self {
        Self::B2xIdentityUserFlow(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BackupRestoreRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BackupRestoreRoot) -> Self {
        Self::BackupRestoreRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BaseItem> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BaseItem) -> Self {
        Self::BaseItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BaseItemVersion> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BaseItemVersion) -> Self {
        Self::BaseItemVersion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BaseMapFeature> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BaseMapFeature) -> Self {
        Self::BaseMapFeature(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BaseSitePage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BaseSitePage) -> Self {
        Self::BaseSitePage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_information_protection_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Bitlocker> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Bitlocker) -> Self {
        Self::Bitlocker(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_information_protection_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BitlockerRecoveryKey> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BitlockerRecoveryKey) -> Self {
        Self::BitlockerRecoveryKey(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BookingAppointment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BookingAppointment) -> Self {
        Self::BookingAppointment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BookingBusiness> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BookingBusiness) -> Self {
        Self::BookingBusiness(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BookingCurrency> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BookingCurrency) -> Self {
        Self::BookingCurrency(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BookingCustomQuestion> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BookingCustomQuestion) -> Self {
        Self::BookingCustomQuestion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BookingCustomer> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BookingCustomer) -> Self {
        Self::BookingCustomer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BookingCustomerBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BookingCustomerBase) -> Self {
        Self::BookingCustomerBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BookingService> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BookingService) -> Self {
        Self::BookingService(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BookingStaffMember> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BookingStaffMember) -> Self {
        Self::BookingStaffMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BookingStaffMemberBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BookingStaffMemberBase) -> Self {
        Self::BookingStaffMemberBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BrowseSessionBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BrowseSessionBase) -> Self {
        Self::BrowseSessionBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BrowserSharedCookie> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BrowserSharedCookie) -> Self {
        Self::BrowserSharedCookie(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BrowserSite> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BrowserSite) -> Self {
        Self::BrowserSite(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BrowserSiteList> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BrowserSiteList) -> Self {
        Self::BrowserSiteList(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Building> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Building) -> Self {
        Self::Building(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BuildingMap> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BuildingMap) -> Self {
        Self::BuildingMap(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BuiltInIdentityProvider> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BuiltInIdentityProvider) -> Self {
        Self::BuiltInIdentityProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::BulkUpload> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BulkUpload) -> Self {
        Self::BulkUpload(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CaPoliciesDeletableRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CaPoliciesDeletableRoot) -> Self {
        Self::CaPoliciesDeletableRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Calendar> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Calendar) -> Self {
        Self::Calendar(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CalendarGroup> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CalendarGroup) -> Self {
        Self::CalendarGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CalendarPermission> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CalendarPermission) -> Self {
        Self::CalendarPermission(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CalendarSharingMessage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CalendarSharingMessage) -> Self {
        Self::CalendarSharingMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Call> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Call) -> Self {
        Self::Call(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_copilot_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CallAiInsight> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CallAiInsight) -> Self {
        Self::CallAiInsight(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CallEvent> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CallEvent) -> Self {
        Self::CallEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_communications)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CallRecording> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CallRecording) -> Self {
        Self::CallRecording(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::call_records::CallRecord> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::call_records::CallRecord) -> Self {
        Self::CallRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::call_records::Organizer> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::call_records::Organizer) -> Self {
        Self::Organizer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::call_records::Participant> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::call_records::Participant) -> Self {
        Self::CallRecordsParticipant(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::call_records::ParticipantBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::call_records::ParticipantBase) -> Self {
        Self::ParticipantBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::call_records::Segment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::call_records::Segment) -> Self {
        Self::Segment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::call_records::Session> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::call_records::Session) -> Self {
        Self::Session(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_communications)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CallTranscript> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CallTranscript) -> Self {
        Self::CallTranscript(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CancelMediaProcessingOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CancelMediaProcessingOperation) -> Self {
        Self::CancelMediaProcessingOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CanvasLayout> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CanvasLayout) -> Self {
        Self::CanvasLayout(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CertificateAuthorityDetail> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CertificateAuthorityDetail) -> Self {
        Self::CertificateAuthorityDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_certificate_based_auth_configuration)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CertificateBasedAuthConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CertificateBasedAuthConfiguration) -> Self {
        Self::CertificateBasedAuthConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CertificateBasedAuthPki> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CertificateBasedAuthPki) -> Self {
        Self::CertificateBasedAuthPki(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ChangeTrackedEntity> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ChangeTrackedEntity) -> Self {
        Self::ChangeTrackedEntity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Channel> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Channel) -> Self {
        Self::Channel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Chat> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Chat) -> Self {
        Self::Chat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ChatMessage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ChatMessage) -> Self {
        Self::ChatMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ChatMessageHostedContent> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ChatMessageHostedContent) -> Self {
        Self::ChatMessageHostedContent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ChatMessageInfo> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ChatMessageInfo) -> Self {
        Self::ChatMessageInfo(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ChecklistItem> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ChecklistItem) -> Self {
        Self::ChecklistItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ClaimsMappingPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ClaimsMappingPolicy) -> Self {
        Self::ClaimsMappingPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CloudClipboardItem> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CloudClipboardItem) -> Self {
        Self::CloudClipboardItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CloudClipboardRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CloudClipboardRoot) -> Self {
        Self::CloudClipboardRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CloudFlareWebApplicationFirewallProvider>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CloudFlareWebApplicationFirewallProvider) -> Self {
        Self::CloudFlareWebApplicationFirewallProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CloudPc> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CloudPc) -> Self {
        Self::CloudPc(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CloudPcAuditEvent> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CloudPcAuditEvent) -> Self {
        Self::CloudPcAuditEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CloudPcDeviceImage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CloudPcDeviceImage) -> Self {
        Self::CloudPcDeviceImage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CloudPcGalleryImage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CloudPcGalleryImage) -> Self {
        Self::CloudPcGalleryImage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CloudPcOnPremisesConnection> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CloudPcOnPremisesConnection) -> Self {
        Self::CloudPcOnPremisesConnection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CloudPcProvisioningPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CloudPcProvisioningPolicy) -> Self {
        Self::CloudPcProvisioningPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CloudPcProvisioningPolicyAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CloudPcProvisioningPolicyAssignment) -> Self {
        Self::CloudPcProvisioningPolicyAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CloudPcReport> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CloudPcReport) -> Self {
        Self::CloudPcReport(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CloudPcServicePlan> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CloudPcServicePlan) -> Self {
        Self::CloudPcServicePlan(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CloudPcUserSetting> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CloudPcUserSetting) -> Self {
        Self::CloudPcUserSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CloudPcUserSettingAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CloudPcUserSettingAssignment) -> Self {
        Self::CloudPcUserSettingAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ColumnDefinition> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ColumnDefinition) -> Self {
        Self::ColumnDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ColumnLink> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ColumnLink) -> Self {
        Self::ColumnLink(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CommsOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CommsOperation) -> Self {
        Self::CommsOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_employee_experience_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Community> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Community) -> Self {
        Self::Community(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_directory_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CompanySubscription> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CompanySubscription) -> Self {
        Self::CompanySubscription(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ComplianceManagementPartner> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ComplianceManagementPartner) -> Self {
        Self::ComplianceManagementPartner(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ConditionalAccessRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ConditionalAccessRoot) -> Self {
        Self::ConditionalAccessRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ConditionalAccessTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ConditionalAccessTemplate) -> Self {
        Self::ConditionalAccessTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ConfigurationBaseline> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ConfigurationBaseline) -> Self {
        Self::ConfigurationBaseline(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ConfigurationDrift> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ConfigurationDrift) -> Self {
        Self::ConfigurationDrift(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ConfigurationManagement> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ConfigurationManagement) -> Self {
        Self::ConfigurationManagement(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ConfigurationMonitor> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ConfigurationMonitor) -> Self {
        Self::ConfigurationMonitor(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ConfigurationMonitoringResult> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ConfigurationMonitoringResult) -> Self {
        Self::ConfigurationMonitoringResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ConfigurationSnapshotJob> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ConfigurationSnapshotJob) -> Self {
        Self::ConfigurationSnapshotJob(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ConnectedOrganization> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ConnectedOrganization) -> Self {
        Self::ConnectedOrganization(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Contact> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Contact) -> Self {
        Self::Contact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ContactFolder> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ContactFolder) -> Self {
        Self::ContactFolder(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ContentActivity> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ContentActivity) -> Self {
        Self::ContentActivity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ContentSharingSession> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ContentSharingSession) -> Self {
        Self::ContentSharingSession(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ContentType> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ContentType) -> Self {
        Self::ContentType(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Contract> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Contract) -> Self {
        Self::Contract(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ControlConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ControlConfiguration) -> Self {
        Self::ControlConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Conversation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Conversation) -> Self {
        Self::Conversation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ConversationMember> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ConversationMember) -> Self {
        Self::ConversationMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ConversationThread> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ConversationThread) -> Self {
        Self::ConversationThread(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_copilot_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CopilotAdmin> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CopilotAdmin) -> Self {
        Self::CopilotAdmin(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_copilot_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CopilotAdminCatalog> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CopilotAdminCatalog) -> Self {
        Self::CopilotAdminCatalog(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_copilot_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CopilotAdminLimitedMode> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CopilotAdminLimitedMode) -> Self {
        Self::CopilotAdminLimitedMode(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_copilot_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CopilotAdminSetting> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CopilotAdminSetting) -> Self {
        Self::CopilotAdminSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_copilot_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CopilotPackage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CopilotPackage) -> Self {
        Self::CopilotPackage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_copilot_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CopilotPackageDetail> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CopilotPackageDetail) -> Self {
        Self::CopilotPackageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_copilot_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CopilotReportRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CopilotReportRoot) -> Self {
        Self::CopilotReportRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CrossTenantAccessPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CrossTenantAccessPolicy) -> Self {
        Self::CrossTenantAccessPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CrossTenantAccessPolicyConfigurationDefault>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CrossTenantAccessPolicyConfigurationDefault) -> Self {
        Self::CrossTenantAccessPolicyConfigurationDefault(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CustomAuthenticationExtension> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CustomAuthenticationExtension) -> Self {
        Self::CustomAuthenticationExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CustomCalloutExtension> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CustomCalloutExtension) -> Self {
        Self::CustomCalloutExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CustomDataProvidedResource> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CustomDataProvidedResource) -> Self {
        Self::CustomDataProvidedResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CustomDataProvidedResourceAccessReviewUploadSession>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CustomDataProvidedResourceAccessReviewUploadSession) -> Self {
        Self::CustomDataProvidedResourceAccessReviewUploadSession(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CustomDataProvidedResourceFile> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CustomDataProvidedResourceFile) -> Self {
        Self::CustomDataProvidedResourceFile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CustomDataProvidedResourceUploadSession>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CustomDataProvidedResourceUploadSession) -> Self {
        Self::CustomDataProvidedResourceUploadSession(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CustomExtensionStageSetting> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CustomExtensionStageSetting) -> Self {
        Self::CustomExtensionStageSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_directory_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::CustomSecurityAttributeDefinition> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CustomSecurityAttributeDefinition) -> Self {
        Self::CustomSecurityAttributeDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_data_policy_operations_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DataPolicyOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DataPolicyOperation) -> Self {
        Self::DataPolicyOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DataSecurityAndGovernance> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DataSecurityAndGovernance) -> Self {
        Self::DataSecurityAndGovernance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DayNote> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DayNote) -> Self {
        Self::DayNote(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DefaultManagedAppProtection> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DefaultManagedAppProtection) -> Self {
        Self::DefaultManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DelegatedAdminAccessAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DelegatedAdminAccessAssignment) -> Self {
        Self::DelegatedAdminAccessAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DelegatedAdminCustomer> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DelegatedAdminCustomer) -> Self {
        Self::DelegatedAdminCustomer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DelegatedAdminRelationship> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DelegatedAdminRelationship) -> Self {
        Self::DelegatedAdminRelationship(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DelegatedAdminRelationshipOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DelegatedAdminRelationshipOperation) -> Self {
        Self::DelegatedAdminRelationshipOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DelegatedAdminRelationshipRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DelegatedAdminRelationshipRequest) -> Self {
        Self::DelegatedAdminRelationshipRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DelegatedAdminServiceManagementDetail>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DelegatedAdminServiceManagementDetail) -> Self {
        Self::DelegatedAdminServiceManagementDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DelegatedAdminServiceProviderConstraints>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DelegatedAdminServiceProviderConstraints) -> Self {
        Self::DelegatedAdminServiceProviderConstraints(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DelegatedPermissionClassification> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DelegatedPermissionClassification) -> Self {
        Self::DelegatedPermissionClassification(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeletedChat> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeletedChat) -> Self {
        Self::DeletedChat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeletedItemContainer> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeletedItemContainer) -> Self {
        Self::DeletedItemContainer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeletedTeam> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeletedTeam) -> Self {
        Self::DeletedTeam(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeltaParticipants> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeltaParticipants) -> Self {
        Self::DeltaParticipants(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Desk> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Desk) -> Self {
        Self::Desk(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DetectedApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DetectedApp) -> Self {
        Self::DetectedApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Device> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Device) -> Self {
        Self::Device(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceAndAppManagementRoleAssignment>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceAndAppManagementRoleAssignment) -> Self {
        Self::DeviceAndAppManagementRoleAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceAndAppManagementRoleDefinition>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceAndAppManagementRoleDefinition) -> Self {
        Self::DeviceAndAppManagementRoleDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceAppManagement> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceAppManagement) -> Self {
        Self::DeviceAppManagement(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceCategory> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceCategory) -> Self {
        Self::DeviceCategory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceComplianceActionItem> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceComplianceActionItem) -> Self {
        Self::DeviceComplianceActionItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceComplianceDeviceOverview> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceComplianceDeviceOverview) -> Self {
        Self::DeviceComplianceDeviceOverview(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceComplianceDeviceStatus> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceComplianceDeviceStatus) -> Self {
        Self::DeviceComplianceDeviceStatus(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceCompliancePolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceCompliancePolicy) -> Self {
        Self::DeviceCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceCompliancePolicyAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceCompliancePolicyAssignment) -> Self {
        Self::DeviceCompliancePolicyAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceCompliancePolicyDeviceStateSummary>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceCompliancePolicyDeviceStateSummary) -> Self {
        Self::DeviceCompliancePolicyDeviceStateSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceCompliancePolicySettingStateSummary>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceCompliancePolicySettingStateSummary) -> Self {
        Self::DeviceCompliancePolicySettingStateSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceCompliancePolicyState> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceCompliancePolicyState) -> Self {
        Self::DeviceCompliancePolicyState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceComplianceScheduledActionForRule>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceComplianceScheduledActionForRule) -> Self {
        Self::DeviceComplianceScheduledActionForRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceComplianceSettingState> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceComplianceSettingState) -> Self {
        Self::DeviceComplianceSettingState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceComplianceUserOverview> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceComplianceUserOverview) -> Self {
        Self::DeviceComplianceUserOverview(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceComplianceUserStatus> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceComplianceUserStatus) -> Self {
        Self::DeviceComplianceUserStatus(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceConfiguration) -> Self {
        Self::DeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceConfigurationAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceConfigurationAssignment) -> Self {
        Self::DeviceConfigurationAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceConfigurationDeviceOverview> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceConfigurationDeviceOverview) -> Self {
        Self::DeviceConfigurationDeviceOverview(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceConfigurationDeviceStateSummary>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceConfigurationDeviceStateSummary) -> Self {
        Self::DeviceConfigurationDeviceStateSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceConfigurationDeviceStatus> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceConfigurationDeviceStatus) -> Self {
        Self::DeviceConfigurationDeviceStatus(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceConfigurationState> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceConfigurationState) -> Self {
        Self::DeviceConfigurationState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceConfigurationUserOverview> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceConfigurationUserOverview) -> Self {
        Self::DeviceConfigurationUserOverview(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceConfigurationUserStatus> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceConfigurationUserStatus) -> Self {
        Self::DeviceConfigurationUserStatus(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceEnrollmentConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceEnrollmentConfiguration) -> Self {
        Self::DeviceEnrollmentConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceEnrollmentLimitConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceEnrollmentLimitConfiguration) -> Self {
        Self::DeviceEnrollmentLimitConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceEnrollmentPlatformRestrictionsConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceEnrollmentPlatformRestrictionsConfiguration) -> Self {
        Self::DeviceEnrollmentPlatformRestrictionsConfiguration(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::DeviceEnrollmentWindowsHelloForBusinessConfiguration,
> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceEnrollmentWindowsHelloForBusinessConfiguration) -> Self {
        Self::DeviceEnrollmentWindowsHelloForBusinessConfiguration(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceInstallState> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceInstallState) -> Self {
        Self::DeviceInstallState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_directory_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceLocalCredentialInfo> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceLocalCredentialInfo) -> Self {
        Self::DeviceLocalCredentialInfo(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceLogCollectionResponse> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceLogCollectionResponse) -> Self {
        Self::DeviceLogCollectionResponse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceManagement> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceManagement) -> Self {
        Self::DeviceManagement(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceManagementCachedReportConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceManagementCachedReportConfiguration) -> Self {
        Self::DeviceManagementCachedReportConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceManagementExchangeConnector> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceManagementExchangeConnector) -> Self {
        Self::DeviceManagementExchangeConnector(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceManagementExportJob> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceManagementExportJob) -> Self {
        Self::DeviceManagementExportJob(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceManagementPartner> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceManagementPartner) -> Self {
        Self::DeviceManagementPartner(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceManagementReports> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceManagementReports) -> Self {
        Self::DeviceManagementReports(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceManagementTroubleshootingEvent>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceManagementTroubleshootingEvent) -> Self {
        Self::DeviceManagementTroubleshootingEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DeviceRegistrationPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceRegistrationPolicy) -> Self {
        Self::DeviceRegistrationPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_directory_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Directory> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Directory) -> Self {
        Self::Directory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_audit_logs_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DirectoryAudit> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DirectoryAudit) -> Self {
        Self::DirectoryAudit(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DirectoryDefinition> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DirectoryDefinition) -> Self {
        Self::DirectoryDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DirectoryObject> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DirectoryObject) -> Self {
        Self::DirectoryObject(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DirectoryObjectPartnerReference> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DirectoryObjectPartnerReference) -> Self {
        Self::DirectoryObjectPartnerReference(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DirectoryRole> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DirectoryRole) -> Self {
        Self::DirectoryRole(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DirectoryRoleTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DirectoryRoleTemplate) -> Self {
        Self::DirectoryRoleTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DocumentSetVersion> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DocumentSetVersion) -> Self {
        Self::DocumentSetVersion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_domains_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Domain> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Domain) -> Self {
        Self::Domain(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DomainDnsCnameRecord> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DomainDnsCnameRecord) -> Self {
        Self::DomainDnsCnameRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DomainDnsMxRecord> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DomainDnsMxRecord) -> Self {
        Self::DomainDnsMxRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DomainDnsRecord> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DomainDnsRecord) -> Self {
        Self::DomainDnsRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DomainDnsSrvRecord> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DomainDnsSrvRecord) -> Self {
        Self::DomainDnsSrvRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DomainDnsTxtRecord> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DomainDnsTxtRecord) -> Self {
        Self::DomainDnsTxtRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_domain_dns_records_or_domains_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DomainDnsUnavailableRecord> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DomainDnsUnavailableRecord) -> Self {
        Self::DomainDnsUnavailableRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Drive> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Drive) -> Self {
        Self::Drive(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DriveItem> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DriveItem) -> Self {
        Self::DriveItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DriveItemVersion> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DriveItemVersion) -> Self {
        Self::DriveItemVersion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DriveProtectionRule> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DriveProtectionRule) -> Self {
        Self::DriveProtectionRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DriveProtectionUnit> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DriveProtectionUnit) -> Self {
        Self::DriveProtectionUnit(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DriveProtectionUnitsBulkAdditionJob> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DriveProtectionUnitsBulkAdditionJob) -> Self {
        Self::DriveProtectionUnitsBulkAdditionJob(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DriveRestoreArtifact> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DriveRestoreArtifact) -> Self {
        Self::DriveRestoreArtifact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::DriveRestoreArtifactsBulkAdditionRequest>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DriveRestoreArtifactsBulkAdditionRequest) -> Self {
        Self::DriveRestoreArtifactsBulkAdditionRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EBookInstallSummary> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EBookInstallSummary) -> Self {
        Self::EBookInstallSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Edge> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Edge) -> Self {
        Self::Edge(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EditionUpgradeConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EditionUpgradeConfiguration) -> Self {
        Self::EditionUpgradeConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationAssignment) -> Self {
        Self::EducationAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationAssignmentDefaults> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationAssignmentDefaults) -> Self {
        Self::EducationAssignmentDefaults(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationAssignmentResource> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationAssignmentResource) -> Self {
        Self::EducationAssignmentResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationAssignmentSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationAssignmentSettings) -> Self {
        Self::EducationAssignmentSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationCategory> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationCategory) -> Self {
        Self::EducationCategory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationClass> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationClass) -> Self {
        Self::EducationClass(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationFeedbackOutcome> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationFeedbackOutcome) -> Self {
        Self::EducationFeedbackOutcome(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationFeedbackResourceOutcome> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationFeedbackResourceOutcome) -> Self {
        Self::EducationFeedbackResourceOutcome(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationGradingCategory> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationGradingCategory) -> Self {
        Self::EducationGradingCategory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationGradingScheme> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationGradingScheme) -> Self {
        Self::EducationGradingScheme(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationModule> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationModule) -> Self {
        Self::EducationModule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationModuleResource> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationModuleResource) -> Self {
        Self::EducationModuleResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationOrganization> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationOrganization) -> Self {
        Self::EducationOrganization(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationOutcome> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationOutcome) -> Self {
        Self::EducationOutcome(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationPointsOutcome> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationPointsOutcome) -> Self {
        Self::EducationPointsOutcome(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationRubric> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationRubric) -> Self {
        Self::EducationRubric(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationRubricOutcome> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationRubricOutcome) -> Self {
        Self::EducationRubricOutcome(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationSchool> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationSchool) -> Self {
        Self::EducationSchool(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationSubmission> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationSubmission) -> Self {
        Self::EducationSubmission(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationSubmissionResource> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationSubmissionResource) -> Self {
        Self::EducationSubmissionResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EducationUser> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationUser) -> Self {
        Self::EducationUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EmailAuthenticationMethod> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EmailAuthenticationMethod) -> Self {
        Self::EmailAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EmailAuthenticationMethodConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EmailAuthenticationMethodConfiguration) -> Self {
        Self::EmailAuthenticationMethodConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_information_protection_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EmailFileAssessmentRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EmailFileAssessmentRequest) -> Self {
        Self::EmailFileAssessmentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EmailNotificationsSetting> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EmailNotificationsSetting) -> Self {
        Self::EmailNotificationsSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EmergencyCallEvent> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EmergencyCallEvent) -> Self {
        Self::EmergencyCallEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EmployeeExperienceUser> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EmployeeExperienceUser) -> Self {
        Self::EmployeeExperienceUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EndUserNotification> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EndUserNotification) -> Self {
        Self::EndUserNotification(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EndUserNotificationDetail> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EndUserNotificationDetail) -> Self {
        Self::EndUserNotificationDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EndUserSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EndUserSettings) -> Self {
        Self::EndUserSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Endpoint> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Endpoint) -> Self {
        Self::Endpoint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_employee_experience)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EngagementAsyncOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EngagementAsyncOperation) -> Self {
        Self::EngagementAsyncOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EngagementConversation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EngagementConversation) -> Self {
        Self::EngagementConversation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EngagementConversationDiscussionMessage>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EngagementConversationDiscussionMessage) -> Self {
        Self::EngagementConversationDiscussionMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EngagementConversationMessage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EngagementConversationMessage) -> Self {
        Self::EngagementConversationMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EngagementConversationMessageReaction>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EngagementConversationMessageReaction) -> Self {
        Self::EngagementConversationMessageReaction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EngagementConversationQuestionMessage>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EngagementConversationQuestionMessage) -> Self {
        Self::EngagementConversationQuestionMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EngagementConversationSystemMessage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EngagementConversationSystemMessage) -> Self {
        Self::EngagementConversationSystemMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_employee_experience)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EngagementRole> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EngagementRole) -> Self {
        Self::EngagementRole(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_employee_experience)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EngagementRoleMember> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EngagementRoleMember) -> Self {
        Self::EngagementRoleMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EnrollmentConfigurationAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EnrollmentConfigurationAssignment) -> Self {
        Self::EnrollmentConfigurationAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EnrollmentTroubleshootingEvent> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EnrollmentTroubleshootingEvent) -> Self {
        Self::EnrollmentTroubleshootingEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EnterpriseCodeSigningCertificate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EnterpriseCodeSigningCertificate) -> Self {
        Self::EnterpriseCodeSigningCertificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EntitlementManagement> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EntitlementManagement) -> Self {
        Self::EntitlementManagement(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EntitlementManagementSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EntitlementManagementSettings) -> Self {
        Self::EntitlementManagementSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_directory_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::entra_recovery_services::Recovery> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::entra_recovery_services::Recovery) -> Self {
        Self::Recovery(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_directory_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::entra_recovery_services::RecoveryChangeObjectBase>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::entra_recovery_services::RecoveryChangeObjectBase) -> Self {
        Self::RecoveryChangeObjectBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_directory_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::entra_recovery_services::RecoveryJob>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::entra_recovery_services::RecoveryJob) -> Self {
        Self::RecoveryJob(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_directory_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::entra_recovery_services::RecoveryJobBase>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::entra_recovery_services::RecoveryJobBase) -> Self {
        Self::RecoveryJobBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_directory_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::entra_recovery_services::RecoveryPreviewJob>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::entra_recovery_services::RecoveryPreviewJob) -> Self {
        Self::RecoveryPreviewJob(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_directory_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::entra_recovery_services::Snapshot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::entra_recovery_services::Snapshot) -> Self {
        Self::Snapshot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Event> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Event) -> Self {
        Self::Event(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EventMessage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EventMessage) -> Self {
        Self::EventMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EventMessageRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EventMessageRequest) -> Self {
        Self::EventMessageRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::EventMessageResponse> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EventMessageResponse) -> Self {
        Self::EventMessageResponse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ExchangeAdmin> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ExchangeAdmin) -> Self {
        Self::ExchangeAdmin(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ExchangeMessageTrace> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ExchangeMessageTrace) -> Self {
        Self::ExchangeMessageTrace(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ExchangeMessageTraceDetail> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ExchangeMessageTraceDetail) -> Self {
        Self::ExchangeMessageTraceDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ExchangeProtectionPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ExchangeProtectionPolicy) -> Self {
        Self::ExchangeProtectionPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ExchangeRestoreSession> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ExchangeRestoreSession) -> Self {
        Self::ExchangeRestoreSession(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ExchangeSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ExchangeSettings) -> Self {
        Self::ExchangeSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Extension> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Extension) -> Self {
        Self::Extension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ExtensionProperty> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ExtensionProperty) -> Self {
        Self::ExtensionProperty(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ExternalAuthenticationMethod> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ExternalAuthenticationMethod) -> Self {
        Self::ExternalAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ExternalAuthenticationMethodConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ExternalAuthenticationMethodConfiguration) -> Self {
        Self::ExternalAuthenticationMethodConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_connections_or_external_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::external_connectors::ConnectionOperation>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::external_connectors::ConnectionOperation) -> Self {
        Self::ConnectionOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_connections_or_external_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::external_connectors::ExternalActivity>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::external_connectors::ExternalActivity) -> Self {
        Self::ExternalActivity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_connections_or_external_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::external_connectors::ExternalActivityResult>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::external_connectors::ExternalActivityResult) -> Self {
        Self::ExternalActivityResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_connections_or_external_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::external_connectors::ExternalConnection>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::external_connectors::ExternalConnection) -> Self {
        Self::ExternalConnection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_connections_or_external_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::external_connectors::ExternalGroup> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::external_connectors::ExternalGroup) -> Self {
        Self::ExternalGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_connections_or_external_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::external_connectors::ExternalItem> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::external_connectors::ExternalItem) -> Self {
        Self::ExternalItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_connections_or_external_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::external_connectors::Identity> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::external_connectors::Identity) -> Self {
        Self::ExternalConnectorsIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_connections_or_external_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::external_connectors::Schema> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::external_connectors::Schema) -> Self {
        Self::Schema(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ExternalDomainName> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ExternalDomainName) -> Self {
        Self::ExternalDomainName(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ExternalUsersSelfServiceSignUpEventsFlow>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ExternalUsersSelfServiceSignUpEventsFlow) -> Self {
        Self::ExternalUsersSelfServiceSignUpEventsFlow(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::FeatureRolloutPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::FeatureRolloutPolicy) -> Self {
        Self::FeatureRolloutPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::FederatedIdentityCredential> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::FederatedIdentityCredential) -> Self {
        Self::FederatedIdentityCredential(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::FederatedTokenValidationPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::FederatedTokenValidationPolicy) -> Self {
        Self::FederatedTokenValidationPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Fido2AuthenticationMethod> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Fido2AuthenticationMethod) -> Self {
        Self::Fido2AuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Fido2AuthenticationMethodConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Fido2AuthenticationMethodConfiguration) -> Self {
        Self::Fido2AuthenticationMethodConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Fido2CombinationConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Fido2CombinationConfiguration) -> Self {
        Self::Fido2CombinationConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::FieldValueSet> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::FieldValueSet) -> Self {
        Self::FieldValueSet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_information_protection_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::FileAssessmentRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::FileAssessmentRequest) -> Self {
        Self::FileAssessmentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::FileAttachment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::FileAttachment) -> Self {
        Self::FileAttachment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::FileStorage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::FileStorage) -> Self {
        Self::FileStorage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::FileStorageContainer> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::FileStorageContainer) -> Self {
        Self::FileStorageContainer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::FileStorageContainerType> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::FileStorageContainerType) -> Self {
        Self::FileStorageContainerType(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::FileStorageContainerTypeRegistration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::FileStorageContainerTypeRegistration) -> Self {
        Self::FileStorageContainerTypeRegistration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_filter_operators)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::FilterOperatorSchema> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::FilterOperatorSchema) -> Self {
        Self::FilterOperatorSchema(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::FixtureMap> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::FixtureMap) -> Self {
        Self::FixtureMap(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Floor> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Floor) -> Self {
        Self::Floor(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::FootprintMap> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::FootprintMap) -> Self {
        Self::FootprintMap(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::FraudProtectionProvider> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::FraudProtectionProvider) -> Self {
        Self::FraudProtectionProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::GovernanceInsight> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::GovernanceInsight) -> Self {
        Self::GovernanceInsight(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::GranularDriveRestoreArtifact> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::GranularDriveRestoreArtifact) -> Self {
        Self::GranularDriveRestoreArtifact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::GranularMailboxRestoreArtifact> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::GranularMailboxRestoreArtifact) -> Self {
        Self::GranularMailboxRestoreArtifact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::GranularRestoreArtifactBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::GranularRestoreArtifactBase) -> Self {
        Self::GranularRestoreArtifactBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::GranularSiteRestoreArtifact> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::GranularSiteRestoreArtifact) -> Self {
        Self::GranularSiteRestoreArtifact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Group> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Group) -> Self {
        Self::Group(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_group_lifecycle_policies)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::GroupLifecyclePolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::GroupLifecyclePolicy) -> Self {
        Self::GroupLifecyclePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_group_settings)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::GroupSetting> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::GroupSetting) -> Self {
        Self::GroupSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::GroupSettingTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::GroupSettingTemplate) -> Self {
        Self::GroupSettingTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::HomeRealmDiscoveryPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::HomeRealmDiscoveryPolicy) -> Self {
        Self::HomeRealmDiscoveryPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::HorizontalSection> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::HorizontalSection) -> Self {
        Self::HorizontalSection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::HorizontalSectionColumn> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::HorizontalSectionColumn) -> Self {
        Self::HorizontalSectionColumn(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::HumanSecurityFraudProtectionProvider>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::HumanSecurityFraudProtectionProvider) -> Self {
        Self::HumanSecurityFraudProtectionProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IdentityApiConnector> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IdentityApiConnector) -> Self {
        Self::IdentityApiConnector(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IdentityBuiltInUserFlowAttribute> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IdentityBuiltInUserFlowAttribute) -> Self {
        Self::IdentityBuiltInUserFlowAttribute(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IdentityContainer> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IdentityContainer) -> Self {
        Self::IdentityContainer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IdentityCustomUserFlowAttribute> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IdentityCustomUserFlowAttribute) -> Self {
        Self::IdentityCustomUserFlowAttribute(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::identity_governance::CustomTaskExtension>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::identity_governance::CustomTaskExtension) -> Self {
        Self::CustomTaskExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::identity_governance::Insights> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::identity_governance::Insights) -> Self {
        Self::Insights(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::identity_governance::LifecycleManagementSettings>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::identity_governance::LifecycleManagementSettings) -> Self {
        Self::LifecycleManagementSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::identity_governance::LifecycleWorkflowsContainer>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::identity_governance::LifecycleWorkflowsContainer) -> Self {
        Self::LifecycleWorkflowsContainer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::identity_governance::Run> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::identity_governance::Run) -> Self {
        Self::Run(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::identity_governance::Task> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::identity_governance::Task) -> Self {
        Self::Task(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::identity_governance::TaskDefinition> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::identity_governance::TaskDefinition) -> Self {
        Self::TaskDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::identity_governance::TaskProcessingResult>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::identity_governance::TaskProcessingResult) -> Self {
        Self::TaskProcessingResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::identity_governance::TaskReport> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::identity_governance::TaskReport) -> Self {
        Self::TaskReport(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::identity_governance::UserProcessingResult>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::identity_governance::UserProcessingResult) -> Self {
        Self::UserProcessingResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::identity_governance::WorkflowTemplate>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::identity_governance::WorkflowTemplate) -> Self {
        Self::WorkflowTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_providers_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IdentityProvider> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IdentityProvider) -> Self {
        Self::IdentityProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IdentityProviderBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IdentityProviderBase) -> Self {
        Self::IdentityProviderBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IdentitySecurityDefaultsEnforcementPolicy>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IdentitySecurityDefaultsEnforcementPolicy) -> Self {
        Self::IdentitySecurityDefaultsEnforcementPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IdentityUserFlow> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IdentityUserFlow) -> Self {
        Self::IdentityUserFlow(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IdentityUserFlowAttribute> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IdentityUserFlowAttribute) -> Self {
        Self::IdentityUserFlowAttribute(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IdentityUserFlowAttributeAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IdentityUserFlowAttributeAssignment) -> Self {
        Self::IdentityUserFlowAttributeAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IdentityVerifiedIdRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IdentityVerifiedIdRoot) -> Self {
        Self::IdentityVerifiedIdRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ImportedWindowsAutopilotDeviceIdentity>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ImportedWindowsAutopilotDeviceIdentity) -> Self {
        Self::ImportedWindowsAutopilotDeviceIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ImportedWindowsAutopilotDeviceIdentityUpload>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ImportedWindowsAutopilotDeviceIdentityUpload) -> Self {
        Self::ImportedWindowsAutopilotDeviceIdentityUpload(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::InferenceClassification> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::InferenceClassification) -> Self {
        Self::InferenceClassification(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::InferenceClassificationOverride> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::InferenceClassificationOverride) -> Self {
        Self::InferenceClassificationOverride(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::InsightsSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::InsightsSettings) -> Self {
        Self::InsightsSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::InternalDomainFederation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::InternalDomainFederation) -> Self {
        Self::InternalDomainFederation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::InternetExplorerMode> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::InternetExplorerMode) -> Self {
        Self::InternetExplorerMode(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_invitations_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Invitation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Invitation) -> Self {
        Self::Invitation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::InviteParticipantsOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::InviteParticipantsOperation) -> Self {
        Self::InviteParticipantsOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosCertificateProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosCertificateProfile) -> Self {
        Self::IosCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosCompliancePolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosCompliancePolicy) -> Self {
        Self::IosCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosCustomConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosCustomConfiguration) -> Self {
        Self::IosCustomConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosDeviceFeaturesConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosDeviceFeaturesConfiguration) -> Self {
        Self::IosDeviceFeaturesConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosGeneralDeviceConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosGeneralDeviceConfiguration) -> Self {
        Self::IosGeneralDeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosLobApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosLobApp) -> Self {
        Self::IosLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosLobAppProvisioningConfigurationAssignment>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosLobAppProvisioningConfigurationAssignment) -> Self {
        Self::IosLobAppProvisioningConfigurationAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosManagedAppProtection> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosManagedAppProtection) -> Self {
        Self::IosManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosManagedAppRegistration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosManagedAppRegistration) -> Self {
        Self::IosManagedAppRegistration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosMobileAppConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosMobileAppConfiguration) -> Self {
        Self::IosMobileAppConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosStoreApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosStoreApp) -> Self {
        Self::IosStoreApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosUpdateConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosUpdateConfiguration) -> Self {
        Self::IosUpdateConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosUpdateDeviceStatus> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosUpdateDeviceStatus) -> Self {
        Self::IosUpdateDeviceStatus(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosVppApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosVppApp) -> Self {
        Self::IosVppApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosVppEBook> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosVppEBook) -> Self {
        Self::IosVppEBook(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosVppEBookAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosVppEBookAssignment) -> Self {
        Self::IosVppEBookAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::IosiPadOsWebClip> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosiPadOsWebClip) -> Self {
        Self::IosiPadOsWebClip(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ItemActivity> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ItemActivity) -> Self {
        Self::ItemActivity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ItemActivityStat> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ItemActivityStat) -> Self {
        Self::ItemActivityStat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_drives_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ItemAnalytics> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ItemAnalytics) -> Self {
        Self::ItemAnalytics(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ItemAttachment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ItemAttachment) -> Self {
        Self::ItemAttachment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ItemInsights> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ItemInsights) -> Self {
        Self::ItemInsights(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_drives_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ItemRetentionLabel> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ItemRetentionLabel) -> Self {
        Self::ItemRetentionLabel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::LabelContentRight> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::LabelContentRight) -> Self {
        Self::LabelContentRight(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::LandingPage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::LandingPage) -> Self {
        Self::LandingPage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::LandingPageDetail> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::LandingPageDetail) -> Self {
        Self::LandingPageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_employee_experience_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::LearningAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::LearningAssignment) -> Self {
        Self::LearningAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_employee_experience_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::LearningContent> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::LearningContent) -> Self {
        Self::LearningContent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_employee_experience_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::LearningCourseActivity> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::LearningCourseActivity) -> Self {
        Self::LearningCourseActivity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_employee_experience_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::LearningProvider> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::LearningProvider) -> Self {
        Self::LearningProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_employee_experience_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::LearningSelfInitiatedCourse> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::LearningSelfInitiatedCourse) -> Self {
        Self::LearningSelfInitiatedCourse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::LevelMap> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::LevelMap) -> Self {
        Self::LevelMap(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::LicenseDetails> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::LicenseDetails) -> Self {
        Self::LicenseDetails(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::LinkedResource> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::LinkedResource) -> Self {
        Self::LinkedResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::List> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::List) -> Self {
        Self::List(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ListItem> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ListItem) -> Self {
        Self::ListItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ListItemVersion> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ListItemVersion) -> Self {
        Self::ListItemVersion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::LocalizedNotificationMessage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::LocalizedNotificationMessage) -> Self {
        Self::LocalizedNotificationMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::LoginPage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::LoginPage) -> Self {
        Self::LoginPage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_drives_or_employee_experience_or_security_and_2_more)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::LongRunningOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::LongRunningOperation) -> Self {
        Self::LongRunningOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::M365AppsInstallationOptions> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::M365AppsInstallationOptions) -> Self {
        Self::M365AppsInstallationOptions(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MacOsCompliancePolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MacOsCompliancePolicy) -> Self {
        Self::MacOsCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MacOsCustomConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MacOsCustomConfiguration) -> Self {
        Self::MacOsCustomConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MacOsDeviceFeaturesConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MacOsDeviceFeaturesConfiguration) -> Self {
        Self::MacOsDeviceFeaturesConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MacOsDmgApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MacOsDmgApp) -> Self {
        Self::MacOsDmgApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MacOsGeneralDeviceConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MacOsGeneralDeviceConfiguration) -> Self {
        Self::MacOsGeneralDeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MacOsLobApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MacOsLobApp) -> Self {
        Self::MacOsLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MacOsMicrosoftDefenderApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MacOsMicrosoftDefenderApp) -> Self {
        Self::MacOsMicrosoftDefenderApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MacOsMicrosoftEdgeApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MacOsMicrosoftEdgeApp) -> Self {
        Self::MacOsMicrosoftEdgeApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MacOsOfficeSuiteApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MacOsOfficeSuiteApp) -> Self {
        Self::MacOsOfficeSuiteApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_information_protection_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MailAssessmentRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MailAssessmentRequest) -> Self {
        Self::MailAssessmentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MailFolder> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MailFolder) -> Self {
        Self::MailFolder(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MailSearchFolder> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MailSearchFolder) -> Self {
        Self::MailSearchFolder(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Mailbox> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Mailbox) -> Self {
        Self::Mailbox(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MailboxFolder> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MailboxFolder) -> Self {
        Self::MailboxFolder(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MailboxItem> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MailboxItem) -> Self {
        Self::MailboxItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MailboxProtectionRule> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MailboxProtectionRule) -> Self {
        Self::MailboxProtectionRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MailboxProtectionUnit> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MailboxProtectionUnit) -> Self {
        Self::MailboxProtectionUnit(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MailboxProtectionUnitsBulkAdditionJob>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MailboxProtectionUnitsBulkAdditionJob) -> Self {
        Self::MailboxProtectionUnitsBulkAdditionJob(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MailboxRestoreArtifact> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MailboxRestoreArtifact) -> Self {
        Self::MailboxRestoreArtifact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MailboxRestoreArtifactsBulkAdditionRequest>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MailboxRestoreArtifactsBulkAdditionRequest) -> Self {
        Self::MailboxRestoreArtifactsBulkAdditionRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MalwareStateForWindowsDevice> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MalwareStateForWindowsDevice) -> Self {
        Self::MalwareStateForWindowsDevice(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedAndroidLobApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedAndroidLobApp) -> Self {
        Self::ManagedAndroidLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedAndroidStoreApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedAndroidStoreApp) -> Self {
        Self::ManagedAndroidStoreApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedApp) -> Self {
        Self::ManagedApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedAppConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedAppConfiguration) -> Self {
        Self::ManagedAppConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedAppOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedAppOperation) -> Self {
        Self::ManagedAppOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedAppPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedAppPolicy) -> Self {
        Self::ManagedAppPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedAppPolicyDeploymentSummary> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedAppPolicyDeploymentSummary) -> Self {
        Self::ManagedAppPolicyDeploymentSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedAppProtection> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedAppProtection) -> Self {
        Self::ManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedAppRegistration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedAppRegistration) -> Self {
        Self::ManagedAppRegistration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedAppStatus> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedAppStatus) -> Self {
        Self::ManagedAppStatus(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedAppStatusRaw> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedAppStatusRaw) -> Self {
        Self::ManagedAppStatusRaw(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_device_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedDevice> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedDevice) -> Self {
        Self::ManagedDevice(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedDeviceMobileAppConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedDeviceMobileAppConfiguration) -> Self {
        Self::ManagedDeviceMobileAppConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedDeviceMobileAppConfigurationAssignment>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedDeviceMobileAppConfigurationAssignment) -> Self {
        Self::ManagedDeviceMobileAppConfigurationAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedDeviceMobileAppConfigurationDeviceStatus>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedDeviceMobileAppConfigurationDeviceStatus) -> Self {
        Self::ManagedDeviceMobileAppConfigurationDeviceStatus(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedDeviceMobileAppConfigurationDeviceSummary>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedDeviceMobileAppConfigurationDeviceSummary) -> Self {
        Self::ManagedDeviceMobileAppConfigurationDeviceSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedDeviceMobileAppConfigurationUserStatus>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedDeviceMobileAppConfigurationUserStatus) -> Self {
        Self::ManagedDeviceMobileAppConfigurationUserStatus(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedDeviceMobileAppConfigurationUserSummary>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedDeviceMobileAppConfigurationUserSummary) -> Self {
        Self::ManagedDeviceMobileAppConfigurationUserSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedDeviceOverview> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedDeviceOverview) -> Self {
        Self::ManagedDeviceOverview(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedEBook> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedEBook) -> Self {
        Self::ManagedEBook(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedEBookAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedEBookAssignment) -> Self {
        Self::ManagedEBookAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedIosLobApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedIosLobApp) -> Self {
        Self::ManagedIosLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedIosStoreApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedIosStoreApp) -> Self {
        Self::ManagedIosStoreApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedMobileApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedMobileApp) -> Self {
        Self::ManagedMobileApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ManagedMobileLobApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedMobileLobApp) -> Self {
        Self::ManagedMobileLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_device_app_management)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MdmWindowsInformationProtectionPolicy>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MdmWindowsInformationProtectionPolicy) -> Self {
        Self::MdmWindowsInformationProtectionPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MeetingAttendanceReport> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MeetingAttendanceReport) -> Self {
        Self::MeetingAttendanceReport(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MembershipOutlierInsight> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MembershipOutlierInsight) -> Self {
        Self::MembershipOutlierInsight(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Message> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Message) -> Self {
        Self::Message(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MessageRule> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MessageRule) -> Self {
        Self::MessageRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MessageTracingRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MessageTracingRoot) -> Self {
        Self::MessageTracingRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MicrosoftAccountUserConversationMember>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MicrosoftAccountUserConversationMember) -> Self {
        Self::MicrosoftAccountUserConversationMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MicrosoftAuthenticatorAuthenticationMethod>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MicrosoftAuthenticatorAuthenticationMethod) -> Self {
        Self::MicrosoftAuthenticatorAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<
    crate::v1::MicrosoftAuthenticatorAuthenticationMethodConfiguration,
> for AnyEntity {
    #[inline]
    fn from(
        v: crate::v1::MicrosoftAuthenticatorAuthenticationMethodConfiguration,
    ) -> Self {
        Self::MicrosoftAuthenticatorAuthenticationMethodConfiguration(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MicrosoftAuthenticatorAuthenticationMethodTarget>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MicrosoftAuthenticatorAuthenticationMethodTarget) -> Self {
        Self::MicrosoftAuthenticatorAuthenticationMethodTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MicrosoftStoreForBusinessApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MicrosoftStoreForBusinessApp) -> Self {
        Self::MicrosoftStoreForBusinessApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MobileApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MobileApp) -> Self {
        Self::MobileApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MobileAppAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MobileAppAssignment) -> Self {
        Self::MobileAppAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MobileAppCategory> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MobileAppCategory) -> Self {
        Self::MobileAppCategory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MobileAppContent> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MobileAppContent) -> Self {
        Self::MobileAppContent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MobileAppContentFile> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MobileAppContentFile) -> Self {
        Self::MobileAppContentFile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MobileAppRelationship> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MobileAppRelationship) -> Self {
        Self::MobileAppRelationship(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MobileAppTroubleshootingEvent> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MobileAppTroubleshootingEvent) -> Self {
        Self::MobileAppTroubleshootingEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MobileContainedApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MobileContainedApp) -> Self {
        Self::MobileContainedApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_app_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MobileLobApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MobileLobApp) -> Self {
        Self::MobileLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MobileThreatDefenseConnector> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MobileThreatDefenseConnector) -> Self {
        Self::MobileThreatDefenseConnector(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MultiTenantOrganization> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MultiTenantOrganization) -> Self {
        Self::MultiTenantOrganization(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MultiTenantOrganizationIdentitySyncPolicyTemplate>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MultiTenantOrganizationIdentitySyncPolicyTemplate) -> Self {
        Self::MultiTenantOrganizationIdentitySyncPolicyTemplate(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MultiTenantOrganizationJoinRequestRecord>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MultiTenantOrganizationJoinRequestRecord) -> Self {
        Self::MultiTenantOrganizationJoinRequestRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MultiTenantOrganizationMember> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MultiTenantOrganizationMember) -> Self {
        Self::MultiTenantOrganizationMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MultiTenantOrganizationPartnerConfigurationTemplate>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MultiTenantOrganizationPartnerConfigurationTemplate) -> Self {
        Self::MultiTenantOrganizationPartnerConfigurationTemplate(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MultiValueLegacyExtendedProperty> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MultiValueLegacyExtendedProperty) -> Self {
        Self::MultiValueLegacyExtendedProperty(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::MuteParticipantOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MuteParticipantOperation) -> Self {
        Self::MuteParticipantOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Notebook> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Notebook) -> Self {
        Self::Notebook(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::NotificationMessageTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::NotificationMessageTemplate) -> Self {
        Self::NotificationMessageTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_oauth2_permission_grants_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OAuth2PermissionGrant> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OAuth2PermissionGrant) -> Self {
        Self::OAuth2PermissionGrant(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OfferShiftRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OfferShiftRequest) -> Self {
        Self::OfferShiftRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OfficeGraphInsights> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OfficeGraphInsights) -> Self {
        Self::OfficeGraphInsights(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OidcIdentityProvider> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OidcIdentityProvider) -> Self {
        Self::OidcIdentityProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnAttributeCollectionListener> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnAttributeCollectionListener) -> Self {
        Self::OnAttributeCollectionListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnAttributeCollectionStartCustomExtension>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnAttributeCollectionStartCustomExtension) -> Self {
        Self::OnAttributeCollectionStartCustomExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnAttributeCollectionStartListener> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnAttributeCollectionStartListener) -> Self {
        Self::OnAttributeCollectionStartListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnAttributeCollectionSubmitCustomExtension>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnAttributeCollectionSubmitCustomExtension) -> Self {
        Self::OnAttributeCollectionSubmitCustomExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnAttributeCollectionSubmitListener> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnAttributeCollectionSubmitListener) -> Self {
        Self::OnAttributeCollectionSubmitListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnAuthenticationMethodLoadStartListener>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnAuthenticationMethodLoadStartListener) -> Self {
        Self::OnAuthenticationMethodLoadStartListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnEmailOtpSendListener> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnEmailOtpSendListener) -> Self {
        Self::OnEmailOtpSendListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnFraudProtectionLoadStartListener> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnFraudProtectionLoadStartListener) -> Self {
        Self::OnFraudProtectionLoadStartListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnInteractiveAuthFlowStartListener> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnInteractiveAuthFlowStartListener) -> Self {
        Self::OnInteractiveAuthFlowStartListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnOtpSendCustomExtension> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnOtpSendCustomExtension) -> Self {
        Self::OnOtpSendCustomExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnPasswordSubmitCustomExtension> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnPasswordSubmitCustomExtension) -> Self {
        Self::OnPasswordSubmitCustomExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnPasswordSubmitListener> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnPasswordSubmitListener) -> Self {
        Self::OnPasswordSubmitListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnPremisesConditionalAccessSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnPremisesConditionalAccessSettings) -> Self {
        Self::OnPremisesConditionalAccessSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_directory_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnPremisesDirectorySynchronization> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnPremisesDirectorySynchronization) -> Self {
        Self::OnPremisesDirectorySynchronization(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnPremisesSyncBehavior> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnPremisesSyncBehavior) -> Self {
        Self::OnPremisesSyncBehavior(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnTokenIssuanceStartCustomExtension> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnTokenIssuanceStartCustomExtension) -> Self {
        Self::OnTokenIssuanceStartCustomExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnTokenIssuanceStartListener> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnTokenIssuanceStartListener) -> Self {
        Self::OnTokenIssuanceStartListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnUserCreateStartListener> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnUserCreateStartListener) -> Self {
        Self::OnUserCreateStartListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnVerifiedIdClaimValidationCustomExtension>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnVerifiedIdClaimValidationCustomExtension) -> Self {
        Self::OnVerifiedIdClaimValidationCustomExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnVerifiedIdClaimValidationListener> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnVerifiedIdClaimValidationListener) -> Self {
        Self::OnVerifiedIdClaimValidationListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OneDriveForBusinessBrowseSession> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OneDriveForBusinessBrowseSession) -> Self {
        Self::OneDriveForBusinessBrowseSession(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OneDriveForBusinessProtectionPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OneDriveForBusinessProtectionPolicy) -> Self {
        Self::OneDriveForBusinessProtectionPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OneDriveForBusinessRestoreSession> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OneDriveForBusinessRestoreSession) -> Self {
        Self::OneDriveForBusinessRestoreSession(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Onenote> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Onenote) -> Self {
        Self::Onenote(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnenoteEntityBaseModel> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnenoteEntityBaseModel) -> Self {
        Self::OnenoteEntityBaseModel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnenoteEntityHierarchyModel> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnenoteEntityHierarchyModel) -> Self {
        Self::OnenoteEntityHierarchyModel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnenoteEntitySchemaObjectModel> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnenoteEntitySchemaObjectModel) -> Self {
        Self::OnenoteEntitySchemaObjectModel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnenoteOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnenoteOperation) -> Self {
        Self::OnenoteOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnenotePage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnenotePage) -> Self {
        Self::OnenotePage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnenoteResource> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnenoteResource) -> Self {
        Self::OnenoteResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnenoteSection> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnenoteSection) -> Self {
        Self::OnenoteSection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_communications)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnlineMeeting> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnlineMeeting) -> Self {
        Self::OnlineMeeting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_communications_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnlineMeetingBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnlineMeetingBase) -> Self {
        Self::OnlineMeetingBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OnlineMeetingEngagementConversation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnlineMeetingEngagementConversation) -> Self {
        Self::OnlineMeetingEngagementConversation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OpenShift> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OpenShift) -> Self {
        Self::OpenShift(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OpenShiftChangeRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OpenShiftChangeRequest) -> Self {
        Self::OpenShiftChangeRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OpenTypeExtension> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OpenTypeExtension) -> Self {
        Self::OpenTypeExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Operation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Operation) -> Self {
        Self::Operation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OrgContact> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OrgContact) -> Self {
        Self::OrgContact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Organization> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Organization) -> Self {
        Self::Organization(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OrganizationalBranding> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OrganizationalBranding) -> Self {
        Self::OrganizationalBranding(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OrganizationalBrandingLocalization> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OrganizationalBrandingLocalization) -> Self {
        Self::OrganizationalBrandingLocalization(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OrganizationalBrandingProperties> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OrganizationalBrandingProperties) -> Self {
        Self::OrganizationalBrandingProperties(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OutlookCategory> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OutlookCategory) -> Self {
        Self::OutlookCategory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OutlookItem> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OutlookItem) -> Self {
        Self::OutlookItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OutlookUser> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OutlookUser) -> Self {
        Self::OutlookUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::OwnerlessGroupPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OwnerlessGroupPolicy) -> Self {
        Self::OwnerlessGroupPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Participant> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Participant) -> Self {
        Self::Participant(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ParticipantJoiningNotification> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ParticipantJoiningNotification) -> Self {
        Self::ParticipantJoiningNotification(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ParticipantLeftNotification> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ParticipantLeftNotification) -> Self {
        Self::ParticipantLeftNotification(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Partners> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Partners) -> Self {
        Self::Partners(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::partners_billing::AzureUsage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::partners_billing::AzureUsage) -> Self {
        Self::AzureUsage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::partners_billing::BilledReconciliation>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::partners_billing::BilledReconciliation) -> Self {
        Self::BilledReconciliation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::partners_billing::BilledUsage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::partners_billing::BilledUsage) -> Self {
        Self::BilledUsage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::partners_billing::Billing> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::partners_billing::Billing) -> Self {
        Self::Billing(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::partners_billing::BillingReconciliation>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::partners_billing::BillingReconciliation) -> Self {
        Self::BillingReconciliation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::partners_billing::ExportSuccessOperation>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::partners_billing::ExportSuccessOperation) -> Self {
        Self::ExportSuccessOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::partners_billing::FailedOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::partners_billing::FailedOperation) -> Self {
        Self::FailedOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::partners_billing::Manifest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::partners_billing::Manifest) -> Self {
        Self::Manifest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::partners_billing::Operation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::partners_billing::Operation) -> Self {
        Self::PartnersBillingOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::partners_billing::RunningOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::partners_billing::RunningOperation) -> Self {
        Self::RunningOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::partners_billing::UnbilledReconciliation>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::partners_billing::UnbilledReconciliation) -> Self {
        Self::UnbilledReconciliation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::partners_billing::UnbilledUsage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::partners_billing::UnbilledUsage) -> Self {
        Self::UnbilledUsage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PasskeyAuthenticationMethodTarget> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PasskeyAuthenticationMethodTarget) -> Self {
        Self::PasskeyAuthenticationMethodTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PasskeyProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PasskeyProfile) -> Self {
        Self::PasskeyProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PasswordAuthenticationMethod> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PasswordAuthenticationMethod) -> Self {
        Self::PasswordAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Payload> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Payload) -> Self {
        Self::Payload(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PeopleAdminSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PeopleAdminSettings) -> Self {
        Self::PeopleAdminSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Permission> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Permission) -> Self {
        Self::Permission(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PermissionGrantConditionSet> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PermissionGrantConditionSet) -> Self {
        Self::PermissionGrantConditionSet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PermissionGrantPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PermissionGrantPolicy) -> Self {
        Self::PermissionGrantPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Person> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Person) -> Self {
        Self::Person(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PhoneAuthenticationMethod> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PhoneAuthenticationMethod) -> Self {
        Self::PhoneAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_teamwork)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PhoneUserConversationMember> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PhoneUserConversationMember) -> Self {
        Self::PhoneUserConversationMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PinnedChatMessageInfo> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PinnedChatMessageInfo) -> Self {
        Self::PinnedChatMessageInfo(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Place> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Place) -> Self {
        Self::Place(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_planner_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Planner> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Planner) -> Self {
        Self::Planner(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_planner)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PlannerAssignedToTaskBoardTaskFormat>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PlannerAssignedToTaskBoardTaskFormat) -> Self {
        Self::PlannerAssignedToTaskBoardTaskFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_planner)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PlannerBucket> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PlannerBucket) -> Self {
        Self::PlannerBucket(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_planner)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PlannerBucketTaskBoardTaskFormat> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PlannerBucketTaskBoardTaskFormat) -> Self {
        Self::PlannerBucketTaskBoardTaskFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PlannerGroup> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PlannerGroup) -> Self {
        Self::PlannerGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_planner)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PlannerPlan> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PlannerPlan) -> Self {
        Self::PlannerPlan(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_planner)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PlannerPlanDetails> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PlannerPlanDetails) -> Self {
        Self::PlannerPlanDetails(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_planner)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PlannerProgressTaskBoardTaskFormat> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PlannerProgressTaskBoardTaskFormat) -> Self {
        Self::PlannerProgressTaskBoardTaskFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_planner)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PlannerTask> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PlannerTask) -> Self {
        Self::PlannerTask(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_planner)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PlannerTaskDetails> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PlannerTaskDetails) -> Self {
        Self::PlannerTaskDetails(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PlannerUser> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PlannerUser) -> Self {
        Self::PlannerUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PlatformCredentialAuthenticationMethod>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PlatformCredentialAuthenticationMethod) -> Self {
        Self::PlatformCredentialAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PlayPromptOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PlayPromptOperation) -> Self {
        Self::PlayPromptOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PolicyBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PolicyBase) -> Self {
        Self::PolicyBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_policies_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PolicyRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PolicyRoot) -> Self {
        Self::PolicyRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PolicyTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PolicyTemplate) -> Self {
        Self::PolicyTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Post> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Post) -> Self {
        Self::Post(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_communications)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Presence> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Presence) -> Self {
        Self::Presence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_print_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrintConnector> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrintConnector) -> Self {
        Self::PrintConnector(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_print)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrintDocument> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrintDocument) -> Self {
        Self::PrintDocument(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_print)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrintJob> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrintJob) -> Self {
        Self::PrintJob(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_print_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrintOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrintOperation) -> Self {
        Self::PrintOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_print_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrintService> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrintService) -> Self {
        Self::PrintService(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_print_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrintServiceEndpoint> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrintServiceEndpoint) -> Self {
        Self::PrintServiceEndpoint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_print)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrintTask> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrintTask) -> Self {
        Self::PrintTask(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_print_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrintTaskDefinition> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrintTaskDefinition) -> Self {
        Self::PrintTaskDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_print_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrintTaskTrigger> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrintTaskTrigger) -> Self {
        Self::PrintTaskTrigger(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrintUsage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrintUsage) -> Self {
        Self::PrintUsage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrintUsageByPrinter> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrintUsageByPrinter) -> Self {
        Self::PrintUsageByPrinter(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrintUsageByUser> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrintUsageByUser) -> Self {
        Self::PrintUsageByUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_print_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Printer> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Printer) -> Self {
        Self::Printer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_print)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrinterBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrinterBase) -> Self {
        Self::PrinterBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_print_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrinterCreateOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrinterCreateOperation) -> Self {
        Self::PrinterCreateOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_print)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrinterShare> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrinterShare) -> Self {
        Self::PrinterShare(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessGroup> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessGroup) -> Self {
        Self::PrivilegedAccessGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessGroupAssignmentSchedule>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessGroupAssignmentSchedule) -> Self {
        Self::PrivilegedAccessGroupAssignmentSchedule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessGroupAssignmentScheduleInstance>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessGroupAssignmentScheduleInstance) -> Self {
        Self::PrivilegedAccessGroupAssignmentScheduleInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessGroupAssignmentScheduleRequest>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessGroupAssignmentScheduleRequest) -> Self {
        Self::PrivilegedAccessGroupAssignmentScheduleRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessGroupEligibilitySchedule>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessGroupEligibilitySchedule) -> Self {
        Self::PrivilegedAccessGroupEligibilitySchedule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessGroupEligibilityScheduleInstance>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessGroupEligibilityScheduleInstance) -> Self {
        Self::PrivilegedAccessGroupEligibilityScheduleInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessGroupEligibilityScheduleRequest>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessGroupEligibilityScheduleRequest) -> Self {
        Self::PrivilegedAccessGroupEligibilityScheduleRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessRoot) -> Self {
        Self::PrivilegedAccessRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessSchedule> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessSchedule) -> Self {
        Self::PrivilegedAccessSchedule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessScheduleInstance> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessScheduleInstance) -> Self {
        Self::PrivilegedAccessScheduleInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PrivilegedAccessScheduleRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessScheduleRequest) -> Self {
        Self::PrivilegedAccessScheduleRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ProfileCardProperty> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ProfileCardProperty) -> Self {
        Self::ProfileCardProperty(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ProfilePhoto> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ProfilePhoto) -> Self {
        Self::ProfilePhoto(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ProfilePropertySetting> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ProfilePropertySetting) -> Self {
        Self::ProfilePropertySetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ProfileSource> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ProfileSource) -> Self {
        Self::ProfileSource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_admin_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PronounsSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PronounsSettings) -> Self {
        Self::PronounsSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ProtectionPolicyBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ProtectionPolicyBase) -> Self {
        Self::ProtectionPolicyBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ProtectionRuleBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ProtectionRuleBase) -> Self {
        Self::ProtectionRuleBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ProtectionUnitBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ProtectionUnitBase) -> Self {
        Self::ProtectionUnitBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ProtectionUnitsBulkJobBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ProtectionUnitsBulkJobBase) -> Self {
        Self::ProtectionUnitsBulkJobBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_audit_logs_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ProvisioningObjectSummary> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ProvisioningObjectSummary) -> Self {
        Self::ProvisioningObjectSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_directory_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::PublicKeyInfrastructureRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PublicKeyInfrastructureRoot) -> Self {
        Self::PublicKeyInfrastructureRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::QrCode> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::QrCode) -> Self {
        Self::QrCode(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::QrCodePinAuthenticationMethod> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::QrCodePinAuthenticationMethod) -> Self {
        Self::QrCodePinAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(
    msgraph_v1_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::QrCodePinAuthenticationMethodConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::QrCodePinAuthenticationMethodConfiguration) -> Self {
        Self::QrCodePinAuthenticationMethodConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::QrPin> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::QrPin) -> Self {
        Self::QrPin(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RbacApplication> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RbacApplication) -> Self {
        Self::RbacApplication(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ReadingAssignmentSubmission> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ReadingAssignmentSubmission) -> Self {
        Self::ReadingAssignmentSubmission(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ReadingCoachPassage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ReadingCoachPassage) -> Self {
        Self::ReadingCoachPassage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_communications_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RecordOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RecordOperation) -> Self {
        Self::RecordOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RecycleBin> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RecycleBin) -> Self {
        Self::RecycleBin(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_storage)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RecycleBinItem> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RecycleBinItem) -> Self {
        Self::RecycleBinItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ReferenceAttachment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ReferenceAttachment) -> Self {
        Self::ReferenceAttachment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ReflectCheckInResponse> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ReflectCheckInResponse) -> Self {
        Self::ReflectCheckInResponse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_reports_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RelyingPartyDetailedSummary> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RelyingPartyDetailedSummary) -> Self {
        Self::RelyingPartyDetailedSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RemoteAssistancePartner> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RemoteAssistancePartner) -> Self {
        Self::RemoteAssistancePartner(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RemoteDesktopSecurityConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RemoteDesktopSecurityConfiguration) -> Self {
        Self::RemoteDesktopSecurityConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RemoteTenantGroup> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RemoteTenantGroup) -> Self {
        Self::RemoteTenantGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_education_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ReportsRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ReportsRoot) -> Self {
        Self::ReportsRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_governance_or_role_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Request> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Request) -> Self {
        Self::Request(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_tenant_relationships)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ResellerDelegatedAdminRelationship> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ResellerDelegatedAdminRelationship) -> Self {
        Self::ResellerDelegatedAdminRelationship(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ResourceOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ResourceOperation) -> Self {
        Self::ResourceOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ResourceSpecificPermissionGrant> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ResourceSpecificPermissionGrant) -> Self {
        Self::ResourceSpecificPermissionGrant(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RestoreArtifactBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RestoreArtifactBase) -> Self {
        Self::RestoreArtifactBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RestoreArtifactsBulkRequestBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RestoreArtifactsBulkRequestBase) -> Self {
        Self::RestoreArtifactsBulkRequestBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RestorePoint> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RestorePoint) -> Self {
        Self::RestorePoint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_solutions)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RestoreSessionBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RestoreSessionBase) -> Self {
        Self::RestoreSessionBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_drives_or_shares_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RichLongRunningOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RichLongRunningOperation) -> Self {
        Self::RichLongRunningOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_protection_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RiskDetection> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RiskDetection) -> Self {
        Self::RiskDetection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_protection_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RiskyServicePrincipal> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RiskyServicePrincipal) -> Self {
        Self::RiskyServicePrincipal(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_protection_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RiskyServicePrincipalHistoryItem> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RiskyServicePrincipalHistoryItem) -> Self {
        Self::RiskyServicePrincipalHistoryItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_protection_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RiskyUser> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RiskyUser) -> Self {
        Self::RiskyUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_identity_protection_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RiskyUserHistoryItem> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RiskyUserHistoryItem) -> Self {
        Self::RiskyUserHistoryItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RoleAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RoleAssignment) -> Self {
        Self::RoleAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_device_management_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RoleDefinition> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RoleDefinition) -> Self {
        Self::RoleDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Room> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Room) -> Self {
        Self::Room(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::RoomList> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RoomList) -> Self {
        Self::RoomList(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_directory_or_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SamlOrWsFedExternalDomainFederation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SamlOrWsFedExternalDomainFederation) -> Self {
        Self::SamlOrWsFedExternalDomainFederation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_directory_or_domains_or_identity_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SamlOrWsFedProvider> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SamlOrWsFedProvider) -> Self {
        Self::SamlOrWsFedProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Schedule> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Schedule) -> Self {
        Self::Schedule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ScheduleChangeRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ScheduleChangeRequest) -> Self {
        Self::ScheduleChangeRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SchedulingGroup> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SchedulingGroup) -> Self {
        Self::SchedulingGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_schema_extensions_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SchemaExtension> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SchemaExtension) -> Self {
        Self::SchemaExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_scoped_role_memberships)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::ScopedRoleMembership> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ScopedRoleMembership) -> Self {
        Self::ScopedRoleMembership(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::search::Acronym> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::search::Acronym) -> Self {
        Self::Acronym(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::search::Bookmark> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::search::Bookmark) -> Self {
        Self::Bookmark(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::search::Qna> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::search::Qna) -> Self {
        Self::Qna(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::search::SearchAnswer> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::search::SearchAnswer) -> Self {
        Self::SearchAnswer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SearchEntity> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SearchEntity) -> Self {
        Self::SearchEntity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::Section> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Section) -> Self {
        Self::Section(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_core_or_sites)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SectionGroup> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SectionGroup) -> Self {
        Self::SectionGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_places_or_search)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SectionMap> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SectionMap) -> Self {
        Self::SectionMap(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_any_area_but_compliance)]
#[cfg(msgraph_v1_search_or_security)]
#[doc(hidden)]
impl ::std::convert::From<crate::v1::SecureScore> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SecureScore) -> Self {
        Self::SecureScore(::std::boxed::Box::new(v))
    }
}
