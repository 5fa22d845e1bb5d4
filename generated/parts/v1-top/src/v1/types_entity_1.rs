//! Types of `microsoft.graph` by the first letters of their names (`entity_1`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_v1_c73)]
/// CSDL: `microsoft.graph.entity`, entity type, abstract, key `id`.
///
/// Features: `v1`, or one of `v1-admin`, `v1-agreement-acceptances`, `v1-agreements`, `v1-app-catalogs`, `v1-application-templates`, `v1-applications`, `v1-audit-logs`, `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-certificate-based-auth-configuration`, `v1-chats`, `v1-communications` and 57 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq)]
pub struct Entity {
    /// CSDL: property `id`: `Edm.String`, not nullable.
    pub id: rt::Field<::std::string::String>,
    /// Properties not in the metadata and instance annotations (`@odata.type`, ...), kept for round-trips.
    pub extra: rt::Extra,
}
#[cfg(msgraph_v1_c73)]
impl ::std::default::Default for Entity {
    #[inline]
    fn default() -> Self {
        Self {
            id: rt::Field::Absent,
            extra: ::std::default::Default::default(),
        }
    }
}
#[cfg(msgraph_v1_c73)]
impl rt::Object for Entity {
    const TYPE_NAME: &'static str = "microsoft.graph.entity";
    const KEYS: &'static [&'static str] = &["id"];
    const KEYS_JSON: &'static [&'static str] = &[",\"id\":"];
    const TAG: &'static str = "\"#microsoft.graph.entity\"";
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
    fn field_dyn(&self, i: usize) -> ::std::option::Option<&dyn rt::object::FieldDyn> {
        match i {
            0usize => ::std::option::Option::Some(&self.id),
            _ => ::std::option::Option::None,
        }
    }
    #[inline]
    fn debug_fields(&self, d: &mut rt::object::DebugFields<'_, '_>) {
        d.field(0usize, "id", &self.id);
    }
    #[inline]
    fn extra(&self) -> &rt::Extra {
        &self.extra
    }
    #[inline]
    fn extra_mut(&mut self) -> &mut rt::Extra {
        &mut self.extra
    }
}
#[cfg(msgraph_v1_c73)]
rt::impl_object!(Entity);
#[cfg(msgraph_v1_c73)]
rt::impl_setters!(Entity { with_id id : ::std::string::String; });
#[cfg(msgraph_v1_c73)]
#[cfg(feature = "serde")]
rt::impl_serde!(Entity);
#[cfg(msgraph_v1_c73)]
/// `microsoft.graph.entity` or any type derived from it, selected by `@odata.type` (1146 types).
///
/// Features: `v1`, or one of `v1-admin`, `v1-agreement-acceptances`, `v1-agreements`, `v1-app-catalogs`, `v1-application-templates`, `v1-applications`, `v1-audit-logs`, `v1-authentication-method-configurations`, `v1-authentication-methods-policy`, `v1-certificate-based-auth-configuration`, `v1-chats`, `v1-communications` and 57 more area features (listed in `msgraph-models`' Cargo.toml).
#[derive(Clone, PartialEq, Debug)]
pub enum AnyEntity {
    Entity(::std::boxed::Box<crate::v1::Entity>),
    #[cfg(msgraph_v1_c3)]
    AadUserConversationMember(::std::boxed::Box<crate::v1::AadUserConversationMember>),
    #[cfg(msgraph_v1_c6)]
    AccessPackage(::std::boxed::Box<crate::v1::AccessPackage>),
    #[cfg(msgraph_v1_c6)]
    AccessPackageAssignment(::std::boxed::Box<crate::v1::AccessPackageAssignment>),
    #[cfg(msgraph_v1_c6)]
    AccessPackageAssignmentPolicy(
        ::std::boxed::Box<crate::v1::AccessPackageAssignmentPolicy>,
    ),
    #[cfg(msgraph_v1_c6)]
    AccessPackageAssignmentRequest(
        ::std::boxed::Box<crate::v1::AccessPackageAssignmentRequest>,
    ),
    #[cfg(msgraph_v1_c6)]
    AccessPackageAssignmentRequestWorkflowExtension(
        ::std::boxed::Box<crate::v1::AccessPackageAssignmentRequestWorkflowExtension>,
    ),
    #[cfg(msgraph_v1_c6)]
    AccessPackageAssignmentWorkflowExtension(
        ::std::boxed::Box<crate::v1::AccessPackageAssignmentWorkflowExtension>,
    ),
    #[cfg(msgraph_v1_c6)]
    AccessPackageCatalog(::std::boxed::Box<crate::v1::AccessPackageCatalog>),
    #[cfg(msgraph_v1_c6)]
    AccessPackageMultipleChoiceQuestion(
        ::std::boxed::Box<crate::v1::AccessPackageMultipleChoiceQuestion>,
    ),
    #[cfg(msgraph_v1_c6)]
    AccessPackageQuestion(::std::boxed::Box<crate::v1::AccessPackageQuestion>),
    #[cfg(msgraph_v1_c6)]
    AccessPackageResource(::std::boxed::Box<crate::v1::AccessPackageResource>),
    #[cfg(msgraph_v1_c6)]
    AccessPackageResourceEnvironment(
        ::std::boxed::Box<crate::v1::AccessPackageResourceEnvironment>,
    ),
    #[cfg(msgraph_v1_c6)]
    AccessPackageResourceRequest(
        ::std::boxed::Box<crate::v1::AccessPackageResourceRequest>,
    ),
    #[cfg(msgraph_v1_c6)]
    AccessPackageResourceRole(::std::boxed::Box<crate::v1::AccessPackageResourceRole>),
    #[cfg(msgraph_v1_c6)]
    AccessPackageResourceRoleScope(
        ::std::boxed::Box<crate::v1::AccessPackageResourceRoleScope>,
    ),
    #[cfg(msgraph_v1_c6)]
    AccessPackageResourceScope(::std::boxed::Box<crate::v1::AccessPackageResourceScope>),
    #[cfg(msgraph_v1_c6)]
    AccessPackageSubject(::std::boxed::Box<crate::v1::AccessPackageSubject>),
    #[cfg(msgraph_v1_c6)]
    AccessPackageSuggestion(::std::boxed::Box<crate::v1::AccessPackageSuggestion>),
    #[cfg(msgraph_v1_c6)]
    AccessPackageTextInputQuestion(
        ::std::boxed::Box<crate::v1::AccessPackageTextInputQuestion>,
    ),
    #[cfg(msgraph_v1_c6)]
    AccessReviewHistoryDefinition(
        ::std::boxed::Box<crate::v1::AccessReviewHistoryDefinition>,
    ),
    #[cfg(msgraph_v1_c6)]
    AccessReviewHistoryInstance(
        ::std::boxed::Box<crate::v1::AccessReviewHistoryInstance>,
    ),
    #[cfg(msgraph_v1_c6)]
    AccessReviewInstance(::std::boxed::Box<crate::v1::AccessReviewInstance>),
    #[cfg(msgraph_v1_c6)]
    AccessReviewInstanceDecisionItem(
        ::std::boxed::Box<crate::v1::AccessReviewInstanceDecisionItem>,
    ),
    #[cfg(msgraph_v1_c6)]
    AccessReviewReviewer(::std::boxed::Box<crate::v1::AccessReviewReviewer>),
    #[cfg(msgraph_v1_c6)]
    AccessReviewScheduleDefinition(
        ::std::boxed::Box<crate::v1::AccessReviewScheduleDefinition>,
    ),
    #[cfg(msgraph_v1_c6)]
    AccessReviewSet(::std::boxed::Box<crate::v1::AccessReviewSet>),
    #[cfg(msgraph_v1_c6)]
    AccessReviewStage(::std::boxed::Box<crate::v1::AccessReviewStage>),
    #[cfg(msgraph_v1_c10)]
    ActivitiesContainer(::std::boxed::Box<crate::v1::ActivitiesContainer>),
    #[cfg(msgraph_v1_c10)]
    ActivityBasedTimeoutPolicy(::std::boxed::Box<crate::v1::ActivityBasedTimeoutPolicy>),
    #[cfg(msgraph_v1_c10)]
    ActivityHistoryItem(::std::boxed::Box<crate::v1::ActivityHistoryItem>),
    #[cfg(msgraph_v1_c13)]
    AddLargeGalleryViewOperation(
        ::std::boxed::Box<crate::v1::AddLargeGalleryViewOperation>,
    ),
    #[cfg(msgraph_v1_c14)]
    AdhocCall(::std::boxed::Box<crate::v1::AdhocCall>),
    #[cfg(msgraph_v1_c16)]
    AdminConsentRequestPolicy(::std::boxed::Box<crate::v1::AdminConsentRequestPolicy>),
    #[cfg(msgraph_v1_c17)]
    AdminMicrosoft365Apps(::std::boxed::Box<crate::v1::AdminMicrosoft365Apps>),
    #[cfg(msgraph_v1_c17)]
    AdminReportSettings(::std::boxed::Box<crate::v1::AdminReportSettings>),
    #[cfg(msgraph_v1_c10)]
    AdministrativeUnit(::std::boxed::Box<crate::v1::AdministrativeUnit>),
    #[cfg(msgraph_v1_c10)]
    AgentIdentity(::std::boxed::Box<crate::v1::AgentIdentity>),
    #[cfg(msgraph_v1_c10)]
    AgentIdentityBlueprint(::std::boxed::Box<crate::v1::AgentIdentityBlueprint>),
    #[cfg(msgraph_v1_c10)]
    AgentIdentityBlueprintPrincipal(
        ::std::boxed::Box<crate::v1::AgentIdentityBlueprintPrincipal>,
    ),
    #[cfg(msgraph_v1_c10)]
    AgentUser(::std::boxed::Box<crate::v1::AgentUser>),
    #[cfg(msgraph_v1_c20)]
    Agreement(::std::boxed::Box<crate::v1::Agreement>),
    #[cfg(msgraph_v1_c21)]
    AgreementAcceptance(::std::boxed::Box<crate::v1::AgreementAcceptance>),
    #[cfg(msgraph_v1_c20)]
    AgreementFile(::std::boxed::Box<crate::v1::AgreementFile>),
    #[cfg(msgraph_v1_c20)]
    AgreementFileLocalization(::std::boxed::Box<crate::v1::AgreementFileLocalization>),
    #[cfg(msgraph_v1_c20)]
    AgreementFileProperties(::std::boxed::Box<crate::v1::AgreementFileProperties>),
    #[cfg(msgraph_v1_c20)]
    AgreementFileVersion(::std::boxed::Box<crate::v1::AgreementFileVersion>),
    #[cfg(msgraph_v1_c5)]
    AiInteraction(::std::boxed::Box<crate::v1::AiInteraction>),
    #[cfg(msgraph_v1_c5)]
    AiInteractionHistory(::std::boxed::Box<crate::v1::AiInteractionHistory>),
    #[cfg(msgraph_v1_c5)]
    AiOnlineMeeting(::std::boxed::Box<crate::v1::AiOnlineMeeting>),
    #[cfg(msgraph_v1_c5)]
    AiUser(::std::boxed::Box<crate::v1::AiUser>),
    #[cfg(msgraph_v1_c23)]
    AkamaiWebApplicationFirewallProvider(
        ::std::boxed::Box<crate::v1::AkamaiWebApplicationFirewallProvider>,
    ),
    #[cfg(msgraph_v1_c8)]
    Alert(::std::boxed::Box<crate::v1::Alert>),
    #[cfg(msgraph_v1_c27)]
    AllowedValue(::std::boxed::Box<crate::v1::AllowedValue>),
    #[cfg(msgraph_v1_c28)]
    AndroidCompliancePolicy(::std::boxed::Box<crate::v1::AndroidCompliancePolicy>),
    #[cfg(msgraph_v1_c28)]
    AndroidCustomConfiguration(::std::boxed::Box<crate::v1::AndroidCustomConfiguration>),
    #[cfg(msgraph_v1_c28)]
    AndroidGeneralDeviceConfiguration(
        ::std::boxed::Box<crate::v1::AndroidGeneralDeviceConfiguration>,
    ),
    #[cfg(msgraph_v1_c29)]
    AndroidLobApp(::std::boxed::Box<crate::v1::AndroidLobApp>),
    #[cfg(msgraph_v1_c30)]
    AndroidManagedAppProtection(
        ::std::boxed::Box<crate::v1::AndroidManagedAppProtection>,
    ),
    #[cfg(msgraph_v1_c29)]
    AndroidManagedAppRegistration(
        ::std::boxed::Box<crate::v1::AndroidManagedAppRegistration>,
    ),
    #[cfg(msgraph_v1_c29)]
    AndroidStoreApp(::std::boxed::Box<crate::v1::AndroidStoreApp>),
    #[cfg(msgraph_v1_c28)]
    AndroidWorkProfileCompliancePolicy(
        ::std::boxed::Box<crate::v1::AndroidWorkProfileCompliancePolicy>,
    ),
    #[cfg(msgraph_v1_c28)]
    AndroidWorkProfileCustomConfiguration(
        ::std::boxed::Box<crate::v1::AndroidWorkProfileCustomConfiguration>,
    ),
    #[cfg(msgraph_v1_c28)]
    AndroidWorkProfileGeneralDeviceConfiguration(
        ::std::boxed::Box<crate::v1::AndroidWorkProfileGeneralDeviceConfiguration>,
    ),
    #[cfg(msgraph_v1_c3)]
    AnonymousGuestConversationMember(
        ::std::boxed::Box<crate::v1::AnonymousGuestConversationMember>,
    ),
    #[cfg(msgraph_v1_c32)]
    AppCatalogs(::std::boxed::Box<crate::v1::AppCatalogs>),
    #[cfg(msgraph_v1_c6)]
    AppConsentApprovalRoute(::std::boxed::Box<crate::v1::AppConsentApprovalRoute>),
    #[cfg(msgraph_v1_c6)]
    AppConsentRequest(::std::boxed::Box<crate::v1::AppConsentRequest>),
    #[cfg(msgraph_v1_c28)]
    AppLogCollectionRequest(::std::boxed::Box<crate::v1::AppLogCollectionRequest>),
    #[cfg(msgraph_v1_c10)]
    AppManagementPolicy(::std::boxed::Box<crate::v1::AppManagementPolicy>),
    #[cfg(msgraph_v1_c10)]
    AppRoleAssignment(::std::boxed::Box<crate::v1::AppRoleAssignment>),
    #[cfg(msgraph_v1_c34)]
    AppScope(::std::boxed::Box<crate::v1::AppScope>),
    #[cfg(msgraph_v1_c28)]
    AppleDeviceFeaturesConfigurationBase(
        ::std::boxed::Box<crate::v1::AppleDeviceFeaturesConfigurationBase>,
    ),
    #[cfg(msgraph_v1_c35)]
    AppleManagedIdentityProvider(
        ::std::boxed::Box<crate::v1::AppleManagedIdentityProvider>,
    ),
    #[cfg(msgraph_v1_c28)]
    ApplePushNotificationCertificate(
        ::std::boxed::Box<crate::v1::ApplePushNotificationCertificate>,
    ),
    #[cfg(msgraph_v1_c10)]
    Application(::std::boxed::Box<crate::v1::Application>),
    #[cfg(msgraph_v1_c36)]
    ApplicationTemplate(::std::boxed::Box<crate::v1::ApplicationTemplate>),
    #[cfg(msgraph_v1_c6)]
    Approval(::std::boxed::Box<crate::v1::Approval>),
    #[cfg(msgraph_v1_c6)]
    ApprovalStage(::std::boxed::Box<crate::v1::ApprovalStage>),
    #[cfg(msgraph_v1_c10)]
    ApprovedClientApp(::std::boxed::Box<crate::v1::ApprovedClientApp>),
    #[cfg(msgraph_v1_c23)]
    ArkoseFraudProtectionProvider(
        ::std::boxed::Box<crate::v1::ArkoseFraudProtectionProvider>,
    ),
    #[cfg(msgraph_v1_c10)]
    AssociatedTeamInfo(::std::boxed::Box<crate::v1::AssociatedTeamInfo>),
    #[cfg(msgraph_v1_c10)]
    Attachment(::std::boxed::Box<crate::v1::Attachment>),
    #[cfg(msgraph_v1_c10)]
    AttachmentBase(::std::boxed::Box<crate::v1::AttachmentBase>),
    #[cfg(msgraph_v1_c10)]
    AttachmentSession(::std::boxed::Box<crate::v1::AttachmentSession>),
    #[cfg(msgraph_v1_c11)]
    AttackSimulationOperation(::std::boxed::Box<crate::v1::AttackSimulationOperation>),
    #[cfg(msgraph_v1_c8)]
    AttackSimulationRoot(::std::boxed::Box<crate::v1::AttackSimulationRoot>),
    #[cfg(msgraph_v1_c26)]
    AttendanceRecord(::std::boxed::Box<crate::v1::AttendanceRecord>),
    #[cfg(msgraph_v1_c47)]
    AttributeMappingFunctionSchema(
        ::std::boxed::Box<crate::v1::AttributeMappingFunctionSchema>,
    ),
    #[cfg(msgraph_v1_c27)]
    AttributeSet(::std::boxed::Box<crate::v1::AttributeSet>),
    #[cfg(msgraph_v1_c13)]
    AudioRoutingGroup(::std::boxed::Box<crate::v1::AudioRoutingGroup>),
    #[cfg(msgraph_v1_c28)]
    AuditEvent(::std::boxed::Box<crate::v1::AuditEvent>),
    #[cfg(msgraph_v1_c10)]
    Authentication(::std::boxed::Box<crate::v1::Authentication>),
    #[cfg(msgraph_v1_c37)]
    AuthenticationCombinationConfiguration(
        ::std::boxed::Box<crate::v1::AuthenticationCombinationConfiguration>,
    ),
    #[cfg(msgraph_v1_c23)]
    AuthenticationContextClassReference(
        ::std::boxed::Box<crate::v1::AuthenticationContextClassReference>,
    ),
    #[cfg(msgraph_v1_c23)]
    AuthenticationEventListener(
        ::std::boxed::Box<crate::v1::AuthenticationEventListener>,
    ),
    #[cfg(msgraph_v1_c23)]
    AuthenticationEventsFlow(::std::boxed::Box<crate::v1::AuthenticationEventsFlow>),
    #[cfg(msgraph_v1_c16)]
    AuthenticationFlowsPolicy(::std::boxed::Box<crate::v1::AuthenticationFlowsPolicy>),
    #[cfg(msgraph_v1_c10)]
    AuthenticationMethod(::std::boxed::Box<crate::v1::AuthenticationMethod>),
    #[cfg(msgraph_v1_c18)]
    AuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::v1::AuthenticationMethodConfiguration>,
    ),
    #[cfg(msgraph_v1_c23)]
    AuthenticationMethodModeDetail(
        ::std::boxed::Box<crate::v1::AuthenticationMethodModeDetail>,
    ),
    #[cfg(msgraph_v1_c18)]
    AuthenticationMethodTarget(::std::boxed::Box<crate::v1::AuthenticationMethodTarget>),
    #[cfg(msgraph_v1_c51)]
    AuthenticationMethodsPolicy(
        ::std::boxed::Box<crate::v1::AuthenticationMethodsPolicy>,
    ),
    #[cfg(msgraph_v1_c44)]
    AuthenticationMethodsRoot(::std::boxed::Box<crate::v1::AuthenticationMethodsRoot>),
    #[cfg(msgraph_v1_c37)]
    AuthenticationStrengthPolicy(
        ::std::boxed::Box<crate::v1::AuthenticationStrengthPolicy>,
    ),
    #[cfg(msgraph_v1_c23)]
    AuthenticationStrengthRoot(::std::boxed::Box<crate::v1::AuthenticationStrengthRoot>),
    #[cfg(msgraph_v1_c53)]
    AuthoredNote(::std::boxed::Box<crate::v1::AuthoredNote>),
    #[cfg(msgraph_v1_c10)]
    AuthorizationPolicy(::std::boxed::Box<crate::v1::AuthorizationPolicy>),
    #[cfg(msgraph_v1_c6)]
    AvailableAccessPackage(::std::boxed::Box<crate::v1::AvailableAccessPackage>),
    #[cfg(msgraph_v1_c3)]
    AzureCommunicationServicesUserConversationMember(
        ::std::boxed::Box<crate::v1::AzureCommunicationServicesUserConversationMember>,
    ),
    #[cfg(msgraph_v1_c23)]
    B2xIdentityUserFlow(::std::boxed::Box<crate::v1::B2xIdentityUserFlow>),
    #[cfg(msgraph_v1_c31)]
    BackupRestoreRoot(::std::boxed::Box<crate::v1::BackupRestoreRoot>),
    #[cfg(msgraph_v1_c54)]
    BaseItem(::std::boxed::Box<crate::v1::BaseItem>),
    #[cfg(msgraph_v1_c4)]
    BaseItemVersion(::std::boxed::Box<crate::v1::BaseItemVersion>),
    #[cfg(msgraph_v1_c42)]
    BaseMapFeature(::std::boxed::Box<crate::v1::BaseMapFeature>),
    #[cfg(msgraph_v1_c1)]
    BaseSitePage(::std::boxed::Box<crate::v1::BaseSitePage>),
    #[cfg(msgraph_v1_c56)]
    Bitlocker(::std::boxed::Box<crate::v1::Bitlocker>),
    #[cfg(msgraph_v1_c56)]
    BitlockerRecoveryKey(::std::boxed::Box<crate::v1::BitlockerRecoveryKey>),
    #[cfg(msgraph_v1_c31)]
    BookingAppointment(::std::boxed::Box<crate::v1::BookingAppointment>),
    #[cfg(msgraph_v1_c31)]
    BookingBusiness(::std::boxed::Box<crate::v1::BookingBusiness>),
    #[cfg(msgraph_v1_c31)]
    BookingCurrency(::std::boxed::Box<crate::v1::BookingCurrency>),
    #[cfg(msgraph_v1_c31)]
    BookingCustomQuestion(::std::boxed::Box<crate::v1::BookingCustomQuestion>),
    #[cfg(msgraph_v1_c31)]
    BookingCustomer(::std::boxed::Box<crate::v1::BookingCustomer>),
    #[cfg(msgraph_v1_c31)]
    BookingCustomerBase(::std::boxed::Box<crate::v1::BookingCustomerBase>),
    #[cfg(msgraph_v1_c31)]
    BookingService(::std::boxed::Box<crate::v1::BookingService>),
    #[cfg(msgraph_v1_c31)]
    BookingStaffMember(::std::boxed::Box<crate::v1::BookingStaffMember>),
    #[cfg(msgraph_v1_c31)]
    BookingStaffMemberBase(::std::boxed::Box<crate::v1::BookingStaffMemberBase>),
    #[cfg(msgraph_v1_c31)]
    BrowseSessionBase(::std::boxed::Box<crate::v1::BrowseSessionBase>),
    #[cfg(msgraph_v1_c17)]
    BrowserSharedCookie(::std::boxed::Box<crate::v1::BrowserSharedCookie>),
    #[cfg(msgraph_v1_c17)]
    BrowserSite(::std::boxed::Box<crate::v1::BrowserSite>),
    #[cfg(msgraph_v1_c17)]
    BrowserSiteList(::std::boxed::Box<crate::v1::BrowserSiteList>),
    #[cfg(msgraph_v1_c42)]
    Building(::std::boxed::Box<crate::v1::Building>),
    #[cfg(msgraph_v1_c42)]
    BuildingMap(::std::boxed::Box<crate::v1::BuildingMap>),
    #[cfg(msgraph_v1_c35)]
    BuiltInIdentityProvider(::std::boxed::Box<crate::v1::BuiltInIdentityProvider>),
    #[cfg(msgraph_v1_c10)]
    BulkUpload(::std::boxed::Box<crate::v1::BulkUpload>),
    #[cfg(msgraph_v1_c23)]
    CaPoliciesDeletableRoot(::std::boxed::Box<crate::v1::CaPoliciesDeletableRoot>),
    #[cfg(msgraph_v1_c10)]
    Calendar(::std::boxed::Box<crate::v1::Calendar>),
    #[cfg(msgraph_v1_c10)]
    CalendarGroup(::std::boxed::Box<crate::v1::CalendarGroup>),
    #[cfg(msgraph_v1_c10)]
    CalendarPermission(::std::boxed::Box<crate::v1::CalendarPermission>),
    #[cfg(msgraph_v1_c10)]
    CalendarSharingMessage(::std::boxed::Box<crate::v1::CalendarSharingMessage>),
    #[cfg(msgraph_v1_c13)]
    Call(::std::boxed::Box<crate::v1::Call>),
    #[cfg(msgraph_v1_c5)]
    CallAiInsight(::std::boxed::Box<crate::v1::CallAiInsight>),
    #[cfg(msgraph_v1_c19)]
    CallEvent(::std::boxed::Box<crate::v1::CallEvent>),
    #[cfg(msgraph_v1_c14)]
    CallRecording(::std::boxed::Box<crate::v1::CallRecording>),
    #[cfg(msgraph_v1_c13)]
    CallRecord(::std::boxed::Box<crate::v1::call_records::CallRecord>),
    #[cfg(msgraph_v1_c13)]
    Organizer(::std::boxed::Box<crate::v1::call_records::Organizer>),
    #[cfg(msgraph_v1_c13)]
    CallRecordsParticipant(::std::boxed::Box<crate::v1::call_records::Participant>),
    #[cfg(msgraph_v1_c13)]
    ParticipantBase(::std::boxed::Box<crate::v1::call_records::ParticipantBase>),
    #[cfg(msgraph_v1_c13)]
    Segment(::std::boxed::Box<crate::v1::call_records::Segment>),
    #[cfg(msgraph_v1_c13)]
    Session(::std::boxed::Box<crate::v1::call_records::Session>),
    #[cfg(msgraph_v1_c14)]
    CallTranscript(::std::boxed::Box<crate::v1::CallTranscript>),
    #[cfg(msgraph_v1_c13)]
    CancelMediaProcessingOperation(
        ::std::boxed::Box<crate::v1::CancelMediaProcessingOperation>,
    ),
    #[cfg(msgraph_v1_c1)]
    CanvasLayout(::std::boxed::Box<crate::v1::CanvasLayout>),
    #[cfg(msgraph_v1_c10)]
    CertificateAuthorityDetail(::std::boxed::Box<crate::v1::CertificateAuthorityDetail>),
    #[cfg(msgraph_v1_c58)]
    CertificateBasedAuthConfiguration(
        ::std::boxed::Box<crate::v1::CertificateBasedAuthConfiguration>,
    ),
    #[cfg(msgraph_v1_c10)]
    CertificateBasedAuthPki(::std::boxed::Box<crate::v1::CertificateBasedAuthPki>),
    #[cfg(msgraph_v1_c3)]
    ChangeTrackedEntity(::std::boxed::Box<crate::v1::ChangeTrackedEntity>),
    #[cfg(msgraph_v1_c3)]
    Channel(::std::boxed::Box<crate::v1::Channel>),
    #[cfg(msgraph_v1_c10)]
    Chat(::std::boxed::Box<crate::v1::Chat>),
    #[cfg(msgraph_v1_c3)]
    ChatMessage(::std::boxed::Box<crate::v1::ChatMessage>),
    #[cfg(msgraph_v1_c3)]
    ChatMessageHostedContent(::std::boxed::Box<crate::v1::ChatMessageHostedContent>),
    #[cfg(msgraph_v1_c10)]
    ChatMessageInfo(::std::boxed::Box<crate::v1::ChatMessageInfo>),
    #[cfg(msgraph_v1_c10)]
    ChecklistItem(::std::boxed::Box<crate::v1::ChecklistItem>),
    #[cfg(msgraph_v1_c10)]
    ClaimsMappingPolicy(::std::boxed::Box<crate::v1::ClaimsMappingPolicy>),
    #[cfg(msgraph_v1_c10)]
    CloudClipboardItem(::std::boxed::Box<crate::v1::CloudClipboardItem>),
    #[cfg(msgraph_v1_c10)]
    CloudClipboardRoot(::std::boxed::Box<crate::v1::CloudClipboardRoot>),
    #[cfg(msgraph_v1_c23)]
    CloudFlareWebApplicationFirewallProvider(
        ::std::boxed::Box<crate::v1::CloudFlareWebApplicationFirewallProvider>,
    ),
    #[cfg(msgraph_v1_c9)]
    CloudPc(::std::boxed::Box<crate::v1::CloudPc>),
    #[cfg(msgraph_v1_c28)]
    CloudPcAuditEvent(::std::boxed::Box<crate::v1::CloudPcAuditEvent>),
    #[cfg(msgraph_v1_c28)]
    CloudPcDeviceImage(::std::boxed::Box<crate::v1::CloudPcDeviceImage>),
    #[cfg(msgraph_v1_c28)]
    CloudPcGalleryImage(::std::boxed::Box<crate::v1::CloudPcGalleryImage>),
    #[cfg(msgraph_v1_c28)]
    CloudPcOnPremisesConnection(
        ::std::boxed::Box<crate::v1::CloudPcOnPremisesConnection>,
    ),
    #[cfg(msgraph_v1_c28)]
    CloudPcProvisioningPolicy(::std::boxed::Box<crate::v1::CloudPcProvisioningPolicy>),
    #[cfg(msgraph_v1_c28)]
    CloudPcProvisioningPolicyAssignment(
        ::std::boxed::Box<crate::v1::CloudPcProvisioningPolicyAssignment>,
    ),
    #[cfg(msgraph_v1_c28)]
    CloudPcReport(::std::boxed::Box<crate::v1::CloudPcReport>),
    #[cfg(msgraph_v1_c28)]
    CloudPcServicePlan(::std::boxed::Box<crate::v1::CloudPcServicePlan>),
    #[cfg(msgraph_v1_c28)]
    CloudPcUserSetting(::std::boxed::Box<crate::v1::CloudPcUserSetting>),
    #[cfg(msgraph_v1_c28)]
    CloudPcUserSettingAssignment(
        ::std::boxed::Box<crate::v1::CloudPcUserSettingAssignment>,
    ),
    #[cfg(msgraph_v1_c54)]
    ColumnDefinition(::std::boxed::Box<crate::v1::ColumnDefinition>),
    #[cfg(msgraph_v1_c4)]
    ColumnLink(::std::boxed::Box<crate::v1::ColumnLink>),
    #[cfg(msgraph_v1_c13)]
    CommsOperation(::std::boxed::Box<crate::v1::CommsOperation>),
    #[cfg(msgraph_v1_c43)]
    Community(::std::boxed::Box<crate::v1::Community>),
    #[cfg(msgraph_v1_c27)]
    CompanySubscription(::std::boxed::Box<crate::v1::CompanySubscription>),
    #[cfg(msgraph_v1_c28)]
    ComplianceManagementPartner(
        ::std::boxed::Box<crate::v1::ComplianceManagementPartner>,
    ),
    #[cfg(msgraph_v1_c23)]
    ConditionalAccessRoot(::std::boxed::Box<crate::v1::ConditionalAccessRoot>),
    #[cfg(msgraph_v1_c23)]
    ConditionalAccessTemplate(::std::boxed::Box<crate::v1::ConditionalAccessTemplate>),
    #[cfg(msgraph_v1_c17)]
    ConfigurationBaseline(::std::boxed::Box<crate::v1::ConfigurationBaseline>),
    #[cfg(msgraph_v1_c17)]
    ConfigurationDrift(::std::boxed::Box<crate::v1::ConfigurationDrift>),
    #[cfg(msgraph_v1_c17)]
    ConfigurationManagement(::std::boxed::Box<crate::v1::ConfigurationManagement>),
    #[cfg(msgraph_v1_c17)]
    ConfigurationMonitor(::std::boxed::Box<crate::v1::ConfigurationMonitor>),
    #[cfg(msgraph_v1_c17)]
    ConfigurationMonitoringResult(
        ::std::boxed::Box<crate::v1::ConfigurationMonitoringResult>,
    ),
    #[cfg(msgraph_v1_c17)]
    ConfigurationSnapshotJob(::std::boxed::Box<crate::v1::ConfigurationSnapshotJob>),
    #[cfg(msgraph_v1_c6)]
    ConnectedOrganization(::std::boxed::Box<crate::v1::ConnectedOrganization>),
    #[cfg(msgraph_v1_c10)]
    Contact(::std::boxed::Box<crate::v1::Contact>),
    #[cfg(msgraph_v1_c10)]
    ContactFolder(::std::boxed::Box<crate::v1::ContactFolder>),
    #[cfg(msgraph_v1_c10)]
    ContentActivity(::std::boxed::Box<crate::v1::ContentActivity>),
    #[cfg(msgraph_v1_c13)]
    ContentSharingSession(::std::boxed::Box<crate::v1::ContentSharingSession>),
    #[cfg(msgraph_v1_c4)]
    ContentType(::std::boxed::Box<crate::v1::ContentType>),
    #[cfg(msgraph_v1_c10)]
    Contract(::std::boxed::Box<crate::v1::Contract>),
    #[cfg(msgraph_v1_c6)]
    ControlConfiguration(::std::boxed::Box<crate::v1::ControlConfiguration>),
    #[cfg(msgraph_v1_c10)]
    Conversation(::std::boxed::Box<crate::v1::Conversation>),
    #[cfg(msgraph_v1_c3)]
    ConversationMember(::std::boxed::Box<crate::v1::ConversationMember>),
    #[cfg(msgraph_v1_c10)]
    ConversationThread(::std::boxed::Box<crate::v1::ConversationThread>),
    #[cfg(msgraph_v1_c5)]
    CopilotAdmin(::std::boxed::Box<crate::v1::CopilotAdmin>),
    #[cfg(msgraph_v1_c5)]
    CopilotAdminCatalog(::std::boxed::Box<crate::v1::CopilotAdminCatalog>),
    #[cfg(msgraph_v1_c5)]
    CopilotAdminLimitedMode(::std::boxed::Box<crate::v1::CopilotAdminLimitedMode>),
    #[cfg(msgraph_v1_c5)]
    CopilotAdminSetting(::std::boxed::Box<crate::v1::CopilotAdminSetting>),
    #[cfg(msgraph_v1_c5)]
    CopilotPackage(::std::boxed::Box<crate::v1::CopilotPackage>),
    #[cfg(msgraph_v1_c5)]
    CopilotPackageDetail(::std::boxed::Box<crate::v1::CopilotPackageDetail>),
    #[cfg(msgraph_v1_c5)]
    CopilotReportRoot(::std::boxed::Box<crate::v1::CopilotReportRoot>),
    #[cfg(msgraph_v1_c10)]
    CrossTenantAccessPolicy(::std::boxed::Box<crate::v1::CrossTenantAccessPolicy>),
    #[cfg(msgraph_v1_c10)]
    CrossTenantAccessPolicyConfigurationDefault(
        ::std::boxed::Box<crate::v1::CrossTenantAccessPolicyConfigurationDefault>,
    ),
    #[cfg(msgraph_v1_c50)]
    CustomAuthenticationExtension(
        ::std::boxed::Box<crate::v1::CustomAuthenticationExtension>,
    ),
    #[cfg(msgraph_v1_c50)]
    CustomCalloutExtension(::std::boxed::Box<crate::v1::CustomCalloutExtension>),
    #[cfg(msgraph_v1_c6)]
    CustomDataProvidedResource(::std::boxed::Box<crate::v1::CustomDataProvidedResource>),
    #[cfg(msgraph_v1_c6)]
    CustomDataProvidedResourceAccessReviewUploadSession(
        ::std::boxed::Box<crate::v1::CustomDataProvidedResourceAccessReviewUploadSession>,
    ),
    #[cfg(msgraph_v1_c19)]
    CustomDataProvidedResourceFile(
        ::std::boxed::Box<crate::v1::CustomDataProvidedResourceFile>,
    ),
    #[cfg(msgraph_v1_c6)]
    CustomDataProvidedResourceUploadSession(
        ::std::boxed::Box<crate::v1::CustomDataProvidedResourceUploadSession>,
    ),
    #[cfg(msgraph_v1_c6)]
    CustomExtensionStageSetting(
        ::std::boxed::Box<crate::v1::CustomExtensionStageSetting>,
    ),
    #[cfg(msgraph_v1_c27)]
    CustomSecurityAttributeDefinition(
        ::std::boxed::Box<crate::v1::CustomSecurityAttributeDefinition>,
    ),
    #[cfg(msgraph_v1_c63)]
    DataPolicyOperation(::std::boxed::Box<crate::v1::DataPolicyOperation>),
    #[cfg(msgraph_v1_c11)]
    DataSecurityAndGovernance(::std::boxed::Box<crate::v1::DataSecurityAndGovernance>),
    #[cfg(msgraph_v1_c10)]
    DayNote(::std::boxed::Box<crate::v1::DayNote>),
    #[cfg(msgraph_v1_c30)]
    DefaultManagedAppProtection(
        ::std::boxed::Box<crate::v1::DefaultManagedAppProtection>,
    ),
    #[cfg(msgraph_v1_c66)]
    DelegatedAdminAccessAssignment(
        ::std::boxed::Box<crate::v1::DelegatedAdminAccessAssignment>,
    ),
    #[cfg(msgraph_v1_c66)]
    DelegatedAdminCustomer(::std::boxed::Box<crate::v1::DelegatedAdminCustomer>),
    #[cfg(msgraph_v1_c66)]
    DelegatedAdminRelationship(::std::boxed::Box<crate::v1::DelegatedAdminRelationship>),
    #[cfg(msgraph_v1_c66)]
    DelegatedAdminRelationshipOperation(
        ::std::boxed::Box<crate::v1::DelegatedAdminRelationshipOperation>,
    ),
    #[cfg(msgraph_v1_c66)]
    DelegatedAdminRelationshipRequest(
        ::std::boxed::Box<crate::v1::DelegatedAdminRelationshipRequest>,
    ),
    #[cfg(msgraph_v1_c66)]
    DelegatedAdminServiceManagementDetail(
        ::std::boxed::Box<crate::v1::DelegatedAdminServiceManagementDetail>,
    ),
    #[cfg(msgraph_v1_c10)]
    DelegatedAdminServiceProviderConstraints(
        ::std::boxed::Box<crate::v1::DelegatedAdminServiceProviderConstraints>,
    ),
    #[cfg(msgraph_v1_c10)]
    DelegatedPermissionClassification(
        ::std::boxed::Box<crate::v1::DelegatedPermissionClassification>,
    ),
    #[cfg(msgraph_v1_c67)]
    DeletedChat(::std::boxed::Box<crate::v1::DeletedChat>),
    #[cfg(msgraph_v1_c6)]
    DeletedItemContainer(::std::boxed::Box<crate::v1::DeletedItemContainer>),
    #[cfg(msgraph_v1_c67)]
    DeletedTeam(::std::boxed::Box<crate::v1::DeletedTeam>),
    #[cfg(msgraph_v1_c19)]
    DeltaParticipants(::std::boxed::Box<crate::v1::DeltaParticipants>),
    #[cfg(msgraph_v1_c42)]
    Desk(::std::boxed::Box<crate::v1::Desk>),
    #[cfg(msgraph_v1_c28)]
    DetectedApp(::std::boxed::Box<crate::v1::DetectedApp>),
    #[cfg(msgraph_v1_c10)]
    Device(::std::boxed::Box<crate::v1::Device>),
    #[cfg(msgraph_v1_c28)]
    DeviceAndAppManagementRoleAssignment(
        ::std::boxed::Box<crate::v1::DeviceAndAppManagementRoleAssignment>,
    ),
    #[cfg(msgraph_v1_c28)]
    DeviceAndAppManagementRoleDefinition(
        ::std::boxed::Box<crate::v1::DeviceAndAppManagementRoleDefinition>,
    ),
    #[cfg(msgraph_v1_c29)]
    DeviceAppManagement(::std::boxed::Box<crate::v1::DeviceAppManagement>),
    #[cfg(msgraph_v1_c9)]
    DeviceCategory(::std::boxed::Box<crate::v1::DeviceCategory>),
    #[cfg(msgraph_v1_c28)]
    DeviceComplianceActionItem(::std::boxed::Box<crate::v1::DeviceComplianceActionItem>),
    #[cfg(msgraph_v1_c28)]
    DeviceComplianceDeviceOverview(
        ::std::boxed::Box<crate::v1::DeviceComplianceDeviceOverview>,
    ),
    #[cfg(msgraph_v1_c28)]
    DeviceComplianceDeviceStatus(
        ::std::boxed::Box<crate::v1::DeviceComplianceDeviceStatus>,
    ),
    #[cfg(msgraph_v1_c28)]
    DeviceCompliancePolicy(::std::boxed::Box<crate::v1::DeviceCompliancePolicy>),
    #[cfg(msgraph_v1_c28)]
    DeviceCompliancePolicyAssignment(
        ::std::boxed::Box<crate::v1::DeviceCompliancePolicyAssignment>,
    ),
    #[cfg(msgraph_v1_c28)]
    DeviceCompliancePolicyDeviceStateSummary(
        ::std::boxed::Box<crate::v1::DeviceCompliancePolicyDeviceStateSummary>,
    ),
    #[cfg(msgraph_v1_c28)]
    DeviceCompliancePolicySettingStateSummary(
        ::std::boxed::Box<crate::v1::DeviceCompliancePolicySettingStateSummary>,
    ),
    #[cfg(msgraph_v1_c9)]
    DeviceCompliancePolicyState(
        ::std::boxed::Box<crate::v1::DeviceCompliancePolicyState>,
    ),
    #[cfg(msgraph_v1_c28)]
    DeviceComplianceScheduledActionForRule(
        ::std::boxed::Box<crate::v1::DeviceComplianceScheduledActionForRule>,
    ),
    #[cfg(msgraph_v1_c28)]
    DeviceComplianceSettingState(
        ::std::boxed::Box<crate::v1::DeviceComplianceSettingState>,
    ),
    #[cfg(msgraph_v1_c28)]
    DeviceComplianceUserOverview(
        ::std::boxed::Box<crate::v1::DeviceComplianceUserOverview>,
    ),
    #[cfg(msgraph_v1_c28)]
    DeviceComplianceUserStatus(::std::boxed::Box<crate::v1::DeviceComplianceUserStatus>),
    #[cfg(msgraph_v1_c28)]
    DeviceConfiguration(::std::boxed::Box<crate::v1::DeviceConfiguration>),
    #[cfg(msgraph_v1_c28)]
    DeviceConfigurationAssignment(
        ::std::boxed::Box<crate::v1::DeviceConfigurationAssignment>,
    ),
    #[cfg(msgraph_v1_c28)]
    DeviceConfigurationDeviceOverview(
        ::std::boxed::Box<crate::v1::DeviceConfigurationDeviceOverview>,
    ),
    #[cfg(msgraph_v1_c28)]
    DeviceConfigurationDeviceStateSummary(
        ::std::boxed::Box<crate::v1::DeviceConfigurationDeviceStateSummary>,
    ),
    #[cfg(msgraph_v1_c28)]
    DeviceConfigurationDeviceStatus(
        ::std::boxed::Box<crate::v1::DeviceConfigurationDeviceStatus>,
    ),
    #[cfg(msgraph_v1_c9)]
    DeviceConfigurationState(::std::boxed::Box<crate::v1::DeviceConfigurationState>),
    #[cfg(msgraph_v1_c28)]
    DeviceConfigurationUserOverview(
        ::std::boxed::Box<crate::v1::DeviceConfigurationUserOverview>,
    ),
    #[cfg(msgraph_v1_c28)]
    DeviceConfigurationUserStatus(
        ::std::boxed::Box<crate::v1::DeviceConfigurationUserStatus>,
    ),
    #[cfg(msgraph_v1_c28)]
    DeviceEnrollmentConfiguration(
        ::std::boxed::Box<crate::v1::DeviceEnrollmentConfiguration>,
    ),
    #[cfg(msgraph_v1_c28)]
    DeviceEnrollmentLimitConfiguration(
        ::std::boxed::Box<crate::v1::DeviceEnrollmentLimitConfiguration>,
    ),
    #[cfg(msgraph_v1_c28)]
    DeviceEnrollmentPlatformRestrictionsConfiguration(
        ::std::boxed::Box<crate::v1::DeviceEnrollmentPlatformRestrictionsConfiguration>,
    ),
    #[cfg(msgraph_v1_c28)]
    DeviceEnrollmentWindowsHelloForBusinessConfiguration(
        ::std::boxed::Box<
            crate::v1::DeviceEnrollmentWindowsHelloForBusinessConfiguration,
        >,
    ),
    #[cfg(msgraph_v1_c29)]
    DeviceInstallState(::std::boxed::Box<crate::v1::DeviceInstallState>),
    #[cfg(msgraph_v1_c27)]
    DeviceLocalCredentialInfo(::std::boxed::Box<crate::v1::DeviceLocalCredentialInfo>),
    #[cfg(msgraph_v1_c9)]
    DeviceLogCollectionResponse(
        ::std::boxed::Box<crate::v1::DeviceLogCollectionResponse>,
    ),
    #[cfg(msgraph_v1_c28)]
    DeviceManagement(::std::boxed::Box<crate::v1::DeviceManagement>),
    #[cfg(msgraph_v1_c19)]
    DeviceManagementCachedReportConfiguration(
        ::std::boxed::Box<crate::v1::DeviceManagementCachedReportConfiguration>,
    ),
    #[cfg(msgraph_v1_c28)]
    DeviceManagementExchangeConnector(
        ::std::boxed::Box<crate::v1::DeviceManagementExchangeConnector>,
    ),
    #[cfg(msgraph_v1_c28)]
    DeviceManagementExportJob(::std::boxed::Box<crate::v1::DeviceManagementExportJob>),
    #[cfg(msgraph_v1_c28)]
    DeviceManagementPartner(::std::boxed::Box<crate::v1::DeviceManagementPartner>),
    #[cfg(msgraph_v1_c28)]
    DeviceManagementReports(::std::boxed::Box<crate::v1::DeviceManagementReports>),
    #[cfg(msgraph_v1_c9)]
    DeviceManagementTroubleshootingEvent(
        ::std::boxed::Box<crate::v1::DeviceManagementTroubleshootingEvent>,
    ),
    #[cfg(msgraph_v1_c16)]
    DeviceRegistrationPolicy(::std::boxed::Box<crate::v1::DeviceRegistrationPolicy>),
    #[cfg(msgraph_v1_c27)]
    Directory(::std::boxed::Box<crate::v1::Directory>),
    #[cfg(msgraph_v1_c38)]
    DirectoryAudit(::std::boxed::Box<crate::v1::DirectoryAudit>),
    #[cfg(msgraph_v1_c10)]
    DirectoryDefinition(::std::boxed::Box<crate::v1::DirectoryDefinition>),
    #[cfg(msgraph_v1_c10)]
    DirectoryObject(::std::boxed::Box<crate::v1::DirectoryObject>),
    #[cfg(msgraph_v1_c10)]
    DirectoryObjectPartnerReference(
        ::std::boxed::Box<crate::v1::DirectoryObjectPartnerReference>,
    ),
    #[cfg(msgraph_v1_c10)]
    DirectoryRole(::std::boxed::Box<crate::v1::DirectoryRole>),
    #[cfg(msgraph_v1_c10)]
    DirectoryRoleTemplate(::std::boxed::Box<crate::v1::DirectoryRoleTemplate>),
    #[cfg(msgraph_v1_c4)]
    DocumentSetVersion(::std::boxed::Box<crate::v1::DocumentSetVersion>),
    #[cfg(msgraph_v1_c68)]
    Domain(::std::boxed::Box<crate::v1::Domain>),
    #[cfg(msgraph_v1_c69)]
    DomainDnsCnameRecord(::std::boxed::Box<crate::v1::DomainDnsCnameRecord>),
    #[cfg(msgraph_v1_c69)]
    DomainDnsMxRecord(::std::boxed::Box<crate::v1::DomainDnsMxRecord>),
    #[cfg(msgraph_v1_c69)]
    DomainDnsRecord(::std::boxed::Box<crate::v1::DomainDnsRecord>),
    #[cfg(msgraph_v1_c69)]
    DomainDnsSrvRecord(::std::boxed::Box<crate::v1::DomainDnsSrvRecord>),
    #[cfg(msgraph_v1_c69)]
    DomainDnsTxtRecord(::std::boxed::Box<crate::v1::DomainDnsTxtRecord>),
    #[cfg(msgraph_v1_c69)]
    DomainDnsUnavailableRecord(::std::boxed::Box<crate::v1::DomainDnsUnavailableRecord>),
    #[cfg(msgraph_v1_c24)]
    Drive(::std::boxed::Box<crate::v1::Drive>),
    #[cfg(msgraph_v1_c24)]
    DriveItem(::std::boxed::Box<crate::v1::DriveItem>),
    #[cfg(msgraph_v1_c24)]
    DriveItemVersion(::std::boxed::Box<crate::v1::DriveItemVersion>),
    #[cfg(msgraph_v1_c31)]
    DriveProtectionRule(::std::boxed::Box<crate::v1::DriveProtectionRule>),
    #[cfg(msgraph_v1_c31)]
    DriveProtectionUnit(::std::boxed::Box<crate::v1::DriveProtectionUnit>),
    #[cfg(msgraph_v1_c31)]
    DriveProtectionUnitsBulkAdditionJob(
        ::std::boxed::Box<crate::v1::DriveProtectionUnitsBulkAdditionJob>,
    ),
    #[cfg(msgraph_v1_c31)]
    DriveRestoreArtifact(::std::boxed::Box<crate::v1::DriveRestoreArtifact>),
    #[cfg(msgraph_v1_c31)]
    DriveRestoreArtifactsBulkAdditionRequest(
        ::std::boxed::Box<crate::v1::DriveRestoreArtifactsBulkAdditionRequest>,
    ),
    #[cfg(msgraph_v1_c29)]
    EBookInstallSummary(::std::boxed::Box<crate::v1::EBookInstallSummary>),
    #[cfg(msgraph_v1_c17)]
    Edge(::std::boxed::Box<crate::v1::Edge>),
    #[cfg(msgraph_v1_c28)]
    EditionUpgradeConfiguration(
        ::std::boxed::Box<crate::v1::EditionUpgradeConfiguration>,
    ),
    #[cfg(msgraph_v1_c59)]
    EducationAssignment(::std::boxed::Box<crate::v1::EducationAssignment>),
    #[cfg(msgraph_v1_c59)]
    EducationAssignmentDefaults(
        ::std::boxed::Box<crate::v1::EducationAssignmentDefaults>,
    ),
    #[cfg(msgraph_v1_c59)]
    EducationAssignmentResource(
        ::std::boxed::Box<crate::v1::EducationAssignmentResource>,
    ),
    #[cfg(msgraph_v1_c59)]
    EducationAssignmentSettings(
        ::std::boxed::Box<crate::v1::EducationAssignmentSettings>,
    ),
    #[cfg(msgraph_v1_c59)]
    EducationCategory(::std::boxed::Box<crate::v1::EducationCategory>),
    #[cfg(msgraph_v1_c59)]
    EducationClass(::std::boxed::Box<crate::v1::EducationClass>),
    #[cfg(msgraph_v1_c59)]
    EducationFeedbackOutcome(::std::boxed::Box<crate::v1::EducationFeedbackOutcome>),
    #[cfg(msgraph_v1_c59)]
    EducationFeedbackResourceOutcome(
        ::std::boxed::Box<crate::v1::EducationFeedbackResourceOutcome>,
    ),
    #[cfg(msgraph_v1_c59)]
    EducationGradingCategory(::std::boxed::Box<crate::v1::EducationGradingCategory>),
    #[cfg(msgraph_v1_c59)]
    EducationGradingScheme(::std::boxed::Box<crate::v1::EducationGradingScheme>),
    #[cfg(msgraph_v1_c59)]
    EducationModule(::std::boxed::Box<crate::v1::EducationModule>),
    #[cfg(msgraph_v1_c59)]
    EducationModuleResource(::std::boxed::Box<crate::v1::EducationModuleResource>),
    #[cfg(msgraph_v1_c59)]
    EducationOrganization(::std::boxed::Box<crate::v1::EducationOrganization>),
    #[cfg(msgraph_v1_c59)]
    EducationOutcome(::std::boxed::Box<crate::v1::EducationOutcome>),
    #[cfg(msgraph_v1_c59)]
    EducationPointsOutcome(::std::boxed::Box<crate::v1::EducationPointsOutcome>),
    #[cfg(msgraph_v1_c59)]
    EducationRubric(::std::boxed::Box<crate::v1::EducationRubric>),
    #[cfg(msgraph_v1_c59)]
    EducationRubricOutcome(::std::boxed::Box<crate::v1::EducationRubricOutcome>),
    #[cfg(msgraph_v1_c59)]
    EducationSchool(::std::boxed::Box<crate::v1::EducationSchool>),
    #[cfg(msgraph_v1_c59)]
    EducationSubmission(::std::boxed::Box<crate::v1::EducationSubmission>),
    #[cfg(msgraph_v1_c59)]
    EducationSubmissionResource(
        ::std::boxed::Box<crate::v1::EducationSubmissionResource>,
    ),
    #[cfg(msgraph_v1_c59)]
    EducationUser(::std::boxed::Box<crate::v1::EducationUser>),
    #[cfg(msgraph_v1_c10)]
    EmailAuthenticationMethod(::std::boxed::Box<crate::v1::EmailAuthenticationMethod>),
    #[cfg(msgraph_v1_c18)]
    EmailAuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::v1::EmailAuthenticationMethodConfiguration>,
    ),
    #[cfg(msgraph_v1_c56)]
    EmailFileAssessmentRequest(::std::boxed::Box<crate::v1::EmailFileAssessmentRequest>),
    #[cfg(msgraph_v1_c31)]
    EmailNotificationsSetting(::std::boxed::Box<crate::v1::EmailNotificationsSetting>),
    #[cfg(msgraph_v1_c19)]
    EmergencyCallEvent(::std::boxed::Box<crate::v1::EmergencyCallEvent>),
    #[cfg(msgraph_v1_c10)]
    EmployeeExperienceUser(::std::boxed::Box<crate::v1::EmployeeExperienceUser>),
    #[cfg(msgraph_v1_c8)]
    EndUserNotification(::std::boxed::Box<crate::v1::EndUserNotification>),
    #[cfg(msgraph_v1_c8)]
    EndUserNotificationDetail(::std::boxed::Box<crate::v1::EndUserNotificationDetail>),
    #[cfg(msgraph_v1_c6)]
    EndUserSettings(::std::boxed::Box<crate::v1::EndUserSettings>),
    #[cfg(msgraph_v1_c10)]
    Endpoint(::std::boxed::Box<crate::v1::Endpoint>),
    #[cfg(msgraph_v1_c72)]
    EngagementAsyncOperation(::std::boxed::Box<crate::v1::EngagementAsyncOperation>),
    #[cfg(msgraph_v1_c13)]
    EngagementConversation(::std::boxed::Box<crate::v1::EngagementConversation>),
    #[cfg(msgraph_v1_c13)]
    EngagementConversationDiscussionMessage(
        ::std::boxed::Box<crate::v1::EngagementConversationDiscussionMessage>,
    ),
    #[cfg(msgraph_v1_c13)]
    EngagementConversationMessage(
        ::std::boxed::Box<crate::v1::EngagementConversationMessage>,
    ),
    #[cfg(msgraph_v1_c13)]
    EngagementConversationMessageReaction(
        ::std::boxed::Box<crate::v1::EngagementConversationMessageReaction>,
    ),
    #[cfg(msgraph_v1_c13)]
    EngagementConversationQuestionMessage(
        ::std::boxed::Box<crate::v1::EngagementConversationQuestionMessage>,
    ),
    #[cfg(msgraph_v1_c13)]
    EngagementConversationSystemMessage(
        ::std::boxed::Box<crate::v1::EngagementConversationSystemMessage>,
    ),
    #[cfg(msgraph_v1_c72)]
    EngagementRole(::std::boxed::Box<crate::v1::EngagementRole>),
    #[cfg(msgraph_v1_c72)]
    EngagementRoleMember(::std::boxed::Box<crate::v1::EngagementRoleMember>),
    #[cfg(msgraph_v1_c28)]
    EnrollmentConfigurationAssignment(
        ::std::boxed::Box<crate::v1::EnrollmentConfigurationAssignment>,
    ),
    #[cfg(msgraph_v1_c9)]
    EnrollmentTroubleshootingEvent(
        ::std::boxed::Box<crate::v1::EnrollmentTroubleshootingEvent>,
    ),
    #[cfg(msgraph_v1_c19)]
    EnterpriseCodeSigningCertificate(
        ::std::boxed::Box<crate::v1::EnterpriseCodeSigningCertificate>,
    ),
    #[cfg(msgraph_v1_c6)]
    EntitlementManagement(::std::boxed::Box<crate::v1::EntitlementManagement>),
    #[cfg(msgraph_v1_c6)]
    EntitlementManagementSettings(
        ::std::boxed::Box<crate::v1::EntitlementManagementSettings>,
    ),
    #[cfg(msgraph_v1_c27)]
    Recovery(::std::boxed::Box<crate::v1::entra_recovery_services::Recovery>),
    #[cfg(msgraph_v1_c27)]
    RecoveryChangeObjectBase(
        ::std::boxed::Box<crate::v1::entra_recovery_services::RecoveryChangeObjectBase>,
    ),
    #[cfg(msgraph_v1_c27)]
    RecoveryJob(::std::boxed::Box<crate::v1::entra_recovery_services::RecoveryJob>),
    #[cfg(msgraph_v1_c27)]
    RecoveryJobBase(
        ::std::boxed::Box<crate::v1::entra_recovery_services::RecoveryJobBase>,
    ),
    #[cfg(msgraph_v1_c27)]
    RecoveryPreviewJob(
        ::std::boxed::Box<crate::v1::entra_recovery_services::RecoveryPreviewJob>,
    ),
    #[cfg(msgraph_v1_c27)]
    Snapshot(::std::boxed::Box<crate::v1::entra_recovery_services::Snapshot>),
    #[cfg(msgraph_v1_c10)]
    Event(::std::boxed::Box<crate::v1::Event>),
    #[cfg(msgraph_v1_c10)]
    EventMessage(::std::boxed::Box<crate::v1::EventMessage>),
    #[cfg(msgraph_v1_c10)]
    EventMessageRequest(::std::boxed::Box<crate::v1::EventMessageRequest>),
    #[cfg(msgraph_v1_c10)]
    EventMessageResponse(::std::boxed::Box<crate::v1::EventMessageResponse>),
    #[cfg(msgraph_v1_c17)]
    ExchangeAdmin(::std::boxed::Box<crate::v1::ExchangeAdmin>),
    #[cfg(msgraph_v1_c17)]
    ExchangeMessageTrace(::std::boxed::Box<crate::v1::ExchangeMessageTrace>),
    #[cfg(msgraph_v1_c17)]
    ExchangeMessageTraceDetail(::std::boxed::Box<crate::v1::ExchangeMessageTraceDetail>),
    #[cfg(msgraph_v1_c31)]
    ExchangeProtectionPolicy(::std::boxed::Box<crate::v1::ExchangeProtectionPolicy>),
    #[cfg(msgraph_v1_c31)]
    ExchangeRestoreSession(::std::boxed::Box<crate::v1::ExchangeRestoreSession>),
    #[cfg(msgraph_v1_c10)]
    ExchangeSettings(::std::boxed::Box<crate::v1::ExchangeSettings>),
    #[cfg(msgraph_v1_c10)]
    Extension(::std::boxed::Box<crate::v1::Extension>),
    #[cfg(msgraph_v1_c10)]
    ExtensionProperty(::std::boxed::Box<crate::v1::ExtensionProperty>),
    #[cfg(msgraph_v1_c10)]
    ExternalAuthenticationMethod(
        ::std::boxed::Box<crate::v1::ExternalAuthenticationMethod>,
    ),
    #[cfg(msgraph_v1_c18)]
    ExternalAuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::v1::ExternalAuthenticationMethodConfiguration>,
    ),
    #[cfg(msgraph_v1_c55)]
    ConnectionOperation(
        ::std::boxed::Box<crate::v1::external_connectors::ConnectionOperation>,
    ),
    #[cfg(msgraph_v1_c55)]
    ExternalActivity(
        ::std::boxed::Box<crate::v1::external_connectors::ExternalActivity>,
    ),
    #[cfg(msgraph_v1_c55)]
    ExternalActivityResult(
        ::std::boxed::Box<crate::v1::external_connectors::ExternalActivityResult>,
    ),
    #[cfg(msgraph_v1_c55)]
    ExternalConnection(
        ::std::boxed::Box<crate::v1::external_connectors::ExternalConnection>,
    ),
    #[cfg(msgraph_v1_c55)]
    ExternalGroup(::std::boxed::Box<crate::v1::external_connectors::ExternalGroup>),
    #[cfg(msgraph_v1_c55)]
    ExternalItem(::std::boxed::Box<crate::v1::external_connectors::ExternalItem>),
    #[cfg(msgraph_v1_c55)]
    ExternalConnectorsIdentity(
        ::std::boxed::Box<crate::v1::external_connectors::Identity>,
    ),
    #[cfg(msgraph_v1_c55)]
    Schema(::std::boxed::Box<crate::v1::external_connectors::Schema>),
    #[cfg(msgraph_v1_c35)]
    ExternalDomainName(::std::boxed::Box<crate::v1::ExternalDomainName>),
    #[cfg(msgraph_v1_c23)]
    ExternalUsersSelfServiceSignUpEventsFlow(
        ::std::boxed::Box<crate::v1::ExternalUsersSelfServiceSignUpEventsFlow>,
    ),
    #[cfg(msgraph_v1_c16)]
    FeatureRolloutPolicy(::std::boxed::Box<crate::v1::FeatureRolloutPolicy>),
    #[cfg(msgraph_v1_c10)]
    FederatedIdentityCredential(
        ::std::boxed::Box<crate::v1::FederatedIdentityCredential>,
    ),
    #[cfg(msgraph_v1_c10)]
    FederatedTokenValidationPolicy(
        ::std::boxed::Box<crate::v1::FederatedTokenValidationPolicy>,
    ),
    #[cfg(msgraph_v1_c10)]
    Fido2AuthenticationMethod(::std::boxed::Box<crate::v1::Fido2AuthenticationMethod>),
    #[cfg(msgraph_v1_c18)]
    Fido2AuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::v1::Fido2AuthenticationMethodConfiguration>,
    ),
    #[cfg(msgraph_v1_c37)]
    Fido2CombinationConfiguration(
        ::std::boxed::Box<crate::v1::Fido2CombinationConfiguration>,
    ),
    #[cfg(msgraph_v1_c4)]
    FieldValueSet(::std::boxed::Box<crate::v1::FieldValueSet>),
    #[cfg(msgraph_v1_c56)]
    FileAssessmentRequest(::std::boxed::Box<crate::v1::FileAssessmentRequest>),
    #[cfg(msgraph_v1_c10)]
    FileAttachment(::std::boxed::Box<crate::v1::FileAttachment>),
    #[cfg(msgraph_v1_c76)]
    FileStorage(::std::boxed::Box<crate::v1::FileStorage>),
    #[cfg(msgraph_v1_c76)]
    FileStorageContainer(::std::boxed::Box<crate::v1::FileStorageContainer>),
    #[cfg(msgraph_v1_c76)]
    FileStorageContainerType(::std::boxed::Box<crate::v1::FileStorageContainerType>),
    #[cfg(msgraph_v1_c76)]
    FileStorageContainerTypeRegistration(
        ::std::boxed::Box<crate::v1::FileStorageContainerTypeRegistration>,
    ),
    #[cfg(msgraph_v1_c77)]
    FilterOperatorSchema(::std::boxed::Box<crate::v1::FilterOperatorSchema>),
    #[cfg(msgraph_v1_c42)]
    FixtureMap(::std::boxed::Box<crate::v1::FixtureMap>),
    #[cfg(msgraph_v1_c42)]
    Floor(::std::boxed::Box<crate::v1::Floor>),
    #[cfg(msgraph_v1_c42)]
    FootprintMap(::std::boxed::Box<crate::v1::FootprintMap>),
    #[cfg(msgraph_v1_c23)]
    FraudProtectionProvider(::std::boxed::Box<crate::v1::FraudProtectionProvider>),
    #[cfg(msgraph_v1_c6)]
    GovernanceInsight(::std::boxed::Box<crate::v1::GovernanceInsight>),
    #[cfg(msgraph_v1_c31)]
    GranularDriveRestoreArtifact(
        ::std::boxed::Box<crate::v1::GranularDriveRestoreArtifact>,
    ),
    #[cfg(msgraph_v1_c31)]
    GranularMailboxRestoreArtifact(
        ::std::boxed::Box<crate::v1::GranularMailboxRestoreArtifact>,
    ),
    #[cfg(msgraph_v1_c31)]
    GranularRestoreArtifactBase(
        ::std::boxed::Box<crate::v1::GranularRestoreArtifactBase>,
    ),
    #[cfg(msgraph_v1_c31)]
    GranularSiteRestoreArtifact(
        ::std::boxed::Box<crate::v1::GranularSiteRestoreArtifact>,
    ),
    #[cfg(msgraph_v1_c10)]
    Group(::std::boxed::Box<crate::v1::Group>),
    #[cfg(msgraph_v1_c80)]
    GroupLifecyclePolicy(::std::boxed::Box<crate::v1::GroupLifecyclePolicy>),
    #[cfg(msgraph_v1_c81)]
    GroupSetting(::std::boxed::Box<crate::v1::GroupSetting>),
    #[cfg(msgraph_v1_c10)]
    GroupSettingTemplate(::std::boxed::Box<crate::v1::GroupSettingTemplate>),
    #[cfg(msgraph_v1_c10)]
    HomeRealmDiscoveryPolicy(::std::boxed::Box<crate::v1::HomeRealmDiscoveryPolicy>),
    #[cfg(msgraph_v1_c1)]
    HorizontalSection(::std::boxed::Box<crate::v1::HorizontalSection>),
    #[cfg(msgraph_v1_c1)]
    HorizontalSectionColumn(::std::boxed::Box<crate::v1::HorizontalSectionColumn>),
    #[cfg(msgraph_v1_c23)]
    HumanSecurityFraudProtectionProvider(
        ::std::boxed::Box<crate::v1::HumanSecurityFraudProtectionProvider>,
    ),
    #[cfg(msgraph_v1_c23)]
    IdentityApiConnector(::std::boxed::Box<crate::v1::IdentityApiConnector>),
    #[cfg(msgraph_v1_c23)]
    IdentityBuiltInUserFlowAttribute(
        ::std::boxed::Box<crate::v1::IdentityBuiltInUserFlowAttribute>,
    ),
    #[cfg(msgraph_v1_c23)]
    IdentityContainer(::std::boxed::Box<crate::v1::IdentityContainer>),
    #[cfg(msgraph_v1_c23)]
    IdentityCustomUserFlowAttribute(
        ::std::boxed::Box<crate::v1::IdentityCustomUserFlowAttribute>,
    ),
    #[cfg(msgraph_v1_c6)]
    CustomTaskExtension(
        ::std::boxed::Box<crate::v1::identity_governance::CustomTaskExtension>,
    ),
    #[cfg(msgraph_v1_c6)]
    Insights(::std::boxed::Box<crate::v1::identity_governance::Insights>),
    #[cfg(msgraph_v1_c6)]
    LifecycleManagementSettings(
        ::std::boxed::Box<crate::v1::identity_governance::LifecycleManagementSettings>,
    ),
    #[cfg(msgraph_v1_c6)]
    LifecycleWorkflowsContainer(
        ::std::boxed::Box<crate::v1::identity_governance::LifecycleWorkflowsContainer>,
    ),
    #[cfg(msgraph_v1_c6)]
    Run(::std::boxed::Box<crate::v1::identity_governance::Run>),
    #[cfg(msgraph_v1_c6)]
    Task(::std::boxed::Box<crate::v1::identity_governance::Task>),
    #[cfg(msgraph_v1_c6)]
    TaskDefinition(::std::boxed::Box<crate::v1::identity_governance::TaskDefinition>),
    #[cfg(msgraph_v1_c6)]
    TaskProcessingResult(
        ::std::boxed::Box<crate::v1::identity_governance::TaskProcessingResult>,
    ),
    #[cfg(msgraph_v1_c6)]
    TaskReport(::std::boxed::Box<crate::v1::identity_governance::TaskReport>),
    #[cfg(msgraph_v1_c6)]
    UserProcessingResult(
        ::std::boxed::Box<crate::v1::identity_governance::UserProcessingResult>,
    ),
    #[cfg(msgraph_v1_c6)]
    WorkflowTemplate(
        ::std::boxed::Box<crate::v1::identity_governance::WorkflowTemplate>,
    ),
    #[cfg(msgraph_v1_c85)]
    IdentityProvider(::std::boxed::Box<crate::v1::IdentityProvider>),
    #[cfg(msgraph_v1_c52)]
    IdentityProviderBase(::std::boxed::Box<crate::v1::IdentityProviderBase>),
    #[cfg(msgraph_v1_c10)]
    IdentitySecurityDefaultsEnforcementPolicy(
        ::std::boxed::Box<crate::v1::IdentitySecurityDefaultsEnforcementPolicy>,
    ),
    #[cfg(msgraph_v1_c23)]
    IdentityUserFlow(::std::boxed::Box<crate::v1::IdentityUserFlow>),
    #[cfg(msgraph_v1_c23)]
    IdentityUserFlowAttribute(::std::boxed::Box<crate::v1::IdentityUserFlowAttribute>),
    #[cfg(msgraph_v1_c23)]
    IdentityUserFlowAttributeAssignment(
        ::std::boxed::Box<crate::v1::IdentityUserFlowAttributeAssignment>,
    ),
    #[cfg(msgraph_v1_c23)]
    IdentityVerifiedIdRoot(::std::boxed::Box<crate::v1::IdentityVerifiedIdRoot>),
    #[cfg(msgraph_v1_c28)]
    ImportedWindowsAutopilotDeviceIdentity(
        ::std::boxed::Box<crate::v1::ImportedWindowsAutopilotDeviceIdentity>,
    ),
    #[cfg(msgraph_v1_c19)]
    ImportedWindowsAutopilotDeviceIdentityUpload(
        ::std::boxed::Box<crate::v1::ImportedWindowsAutopilotDeviceIdentityUpload>,
    ),
    #[cfg(msgraph_v1_c10)]
    InferenceClassification(::std::boxed::Box<crate::v1::InferenceClassification>),
    #[cfg(msgraph_v1_c10)]
    InferenceClassificationOverride(
        ::std::boxed::Box<crate::v1::InferenceClassificationOverride>,
    ),
    #[cfg(msgraph_v1_c17)]
    InsightsSettings(::std::boxed::Box<crate::v1::InsightsSettings>),
    #[cfg(msgraph_v1_c52)]
    InternalDomainFederation(::std::boxed::Box<crate::v1::InternalDomainFederation>),
    #[cfg(msgraph_v1_c17)]
    InternetExplorerMode(::std::boxed::Box<crate::v1::InternetExplorerMode>),
    #[cfg(msgraph_v1_c88)]
    Invitation(::std::boxed::Box<crate::v1::Invitation>),
    #[cfg(msgraph_v1_c13)]
    InviteParticipantsOperation(
        ::std::boxed::Box<crate::v1::InviteParticipantsOperation>,
    ),
    #[cfg(msgraph_v1_c28)]
    IosCertificateProfile(::std::boxed::Box<crate::v1::IosCertificateProfile>),
    #[cfg(msgraph_v1_c28)]
    IosCompliancePolicy(::std::boxed::Box<crate::v1::IosCompliancePolicy>),
    #[cfg(msgraph_v1_c28)]
    IosCustomConfiguration(::std::boxed::Box<crate::v1::IosCustomConfiguration>),
    #[cfg(msgraph_v1_c28)]
    IosDeviceFeaturesConfiguration(
        ::std::boxed::Box<crate::v1::IosDeviceFeaturesConfiguration>,
    ),
    #[cfg(msgraph_v1_c28)]
    IosGeneralDeviceConfiguration(
        ::std::boxed::Box<crate::v1::IosGeneralDeviceConfiguration>,
    ),
    #[cfg(msgraph_v1_c29)]
    IosLobApp(::std::boxed::Box<crate::v1::IosLobApp>),
    #[cfg(msgraph_v1_c19)]
    IosLobAppProvisioningConfigurationAssignment(
        ::std::boxed::Box<crate::v1::IosLobAppProvisioningConfigurationAssignment>,
    ),
    #[cfg(msgraph_v1_c30)]
    IosManagedAppProtection(::std::boxed::Box<crate::v1::IosManagedAppProtection>),
    #[cfg(msgraph_v1_c29)]
    IosManagedAppRegistration(::std::boxed::Box<crate::v1::IosManagedAppRegistration>),
    #[cfg(msgraph_v1_c29)]
    IosMobileAppConfiguration(::std::boxed::Box<crate::v1::IosMobileAppConfiguration>),
    #[cfg(msgraph_v1_c29)]
    IosStoreApp(::std::boxed::Box<crate::v1::IosStoreApp>),
    #[cfg(msgraph_v1_c28)]
    IosUpdateConfiguration(::std::boxed::Box<crate::v1::IosUpdateConfiguration>),
    #[cfg(msgraph_v1_c28)]
    IosUpdateDeviceStatus(::std::boxed::Box<crate::v1::IosUpdateDeviceStatus>),
    #[cfg(msgraph_v1_c29)]
    IosVppApp(::std::boxed::Box<crate::v1::IosVppApp>),
    #[cfg(msgraph_v1_c29)]
    IosVppEBook(::std::boxed::Box<crate::v1::IosVppEBook>),
    #[cfg(msgraph_v1_c29)]
    IosVppEBookAssignment(::std::boxed::Box<crate::v1::IosVppEBookAssignment>),
    #[cfg(msgraph_v1_c29)]
    IosiPadOsWebClip(::std::boxed::Box<crate::v1::IosiPadOsWebClip>),
    #[cfg(msgraph_v1_c4)]
    ItemActivity(::std::boxed::Box<crate::v1::ItemActivity>),
    #[cfg(msgraph_v1_c4)]
    ItemActivityStat(::std::boxed::Box<crate::v1::ItemActivityStat>),
    #[cfg(msgraph_v1_c89)]
    ItemAnalytics(::std::boxed::Box<crate::v1::ItemAnalytics>),
    #[cfg(msgraph_v1_c10)]
    ItemAttachment(::std::boxed::Box<crate::v1::ItemAttachment>),
    #[cfg(msgraph_v1_c10)]
    ItemInsights(::std::boxed::Box<crate::v1::ItemInsights>),
    #[cfg(msgraph_v1_c24)]
    ItemRetentionLabel(::std::boxed::Box<crate::v1::ItemRetentionLabel>),
    #[cfg(msgraph_v1_c19)]
    LabelContentRight(::std::boxed::Box<crate::v1::LabelContentRight>),
    #[cfg(msgraph_v1_c8)]
    LandingPage(::std::boxed::Box<crate::v1::LandingPage>),
    #[cfg(msgraph_v1_c8)]
    LandingPageDetail(::std::boxed::Box<crate::v1::LandingPageDetail>),
    #[cfg(msgraph_v1_c43)]
    LearningAssignment(::std::boxed::Box<crate::v1::LearningAssignment>),
    #[cfg(msgraph_v1_c43)]
    LearningContent(::std::boxed::Box<crate::v1::LearningContent>),
    #[cfg(msgraph_v1_c43)]
    LearningCourseActivity(::std::boxed::Box<crate::v1::LearningCourseActivity>),
    #[cfg(msgraph_v1_c43)]
    LearningProvider(::std::boxed::Box<crate::v1::LearningProvider>),
    #[cfg(msgraph_v1_c43)]
    LearningSelfInitiatedCourse(
        ::std::boxed::Box<crate::v1::LearningSelfInitiatedCourse>,
    ),
    #[cfg(msgraph_v1_c42)]
    LevelMap(::std::boxed::Box<crate::v1::LevelMap>),
    #[cfg(msgraph_v1_c10)]
    LicenseDetails(::std::boxed::Box<crate::v1::LicenseDetails>),
    #[cfg(msgraph_v1_c10)]
    LinkedResource(::std::boxed::Box<crate::v1::LinkedResource>),
    #[cfg(msgraph_v1_c4)]
    List(::std::boxed::Box<crate::v1::List>),
    #[cfg(msgraph_v1_c4)]
    ListItem(::std::boxed::Box<crate::v1::ListItem>),
    #[cfg(msgraph_v1_c4)]
    ListItemVersion(::std::boxed::Box<crate::v1::ListItemVersion>),
    #[cfg(msgraph_v1_c28)]
    LocalizedNotificationMessage(
        ::std::boxed::Box<crate::v1::LocalizedNotificationMessage>,
    ),
    #[cfg(msgraph_v1_c8)]
    LoginPage(::std::boxed::Box<crate::v1::LoginPage>),
    #[cfg(msgraph_v1_c95)]
    LongRunningOperation(::std::boxed::Box<crate::v1::LongRunningOperation>),
    #[cfg(msgraph_v1_c17)]
    M365AppsInstallationOptions(
        ::std::boxed::Box<crate::v1::M365AppsInstallationOptions>,
    ),
    #[cfg(msgraph_v1_c28)]
    MacOsCompliancePolicy(::std::boxed::Box<crate::v1::MacOsCompliancePolicy>),
    #[cfg(msgraph_v1_c28)]
    MacOsCustomConfiguration(::std::boxed::Box<crate::v1::MacOsCustomConfiguration>),
    #[cfg(msgraph_v1_c28)]
    MacOsDeviceFeaturesConfiguration(
        ::std::boxed::Box<crate::v1::MacOsDeviceFeaturesConfiguration>,
    ),
    #[cfg(msgraph_v1_c29)]
    MacOsDmgApp(::std::boxed::Box<crate::v1::MacOsDmgApp>),
    #[cfg(msgraph_v1_c28)]
    MacOsGeneralDeviceConfiguration(
        ::std::boxed::Box<crate::v1::MacOsGeneralDeviceConfiguration>,
    ),
    #[cfg(msgraph_v1_c29)]
    MacOsLobApp(::std::boxed::Box<crate::v1::MacOsLobApp>),
    #[cfg(msgraph_v1_c29)]
    MacOsMicrosoftDefenderApp(::std::boxed::Box<crate::v1::MacOsMicrosoftDefenderApp>),
    #[cfg(msgraph_v1_c29)]
    MacOsMicrosoftEdgeApp(::std::boxed::Box<crate::v1::MacOsMicrosoftEdgeApp>),
    #[cfg(msgraph_v1_c29)]
    MacOsOfficeSuiteApp(::std::boxed::Box<crate::v1::MacOsOfficeSuiteApp>),
    #[cfg(msgraph_v1_c56)]
    MailAssessmentRequest(::std::boxed::Box<crate::v1::MailAssessmentRequest>),
    #[cfg(msgraph_v1_c10)]
    MailFolder(::std::boxed::Box<crate::v1::MailFolder>),
    #[cfg(msgraph_v1_c10)]
    MailSearchFolder(::std::boxed::Box<crate::v1::MailSearchFolder>),
    #[cfg(msgraph_v1_c10)]
    Mailbox(::std::boxed::Box<crate::v1::Mailbox>),
    #[cfg(msgraph_v1_c10)]
    MailboxFolder(::std::boxed::Box<crate::v1::MailboxFolder>),
    #[cfg(msgraph_v1_c10)]
    MailboxItem(::std::boxed::Box<crate::v1::MailboxItem>),
    #[cfg(msgraph_v1_c31)]
    MailboxProtectionRule(::std::boxed::Box<crate::v1::MailboxProtectionRule>),
    #[cfg(msgraph_v1_c31)]
    MailboxProtectionUnit(::std::boxed::Box<crate::v1::MailboxProtectionUnit>),
    #[cfg(msgraph_v1_c31)]
    MailboxProtectionUnitsBulkAdditionJob(
        ::std::boxed::Box<crate::v1::MailboxProtectionUnitsBulkAdditionJob>,
    ),
    #[cfg(msgraph_v1_c31)]
    MailboxRestoreArtifact(::std::boxed::Box<crate::v1::MailboxRestoreArtifact>),
    #[cfg(msgraph_v1_c31)]
    MailboxRestoreArtifactsBulkAdditionRequest(
        ::std::boxed::Box<crate::v1::MailboxRestoreArtifactsBulkAdditionRequest>,
    ),
    #[cfg(msgraph_v1_c28)]
    MalwareStateForWindowsDevice(
        ::std::boxed::Box<crate::v1::MalwareStateForWindowsDevice>,
    ),
    #[cfg(msgraph_v1_c29)]
    ManagedAndroidLobApp(::std::boxed::Box<crate::v1::ManagedAndroidLobApp>),
    #[cfg(msgraph_v1_c29)]
    ManagedAndroidStoreApp(::std::boxed::Box<crate::v1::ManagedAndroidStoreApp>),
    #[cfg(msgraph_v1_c29)]
    ManagedApp(::std::boxed::Box<crate::v1::ManagedApp>),
    #[cfg(msgraph_v1_c30)]
    ManagedAppConfiguration(::std::boxed::Box<crate::v1::ManagedAppConfiguration>),
    #[cfg(msgraph_v1_c29)]
    ManagedAppOperation(::std::boxed::Box<crate::v1::ManagedAppOperation>),
    #[cfg(msgraph_v1_c30)]
    ManagedAppPolicy(::std::boxed::Box<crate::v1::ManagedAppPolicy>),
    #[cfg(msgraph_v1_c30)]
    ManagedAppPolicyDeploymentSummary(
        ::std::boxed::Box<crate::v1::ManagedAppPolicyDeploymentSummary>,
    ),
    #[cfg(msgraph_v1_c30)]
    ManagedAppProtection(::std::boxed::Box<crate::v1::ManagedAppProtection>),
    #[cfg(msgraph_v1_c29)]
    ManagedAppRegistration(::std::boxed::Box<crate::v1::ManagedAppRegistration>),
    #[cfg(msgraph_v1_c29)]
    ManagedAppStatus(::std::boxed::Box<crate::v1::ManagedAppStatus>),
    #[cfg(msgraph_v1_c29)]
    ManagedAppStatusRaw(::std::boxed::Box<crate::v1::ManagedAppStatusRaw>),
    #[cfg(msgraph_v1_c9)]
    ManagedDevice(::std::boxed::Box<crate::v1::ManagedDevice>),
    #[cfg(msgraph_v1_c29)]
    ManagedDeviceMobileAppConfiguration(
        ::std::boxed::Box<crate::v1::ManagedDeviceMobileAppConfiguration>,
    ),
    #[cfg(msgraph_v1_c29)]
    ManagedDeviceMobileAppConfigurationAssignment(
        ::std::boxed::Box<crate::v1::ManagedDeviceMobileAppConfigurationAssignment>,
    ),
    #[cfg(msgraph_v1_c29)]
    ManagedDeviceMobileAppConfigurationDeviceStatus(
        ::std::boxed::Box<crate::v1::ManagedDeviceMobileAppConfigurationDeviceStatus>,
    ),
    #[cfg(msgraph_v1_c29)]
    ManagedDeviceMobileAppConfigurationDeviceSummary(
        ::std::boxed::Box<crate::v1::ManagedDeviceMobileAppConfigurationDeviceSummary>,
    ),
    #[cfg(msgraph_v1_c29)]
    ManagedDeviceMobileAppConfigurationUserStatus(
        ::std::boxed::Box<crate::v1::ManagedDeviceMobileAppConfigurationUserStatus>,
    ),
    #[cfg(msgraph_v1_c29)]
    ManagedDeviceMobileAppConfigurationUserSummary(
        ::std::boxed::Box<crate::v1::ManagedDeviceMobileAppConfigurationUserSummary>,
    ),
    #[cfg(msgraph_v1_c19)]
    ManagedDeviceOverview(::std::boxed::Box<crate::v1::ManagedDeviceOverview>),
    #[cfg(msgraph_v1_c29)]
    ManagedEBook(::std::boxed::Box<crate::v1::ManagedEBook>),
    #[cfg(msgraph_v1_c29)]
    ManagedEBookAssignment(::std::boxed::Box<crate::v1::ManagedEBookAssignment>),
    #[cfg(msgraph_v1_c29)]
    ManagedIosLobApp(::std::boxed::Box<crate::v1::ManagedIosLobApp>),
    #[cfg(msgraph_v1_c29)]
    ManagedIosStoreApp(::std::boxed::Box<crate::v1::ManagedIosStoreApp>),
    #[cfg(msgraph_v1_c30)]
    ManagedMobileApp(::std::boxed::Box<crate::v1::ManagedMobileApp>),
    #[cfg(msgraph_v1_c29)]
    ManagedMobileLobApp(::std::boxed::Box<crate::v1::ManagedMobileLobApp>),
    #[cfg(msgraph_v1_c30)]
    MdmWindowsInformationProtectionPolicy(
        ::std::boxed::Box<crate::v1::MdmWindowsInformationProtectionPolicy>,
    ),
    #[cfg(msgraph_v1_c26)]
    MeetingAttendanceReport(::std::boxed::Box<crate::v1::MeetingAttendanceReport>),
    #[cfg(msgraph_v1_c6)]
    MembershipOutlierInsight(::std::boxed::Box<crate::v1::MembershipOutlierInsight>),
    #[cfg(msgraph_v1_c10)]
    Message(::std::boxed::Box<crate::v1::Message>),
    #[cfg(msgraph_v1_c10)]
    MessageRule(::std::boxed::Box<crate::v1::MessageRule>),
    #[cfg(msgraph_v1_c17)]
    MessageTracingRoot(::std::boxed::Box<crate::v1::MessageTracingRoot>),
    #[cfg(msgraph_v1_c3)]
    MicrosoftAccountUserConversationMember(
        ::std::boxed::Box<crate::v1::MicrosoftAccountUserConversationMember>,
    ),
    #[cfg(msgraph_v1_c10)]
    MicrosoftAuthenticatorAuthenticationMethod(
        ::std::boxed::Box<crate::v1::MicrosoftAuthenticatorAuthenticationMethod>,
    ),
    #[cfg(msgraph_v1_c18)]
    MicrosoftAuthenticatorAuthenticationMethodConfiguration(
        ::std::boxed::Box<
            crate::v1::MicrosoftAuthenticatorAuthenticationMethodConfiguration,
        >,
    ),
    #[cfg(msgraph_v1_c18)]
    MicrosoftAuthenticatorAuthenticationMethodTarget(
        ::std::boxed::Box<crate::v1::MicrosoftAuthenticatorAuthenticationMethodTarget>,
    ),
    #[cfg(msgraph_v1_c29)]
    MicrosoftStoreForBusinessApp(
        ::std::boxed::Box<crate::v1::MicrosoftStoreForBusinessApp>,
    ),
    #[cfg(msgraph_v1_c29)]
    MobileApp(::std::boxed::Box<crate::v1::MobileApp>),
    #[cfg(msgraph_v1_c29)]
    MobileAppAssignment(::std::boxed::Box<crate::v1::MobileAppAssignment>),
    #[cfg(msgraph_v1_c29)]
    MobileAppCategory(::std::boxed::Box<crate::v1::MobileAppCategory>),
    #[cfg(msgraph_v1_c29)]
    MobileAppContent(::std::boxed::Box<crate::v1::MobileAppContent>),
    #[cfg(msgraph_v1_c29)]
    MobileAppContentFile(::std::boxed::Box<crate::v1::MobileAppContentFile>),
    #[cfg(msgraph_v1_c29)]
    MobileAppRelationship(::std::boxed::Box<crate::v1::MobileAppRelationship>),
    #[cfg(msgraph_v1_c28)]
    MobileAppTroubleshootingEvent(
        ::std::boxed::Box<crate::v1::MobileAppTroubleshootingEvent>,
    ),
    #[cfg(msgraph_v1_c29)]
    MobileContainedApp(::std::boxed::Box<crate::v1::MobileContainedApp>),
    #[cfg(msgraph_v1_c29)]
    MobileLobApp(::std::boxed::Box<crate::v1::MobileLobApp>),
    #[cfg(msgraph_v1_c28)]
    MobileThreatDefenseConnector(
        ::std::boxed::Box<crate::v1::MobileThreatDefenseConnector>,
    ),
    #[cfg(msgraph_v1_c66)]
    MultiTenantOrganization(::std::boxed::Box<crate::v1::MultiTenantOrganization>),
    #[cfg(msgraph_v1_c10)]
    MultiTenantOrganizationIdentitySyncPolicyTemplate(
        ::std::boxed::Box<crate::v1::MultiTenantOrganizationIdentitySyncPolicyTemplate>,
    ),
    #[cfg(msgraph_v1_c66)]
    MultiTenantOrganizationJoinRequestRecord(
        ::std::boxed::Box<crate::v1::MultiTenantOrganizationJoinRequestRecord>,
    ),
    #[cfg(msgraph_v1_c10)]
    MultiTenantOrganizationMember(
        ::std::boxed::Box<crate::v1::MultiTenantOrganizationMember>,
    ),
    #[cfg(msgraph_v1_c10)]
    MultiTenantOrganizationPartnerConfigurationTemplate(
        ::std::boxed::Box<crate::v1::MultiTenantOrganizationPartnerConfigurationTemplate>,
    ),
    #[cfg(msgraph_v1_c10)]
    MultiValueLegacyExtendedProperty(
        ::std::boxed::Box<crate::v1::MultiValueLegacyExtendedProperty>,
    ),
    #[cfg(msgraph_v1_c13)]
    MuteParticipantOperation(::std::boxed::Box<crate::v1::MuteParticipantOperation>),
    #[cfg(msgraph_v1_c1)]
    Notebook(::std::boxed::Box<crate::v1::Notebook>),
    #[cfg(msgraph_v1_c28)]
    NotificationMessageTemplate(
        ::std::boxed::Box<crate::v1::NotificationMessageTemplate>,
    ),
    #[cfg(msgraph_v1_c98)]
    OAuth2PermissionGrant(::std::boxed::Box<crate::v1::OAuth2PermissionGrant>),
    #[cfg(msgraph_v1_c10)]
    OfferShiftRequest(::std::boxed::Box<crate::v1::OfferShiftRequest>),
    #[cfg(msgraph_v1_c10)]
    OfficeGraphInsights(::std::boxed::Box<crate::v1::OfficeGraphInsights>),
    #[cfg(msgraph_v1_c35)]
    OidcIdentityProvider(::std::boxed::Box<crate::v1::OidcIdentityProvider>),
    #[cfg(msgraph_v1_c23)]
    OnAttributeCollectionListener(
        ::std::boxed::Box<crate::v1::OnAttributeCollectionListener>,
    ),
    #[cfg(msgraph_v1_c50)]
    OnAttributeCollectionStartCustomExtension(
        ::std::boxed::Box<crate::v1::OnAttributeCollectionStartCustomExtension>,
    ),
    #[cfg(msgraph_v1_c23)]
    OnAttributeCollectionStartListener(
        ::std::boxed::Box<crate::v1::OnAttributeCollectionStartListener>,
    ),
    #[cfg(msgraph_v1_c50)]
    OnAttributeCollectionSubmitCustomExtension(
        ::std::boxed::Box<crate::v1::OnAttributeCollectionSubmitCustomExtension>,
    ),
    #[cfg(msgraph_v1_c23)]
    OnAttributeCollectionSubmitListener(
        ::std::boxed::Box<crate::v1::OnAttributeCollectionSubmitListener>,
    ),
    #[cfg(msgraph_v1_c23)]
    OnAuthenticationMethodLoadStartListener(
        ::std::boxed::Box<crate::v1::OnAuthenticationMethodLoadStartListener>,
    ),
    #[cfg(msgraph_v1_c23)]
    OnEmailOtpSendListener(::std::boxed::Box<crate::v1::OnEmailOtpSendListener>),
    #[cfg(msgraph_v1_c23)]
    OnFraudProtectionLoadStartListener(
        ::std::boxed::Box<crate::v1::OnFraudProtectionLoadStartListener>,
    ),
    #[cfg(msgraph_v1_c23)]
    OnInteractiveAuthFlowStartListener(
        ::std::boxed::Box<crate::v1::OnInteractiveAuthFlowStartListener>,
    ),
    #[cfg(msgraph_v1_c50)]
    OnOtpSendCustomExtension(::std::boxed::Box<crate::v1::OnOtpSendCustomExtension>),
    #[cfg(msgraph_v1_c50)]
    OnPasswordSubmitCustomExtension(
        ::std::boxed::Box<crate::v1::OnPasswordSubmitCustomExtension>,
    ),
    #[cfg(msgraph_v1_c23)]
    OnPasswordSubmitListener(::std::boxed::Box<crate::v1::OnPasswordSubmitListener>),
    #[cfg(msgraph_v1_c28)]
    OnPremisesConditionalAccessSettings(
        ::std::boxed::Box<crate::v1::OnPremisesConditionalAccessSettings>,
    ),
    #[cfg(msgraph_v1_c27)]
    OnPremisesDirectorySynchronization(
        ::std::boxed::Box<crate::v1::OnPremisesDirectorySynchronization>,
    ),
    #[cfg(msgraph_v1_c10)]
    OnPremisesSyncBehavior(::std::boxed::Box<crate::v1::OnPremisesSyncBehavior>),
    #[cfg(msgraph_v1_c50)]
    OnTokenIssuanceStartCustomExtension(
        ::std::boxed::Box<crate::v1::OnTokenIssuanceStartCustomExtension>,
    ),
    #[cfg(msgraph_v1_c23)]
    OnTokenIssuanceStartListener(
        ::std::boxed::Box<crate::v1::OnTokenIssuanceStartListener>,
    ),
    #[cfg(msgraph_v1_c23)]
    OnUserCreateStartListener(::std::boxed::Box<crate::v1::OnUserCreateStartListener>),
    #[cfg(msgraph_v1_c50)]
    OnVerifiedIdClaimValidationCustomExtension(
        ::std::boxed::Box<crate::v1::OnVerifiedIdClaimValidationCustomExtension>,
    ),
    #[cfg(msgraph_v1_c23)]
    OnVerifiedIdClaimValidationListener(
        ::std::boxed::Box<crate::v1::OnVerifiedIdClaimValidationListener>,
    ),
    #[cfg(msgraph_v1_c31)]
    OneDriveForBusinessBrowseSession(
        ::std::boxed::Box<crate::v1::OneDriveForBusinessBrowseSession>,
    ),
    #[cfg(msgraph_v1_c31)]
    OneDriveForBusinessProtectionPolicy(
        ::std::boxed::Box<crate::v1::OneDriveForBusinessProtectionPolicy>,
    ),
    #[cfg(msgraph_v1_c31)]
    OneDriveForBusinessRestoreSession(
        ::std::boxed::Box<crate::v1::OneDriveForBusinessRestoreSession>,
    ),
    #[cfg(msgraph_v1_c1)]
    Onenote(::std::boxed::Box<crate::v1::Onenote>),
    #[cfg(msgraph_v1_c1)]
    OnenoteEntityBaseModel(::std::boxed::Box<crate::v1::OnenoteEntityBaseModel>),
    #[cfg(msgraph_v1_c1)]
    OnenoteEntityHierarchyModel(
        ::std::boxed::Box<crate::v1::OnenoteEntityHierarchyModel>,
    ),
    #[cfg(msgraph_v1_c1)]
    OnenoteEntitySchemaObjectModel(
        ::std::boxed::Box<crate::v1::OnenoteEntitySchemaObjectModel>,
    ),
    #[cfg(msgraph_v1_c1)]
    OnenoteOperation(::std::boxed::Box<crate::v1::OnenoteOperation>),
    #[cfg(msgraph_v1_c1)]
    OnenotePage(::std::boxed::Box<crate::v1::OnenotePage>),
    #[cfg(msgraph_v1_c1)]
    OnenoteResource(::std::boxed::Box<crate::v1::OnenoteResource>),
    #[cfg(msgraph_v1_c1)]
    OnenoteSection(::std::boxed::Box<crate::v1::OnenoteSection>),
    #[cfg(msgraph_v1_c14)]
    OnlineMeeting(::std::boxed::Box<crate::v1::OnlineMeeting>),
    #[cfg(msgraph_v1_c26)]
    OnlineMeetingBase(::std::boxed::Box<crate::v1::OnlineMeetingBase>),
    #[cfg(msgraph_v1_c13)]
    OnlineMeetingEngagementConversation(
        ::std::boxed::Box<crate::v1::OnlineMeetingEngagementConversation>,
    ),
    #[cfg(msgraph_v1_c10)]
    OpenShift(::std::boxed::Box<crate::v1::OpenShift>),
    #[cfg(msgraph_v1_c10)]
    OpenShiftChangeRequest(::std::boxed::Box<crate::v1::OpenShiftChangeRequest>),
    #[cfg(msgraph_v1_c10)]
    OpenTypeExtension(::std::boxed::Box<crate::v1::OpenTypeExtension>),
    #[cfg(msgraph_v1_c1)]
    Operation(::std::boxed::Box<crate::v1::Operation>),
    #[cfg(msgraph_v1_c10)]
    OrgContact(::std::boxed::Box<crate::v1::OrgContact>),
    #[cfg(msgraph_v1_c10)]
    Organization(::std::boxed::Box<crate::v1::Organization>),
    #[cfg(msgraph_v1_c10)]
    OrganizationalBranding(::std::boxed::Box<crate::v1::OrganizationalBranding>),
    #[cfg(msgraph_v1_c10)]
    OrganizationalBrandingLocalization(
        ::std::boxed::Box<crate::v1::OrganizationalBrandingLocalization>,
    ),
    #[cfg(msgraph_v1_c10)]
    OrganizationalBrandingProperties(
        ::std::boxed::Box<crate::v1::OrganizationalBrandingProperties>,
    ),
    #[cfg(msgraph_v1_c10)]
    OutlookCategory(::std::boxed::Box<crate::v1::OutlookCategory>),
    #[cfg(msgraph_v1_c10)]
    OutlookItem(::std::boxed::Box<crate::v1::OutlookItem>),
    #[cfg(msgraph_v1_c10)]
    OutlookUser(::std::boxed::Box<crate::v1::OutlookUser>),
    #[cfg(msgraph_v1_c16)]
    OwnerlessGroupPolicy(::std::boxed::Box<crate::v1::OwnerlessGroupPolicy>),
    #[cfg(msgraph_v1_c13)]
    Participant(::std::boxed::Box<crate::v1::Participant>),
    #[cfg(msgraph_v1_c19)]
    ParticipantJoiningNotification(
        ::std::boxed::Box<crate::v1::ParticipantJoiningNotification>,
    ),
    #[cfg(msgraph_v1_c19)]
    ParticipantLeftNotification(
        ::std::boxed::Box<crate::v1::ParticipantLeftNotification>,
    ),
    #[cfg(msgraph_v1_c44)]
    Partners(::std::boxed::Box<crate::v1::Partners>),
    #[cfg(msgraph_v1_c44)]
    AzureUsage(::std::boxed::Box<crate::v1::partners_billing::AzureUsage>),
    #[cfg(msgraph_v1_c44)]
    BilledReconciliation(
        ::std::boxed::Box<crate::v1::partners_billing::BilledReconciliation>,
    ),
    #[cfg(msgraph_v1_c44)]
    BilledUsage(::std::boxed::Box<crate::v1::partners_billing::BilledUsage>),
    #[cfg(msgraph_v1_c44)]
    Billing(::std::boxed::Box<crate::v1::partners_billing::Billing>),
    #[cfg(msgraph_v1_c44)]
    BillingReconciliation(
        ::std::boxed::Box<crate::v1::partners_billing::BillingReconciliation>,
    ),
    #[cfg(msgraph_v1_c44)]
    ExportSuccessOperation(
        ::std::boxed::Box<crate::v1::partners_billing::ExportSuccessOperation>,
    ),
    #[cfg(msgraph_v1_c44)]
    FailedOperation(::std::boxed::Box<crate::v1::partners_billing::FailedOperation>),
    #[cfg(msgraph_v1_c44)]
    Manifest(::std::boxed::Box<crate::v1::partners_billing::Manifest>),
    #[cfg(msgraph_v1_c44)]
    PartnersBillingOperation(::std::boxed::Box<crate::v1::partners_billing::Operation>),
    #[cfg(msgraph_v1_c44)]
    RunningOperation(::std::boxed::Box<crate::v1::partners_billing::RunningOperation>),
    #[cfg(msgraph_v1_c44)]
    UnbilledReconciliation(
        ::std::boxed::Box<crate::v1::partners_billing::UnbilledReconciliation>,
    ),
    #[cfg(msgraph_v1_c44)]
    UnbilledUsage(::std::boxed::Box<crate::v1::partners_billing::UnbilledUsage>),
    #[cfg(msgraph_v1_c18)]
    PasskeyAuthenticationMethodTarget(
        ::std::boxed::Box<crate::v1::PasskeyAuthenticationMethodTarget>,
    ),
    #[cfg(msgraph_v1_c19)]
    PasskeyProfile(::std::boxed::Box<crate::v1::PasskeyProfile>),
    #[cfg(msgraph_v1_c10)]
    PasswordAuthenticationMethod(
        ::std::boxed::Box<crate::v1::PasswordAuthenticationMethod>,
    ),
    #[cfg(msgraph_v1_c8)]
    Payload(::std::boxed::Box<crate::v1::Payload>),
    #[cfg(msgraph_v1_c17)]
    PeopleAdminSettings(::std::boxed::Box<crate::v1::PeopleAdminSettings>),
    #[cfg(msgraph_v1_c54)]
    Permission(::std::boxed::Box<crate::v1::Permission>),
    #[cfg(msgraph_v1_c10)]
    PermissionGrantConditionSet(
        ::std::boxed::Box<crate::v1::PermissionGrantConditionSet>,
    ),
    #[cfg(msgraph_v1_c10)]
    PermissionGrantPolicy(::std::boxed::Box<crate::v1::PermissionGrantPolicy>),
    #[cfg(msgraph_v1_c10)]
    Person(::std::boxed::Box<crate::v1::Person>),
    #[cfg(msgraph_v1_c10)]
    PhoneAuthenticationMethod(::std::boxed::Box<crate::v1::PhoneAuthenticationMethod>),
    #[cfg(msgraph_v1_c3)]
    PhoneUserConversationMember(
        ::std::boxed::Box<crate::v1::PhoneUserConversationMember>,
    ),
    #[cfg(msgraph_v1_c10)]
    PinnedChatMessageInfo(::std::boxed::Box<crate::v1::PinnedChatMessageInfo>),
    #[cfg(msgraph_v1_c42)]
    Place(::std::boxed::Box<crate::v1::Place>),
    #[cfg(msgraph_v1_c103)]
    Planner(::std::boxed::Box<crate::v1::Planner>),
    #[cfg(msgraph_v1_c104)]
    PlannerAssignedToTaskBoardTaskFormat(
        ::std::boxed::Box<crate::v1::PlannerAssignedToTaskBoardTaskFormat>,
    ),
    #[cfg(msgraph_v1_c104)]
    PlannerBucket(::std::boxed::Box<crate::v1::PlannerBucket>),
    #[cfg(msgraph_v1_c104)]
    PlannerBucketTaskBoardTaskFormat(
        ::std::boxed::Box<crate::v1::PlannerBucketTaskBoardTaskFormat>,
    ),
    #[cfg(msgraph_v1_c10)]
    PlannerGroup(::std::boxed::Box<crate::v1::PlannerGroup>),
    #[cfg(msgraph_v1_c104)]
    PlannerPlan(::std::boxed::Box<crate::v1::PlannerPlan>),
    #[cfg(msgraph_v1_c104)]
    PlannerPlanDetails(::std::boxed::Box<crate::v1::PlannerPlanDetails>),
    #[cfg(msgraph_v1_c104)]
    PlannerProgressTaskBoardTaskFormat(
        ::std::boxed::Box<crate::v1::PlannerProgressTaskBoardTaskFormat>,
    ),
    #[cfg(msgraph_v1_c104)]
    PlannerTask(::std::boxed::Box<crate::v1::PlannerTask>),
    #[cfg(msgraph_v1_c104)]
    PlannerTaskDetails(::std::boxed::Box<crate::v1::PlannerTaskDetails>),
    #[cfg(msgraph_v1_c10)]
    PlannerUser(::std::boxed::Box<crate::v1::PlannerUser>),
    #[cfg(msgraph_v1_c10)]
    PlatformCredentialAuthenticationMethod(
        ::std::boxed::Box<crate::v1::PlatformCredentialAuthenticationMethod>,
    ),
    #[cfg(msgraph_v1_c13)]
    PlayPromptOperation(::std::boxed::Box<crate::v1::PlayPromptOperation>),
    #[cfg(msgraph_v1_c10)]
    PolicyBase(::std::boxed::Box<crate::v1::PolicyBase>),
    #[cfg(msgraph_v1_c16)]
    PolicyRoot(::std::boxed::Box<crate::v1::PolicyRoot>),
    #[cfg(msgraph_v1_c10)]
    PolicyTemplate(::std::boxed::Box<crate::v1::PolicyTemplate>),
    #[cfg(msgraph_v1_c10)]
    Post(::std::boxed::Box<crate::v1::Post>),
    #[cfg(msgraph_v1_c14)]
    Presence(::std::boxed::Box<crate::v1::Presence>),
    #[cfg(msgraph_v1_c105)]
    PrintConnector(::std::boxed::Box<crate::v1::PrintConnector>),
    #[cfg(msgraph_v1_c87)]
    PrintDocument(::std::boxed::Box<crate::v1::PrintDocument>),
    #[cfg(msgraph_v1_c87)]
    PrintJob(::std::boxed::Box<crate::v1::PrintJob>),
    #[cfg(msgraph_v1_c105)]
    PrintOperation(::std::boxed::Box<crate::v1::PrintOperation>),
    #[cfg(msgraph_v1_c105)]
    PrintService(::std::boxed::Box<crate::v1::PrintService>),
    #[cfg(msgraph_v1_c105)]
    PrintServiceEndpoint(::std::boxed::Box<crate::v1::PrintServiceEndpoint>),
    #[cfg(msgraph_v1_c87)]
    PrintTask(::std::boxed::Box<crate::v1::PrintTask>),
    #[cfg(msgraph_v1_c105)]
    PrintTaskDefinition(::std::boxed::Box<crate::v1::PrintTaskDefinition>),
    #[cfg(msgraph_v1_c105)]
    PrintTaskTrigger(::std::boxed::Box<crate::v1::PrintTaskTrigger>),
    #[cfg(msgraph_v1_c44)]
    PrintUsage(::std::boxed::Box<crate::v1::PrintUsage>),
    #[cfg(msgraph_v1_c44)]
    PrintUsageByPrinter(::std::boxed::Box<crate::v1::PrintUsageByPrinter>),
    #[cfg(msgraph_v1_c44)]
    PrintUsageByUser(::std::boxed::Box<crate::v1::PrintUsageByUser>),
    #[cfg(msgraph_v1_c105)]
    Printer(::std::boxed::Box<crate::v1::Printer>),
    #[cfg(msgraph_v1_c87)]
    PrinterBase(::std::boxed::Box<crate::v1::PrinterBase>),
    #[cfg(msgraph_v1_c105)]
    PrinterCreateOperation(::std::boxed::Box<crate::v1::PrinterCreateOperation>),
    #[cfg(msgraph_v1_c87)]
    PrinterShare(::std::boxed::Box<crate::v1::PrinterShare>),
    #[cfg(msgraph_v1_c6)]
    PrivilegedAccessGroup(::std::boxed::Box<crate::v1::PrivilegedAccessGroup>),
    #[cfg(msgraph_v1_c6)]
    PrivilegedAccessGroupAssignmentSchedule(
        ::std::boxed::Box<crate::v1::PrivilegedAccessGroupAssignmentSchedule>,
    ),
    #[cfg(msgraph_v1_c6)]
    PrivilegedAccessGroupAssignmentScheduleInstance(
        ::std::boxed::Box<crate::v1::PrivilegedAccessGroupAssignmentScheduleInstance>,
    ),
    #[cfg(msgraph_v1_c6)]
    PrivilegedAccessGroupAssignmentScheduleRequest(
        ::std::boxed::Box<crate::v1::PrivilegedAccessGroupAssignmentScheduleRequest>,
    ),
    #[cfg(msgraph_v1_c6)]
    PrivilegedAccessGroupEligibilitySchedule(
        ::std::boxed::Box<crate::v1::PrivilegedAccessGroupEligibilitySchedule>,
    ),
    #[cfg(msgraph_v1_c6)]
    PrivilegedAccessGroupEligibilityScheduleInstance(
        ::std::boxed::Box<crate::v1::PrivilegedAccessGroupEligibilityScheduleInstance>,
    ),
    #[cfg(msgraph_v1_c6)]
    PrivilegedAccessGroupEligibilityScheduleRequest(
        ::std::boxed::Box<crate::v1::PrivilegedAccessGroupEligibilityScheduleRequest>,
    ),
    #[cfg(msgraph_v1_c6)]
    PrivilegedAccessRoot(::std::boxed::Box<crate::v1::PrivilegedAccessRoot>),
    #[cfg(msgraph_v1_c6)]
    PrivilegedAccessSchedule(::std::boxed::Box<crate::v1::PrivilegedAccessSchedule>),
    #[cfg(msgraph_v1_c6)]
    PrivilegedAccessScheduleInstance(
        ::std::boxed::Box<crate::v1::PrivilegedAccessScheduleInstance>,
    ),
    #[cfg(msgraph_v1_c6)]
    PrivilegedAccessScheduleRequest(
        ::std::boxed::Box<crate::v1::PrivilegedAccessScheduleRequest>,
    ),
    #[cfg(msgraph_v1_c17)]
    ProfileCardProperty(::std::boxed::Box<crate::v1::ProfileCardProperty>),
    #[cfg(msgraph_v1_c10)]
    ProfilePhoto(::std::boxed::Box<crate::v1::ProfilePhoto>),
    #[cfg(msgraph_v1_c17)]
    ProfilePropertySetting(::std::boxed::Box<crate::v1::ProfilePropertySetting>),
    #[cfg(msgraph_v1_c17)]
    ProfileSource(::std::boxed::Box<crate::v1::ProfileSource>),
    #[cfg(msgraph_v1_c17)]
    PronounsSettings(::std::boxed::Box<crate::v1::PronounsSettings>),
    #[cfg(msgraph_v1_c31)]
    ProtectionPolicyBase(::std::boxed::Box<crate::v1::ProtectionPolicyBase>),
    #[cfg(msgraph_v1_c31)]
    ProtectionRuleBase(::std::boxed::Box<crate::v1::ProtectionRuleBase>),
    #[cfg(msgraph_v1_c31)]
    ProtectionUnitBase(::std::boxed::Box<crate::v1::ProtectionUnitBase>),
    #[cfg(msgraph_v1_c31)]
    ProtectionUnitsBulkJobBase(::std::boxed::Box<crate::v1::ProtectionUnitsBulkJobBase>),
    #[cfg(msgraph_v1_c38)]
    ProvisioningObjectSummary(::std::boxed::Box<crate::v1::ProvisioningObjectSummary>),
    #[cfg(msgraph_v1_c27)]
    PublicKeyInfrastructureRoot(
        ::std::boxed::Box<crate::v1::PublicKeyInfrastructureRoot>,
    ),
    #[cfg(msgraph_v1_c10)]
    QrCode(::std::boxed::Box<crate::v1::QrCode>),
    #[cfg(msgraph_v1_c10)]
    QrCodePinAuthenticationMethod(
        ::std::boxed::Box<crate::v1::QrCodePinAuthenticationMethod>,
    ),
    #[cfg(msgraph_v1_c18)]
    QrCodePinAuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::v1::QrCodePinAuthenticationMethodConfiguration>,
    ),
    #[cfg(msgraph_v1_c10)]
    QrPin(::std::boxed::Box<crate::v1::QrPin>),
    #[cfg(msgraph_v1_c34)]
    RbacApplication(::std::boxed::Box<crate::v1::RbacApplication>),
    #[cfg(msgraph_v1_c59)]
    ReadingAssignmentSubmission(
        ::std::boxed::Box<crate::v1::ReadingAssignmentSubmission>,
    ),
    #[cfg(msgraph_v1_c59)]
    ReadingCoachPassage(::std::boxed::Box<crate::v1::ReadingCoachPassage>),
    #[cfg(msgraph_v1_c13)]
    RecordOperation(::std::boxed::Box<crate::v1::RecordOperation>),
    #[cfg(msgraph_v1_c76)]
    RecycleBin(::std::boxed::Box<crate::v1::RecycleBin>),
    #[cfg(msgraph_v1_c76)]
    RecycleBinItem(::std::boxed::Box<crate::v1::RecycleBinItem>),
    #[cfg(msgraph_v1_c10)]
    ReferenceAttachment(::std::boxed::Box<crate::v1::ReferenceAttachment>),
    #[cfg(msgraph_v1_c59)]
    ReflectCheckInResponse(::std::boxed::Box<crate::v1::ReflectCheckInResponse>),
    #[cfg(msgraph_v1_c44)]
    RelyingPartyDetailedSummary(
        ::std::boxed::Box<crate::v1::RelyingPartyDetailedSummary>,
    ),
    #[cfg(msgraph_v1_c28)]
    RemoteAssistancePartner(::std::boxed::Box<crate::v1::RemoteAssistancePartner>),
    #[cfg(msgraph_v1_c10)]
    RemoteDesktopSecurityConfiguration(
        ::std::boxed::Box<crate::v1::RemoteDesktopSecurityConfiguration>,
    ),
    #[cfg(msgraph_v1_c10)]
    RemoteTenantGroup(::std::boxed::Box<crate::v1::RemoteTenantGroup>),
    #[cfg(msgraph_v1_c59)]
    ReportsRoot(::std::boxed::Box<crate::v1::ReportsRoot>),
    #[cfg(msgraph_v1_c74)]
    Request(::std::boxed::Box<crate::v1::Request>),
    #[cfg(msgraph_v1_c66)]
    ResellerDelegatedAdminRelationship(
        ::std::boxed::Box<crate::v1::ResellerDelegatedAdminRelationship>,
    ),
    #[cfg(msgraph_v1_c28)]
    ResourceOperation(::std::boxed::Box<crate::v1::ResourceOperation>),
    #[cfg(msgraph_v1_c10)]
    ResourceSpecificPermissionGrant(
        ::std::boxed::Box<crate::v1::ResourceSpecificPermissionGrant>,
    ),
    #[cfg(msgraph_v1_c31)]
    RestoreArtifactBase(::std::boxed::Box<crate::v1::RestoreArtifactBase>),
    #[cfg(msgraph_v1_c31)]
    RestoreArtifactsBulkRequestBase(
        ::std::boxed::Box<crate::v1::RestoreArtifactsBulkRequestBase>,
    ),
    #[cfg(msgraph_v1_c31)]
    RestorePoint(::std::boxed::Box<crate::v1::RestorePoint>),
    #[cfg(msgraph_v1_c31)]
    RestoreSessionBase(::std::boxed::Box<crate::v1::RestoreSessionBase>),
    #[cfg(msgraph_v1_c4)]
    RichLongRunningOperation(::std::boxed::Box<crate::v1::RichLongRunningOperation>),
    #[cfg(msgraph_v1_c12)]
    RiskDetection(::std::boxed::Box<crate::v1::RiskDetection>),
    #[cfg(msgraph_v1_c12)]
    RiskyServicePrincipal(::std::boxed::Box<crate::v1::RiskyServicePrincipal>),
    #[cfg(msgraph_v1_c12)]
    RiskyServicePrincipalHistoryItem(
        ::std::boxed::Box<crate::v1::RiskyServicePrincipalHistoryItem>,
    ),
    #[cfg(msgraph_v1_c12)]
    RiskyUser(::std::boxed::Box<crate::v1::RiskyUser>),
    #[cfg(msgraph_v1_c12)]
    RiskyUserHistoryItem(::std::boxed::Box<crate::v1::RiskyUserHistoryItem>),
    #[cfg(msgraph_v1_c28)]
    RoleAssignment(::std::boxed::Box<crate::v1::RoleAssignment>),
    #[cfg(msgraph_v1_c28)]
    RoleDefinition(::std::boxed::Box<crate::v1::RoleDefinition>),
    #[cfg(msgraph_v1_c42)]
    Room(::std::boxed::Box<crate::v1::Room>),
    #[cfg(msgraph_v1_c42)]
    RoomList(::std::boxed::Box<crate::v1::RoomList>),
    #[cfg(msgraph_v1_c35)]
    SamlOrWsFedExternalDomainFederation(
        ::std::boxed::Box<crate::v1::SamlOrWsFedExternalDomainFederation>,
    ),
    #[cfg(msgraph_v1_c52)]
    SamlOrWsFedProvider(::std::boxed::Box<crate::v1::SamlOrWsFedProvider>),
    #[cfg(msgraph_v1_c10)]
    Schedule(::std::boxed::Box<crate::v1::Schedule>),
    #[cfg(msgraph_v1_c10)]
    ScheduleChangeRequest(::std::boxed::Box<crate::v1::ScheduleChangeRequest>),
    #[cfg(msgraph_v1_c10)]
    SchedulingGroup(::std::boxed::Box<crate::v1::SchedulingGroup>),
    #[cfg(msgraph_v1_c75)]
    SchemaExtension(::std::boxed::Box<crate::v1::SchemaExtension>),
    #[cfg(msgraph_v1_c112)]
    ScopedRoleMembership(::std::boxed::Box<crate::v1::ScopedRoleMembership>),
    #[cfg(msgraph_v1_c19)]
    Acronym(::std::boxed::Box<crate::v1::search::Acronym>),
    #[cfg(msgraph_v1_c19)]
    Bookmark(::std::boxed::Box<crate::v1::search::Bookmark>),
    #[cfg(msgraph_v1_c19)]
    Qna(::std::boxed::Box<crate::v1::search::Qna>),
    #[cfg(msgraph_v1_c19)]
    SearchAnswer(::std::boxed::Box<crate::v1::search::SearchAnswer>),
    #[cfg(msgraph_v1_c19)]
    SearchEntity(::std::boxed::Box<crate::v1::SearchEntity>),
    #[cfg(msgraph_v1_c42)]
    Section(::std::boxed::Box<crate::v1::Section>),
    #[cfg(msgraph_v1_c1)]
    SectionGroup(::std::boxed::Box<crate::v1::SectionGroup>),
    #[cfg(msgraph_v1_c42)]
    SectionMap(::std::boxed::Box<crate::v1::SectionMap>),
    #[cfg(msgraph_v1_c8)]
    SecureScore(::std::boxed::Box<crate::v1::SecureScore>),
    #[cfg(msgraph_v1_c8)]
    SecureScoreControlProfile(::std::boxed::Box<crate::v1::SecureScoreControlProfile>),
    #[cfg(msgraph_v1_c8)]
    SecurityAlert(::std::boxed::Box<crate::v1::security::Alert>),
    #[cfg(msgraph_v1_c8)]
    AnalyzedEmail(::std::boxed::Box<crate::v1::security::AnalyzedEmail>),
    #[cfg(msgraph_v1_c8)]
    Article(::std::boxed::Box<crate::v1::security::Article>),
    #[cfg(msgraph_v1_c8)]
    ArticleIndicator(::std::boxed::Box<crate::v1::security::ArticleIndicator>),
    #[cfg(msgraph_v1_c8)]
    Artifact(::std::boxed::Box<crate::v1::security::Artifact>),
    #[cfg(msgraph_v1_c8)]
    AuditCoreRoot(::std::boxed::Box<crate::v1::security::AuditCoreRoot>),
    #[cfg(msgraph_v1_c8)]
    AuditLogQuery(::std::boxed::Box<crate::v1::security::AuditLogQuery>),
    #[cfg(msgraph_v1_c8)]
    AuditLogRecord(::std::boxed::Box<crate::v1::security::AuditLogRecord>),
    #[cfg(msgraph_v1_c8)]
    AuthorityTemplate(::std::boxed::Box<crate::v1::security::AuthorityTemplate>),
    #[cfg(msgraph_v1_c8)]
    AutoAuditingConfiguration(
        ::std::boxed::Box<crate::v1::security::AutoAuditingConfiguration>,
    ),
    #[cfg(msgraph_v1_c8)]
    Case(::std::boxed::Box<crate::v1::security::Case>),
    #[cfg(msgraph_v1_c8)]
    CaseOperation(::std::boxed::Box<crate::v1::security::CaseOperation>),
    #[cfg(msgraph_v1_c8)]
    CasesRoot(::std::boxed::Box<crate::v1::security::CasesRoot>),
    #[cfg(msgraph_v1_c8)]
    CategoryTemplate(::std::boxed::Box<crate::v1::security::CategoryTemplate>),
    #[cfg(msgraph_v1_c8)]
    CitationTemplate(::std::boxed::Box<crate::v1::security::CitationTemplate>),
    #[cfg(msgraph_v1_c8)]
    CollaborationRoot(::std::boxed::Box<crate::v1::security::CollaborationRoot>),
    #[cfg(msgraph_v1_c8)]
    DataSet(::std::boxed::Box<crate::v1::security::DataSet>),
    #[cfg(msgraph_v1_c8)]
    DataSource(::std::boxed::Box<crate::v1::security::DataSource>),
    #[cfg(msgraph_v1_c8)]
    DataSourceContainer(::std::boxed::Box<crate::v1::security::DataSourceContainer>),
    #[cfg(msgraph_v1_c8)]
    DepartmentTemplate(::std::boxed::Box<crate::v1::security::DepartmentTemplate>),
    #[cfg(msgraph_v1_c8)]
    EdiscoveryAddToReviewSetOperation(
        ::std::boxed::Box<crate::v1::security::EdiscoveryAddToReviewSetOperation>,
    ),
    #[cfg(msgraph_v1_c8)]
    EdiscoveryCase(::std::boxed::Box<crate::v1::security::EdiscoveryCase>),
    #[cfg(msgraph_v1_c8)]
    EdiscoveryCaseMember(::std::boxed::Box<crate::v1::security::EdiscoveryCaseMember>),
    #[cfg(msgraph_v1_c8)]
    EdiscoveryCaseSettings(
        ::std::boxed::Box<crate::v1::security::EdiscoveryCaseSettings>,
    ),
    #[cfg(msgraph_v1_c8)]
    EdiscoveryCustodian(::std::boxed::Box<crate::v1::security::EdiscoveryCustodian>),
    #[cfg(msgraph_v1_c8)]
    EdiscoveryEstimateOperation(
        ::std::boxed::Box<crate::v1::security::EdiscoveryEstimateOperation>,
    ),
    #[cfg(msgraph_v1_c8)]
    EdiscoveryExportOperation(
        ::std::boxed::Box<crate::v1::security::EdiscoveryExportOperation>,
    ),
    #[cfg(msgraph_v1_c8)]
    EdiscoveryHoldOperation(
        ::std::boxed::Box<crate::v1::security::EdiscoveryHoldOperation>,
    ),
    #[cfg(msgraph_v1_c8)]
    EdiscoveryHoldPolicySyncOperation(
        ::std::boxed::Box<crate::v1::security::EdiscoveryHoldPolicySyncOperation>,
    ),
    #[cfg(msgraph_v1_c8)]
    EdiscoveryIndexOperation(
        ::std::boxed::Box<crate::v1::security::EdiscoveryIndexOperation>,
    ),
    #[cfg(msgraph_v1_c8)]
    EdiscoveryNoncustodialDataSource(
        ::std::boxed::Box<crate::v1::security::EdiscoveryNoncustodialDataSource>,
    ),
    #[cfg(msgraph_v1_c8)]
    EdiscoveryPurgeDataOperation(
        ::std::boxed::Box<crate::v1::security::EdiscoveryPurgeDataOperation>,
    ),
    #[cfg(msgraph_v1_c8)]
    EdiscoveryReviewSet(::std::boxed::Box<crate::v1::security::EdiscoveryReviewSet>),
    #[cfg(msgraph_v1_c8)]
    EdiscoveryReviewSetQuery(
        ::std::boxed::Box<crate::v1::security::EdiscoveryReviewSetQuery>,
    ),
    #[cfg(msgraph_v1_c8)]
    EdiscoveryReviewTag(::std::boxed::Box<crate::v1::security::EdiscoveryReviewTag>),
    #[cfg(msgraph_v1_c8)]
    EdiscoverySearch(::std::boxed::Box<crate::v1::security::EdiscoverySearch>),
    #[cfg(msgraph_v1_c8)]
    EdiscoverySearchExportOperation(
        ::std::boxed::Box<crate::v1::security::EdiscoverySearchExportOperation>,
    ),
    #[cfg(msgraph_v1_c8)]
    EdiscoveryTagOperation(
        ::std::boxed::Box<crate::v1::security::EdiscoveryTagOperation>,
    ),
    #[cfg(msgraph_v1_c8)]
    FilePlanDescriptor(::std::boxed::Box<crate::v1::security::FilePlanDescriptor>),
    #[cfg(msgraph_v1_c8)]
    FilePlanDescriptorTemplate(
        ::std::boxed::Box<crate::v1::security::FilePlanDescriptorTemplate>,
    ),
    #[cfg(msgraph_v1_c8)]
    FilePlanReferenceTemplate(
        ::std::boxed::Box<crate::v1::security::FilePlanReferenceTemplate>,
    ),
    #[cfg(msgraph_v1_c8)]
    HealthIssue(::std::boxed::Box<crate::v1::security::HealthIssue>),
    #[cfg(msgraph_v1_c8)]
    Host(::std::boxed::Box<crate::v1::security::Host>),
    #[cfg(msgraph_v1_c8)]
    HostComponent(::std::boxed::Box<crate::v1::security::HostComponent>),
    #[cfg(msgraph_v1_c8)]
    HostCookie(::std::boxed::Box<crate::v1::security::HostCookie>),
    #[cfg(msgraph_v1_c8)]
    HostPair(::std::boxed::Box<crate::v1::security::HostPair>),
    #[cfg(msgraph_v1_c8)]
    HostPort(::std::boxed::Box<crate::v1::security::HostPort>),
    #[cfg(msgraph_v1_c8)]
    HostReputation(::std::boxed::Box<crate::v1::security::HostReputation>),
    #[cfg(msgraph_v1_c8)]
    HostSslCertificate(::std::boxed::Box<crate::v1::security::HostSslCertificate>),
    #[cfg(msgraph_v1_c8)]
    HostTracker(::std::boxed::Box<crate::v1::security::HostTracker>),
    #[cfg(msgraph_v1_c8)]
    Hostname(::std::boxed::Box<crate::v1::security::Hostname>),
    #[cfg(msgraph_v1_c8)]
    IdentityAccounts(::std::boxed::Box<crate::v1::security::IdentityAccounts>),
    #[cfg(msgraph_v1_c8)]
    SecurityIdentityContainer(::std::boxed::Box<crate::v1::security::IdentityContainer>),
    #[cfg(msgraph_v1_c8)]
    Incident(::std::boxed::Box<crate::v1::security::Incident>),
    #[cfg(msgraph_v1_c8)]
    Indicator(::std::boxed::Box<crate::v1::security::Indicator>),
    #[cfg(msgraph_v1_c8)]
    IntelligenceProfile(::std::boxed::Box<crate::v1::security::IntelligenceProfile>),
    #[cfg(msgraph_v1_c8)]
    IntelligenceProfileIndicator(
        ::std::boxed::Box<crate::v1::security::IntelligenceProfileIndicator>,
    ),
    #[cfg(msgraph_v1_c8)]
    IpAddress(::std::boxed::Box<crate::v1::security::IpAddress>),
    #[cfg(msgraph_v1_c8)]
    LabelsRoot(::std::boxed::Box<crate::v1::security::LabelsRoot>),
    #[cfg(msgraph_v1_c8)]
    NetworkAdapter(::std::boxed::Box<crate::v1::security::NetworkAdapter>),
    #[cfg(msgraph_v1_c8)]
    PassiveDnsRecord(::std::boxed::Box<crate::v1::security::PassiveDnsRecord>),
    #[cfg(msgraph_v1_c8)]
    RetentionEvent(::std::boxed::Box<crate::v1::security::RetentionEvent>),
    #[cfg(msgraph_v1_c8)]
    RetentionEventType(::std::boxed::Box<crate::v1::security::RetentionEventType>),
    #[cfg(msgraph_v1_c8)]
    RetentionLabel(::std::boxed::Box<crate::v1::security::RetentionLabel>),
    #[cfg(msgraph_v1_c8)]
    Search(::std::boxed::Box<crate::v1::security::Search>),
    #[cfg(msgraph_v1_c8)]
    Sensor(::std::boxed::Box<crate::v1::security::Sensor>),
    #[cfg(msgraph_v1_c8)]
    SensorCandidate(::std::boxed::Box<crate::v1::security::SensorCandidate>),
    #[cfg(msgraph_v1_c8)]
    SensorCandidateActivationConfiguration(
        ::std::boxed::Box<crate::v1::security::SensorCandidateActivationConfiguration>,
    ),
    #[cfg(msgraph_v1_c8)]
    SettingsContainer(::std::boxed::Box<crate::v1::security::SettingsContainer>),
    #[cfg(msgraph_v1_c8)]
    SiteSource(::std::boxed::Box<crate::v1::security::SiteSource>),
    #[cfg(msgraph_v1_c8)]
    SslCertificate(::std::boxed::Box<crate::v1::security::SslCertificate>),
    #[cfg(msgraph_v1_c8)]
    SubcategoryTemplate(::std::boxed::Box<crate::v1::security::SubcategoryTemplate>),
    #[cfg(msgraph_v1_c8)]
    Subdomain(::std::boxed::Box<crate::v1::security::Subdomain>),
    #[cfg(msgraph_v1_c8)]
    Tag(::std::boxed::Box<crate::v1::security::Tag>),
    #[cfg(msgraph_v1_c8)]
    ThreatIntelligence(::std::boxed::Box<crate::v1::security::ThreatIntelligence>),
    #[cfg(msgraph_v1_c8)]
    TriggerTypesRoot(::std::boxed::Box<crate::v1::security::TriggerTypesRoot>),
    #[cfg(msgraph_v1_c8)]
    TriggersRoot(::std::boxed::Box<crate::v1::security::TriggersRoot>),
    #[cfg(msgraph_v1_c19)]
    UnclassifiedArtifact(::std::boxed::Box<crate::v1::security::UnclassifiedArtifact>),
    #[cfg(msgraph_v1_c8)]
    UnifiedGroupSource(::std::boxed::Box<crate::v1::security::UnifiedGroupSource>),
    #[cfg(msgraph_v1_c8)]
    SecurityUser(::std::boxed::Box<crate::v1::security::User>),
    #[cfg(msgraph_v1_c8)]
    UserSource(::std::boxed::Box<crate::v1::security::UserSource>),
    #[cfg(msgraph_v1_c8)]
    Vulnerability(::std::boxed::Box<crate::v1::security::Vulnerability>),
    #[cfg(msgraph_v1_c8)]
    VulnerabilityComponent(
        ::std::boxed::Box<crate::v1::security::VulnerabilityComponent>,
    ),
    #[cfg(msgraph_v1_c8)]
    WhoisBaseRecord(::std::boxed::Box<crate::v1::security::WhoisBaseRecord>),
    #[cfg(msgraph_v1_c8)]
    WhoisHistoryRecord(::std::boxed::Box<crate::v1::security::WhoisHistoryRecord>),
    #[cfg(msgraph_v1_c8)]
    WhoisRecord(::std::boxed::Box<crate::v1::security::WhoisRecord>),
    #[cfg(msgraph_v1_c44)]
    SecurityReportsRoot(::std::boxed::Box<crate::v1::SecurityReportsRoot>),
    #[cfg(msgraph_v1_c13)]
    SendDtmfTonesOperation(::std::boxed::Box<crate::v1::SendDtmfTonesOperation>),
    #[cfg(msgraph_v1_c11)]
    SensitivityLabel(::std::boxed::Box<crate::v1::SensitivityLabel>),
    #[cfg(msgraph_v1_c17)]
    ServiceAnnouncement(::std::boxed::Box<crate::v1::ServiceAnnouncement>),
    #[cfg(msgraph_v1_c17)]
    ServiceAnnouncementAttachment(
        ::std::boxed::Box<crate::v1::ServiceAnnouncementAttachment>,
    ),
    #[cfg(msgraph_v1_c17)]
    ServiceAnnouncementBase(::std::boxed::Box<crate::v1::ServiceAnnouncementBase>),
    #[cfg(msgraph_v1_c31)]
    ServiceApp(::std::boxed::Box<crate::v1::ServiceApp>),
    #[cfg(msgraph_v1_c17)]
    ServiceHealth(::std::boxed::Box<crate::v1::ServiceHealth>),
    #[cfg(msgraph_v1_c17)]
    ServiceHealthIssue(::std::boxed::Box<crate::v1::ServiceHealthIssue>),
    #[cfg(msgraph_v1_c10)]
    ServicePrincipal(::std::boxed::Box<crate::v1::ServicePrincipal>),
    #[cfg(msgraph_v1_c12)]
    ServicePrincipalRiskDetection(
        ::std::boxed::Box<crate::v1::ServicePrincipalRiskDetection>,
    ),
    #[cfg(msgraph_v1_c10)]
    ServiceProviderConstraints(::std::boxed::Box<crate::v1::ServiceProviderConstraints>),
    #[cfg(msgraph_v1_c40)]
    ServiceStorageQuotaBreakdown(
        ::std::boxed::Box<crate::v1::ServiceStorageQuotaBreakdown>,
    ),
    #[cfg(msgraph_v1_c17)]
    ServiceUpdateMessage(::std::boxed::Box<crate::v1::ServiceUpdateMessage>),
    #[cfg(msgraph_v1_c28)]
    SettingStateDeviceSummary(::std::boxed::Box<crate::v1::SettingStateDeviceSummary>),
    #[cfg(msgraph_v1_c31)]
    SharePointBrowseSession(::std::boxed::Box<crate::v1::SharePointBrowseSession>),
    #[cfg(msgraph_v1_c76)]
    SharePointGroup(::std::boxed::Box<crate::v1::SharePointGroup>),
    #[cfg(msgraph_v1_c76)]
    SharePointGroupMember(::std::boxed::Box<crate::v1::SharePointGroupMember>),
    #[cfg(msgraph_v1_c76)]
    SharePointMigrationEvent(::std::boxed::Box<crate::v1::SharePointMigrationEvent>),
    #[cfg(msgraph_v1_c76)]
    SharePointMigrationFinishManifestFileUploadEvent(
        ::std::boxed::Box<crate::v1::SharePointMigrationFinishManifestFileUploadEvent>,
    ),
    #[cfg(msgraph_v1_c76)]
    SharePointMigrationJob(::std::boxed::Box<crate::v1::SharePointMigrationJob>),
    #[cfg(msgraph_v1_c76)]
    SharePointMigrationJobCancelledEvent(
        ::std::boxed::Box<crate::v1::SharePointMigrationJobCancelledEvent>,
    ),
    #[cfg(msgraph_v1_c76)]
    SharePointMigrationJobDeletedEvent(
        ::std::boxed::Box<crate::v1::SharePointMigrationJobDeletedEvent>,
    ),
    #[cfg(msgraph_v1_c76)]
    SharePointMigrationJobErrorEvent(
        ::std::boxed::Box<crate::v1::SharePointMigrationJobErrorEvent>,
    ),
    #[cfg(msgraph_v1_c76)]
    SharePointMigrationJobPostponedEvent(
        ::std::boxed::Box<crate::v1::SharePointMigrationJobPostponedEvent>,
    ),
    #[cfg(msgraph_v1_c76)]
    SharePointMigrationJobProgressEvent(
        ::std::boxed::Box<crate::v1::SharePointMigrationJobProgressEvent>,
    ),
    #[cfg(msgraph_v1_c76)]
    SharePointMigrationJobQueuedEvent(
        ::std::boxed::Box<crate::v1::SharePointMigrationJobQueuedEvent>,
    ),
    #[cfg(msgraph_v1_c76)]
    SharePointMigrationJobStartEvent(
        ::std::boxed::Box<crate::v1::SharePointMigrationJobStartEvent>,
    ),
    #[cfg(msgraph_v1_c31)]
    SharePointProtectionPolicy(::std::boxed::Box<crate::v1::SharePointProtectionPolicy>),
    #[cfg(msgraph_v1_c31)]
    SharePointRestoreSession(::std::boxed::Box<crate::v1::SharePointRestoreSession>),
    #[cfg(msgraph_v1_c115)]
    SharedDriveItem(::std::boxed::Box<crate::v1::SharedDriveItem>),
    #[cfg(msgraph_v1_c10)]
    SharedInsight(::std::boxed::Box<crate::v1::SharedInsight>),
    #[cfg(msgraph_v1_c28)]
    SharedPcConfiguration(::std::boxed::Box<crate::v1::SharedPcConfiguration>),
    #[cfg(msgraph_v1_c3)]
    SharedWithChannelTeamInfo(::std::boxed::Box<crate::v1::SharedWithChannelTeamInfo>),
    #[cfg(msgraph_v1_c17)]
    Sharepoint(::std::boxed::Box<crate::v1::Sharepoint>),
    #[cfg(msgraph_v1_c17)]
    SharepointSettings(::std::boxed::Box<crate::v1::SharepointSettings>),
    #[cfg(msgraph_v1_c10)]
    Shift(::std::boxed::Box<crate::v1::Shift>),
    #[cfg(msgraph_v1_c10)]
    ShiftPreferences(::std::boxed::Box<crate::v1::ShiftPreferences>),
    #[cfg(msgraph_v1_c38)]
    SignIn(::std::boxed::Box<crate::v1::SignIn>),
    #[cfg(msgraph_v1_c8)]
    Simulation(::std::boxed::Box<crate::v1::Simulation>),
    #[cfg(msgraph_v1_c8)]
    SimulationAutomation(::std::boxed::Box<crate::v1::SimulationAutomation>),
    #[cfg(msgraph_v1_c8)]
    SimulationAutomationRun(::std::boxed::Box<crate::v1::SimulationAutomationRun>),
    #[cfg(msgraph_v1_c10)]
    SingleValueLegacyExtendedProperty(
        ::std::boxed::Box<crate::v1::SingleValueLegacyExtendedProperty>,
    ),
    #[cfg(msgraph_v1_c1)]
    Site(::std::boxed::Box<crate::v1::Site>),
    #[cfg(msgraph_v1_c1)]
    SitePage(::std::boxed::Box<crate::v1::SitePage>),
    #[cfg(msgraph_v1_c31)]
    SiteProtectionRule(::std::boxed::Box<crate::v1::SiteProtectionRule>),
    #[cfg(msgraph_v1_c31)]
    SiteProtectionUnit(::std::boxed::Box<crate::v1::SiteProtectionUnit>),
    #[cfg(msgraph_v1_c31)]
    SiteProtectionUnitsBulkAdditionJob(
        ::std::boxed::Box<crate::v1::SiteProtectionUnitsBulkAdditionJob>,
    ),
    #[cfg(msgraph_v1_c31)]
    SiteRestoreArtifact(::std::boxed::Box<crate::v1::SiteRestoreArtifact>),
    #[cfg(msgraph_v1_c31)]
    SiteRestoreArtifactsBulkAdditionRequest(
        ::std::boxed::Box<crate::v1::SiteRestoreArtifactsBulkAdditionRequest>,
    ),
    #[cfg(msgraph_v1_c3)]
    SkypeForBusinessUserConversationMember(
        ::std::boxed::Box<crate::v1::SkypeForBusinessUserConversationMember>,
    ),
    #[cfg(msgraph_v1_c3)]
    SkypeUserConversationMember(
        ::std::boxed::Box<crate::v1::SkypeUserConversationMember>,
    ),
    #[cfg(msgraph_v1_c18)]
    SmsAuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::v1::SmsAuthenticationMethodConfiguration>,
    ),
    #[cfg(msgraph_v1_c18)]
    SmsAuthenticationMethodTarget(
        ::std::boxed::Box<crate::v1::SmsAuthenticationMethodTarget>,
    ),
    #[cfg(msgraph_v1_c35)]
    SocialIdentityProvider(::std::boxed::Box<crate::v1::SocialIdentityProvider>),
    #[cfg(msgraph_v1_c10)]
    SoftwareOathAuthenticationMethod(
        ::std::boxed::Box<crate::v1::SoftwareOathAuthenticationMethod>,
    ),
    #[cfg(msgraph_v1_c18)]
    SoftwareOathAuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::v1::SoftwareOathAuthenticationMethodConfiguration>,
    ),
    #[cfg(msgraph_v1_c19)]
    SoftwareUpdateStatusSummary(
        ::std::boxed::Box<crate::v1::SoftwareUpdateStatusSummary>,
    ),
    #[cfg(msgraph_v1_c59)]
    SpeakerAssignmentSubmission(
        ::std::boxed::Box<crate::v1::SpeakerAssignmentSubmission>,
    ),
    #[cfg(msgraph_v1_c1)]
    StandardWebPart(::std::boxed::Box<crate::v1::StandardWebPart>),
    #[cfg(msgraph_v1_c13)]
    StartHoldMusicOperation(::std::boxed::Box<crate::v1::StartHoldMusicOperation>),
    #[cfg(msgraph_v1_c13)]
    StopHoldMusicOperation(::std::boxed::Box<crate::v1::StopHoldMusicOperation>),
    #[cfg(msgraph_v1_c40)]
    StorageQuotaBreakdown(::std::boxed::Box<crate::v1::StorageQuotaBreakdown>),
    #[cfg(msgraph_v1_c76)]
    StorageSettings(::std::boxed::Box<crate::v1::StorageSettings>),
    #[cfg(msgraph_v1_c10)]
    StsPolicy(::std::boxed::Box<crate::v1::StsPolicy>),
    #[cfg(msgraph_v1_c53)]
    SubjectRightsRequest(::std::boxed::Box<crate::v1::SubjectRightsRequest>),
    #[cfg(msgraph_v1_c13)]
    SubscribeToToneOperation(::std::boxed::Box<crate::v1::SubscribeToToneOperation>),
    #[cfg(msgraph_v1_c93)]
    SubscribedSku(::std::boxed::Box<crate::v1::SubscribedSku>),
    #[cfg(msgraph_v1_c119)]
    Subscription(::std::boxed::Box<crate::v1::Subscription>),
    #[cfg(msgraph_v1_c10)]
    SwapShiftsChangeRequest(::std::boxed::Box<crate::v1::SwapShiftsChangeRequest>),
    #[cfg(msgraph_v1_c10)]
    Synchronization(::std::boxed::Box<crate::v1::Synchronization>),
    #[cfg(msgraph_v1_c10)]
    SynchronizationJob(::std::boxed::Box<crate::v1::SynchronizationJob>),
    #[cfg(msgraph_v1_c10)]
    SynchronizationSchema(::std::boxed::Box<crate::v1::SynchronizationSchema>),
    #[cfg(msgraph_v1_c10)]
    SynchronizationTemplate(::std::boxed::Box<crate::v1::SynchronizationTemplate>),
    #[cfg(msgraph_v1_c10)]
    TargetDeviceGroup(::std::boxed::Box<crate::v1::TargetDeviceGroup>),
    #[cfg(msgraph_v1_c3)]
    TargetedChatMessage(::std::boxed::Box<crate::v1::TargetedChatMessage>),
    #[cfg(msgraph_v1_c30)]
    TargetedManagedAppConfiguration(
        ::std::boxed::Box<crate::v1::TargetedManagedAppConfiguration>,
    ),
    #[cfg(msgraph_v1_c30)]
    TargetedManagedAppPolicyAssignment(
        ::std::boxed::Box<crate::v1::TargetedManagedAppPolicyAssignment>,
    ),
    #[cfg(msgraph_v1_c30)]
    TargetedManagedAppProtection(
        ::std::boxed::Box<crate::v1::TargetedManagedAppProtection>,
    ),
    #[cfg(msgraph_v1_c10)]
    TaskFileAttachment(::std::boxed::Box<crate::v1::TaskFileAttachment>),
    #[cfg(msgraph_v1_c10)]
    Team(::std::boxed::Box<crate::v1::Team>),
    #[cfg(msgraph_v1_c3)]
    TeamInfo(::std::boxed::Box<crate::v1::TeamInfo>),
    #[cfg(msgraph_v1_c17)]
    NumberAssignment(
        ::std::boxed::Box<crate::v1::teams_administration::NumberAssignment>,
    ),
    #[cfg(msgraph_v1_c17)]
    PolicyIdentifierDetail(
        ::std::boxed::Box<crate::v1::teams_administration::PolicyIdentifierDetail>,
    ),
    #[cfg(msgraph_v1_c17)]
    TeamsAdminRoot(::std::boxed::Box<crate::v1::teams_administration::TeamsAdminRoot>),
    #[cfg(msgraph_v1_c17)]
    TeamsPolicyAssignment(
        ::std::boxed::Box<crate::v1::teams_administration::TeamsPolicyAssignment>,
    ),
    #[cfg(msgraph_v1_c17)]
    TeamsPolicyUserAssignment(
        ::std::boxed::Box<crate::v1::teams_administration::TeamsPolicyUserAssignment>,
    ),
    #[cfg(msgraph_v1_c17)]
    TeamsUserConfiguration(
        ::std::boxed::Box<crate::v1::teams_administration::TeamsUserConfiguration>,
    ),
    #[cfg(msgraph_v1_c17)]
    TelephoneNumberLongRunningOperation(
        ::std::boxed::Box<
            crate::v1::teams_administration::TelephoneNumberLongRunningOperation,
        >,
    ),
    #[cfg(msgraph_v1_c17)]
    TelephoneNumberManagementRoot(
        ::std::boxed::Box<crate::v1::teams_administration::TelephoneNumberManagementRoot>,
    ),
    #[cfg(msgraph_v1_c32)]
    TeamsApp(::std::boxed::Box<crate::v1::TeamsApp>),
    #[cfg(msgraph_v1_c32)]
    TeamsAppDefinition(::std::boxed::Box<crate::v1::TeamsAppDefinition>),
    #[cfg(msgraph_v1_c10)]
    TeamsAppInstallation(::std::boxed::Box<crate::v1::TeamsAppInstallation>),
    #[cfg(msgraph_v1_c67)]
    TeamsAppSettings(::std::boxed::Box<crate::v1::TeamsAppSettings>),
    #[cfg(msgraph_v1_c10)]
    TeamsAsyncOperation(::std::boxed::Box<crate::v1::TeamsAsyncOperation>),
    #[cfg(msgraph_v1_c3)]
    TeamsTab(::std::boxed::Box<crate::v1::TeamsTab>),
    #[cfg(msgraph_v1_c121)]
    TeamsTemplate(::std::boxed::Box<crate::v1::TeamsTemplate>),
    #[cfg(msgraph_v1_c67)]
    Teamwork(::std::boxed::Box<crate::v1::Teamwork>),
    #[cfg(msgraph_v1_c32)]
    TeamworkBot(::std::boxed::Box<crate::v1::TeamworkBot>),
    #[cfg(msgraph_v1_c3)]
    TeamworkHostedContent(::std::boxed::Box<crate::v1::TeamworkHostedContent>),
    #[cfg(msgraph_v1_c10)]
    TeamworkTag(::std::boxed::Box<crate::v1::TeamworkTag>),
    #[cfg(msgraph_v1_c10)]
    TeamworkTagMember(::std::boxed::Box<crate::v1::TeamworkTagMember>),
    #[cfg(msgraph_v1_c10)]
    TemporaryAccessPassAuthenticationMethod(
        ::std::boxed::Box<crate::v1::TemporaryAccessPassAuthenticationMethod>,
    ),
    #[cfg(msgraph_v1_c18)]
    TemporaryAccessPassAuthenticationMethodConfiguration(
        ::std::boxed::Box<
            crate::v1::TemporaryAccessPassAuthenticationMethodConfiguration,
        >,
    ),
    #[cfg(msgraph_v1_c10)]
    TenantAppManagementPolicy(::std::boxed::Box<crate::v1::TenantAppManagementPolicy>),
    #[cfg(msgraph_v1_c8)]
    TenantDataSecurityAndGovernance(
        ::std::boxed::Box<crate::v1::TenantDataSecurityAndGovernance>,
    ),
    #[cfg(msgraph_v1_c8)]
    TenantProtectionScopeContainer(
        ::std::boxed::Box<crate::v1::TenantProtectionScopeContainer>,
    ),
    #[cfg(msgraph_v1_c1)]
    TermStoreGroup(::std::boxed::Box<crate::v1::term_store::Group>),
    #[cfg(msgraph_v1_c1)]
    Relation(::std::boxed::Box<crate::v1::term_store::Relation>),
    #[cfg(msgraph_v1_c1)]
    Set(::std::boxed::Box<crate::v1::term_store::Set>),
    #[cfg(msgraph_v1_c1)]
    Store(::std::boxed::Box<crate::v1::term_store::Store>),
    #[cfg(msgraph_v1_c1)]
    Term(::std::boxed::Box<crate::v1::term_store::Term>),
    #[cfg(msgraph_v1_c28)]
    TermsAndConditions(::std::boxed::Box<crate::v1::TermsAndConditions>),
    #[cfg(msgraph_v1_c28)]
    TermsAndConditionsAcceptanceStatus(
        ::std::boxed::Box<crate::v1::TermsAndConditionsAcceptanceStatus>,
    ),
    #[cfg(msgraph_v1_c28)]
    TermsAndConditionsAssignment(
        ::std::boxed::Box<crate::v1::TermsAndConditionsAssignment>,
    ),
    #[cfg(msgraph_v1_c6)]
    TermsOfUseContainer(::std::boxed::Box<crate::v1::TermsOfUseContainer>),
    #[cfg(msgraph_v1_c1)]
    TextWebPart(::std::boxed::Box<crate::v1::TextWebPart>),
    #[cfg(msgraph_v1_c56)]
    ThreatAssessmentRequest(::std::boxed::Box<crate::v1::ThreatAssessmentRequest>),
    #[cfg(msgraph_v1_c56)]
    ThreatAssessmentResult(::std::boxed::Box<crate::v1::ThreatAssessmentResult>),
    #[cfg(msgraph_v1_c24)]
    ThumbnailSet(::std::boxed::Box<crate::v1::ThumbnailSet>),
    #[cfg(msgraph_v1_c10)]
    TimeCard(::std::boxed::Box<crate::v1::TimeCard>),
    #[cfg(msgraph_v1_c10)]
    TimeOff(::std::boxed::Box<crate::v1::TimeOff>),
    #[cfg(msgraph_v1_c10)]
    TimeOffReason(::std::boxed::Box<crate::v1::TimeOffReason>),
    #[cfg(msgraph_v1_c10)]
    TimeOffRequest(::std::boxed::Box<crate::v1::TimeOffRequest>),
    #[cfg(msgraph_v1_c10)]
    Todo(::std::boxed::Box<crate::v1::Todo>),
    #[cfg(msgraph_v1_c10)]
    TodoTask(::std::boxed::Box<crate::v1::TodoTask>),
    #[cfg(msgraph_v1_c10)]
    TodoTaskList(::std::boxed::Box<crate::v1::TodoTaskList>),
    #[cfg(msgraph_v1_c10)]
    TokenIssuancePolicy(::std::boxed::Box<crate::v1::TokenIssuancePolicy>),
    #[cfg(msgraph_v1_c10)]
    TokenLifetimePolicy(::std::boxed::Box<crate::v1::TokenLifetimePolicy>),
    #[cfg(msgraph_v1_c8)]
    Training(::std::boxed::Box<crate::v1::Training>),
    #[cfg(msgraph_v1_c8)]
    TrainingLanguageDetail(::std::boxed::Box<crate::v1::TrainingLanguageDetail>),
    #[cfg(msgraph_v1_c10)]
    Trending(::std::boxed::Box<crate::v1::Trending>),
    #[cfg(msgraph_v1_c34)]
    UnifiedRbacResourceAction(::std::boxed::Box<crate::v1::UnifiedRbacResourceAction>),
    #[cfg(msgraph_v1_c34)]
    UnifiedRbacResourceNamespace(
        ::std::boxed::Box<crate::v1::UnifiedRbacResourceNamespace>,
    ),
    #[cfg(msgraph_v1_c34)]
    UnifiedRoleAssignment(::std::boxed::Box<crate::v1::UnifiedRoleAssignment>),
    #[cfg(msgraph_v1_c34)]
    UnifiedRoleAssignmentSchedule(
        ::std::boxed::Box<crate::v1::UnifiedRoleAssignmentSchedule>,
    ),
    #[cfg(msgraph_v1_c34)]
    UnifiedRoleAssignmentScheduleInstance(
        ::std::boxed::Box<crate::v1::UnifiedRoleAssignmentScheduleInstance>,
    ),
    #[cfg(msgraph_v1_c34)]
    UnifiedRoleAssignmentScheduleRequest(
        ::std::boxed::Box<crate::v1::UnifiedRoleAssignmentScheduleRequest>,
    ),
    #[cfg(msgraph_v1_c34)]
    UnifiedRoleDefinition(::std::boxed::Box<crate::v1::UnifiedRoleDefinition>),
    #[cfg(msgraph_v1_c34)]
    UnifiedRoleEligibilitySchedule(
        ::std::boxed::Box<crate::v1::UnifiedRoleEligibilitySchedule>,
    ),
    #[cfg(msgraph_v1_c34)]
    UnifiedRoleEligibilityScheduleInstance(
        ::std::boxed::Box<crate::v1::UnifiedRoleEligibilityScheduleInstance>,
    ),
    #[cfg(msgraph_v1_c34)]
    UnifiedRoleEligibilityScheduleRequest(
        ::std::boxed::Box<crate::v1::UnifiedRoleEligibilityScheduleRequest>,
    ),
    #[cfg(msgraph_v1_c16)]
    UnifiedRoleManagementPolicy(
        ::std::boxed::Box<crate::v1::UnifiedRoleManagementPolicy>,
    ),
    #[cfg(msgraph_v1_c16)]
    UnifiedRoleManagementPolicyApprovalRule(
        ::std::boxed::Box<crate::v1::UnifiedRoleManagementPolicyApprovalRule>,
    ),
    #[cfg(msgraph_v1_c16)]
    UnifiedRoleManagementPolicyAssignment(
        ::std::boxed::Box<crate::v1::UnifiedRoleManagementPolicyAssignment>,
    ),
    #[cfg(msgraph_v1_c16)]
    UnifiedRoleManagementPolicyAuthenticationContextRule(
        ::std::boxed::Box<
            crate::v1::UnifiedRoleManagementPolicyAuthenticationContextRule,
        >,
    ),
    #[cfg(msgraph_v1_c16)]
    UnifiedRoleManagementPolicyEnablementRule(
        ::std::boxed::Box<crate::v1::UnifiedRoleManagementPolicyEnablementRule>,
    ),
    #[cfg(msgraph_v1_c16)]
    UnifiedRoleManagementPolicyExpirationRule(
        ::std::boxed::Box<crate::v1::UnifiedRoleManagementPolicyExpirationRule>,
    ),
    #[cfg(msgraph_v1_c16)]
    UnifiedRoleManagementPolicyNotificationRule(
        ::std::boxed::Box<crate::v1::UnifiedRoleManagementPolicyNotificationRule>,
    ),
    #[cfg(msgraph_v1_c16)]
    UnifiedRoleManagementPolicyRule(
        ::std::boxed::Box<crate::v1::UnifiedRoleManagementPolicyRule>,
    ),
    #[cfg(msgraph_v1_c34)]
    UnifiedRoleScheduleBase(::std::boxed::Box<crate::v1::UnifiedRoleScheduleBase>),
    #[cfg(msgraph_v1_c34)]
    UnifiedRoleScheduleInstanceBase(
        ::std::boxed::Box<crate::v1::UnifiedRoleScheduleInstanceBase>,
    ),
    #[cfg(msgraph_v1_c40)]
    UnifiedStorageQuota(::std::boxed::Box<crate::v1::UnifiedStorageQuota>),
    #[cfg(msgraph_v1_c42)]
    UnitMap(::std::boxed::Box<crate::v1::UnitMap>),
    #[cfg(msgraph_v1_c13)]
    UnmuteParticipantOperation(::std::boxed::Box<crate::v1::UnmuteParticipantOperation>),
    #[cfg(msgraph_v1_c13)]
    UpdateRecordingStatusOperation(
        ::std::boxed::Box<crate::v1::UpdateRecordingStatusOperation>,
    ),
    #[cfg(msgraph_v1_c56)]
    UrlAssessmentRequest(::std::boxed::Box<crate::v1::UrlAssessmentRequest>),
    #[cfg(msgraph_v1_c19)]
    UsageRightsIncluded(::std::boxed::Box<crate::v1::UsageRightsIncluded>),
    #[cfg(msgraph_v1_c10)]
    UsedInsight(::std::boxed::Box<crate::v1::UsedInsight>),
    #[cfg(msgraph_v1_c10)]
    User(::std::boxed::Box<crate::v1::User>),
    #[cfg(msgraph_v1_c10)]
    UserActivity(::std::boxed::Box<crate::v1::UserActivity>),
    #[cfg(msgraph_v1_c6)]
    UserConsentRequest(::std::boxed::Box<crate::v1::UserConsentRequest>),
    #[cfg(msgraph_v1_c10)]
    UserDataSecurityAndGovernance(
        ::std::boxed::Box<crate::v1::UserDataSecurityAndGovernance>,
    ),
    #[cfg(msgraph_v1_c28)]
    UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails(
        ::std::boxed::Box<
            crate::v1::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDetails,
        >,
    ),
    #[cfg(msgraph_v1_c28)]
    UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId(
        ::std::boxed::Box<
            crate::v1::UserExperienceAnalyticsAppHealthAppPerformanceByAppVersionDeviceId,
        >,
    ),
    #[cfg(msgraph_v1_c28)]
    UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion(
        ::std::boxed::Box<
            crate::v1::UserExperienceAnalyticsAppHealthAppPerformanceByOsVersion,
        >,
    ),
    #[cfg(msgraph_v1_c28)]
    UserExperienceAnalyticsAppHealthApplicationPerformance(
        ::std::boxed::Box<
            crate::v1::UserExperienceAnalyticsAppHealthApplicationPerformance,
        >,
    ),
    #[cfg(msgraph_v1_c28)]
    UserExperienceAnalyticsAppHealthDeviceModelPerformance(
        ::std::boxed::Box<
            crate::v1::UserExperienceAnalyticsAppHealthDeviceModelPerformance,
        >,
    ),
    #[cfg(msgraph_v1_c28)]
    UserExperienceAnalyticsAppHealthDevicePerformance(
        ::std::boxed::Box<crate::v1::UserExperienceAnalyticsAppHealthDevicePerformance>,
    ),
    #[cfg(msgraph_v1_c28)]
    UserExperienceAnalyticsAppHealthDevicePerformanceDetails(
        ::std::boxed::Box<
            crate::v1::UserExperienceAnalyticsAppHealthDevicePerformanceDetails,
        >,
    ),
    #[cfg(msgraph_v1_c28)]
    UserExperienceAnalyticsAppHealthOsVersionPerformance(
        ::std::boxed::Box<
            crate::v1::UserExperienceAnalyticsAppHealthOsVersionPerformance,
        >,
    ),
    #[cfg(msgraph_v1_c28)]
    UserExperienceAnalyticsBaseline(
        ::std::boxed::Box<crate::v1::UserExperienceAnalyticsBaseline>,
    ),
    #[cfg(msgraph_v1_c28)]
    UserExperienceAnalyticsCategory(
        ::std::boxed::Box<crate::v1::UserExperienceAnalyticsCategory>,
    ),
    #[cfg(msgraph_v1_c28)]
    UserExperienceAnalyticsDevicePerformance(
        ::std::boxed::Box<crate::v1::UserExperienceAnalyticsDevicePerformance>,
    ),
    #[cfg(msgraph_v1_c28)]
    UserExperienceAnalyticsDeviceScores(
        ::std::boxed::Box<crate::v1::UserExperienceAnalyticsDeviceScores>,
    ),
    #[cfg(msgraph_v1_c28)]
    UserExperienceAnalyticsDeviceStartupHistory(
        ::std::boxed::Box<crate::v1::UserExperienceAnalyticsDeviceStartupHistory>,
    ),
    #[cfg(msgraph_v1_c28)]
    UserExperienceAnalyticsDeviceStartupProcess(
        ::std::boxed::Box<crate::v1::UserExperienceAnalyticsDeviceStartupProcess>,
    ),
    #[cfg(msgraph_v1_c28)]
    UserExperienceAnalyticsDeviceStartupProcessPerformance(
        ::std::boxed::Box<
            crate::v1::UserExperienceAnalyticsDeviceStartupProcessPerformance,
        >,
    ),
    #[cfg(msgraph_v1_c28)]
    UserExperienceAnalyticsMetric(
        ::std::boxed::Box<crate::v1::UserExperienceAnalyticsMetric>,
    ),
    #[cfg(msgraph_v1_c28)]
    UserExperienceAnalyticsMetricHistory(
        ::std::boxed::Box<crate::v1::UserExperienceAnalyticsMetricHistory>,
    ),
    #[cfg(msgraph_v1_c28)]
    UserExperienceAnalyticsModelScores(
        ::std::boxed::Box<crate::v1::UserExperienceAnalyticsModelScores>,
    ),
    #[cfg(msgraph_v1_c28)]
    UserExperienceAnalyticsOverview(
        ::std::boxed::Box<crate::v1::UserExperienceAnalyticsOverview>,
    ),
    #[cfg(msgraph_v1_c28)]
    UserExperienceAnalyticsScoreHistory(
        ::std::boxed::Box<crate::v1::UserExperienceAnalyticsScoreHistory>,
    ),
    #[cfg(msgraph_v1_c28)]
    UserExperienceAnalyticsWorkFromAnywhereDevice(
        ::std::boxed::Box<crate::v1::UserExperienceAnalyticsWorkFromAnywhereDevice>,
    ),
    #[cfg(msgraph_v1_c28)]
    UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric(
        ::std::boxed::Box<
            crate::v1::UserExperienceAnalyticsWorkFromAnywhereHardwareReadinessMetric,
        >,
    ),
    #[cfg(msgraph_v1_c28)]
    UserExperienceAnalyticsWorkFromAnywhereMetric(
        ::std::boxed::Box<crate::v1::UserExperienceAnalyticsWorkFromAnywhereMetric>,
    ),
    #[cfg(msgraph_v1_c28)]
    UserExperienceAnalyticsWorkFromAnywhereModelPerformance(
        ::std::boxed::Box<
            crate::v1::UserExperienceAnalyticsWorkFromAnywhereModelPerformance,
        >,
    ),
    #[cfg(msgraph_v1_c23)]
    UserFlowLanguageConfiguration(
        ::std::boxed::Box<crate::v1::UserFlowLanguageConfiguration>,
    ),
    #[cfg(msgraph_v1_c23)]
    UserFlowLanguagePage(::std::boxed::Box<crate::v1::UserFlowLanguagePage>),
    #[cfg(msgraph_v1_c10)]
    UserInsightsSettings(::std::boxed::Box<crate::v1::UserInsightsSettings>),
    #[cfg(msgraph_v1_c29)]
    UserInstallStateSummary(::std::boxed::Box<crate::v1::UserInstallStateSummary>),
    #[cfg(msgraph_v1_c10)]
    UserProtectionScopeContainer(
        ::std::boxed::Box<crate::v1::UserProtectionScopeContainer>,
    ),
    #[cfg(msgraph_v1_c44)]
    UserRegistrationDetails(::std::boxed::Box<crate::v1::UserRegistrationDetails>),
    #[cfg(msgraph_v1_c10)]
    UserScopeTeamsAppInstallation(
        ::std::boxed::Box<crate::v1::UserScopeTeamsAppInstallation>,
    ),
    #[cfg(msgraph_v1_c10)]
    UserSettings(::std::boxed::Box<crate::v1::UserSettings>),
    #[cfg(msgraph_v1_c6)]
    UserSignInInsight(::std::boxed::Box<crate::v1::UserSignInInsight>),
    #[cfg(msgraph_v1_c10)]
    UserSolutionRoot(::std::boxed::Box<crate::v1::UserSolutionRoot>),
    #[cfg(msgraph_v1_c10)]
    UserStorage(::std::boxed::Box<crate::v1::UserStorage>),
    #[cfg(msgraph_v1_c10)]
    UserTeamwork(::std::boxed::Box<crate::v1::UserTeamwork>),
    #[cfg(msgraph_v1_c18)]
    VerifiableCredentialAuthenticationMethodTarget(
        ::std::boxed::Box<crate::v1::VerifiableCredentialAuthenticationMethodTarget>,
    ),
    #[cfg(msgraph_v1_c18)]
    VerifiableCredentialsAuthenticationMethodConfiguration(
        ::std::boxed::Box<
            crate::v1::VerifiableCredentialsAuthenticationMethodConfiguration,
        >,
    ),
    #[cfg(msgraph_v1_c23)]
    VerifiedIdProfile(::std::boxed::Box<crate::v1::VerifiedIdProfile>),
    #[cfg(msgraph_v1_c1)]
    VerticalSection(::std::boxed::Box<crate::v1::VerticalSection>),
    #[cfg(msgraph_v1_c28)]
    VirtualEndpoint(::std::boxed::Box<crate::v1::VirtualEndpoint>),
    #[cfg(msgraph_v1_c31)]
    VirtualEvent(::std::boxed::Box<crate::v1::VirtualEvent>),
    #[cfg(msgraph_v1_c31)]
    VirtualEventPresenter(::std::boxed::Box<crate::v1::VirtualEventPresenter>),
    #[cfg(msgraph_v1_c31)]
    VirtualEventRegistration(::std::boxed::Box<crate::v1::VirtualEventRegistration>),
    #[cfg(msgraph_v1_c31)]
    VirtualEventRegistrationConfiguration(
        ::std::boxed::Box<crate::v1::VirtualEventRegistrationConfiguration>,
    ),
    #[cfg(msgraph_v1_c31)]
    VirtualEventRegistrationCustomQuestion(
        ::std::boxed::Box<crate::v1::VirtualEventRegistrationCustomQuestion>,
    ),
    #[cfg(msgraph_v1_c31)]
    VirtualEventRegistrationPredefinedQuestion(
        ::std::boxed::Box<crate::v1::VirtualEventRegistrationPredefinedQuestion>,
    ),
    #[cfg(msgraph_v1_c31)]
    VirtualEventRegistrationQuestionBase(
        ::std::boxed::Box<crate::v1::VirtualEventRegistrationQuestionBase>,
    ),
    #[cfg(msgraph_v1_c31)]
    VirtualEventSession(::std::boxed::Box<crate::v1::VirtualEventSession>),
    #[cfg(msgraph_v1_c31)]
    VirtualEventTownhall(::std::boxed::Box<crate::v1::VirtualEventTownhall>),
    #[cfg(msgraph_v1_c31)]
    VirtualEventTownhallRegistrationConfiguration(
        ::std::boxed::Box<crate::v1::VirtualEventTownhallRegistrationConfiguration>,
    ),
    #[cfg(msgraph_v1_c31)]
    VirtualEventWebinar(::std::boxed::Box<crate::v1::VirtualEventWebinar>),
    #[cfg(msgraph_v1_c31)]
    VirtualEventWebinarRegistrationConfiguration(
        ::std::boxed::Box<crate::v1::VirtualEventWebinarRegistrationConfiguration>,
    ),
    #[cfg(msgraph_v1_c31)]
    VirtualEventsRoot(::std::boxed::Box<crate::v1::VirtualEventsRoot>),
    #[cfg(msgraph_v1_c18)]
    VoiceAuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::v1::VoiceAuthenticationMethodConfiguration>,
    ),
    #[cfg(msgraph_v1_c29)]
    VppToken(::std::boxed::Box<crate::v1::VppToken>),
    #[cfg(msgraph_v1_c29)]
    WebApp(::std::boxed::Box<crate::v1::WebApp>),
    #[cfg(msgraph_v1_c23)]
    WebApplicationFirewallProvider(
        ::std::boxed::Box<crate::v1::WebApplicationFirewallProvider>,
    ),
    #[cfg(msgraph_v1_c23)]
    WebApplicationFirewallVerificationModel(
        ::std::boxed::Box<crate::v1::WebApplicationFirewallVerificationModel>,
    ),
    #[cfg(msgraph_v1_c1)]
    WebPart(::std::boxed::Box<crate::v1::WebPart>),
    #[cfg(msgraph_v1_c29)]
    Win32LobApp(::std::boxed::Box<crate::v1::Win32LobApp>),
    #[cfg(msgraph_v1_c28)]
    Windows10CompliancePolicy(::std::boxed::Box<crate::v1::Windows10CompliancePolicy>),
    #[cfg(msgraph_v1_c28)]
    Windows10CustomConfiguration(
        ::std::boxed::Box<crate::v1::Windows10CustomConfiguration>,
    ),
    #[cfg(msgraph_v1_c28)]
    Windows10EndpointProtectionConfiguration(
        ::std::boxed::Box<crate::v1::Windows10EndpointProtectionConfiguration>,
    ),
    #[cfg(msgraph_v1_c28)]
    Windows10EnrollmentCompletionPageConfiguration(
        ::std::boxed::Box<crate::v1::Windows10EnrollmentCompletionPageConfiguration>,
    ),
    #[cfg(msgraph_v1_c28)]
    Windows10EnterpriseModernAppManagementConfiguration(
        ::std::boxed::Box<crate::v1::Windows10EnterpriseModernAppManagementConfiguration>,
    ),
    #[cfg(msgraph_v1_c28)]
    Windows10GeneralConfiguration(
        ::std::boxed::Box<crate::v1::Windows10GeneralConfiguration>,
    ),
    #[cfg(msgraph_v1_c28)]
    Windows10MobileCompliancePolicy(
        ::std::boxed::Box<crate::v1::Windows10MobileCompliancePolicy>,
    ),
    #[cfg(msgraph_v1_c28)]
    Windows10SecureAssessmentConfiguration(
        ::std::boxed::Box<crate::v1::Windows10SecureAssessmentConfiguration>,
    ),
    #[cfg(msgraph_v1_c28)]
    Windows10TeamGeneralConfiguration(
        ::std::boxed::Box<crate::v1::Windows10TeamGeneralConfiguration>,
    ),
    #[cfg(msgraph_v1_c28)]
    Windows81CompliancePolicy(::std::boxed::Box<crate::v1::Windows81CompliancePolicy>),
    #[cfg(msgraph_v1_c28)]
    Windows81GeneralConfiguration(
        ::std::boxed::Box<crate::v1::Windows81GeneralConfiguration>,
    ),
    #[cfg(msgraph_v1_c29)]
    WindowsAppX(::std::boxed::Box<crate::v1::WindowsAppX>),
    #[cfg(msgraph_v1_c19)]
    WindowsAutopilotDeploymentProfile(
        ::std::boxed::Box<crate::v1::WindowsAutopilotDeploymentProfile>,
    ),
    #[cfg(msgraph_v1_c19)]
    WindowsAutopilotDeploymentProfileAssignment(
        ::std::boxed::Box<crate::v1::WindowsAutopilotDeploymentProfileAssignment>,
    ),
    #[cfg(msgraph_v1_c28)]
    WindowsAutopilotDeviceIdentity(
        ::std::boxed::Box<crate::v1::WindowsAutopilotDeviceIdentity>,
    ),
    #[cfg(msgraph_v1_c28)]
    WindowsDefenderAdvancedThreatProtectionConfiguration(
        ::std::boxed::Box<
            crate::v1::WindowsDefenderAdvancedThreatProtectionConfiguration,
        >,
    ),
    #[cfg(msgraph_v1_c9)]
    WindowsDeviceMalwareState(::std::boxed::Box<crate::v1::WindowsDeviceMalwareState>),
    #[cfg(msgraph_v1_c10)]
    WindowsHelloForBusinessAuthenticationMethod(
        ::std::boxed::Box<crate::v1::WindowsHelloForBusinessAuthenticationMethod>,
    ),
    #[cfg(msgraph_v1_c30)]
    WindowsInformationProtection(
        ::std::boxed::Box<crate::v1::WindowsInformationProtection>,
    ),
    #[cfg(msgraph_v1_c28)]
    WindowsInformationProtectionAppLearningSummary(
        ::std::boxed::Box<crate::v1::WindowsInformationProtectionAppLearningSummary>,
    ),
    #[cfg(msgraph_v1_c30)]
    WindowsInformationProtectionAppLockerFile(
        ::std::boxed::Box<crate::v1::WindowsInformationProtectionAppLockerFile>,
    ),
    #[cfg(msgraph_v1_c28)]
    WindowsInformationProtectionNetworkLearningSummary(
        ::std::boxed::Box<crate::v1::WindowsInformationProtectionNetworkLearningSummary>,
    ),
    #[cfg(msgraph_v1_c30)]
    WindowsInformationProtectionPolicy(
        ::std::boxed::Box<crate::v1::WindowsInformationProtectionPolicy>,
    ),
    #[cfg(msgraph_v1_c28)]
    WindowsMalwareInformation(::std::boxed::Box<crate::v1::WindowsMalwareInformation>),
    #[cfg(msgraph_v1_c29)]
    WindowsMicrosoftEdgeApp(::std::boxed::Box<crate::v1::WindowsMicrosoftEdgeApp>),
    #[cfg(msgraph_v1_c29)]
    WindowsMobileMsi(::std::boxed::Box<crate::v1::WindowsMobileMsi>),
    #[cfg(msgraph_v1_c28)]
    WindowsPhone81CompliancePolicy(
        ::std::boxed::Box<crate::v1::WindowsPhone81CompliancePolicy>,
    ),
    #[cfg(msgraph_v1_c28)]
    WindowsPhone81CustomConfiguration(
        ::std::boxed::Box<crate::v1::WindowsPhone81CustomConfiguration>,
    ),
    #[cfg(msgraph_v1_c28)]
    WindowsPhone81GeneralConfiguration(
        ::std::boxed::Box<crate::v1::WindowsPhone81GeneralConfiguration>,
    ),
    #[cfg(msgraph_v1_c9)]
    WindowsProtectionState(::std::boxed::Box<crate::v1::WindowsProtectionState>),
    #[cfg(msgraph_v1_c10)]
    WindowsSetting(::std::boxed::Box<crate::v1::WindowsSetting>),
    #[cfg(msgraph_v1_c10)]
    WindowsSettingInstance(::std::boxed::Box<crate::v1::WindowsSettingInstance>),
    #[cfg(msgraph_v1_c29)]
    WindowsUniversalAppX(::std::boxed::Box<crate::v1::WindowsUniversalAppX>),
    #[cfg(msgraph_v1_c29)]
    WindowsUniversalAppXContainedApp(
        ::std::boxed::Box<crate::v1::WindowsUniversalAppXContainedApp>,
    ),
    #[cfg(msgraph_v1_c28)]
    WindowsUpdateForBusinessConfiguration(
        ::std::boxed::Box<crate::v1::WindowsUpdateForBusinessConfiguration>,
    ),
    #[cfg(msgraph_v1_c29)]
    WindowsWebApp(::std::boxed::Box<crate::v1::WindowsWebApp>),
    #[cfg(msgraph_v1_c10)]
    WorkHoursAndLocationsSetting(
        ::std::boxed::Box<crate::v1::WorkHoursAndLocationsSetting>,
    ),
    #[cfg(msgraph_v1_c10)]
    WorkPlanOccurrence(::std::boxed::Box<crate::v1::WorkPlanOccurrence>),
    #[cfg(msgraph_v1_c10)]
    WorkPlanRecurrence(::std::boxed::Box<crate::v1::WorkPlanRecurrence>),
    #[cfg(msgraph_v1_c24)]
    Workbook(::std::boxed::Box<crate::v1::Workbook>),
    #[cfg(msgraph_v1_c24)]
    WorkbookApplication(::std::boxed::Box<crate::v1::WorkbookApplication>),
    #[cfg(msgraph_v1_c24)]
    WorkbookChart(::std::boxed::Box<crate::v1::WorkbookChart>),
    #[cfg(msgraph_v1_c24)]
    WorkbookChartAreaFormat(::std::boxed::Box<crate::v1::WorkbookChartAreaFormat>),
    #[cfg(msgraph_v1_c24)]
    WorkbookChartAxes(::std::boxed::Box<crate::v1::WorkbookChartAxes>),
    #[cfg(msgraph_v1_c24)]
    WorkbookChartAxis(::std::boxed::Box<crate::v1::WorkbookChartAxis>),
    #[cfg(msgraph_v1_c24)]
    WorkbookChartAxisFormat(::std::boxed::Box<crate::v1::WorkbookChartAxisFormat>),
    #[cfg(msgraph_v1_c24)]
    WorkbookChartAxisTitle(::std::boxed::Box<crate::v1::WorkbookChartAxisTitle>),
    #[cfg(msgraph_v1_c24)]
    WorkbookChartAxisTitleFormat(
        ::std::boxed::Box<crate::v1::WorkbookChartAxisTitleFormat>,
    ),
    #[cfg(msgraph_v1_c24)]
    WorkbookChartDataLabelFormat(
        ::std::boxed::Box<crate::v1::WorkbookChartDataLabelFormat>,
    ),
    #[cfg(msgraph_v1_c24)]
    WorkbookChartDataLabels(::std::boxed::Box<crate::v1::WorkbookChartDataLabels>),
    #[cfg(msgraph_v1_c24)]
    WorkbookChartFill(::std::boxed::Box<crate::v1::WorkbookChartFill>),
    #[cfg(msgraph_v1_c24)]
    WorkbookChartFont(::std::boxed::Box<crate::v1::WorkbookChartFont>),
    #[cfg(msgraph_v1_c24)]
    WorkbookChartGridlines(::std::boxed::Box<crate::v1::WorkbookChartGridlines>),
    #[cfg(msgraph_v1_c24)]
    WorkbookChartGridlinesFormat(
        ::std::boxed::Box<crate::v1::WorkbookChartGridlinesFormat>,
    ),
    #[cfg(msgraph_v1_c24)]
    WorkbookChartLegend(::std::boxed::Box<crate::v1::WorkbookChartLegend>),
    #[cfg(msgraph_v1_c24)]
    WorkbookChartLegendFormat(::std::boxed::Box<crate::v1::WorkbookChartLegendFormat>),
    #[cfg(msgraph_v1_c24)]
    WorkbookChartLineFormat(::std::boxed::Box<crate::v1::WorkbookChartLineFormat>),
    #[cfg(msgraph_v1_c24)]
    WorkbookChartPoint(::std::boxed::Box<crate::v1::WorkbookChartPoint>),
    #[cfg(msgraph_v1_c24)]
    WorkbookChartPointFormat(::std::boxed::Box<crate::v1::WorkbookChartPointFormat>),
    #[cfg(msgraph_v1_c24)]
    WorkbookChartSeries(::std::boxed::Box<crate::v1::WorkbookChartSeries>),
    #[cfg(msgraph_v1_c24)]
    WorkbookChartSeriesFormat(::std::boxed::Box<crate::v1::WorkbookChartSeriesFormat>),
    #[cfg(msgraph_v1_c24)]
    WorkbookChartTitle(::std::boxed::Box<crate::v1::WorkbookChartTitle>),
    #[cfg(msgraph_v1_c24)]
    WorkbookChartTitleFormat(::std::boxed::Box<crate::v1::WorkbookChartTitleFormat>),
    #[cfg(msgraph_v1_c24)]
    WorkbookComment(::std::boxed::Box<crate::v1::WorkbookComment>),
    #[cfg(msgraph_v1_c24)]
    WorkbookCommentReply(::std::boxed::Box<crate::v1::WorkbookCommentReply>),
    #[cfg(msgraph_v1_c24)]
    WorkbookFilter(::std::boxed::Box<crate::v1::WorkbookFilter>),
    #[cfg(msgraph_v1_c24)]
    WorkbookFormatProtection(::std::boxed::Box<crate::v1::WorkbookFormatProtection>),
    #[cfg(msgraph_v1_c24)]
    WorkbookFunctionResult(::std::boxed::Box<crate::v1::WorkbookFunctionResult>),
    #[cfg(msgraph_v1_c24)]
    WorkbookFunctions(::std::boxed::Box<crate::v1::WorkbookFunctions>),
    #[cfg(msgraph_v1_c24)]
    WorkbookNamedItem(::std::boxed::Box<crate::v1::WorkbookNamedItem>),
    #[cfg(msgraph_v1_c24)]
    WorkbookOperation(::std::boxed::Box<crate::v1::WorkbookOperation>),
    #[cfg(msgraph_v1_c24)]
    WorkbookPivotTable(::std::boxed::Box<crate::v1::WorkbookPivotTable>),
    #[cfg(msgraph_v1_c24)]
    WorkbookRange(::std::boxed::Box<crate::v1::WorkbookRange>),
    #[cfg(msgraph_v1_c24)]
    WorkbookRangeBorder(::std::boxed::Box<crate::v1::WorkbookRangeBorder>),
    #[cfg(msgraph_v1_c24)]
    WorkbookRangeFill(::std::boxed::Box<crate::v1::WorkbookRangeFill>),
    #[cfg(msgraph_v1_c24)]
    WorkbookRangeFont(::std::boxed::Box<crate::v1::WorkbookRangeFont>),
    #[cfg(msgraph_v1_c24)]
    WorkbookRangeFormat(::std::boxed::Box<crate::v1::WorkbookRangeFormat>),
    #[cfg(msgraph_v1_c24)]
    WorkbookRangeSort(::std::boxed::Box<crate::v1::WorkbookRangeSort>),
    #[cfg(msgraph_v1_c24)]
    WorkbookRangeView(::std::boxed::Box<crate::v1::WorkbookRangeView>),
    #[cfg(msgraph_v1_c24)]
    WorkbookTable(::std::boxed::Box<crate::v1::WorkbookTable>),
    #[cfg(msgraph_v1_c24)]
    WorkbookTableColumn(::std::boxed::Box<crate::v1::WorkbookTableColumn>),
    #[cfg(msgraph_v1_c24)]
    WorkbookTableRow(::std::boxed::Box<crate::v1::WorkbookTableRow>),
    #[cfg(msgraph_v1_c24)]
    WorkbookTableSort(::std::boxed::Box<crate::v1::WorkbookTableSort>),
    #[cfg(msgraph_v1_c24)]
    WorkbookWorksheet(::std::boxed::Box<crate::v1::WorkbookWorksheet>),
    #[cfg(msgraph_v1_c24)]
    WorkbookWorksheetProtection(
        ::std::boxed::Box<crate::v1::WorkbookWorksheetProtection>,
    ),
    #[cfg(msgraph_v1_c67)]
    WorkforceIntegration(::std::boxed::Box<crate::v1::WorkforceIntegration>),
    #[cfg(msgraph_v1_c10)]
    WorkingTimeSchedule(::std::boxed::Box<crate::v1::WorkingTimeSchedule>),
    #[cfg(msgraph_v1_c42)]
    Workspace(::std::boxed::Box<crate::v1::Workspace>),
    #[cfg(msgraph_v1_c18)]
    X509CertificateAuthenticationMethodConfiguration(
        ::std::boxed::Box<crate::v1::X509CertificateAuthenticationMethodConfiguration>,
    ),
    #[cfg(msgraph_v1_c37)]
    X509CertificateCombinationConfiguration(
        ::std::boxed::Box<crate::v1::X509CertificateCombinationConfiguration>,
    ),
}
#[cfg(msgraph_v1_c73)]
impl ::std::default::Default for AnyEntity {
    #[inline]
    fn default() -> Self {
        Self::Entity(::std::default::Default::default())
    }
}
#[cfg(msgraph_v1_c73)]
impl ::std::convert::From<crate::v1::Entity> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Entity) -> Self {
        Self::Entity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c3)]
impl ::std::convert::From<crate::v1::AadUserConversationMember> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AadUserConversationMember) -> Self {
        Self::AadUserConversationMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::AccessPackage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackage) -> Self {
        Self::AccessPackage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::AccessPackageAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageAssignment) -> Self {
        Self::AccessPackageAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::AccessPackageAssignmentPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageAssignmentPolicy) -> Self {
        Self::AccessPackageAssignmentPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::AccessPackageAssignmentRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageAssignmentRequest) -> Self {
        Self::AccessPackageAssignmentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::AccessPackageAssignmentRequestWorkflowExtension>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageAssignmentRequestWorkflowExtension) -> Self {
        Self::AccessPackageAssignmentRequestWorkflowExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::AccessPackageAssignmentWorkflowExtension>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageAssignmentWorkflowExtension) -> Self {
        Self::AccessPackageAssignmentWorkflowExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::AccessPackageCatalog> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageCatalog) -> Self {
        Self::AccessPackageCatalog(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::AccessPackageMultipleChoiceQuestion> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageMultipleChoiceQuestion) -> Self {
        Self::AccessPackageMultipleChoiceQuestion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::AccessPackageQuestion> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageQuestion) -> Self {
        Self::AccessPackageQuestion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::AccessPackageResource> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageResource) -> Self {
        Self::AccessPackageResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::AccessPackageResourceEnvironment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageResourceEnvironment) -> Self {
        Self::AccessPackageResourceEnvironment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::AccessPackageResourceRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageResourceRequest) -> Self {
        Self::AccessPackageResourceRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::AccessPackageResourceRole> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageResourceRole) -> Self {
        Self::AccessPackageResourceRole(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::AccessPackageResourceRoleScope> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageResourceRoleScope) -> Self {
        Self::AccessPackageResourceRoleScope(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::AccessPackageResourceScope> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageResourceScope) -> Self {
        Self::AccessPackageResourceScope(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::AccessPackageSubject> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageSubject) -> Self {
        Self::AccessPackageSubject(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::AccessPackageSuggestion> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageSuggestion) -> Self {
        Self::AccessPackageSuggestion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::AccessPackageTextInputQuestion> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessPackageTextInputQuestion) -> Self {
        Self::AccessPackageTextInputQuestion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::AccessReviewHistoryDefinition> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessReviewHistoryDefinition) -> Self {
        Self::AccessReviewHistoryDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::AccessReviewHistoryInstance> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessReviewHistoryInstance) -> Self {
        Self::AccessReviewHistoryInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::AccessReviewInstance> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessReviewInstance) -> Self {
        Self::AccessReviewInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::AccessReviewInstanceDecisionItem> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessReviewInstanceDecisionItem) -> Self {
        Self::AccessReviewInstanceDecisionItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::AccessReviewReviewer> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessReviewReviewer) -> Self {
        Self::AccessReviewReviewer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::AccessReviewScheduleDefinition> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessReviewScheduleDefinition) -> Self {
        Self::AccessReviewScheduleDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::AccessReviewSet> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessReviewSet) -> Self {
        Self::AccessReviewSet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::AccessReviewStage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AccessReviewStage) -> Self {
        Self::AccessReviewStage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::ActivitiesContainer> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ActivitiesContainer) -> Self {
        Self::ActivitiesContainer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::ActivityBasedTimeoutPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ActivityBasedTimeoutPolicy) -> Self {
        Self::ActivityBasedTimeoutPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::ActivityHistoryItem> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ActivityHistoryItem) -> Self {
        Self::ActivityHistoryItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c13)]
impl ::std::convert::From<crate::v1::AddLargeGalleryViewOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AddLargeGalleryViewOperation) -> Self {
        Self::AddLargeGalleryViewOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c14)]
impl ::std::convert::From<crate::v1::AdhocCall> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AdhocCall) -> Self {
        Self::AdhocCall(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c16)]
impl ::std::convert::From<crate::v1::AdminConsentRequestPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AdminConsentRequestPolicy) -> Self {
        Self::AdminConsentRequestPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c17)]
impl ::std::convert::From<crate::v1::AdminMicrosoft365Apps> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AdminMicrosoft365Apps) -> Self {
        Self::AdminMicrosoft365Apps(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c17)]
impl ::std::convert::From<crate::v1::AdminReportSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AdminReportSettings) -> Self {
        Self::AdminReportSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::AdministrativeUnit> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AdministrativeUnit) -> Self {
        Self::AdministrativeUnit(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::AgentIdentity> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AgentIdentity) -> Self {
        Self::AgentIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::AgentIdentityBlueprint> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AgentIdentityBlueprint) -> Self {
        Self::AgentIdentityBlueprint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::AgentIdentityBlueprintPrincipal> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AgentIdentityBlueprintPrincipal) -> Self {
        Self::AgentIdentityBlueprintPrincipal(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::AgentUser> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AgentUser) -> Self {
        Self::AgentUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c20)]
impl ::std::convert::From<crate::v1::Agreement> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Agreement) -> Self {
        Self::Agreement(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c21)]
impl ::std::convert::From<crate::v1::AgreementAcceptance> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AgreementAcceptance) -> Self {
        Self::AgreementAcceptance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c20)]
impl ::std::convert::From<crate::v1::AgreementFile> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AgreementFile) -> Self {
        Self::AgreementFile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c20)]
impl ::std::convert::From<crate::v1::AgreementFileLocalization> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AgreementFileLocalization) -> Self {
        Self::AgreementFileLocalization(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c20)]
impl ::std::convert::From<crate::v1::AgreementFileProperties> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AgreementFileProperties) -> Self {
        Self::AgreementFileProperties(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c20)]
impl ::std::convert::From<crate::v1::AgreementFileVersion> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AgreementFileVersion) -> Self {
        Self::AgreementFileVersion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c5)]
impl ::std::convert::From<crate::v1::AiInteraction> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AiInteraction) -> Self {
        Self::AiInteraction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c5)]
impl ::std::convert::From<crate::v1::AiInteractionHistory> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AiInteractionHistory) -> Self {
        Self::AiInteractionHistory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c5)]
impl ::std::convert::From<crate::v1::AiOnlineMeeting> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AiOnlineMeeting) -> Self {
        Self::AiOnlineMeeting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c5)]
impl ::std::convert::From<crate::v1::AiUser> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AiUser) -> Self {
        Self::AiUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::AkamaiWebApplicationFirewallProvider>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AkamaiWebApplicationFirewallProvider) -> Self {
        Self::AkamaiWebApplicationFirewallProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::Alert> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Alert) -> Self {
        Self::Alert(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c27)]
impl ::std::convert::From<crate::v1::AllowedValue> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AllowedValue) -> Self {
        Self::AllowedValue(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::AndroidCompliancePolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AndroidCompliancePolicy) -> Self {
        Self::AndroidCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::AndroidCustomConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AndroidCustomConfiguration) -> Self {
        Self::AndroidCustomConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::AndroidGeneralDeviceConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AndroidGeneralDeviceConfiguration) -> Self {
        Self::AndroidGeneralDeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::AndroidLobApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AndroidLobApp) -> Self {
        Self::AndroidLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c30)]
impl ::std::convert::From<crate::v1::AndroidManagedAppProtection> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AndroidManagedAppProtection) -> Self {
        Self::AndroidManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::AndroidManagedAppRegistration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AndroidManagedAppRegistration) -> Self {
        Self::AndroidManagedAppRegistration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::AndroidStoreApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AndroidStoreApp) -> Self {
        Self::AndroidStoreApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::AndroidWorkProfileCompliancePolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AndroidWorkProfileCompliancePolicy) -> Self {
        Self::AndroidWorkProfileCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::AndroidWorkProfileCustomConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AndroidWorkProfileCustomConfiguration) -> Self {
        Self::AndroidWorkProfileCustomConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::AndroidWorkProfileGeneralDeviceConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AndroidWorkProfileGeneralDeviceConfiguration) -> Self {
        Self::AndroidWorkProfileGeneralDeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c3)]
impl ::std::convert::From<crate::v1::AnonymousGuestConversationMember> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AnonymousGuestConversationMember) -> Self {
        Self::AnonymousGuestConversationMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c32)]
impl ::std::convert::From<crate::v1::AppCatalogs> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AppCatalogs) -> Self {
        Self::AppCatalogs(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::AppConsentApprovalRoute> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AppConsentApprovalRoute) -> Self {
        Self::AppConsentApprovalRoute(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::AppConsentRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AppConsentRequest) -> Self {
        Self::AppConsentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::AppLogCollectionRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AppLogCollectionRequest) -> Self {
        Self::AppLogCollectionRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::AppManagementPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AppManagementPolicy) -> Self {
        Self::AppManagementPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::AppRoleAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AppRoleAssignment) -> Self {
        Self::AppRoleAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c34)]
impl ::std::convert::From<crate::v1::AppScope> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AppScope) -> Self {
        Self::AppScope(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::AppleDeviceFeaturesConfigurationBase>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AppleDeviceFeaturesConfigurationBase) -> Self {
        Self::AppleDeviceFeaturesConfigurationBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c35)]
impl ::std::convert::From<crate::v1::AppleManagedIdentityProvider> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AppleManagedIdentityProvider) -> Self {
        Self::AppleManagedIdentityProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::ApplePushNotificationCertificate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ApplePushNotificationCertificate) -> Self {
        Self::ApplePushNotificationCertificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::Application> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Application) -> Self {
        Self::Application(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c36)]
impl ::std::convert::From<crate::v1::ApplicationTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ApplicationTemplate) -> Self {
        Self::ApplicationTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::Approval> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Approval) -> Self {
        Self::Approval(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::ApprovalStage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ApprovalStage) -> Self {
        Self::ApprovalStage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::ApprovedClientApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ApprovedClientApp) -> Self {
        Self::ApprovedClientApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::ArkoseFraudProtectionProvider> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ArkoseFraudProtectionProvider) -> Self {
        Self::ArkoseFraudProtectionProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::AssociatedTeamInfo> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AssociatedTeamInfo) -> Self {
        Self::AssociatedTeamInfo(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::Attachment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Attachment) -> Self {
        Self::Attachment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::AttachmentBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AttachmentBase) -> Self {
        Self::AttachmentBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::AttachmentSession> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AttachmentSession) -> Self {
        Self::AttachmentSession(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c11)]
impl ::std::convert::From<crate::v1::AttackSimulationOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AttackSimulationOperation) -> Self {
        Self::AttackSimulationOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::AttackSimulationRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AttackSimulationRoot) -> Self {
        Self::AttackSimulationRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c26)]
impl ::std::convert::From<crate::v1::AttendanceRecord> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AttendanceRecord) -> Self {
        Self::AttendanceRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c47)]
impl ::std::convert::From<crate::v1::AttributeMappingFunctionSchema> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AttributeMappingFunctionSchema) -> Self {
        Self::AttributeMappingFunctionSchema(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c27)]
impl ::std::convert::From<crate::v1::AttributeSet> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AttributeSet) -> Self {
        Self::AttributeSet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c13)]
impl ::std::convert::From<crate::v1::AudioRoutingGroup> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AudioRoutingGroup) -> Self {
        Self::AudioRoutingGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::AuditEvent> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AuditEvent) -> Self {
        Self::AuditEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::Authentication> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Authentication) -> Self {
        Self::Authentication(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c37)]
impl ::std::convert::From<crate::v1::AuthenticationCombinationConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AuthenticationCombinationConfiguration) -> Self {
        Self::AuthenticationCombinationConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::AuthenticationContextClassReference> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AuthenticationContextClassReference) -> Self {
        Self::AuthenticationContextClassReference(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::AuthenticationEventListener> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AuthenticationEventListener) -> Self {
        Self::AuthenticationEventListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::AuthenticationEventsFlow> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AuthenticationEventsFlow) -> Self {
        Self::AuthenticationEventsFlow(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c16)]
impl ::std::convert::From<crate::v1::AuthenticationFlowsPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AuthenticationFlowsPolicy) -> Self {
        Self::AuthenticationFlowsPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::AuthenticationMethod> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AuthenticationMethod) -> Self {
        Self::AuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c18)]
impl ::std::convert::From<crate::v1::AuthenticationMethodConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AuthenticationMethodConfiguration) -> Self {
        Self::AuthenticationMethodConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::AuthenticationMethodModeDetail> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AuthenticationMethodModeDetail) -> Self {
        Self::AuthenticationMethodModeDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c18)]
impl ::std::convert::From<crate::v1::AuthenticationMethodTarget> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AuthenticationMethodTarget) -> Self {
        Self::AuthenticationMethodTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c51)]
impl ::std::convert::From<crate::v1::AuthenticationMethodsPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AuthenticationMethodsPolicy) -> Self {
        Self::AuthenticationMethodsPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c44)]
impl ::std::convert::From<crate::v1::AuthenticationMethodsRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AuthenticationMethodsRoot) -> Self {
        Self::AuthenticationMethodsRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c37)]
impl ::std::convert::From<crate::v1::AuthenticationStrengthPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AuthenticationStrengthPolicy) -> Self {
        Self::AuthenticationStrengthPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::AuthenticationStrengthRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AuthenticationStrengthRoot) -> Self {
        Self::AuthenticationStrengthRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c53)]
impl ::std::convert::From<crate::v1::AuthoredNote> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AuthoredNote) -> Self {
        Self::AuthoredNote(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::AuthorizationPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AuthorizationPolicy) -> Self {
        Self::AuthorizationPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::AvailableAccessPackage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AvailableAccessPackage) -> Self {
        Self::AvailableAccessPackage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c3)]
impl ::std::convert::From<crate::v1::AzureCommunicationServicesUserConversationMember>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::AzureCommunicationServicesUserConversationMember) -> Self {
        Self::AzureCommunicationServicesUserConversationMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::B2xIdentityUserFlow> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::B2xIdentityUserFlow) -> Self {
        Self::B2xIdentityUserFlow(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::BackupRestoreRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BackupRestoreRoot) -> Self {
        Self::BackupRestoreRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c54)]
impl ::std::convert::From<crate::v1::BaseItem> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BaseItem) -> Self {
        Self::BaseItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c4)]
impl ::std::convert::From<crate::v1::BaseItemVersion> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BaseItemVersion) -> Self {
        Self::BaseItemVersion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c42)]
impl ::std::convert::From<crate::v1::BaseMapFeature> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BaseMapFeature) -> Self {
        Self::BaseMapFeature(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c1)]
impl ::std::convert::From<crate::v1::BaseSitePage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BaseSitePage) -> Self {
        Self::BaseSitePage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c56)]
impl ::std::convert::From<crate::v1::Bitlocker> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Bitlocker) -> Self {
        Self::Bitlocker(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c56)]
impl ::std::convert::From<crate::v1::BitlockerRecoveryKey> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BitlockerRecoveryKey) -> Self {
        Self::BitlockerRecoveryKey(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::BookingAppointment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BookingAppointment) -> Self {
        Self::BookingAppointment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::BookingBusiness> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BookingBusiness) -> Self {
        Self::BookingBusiness(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::BookingCurrency> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BookingCurrency) -> Self {
        Self::BookingCurrency(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::BookingCustomQuestion> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BookingCustomQuestion) -> Self {
        Self::BookingCustomQuestion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::BookingCustomer> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BookingCustomer) -> Self {
        Self::BookingCustomer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::BookingCustomerBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BookingCustomerBase) -> Self {
        Self::BookingCustomerBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::BookingService> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BookingService) -> Self {
        Self::BookingService(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::BookingStaffMember> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BookingStaffMember) -> Self {
        Self::BookingStaffMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::BookingStaffMemberBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BookingStaffMemberBase) -> Self {
        Self::BookingStaffMemberBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::BrowseSessionBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BrowseSessionBase) -> Self {
        Self::BrowseSessionBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c17)]
impl ::std::convert::From<crate::v1::BrowserSharedCookie> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BrowserSharedCookie) -> Self {
        Self::BrowserSharedCookie(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c17)]
impl ::std::convert::From<crate::v1::BrowserSite> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BrowserSite) -> Self {
        Self::BrowserSite(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c17)]
impl ::std::convert::From<crate::v1::BrowserSiteList> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BrowserSiteList) -> Self {
        Self::BrowserSiteList(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c42)]
impl ::std::convert::From<crate::v1::Building> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Building) -> Self {
        Self::Building(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c42)]
impl ::std::convert::From<crate::v1::BuildingMap> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BuildingMap) -> Self {
        Self::BuildingMap(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c35)]
impl ::std::convert::From<crate::v1::BuiltInIdentityProvider> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BuiltInIdentityProvider) -> Self {
        Self::BuiltInIdentityProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::BulkUpload> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::BulkUpload) -> Self {
        Self::BulkUpload(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::CaPoliciesDeletableRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CaPoliciesDeletableRoot) -> Self {
        Self::CaPoliciesDeletableRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::Calendar> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Calendar) -> Self {
        Self::Calendar(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::CalendarGroup> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CalendarGroup) -> Self {
        Self::CalendarGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::CalendarPermission> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CalendarPermission) -> Self {
        Self::CalendarPermission(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::CalendarSharingMessage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CalendarSharingMessage) -> Self {
        Self::CalendarSharingMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c13)]
impl ::std::convert::From<crate::v1::Call> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Call) -> Self {
        Self::Call(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c5)]
impl ::std::convert::From<crate::v1::CallAiInsight> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CallAiInsight) -> Self {
        Self::CallAiInsight(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c19)]
impl ::std::convert::From<crate::v1::CallEvent> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CallEvent) -> Self {
        Self::CallEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c14)]
impl ::std::convert::From<crate::v1::CallRecording> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CallRecording) -> Self {
        Self::CallRecording(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c13)]
impl ::std::convert::From<crate::v1::call_records::CallRecord> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::call_records::CallRecord) -> Self {
        Self::CallRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c13)]
impl ::std::convert::From<crate::v1::call_records::Organizer> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::call_records::Organizer) -> Self {
        Self::Organizer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c13)]
impl ::std::convert::From<crate::v1::call_records::Participant> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::call_records::Participant) -> Self {
        Self::CallRecordsParticipant(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c13)]
impl ::std::convert::From<crate::v1::call_records::ParticipantBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::call_records::ParticipantBase) -> Self {
        Self::ParticipantBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c13)]
impl ::std::convert::From<crate::v1::call_records::Segment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::call_records::Segment) -> Self {
        Self::Segment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c13)]
impl ::std::convert::From<crate::v1::call_records::Session> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::call_records::Session) -> Self {
        Self::Session(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c14)]
impl ::std::convert::From<crate::v1::CallTranscript> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CallTranscript) -> Self {
        Self::CallTranscript(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c13)]
impl ::std::convert::From<crate::v1::CancelMediaProcessingOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CancelMediaProcessingOperation) -> Self {
        Self::CancelMediaProcessingOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c1)]
impl ::std::convert::From<crate::v1::CanvasLayout> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CanvasLayout) -> Self {
        Self::CanvasLayout(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::CertificateAuthorityDetail> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CertificateAuthorityDetail) -> Self {
        Self::CertificateAuthorityDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c58)]
impl ::std::convert::From<crate::v1::CertificateBasedAuthConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CertificateBasedAuthConfiguration) -> Self {
        Self::CertificateBasedAuthConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::CertificateBasedAuthPki> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CertificateBasedAuthPki) -> Self {
        Self::CertificateBasedAuthPki(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c3)]
impl ::std::convert::From<crate::v1::ChangeTrackedEntity> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ChangeTrackedEntity) -> Self {
        Self::ChangeTrackedEntity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c3)]
impl ::std::convert::From<crate::v1::Channel> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Channel) -> Self {
        Self::Channel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::Chat> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Chat) -> Self {
        Self::Chat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c3)]
impl ::std::convert::From<crate::v1::ChatMessage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ChatMessage) -> Self {
        Self::ChatMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c3)]
impl ::std::convert::From<crate::v1::ChatMessageHostedContent> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ChatMessageHostedContent) -> Self {
        Self::ChatMessageHostedContent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::ChatMessageInfo> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ChatMessageInfo) -> Self {
        Self::ChatMessageInfo(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::ChecklistItem> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ChecklistItem) -> Self {
        Self::ChecklistItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::ClaimsMappingPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ClaimsMappingPolicy) -> Self {
        Self::ClaimsMappingPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::CloudClipboardItem> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CloudClipboardItem) -> Self {
        Self::CloudClipboardItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::CloudClipboardRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CloudClipboardRoot) -> Self {
        Self::CloudClipboardRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::CloudFlareWebApplicationFirewallProvider>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CloudFlareWebApplicationFirewallProvider) -> Self {
        Self::CloudFlareWebApplicationFirewallProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c9)]
impl ::std::convert::From<crate::v1::CloudPc> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CloudPc) -> Self {
        Self::CloudPc(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::CloudPcAuditEvent> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CloudPcAuditEvent) -> Self {
        Self::CloudPcAuditEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::CloudPcDeviceImage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CloudPcDeviceImage) -> Self {
        Self::CloudPcDeviceImage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::CloudPcGalleryImage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CloudPcGalleryImage) -> Self {
        Self::CloudPcGalleryImage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::CloudPcOnPremisesConnection> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CloudPcOnPremisesConnection) -> Self {
        Self::CloudPcOnPremisesConnection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::CloudPcProvisioningPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CloudPcProvisioningPolicy) -> Self {
        Self::CloudPcProvisioningPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::CloudPcProvisioningPolicyAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CloudPcProvisioningPolicyAssignment) -> Self {
        Self::CloudPcProvisioningPolicyAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::CloudPcReport> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CloudPcReport) -> Self {
        Self::CloudPcReport(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::CloudPcServicePlan> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CloudPcServicePlan) -> Self {
        Self::CloudPcServicePlan(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::CloudPcUserSetting> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CloudPcUserSetting) -> Self {
        Self::CloudPcUserSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::CloudPcUserSettingAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CloudPcUserSettingAssignment) -> Self {
        Self::CloudPcUserSettingAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c54)]
impl ::std::convert::From<crate::v1::ColumnDefinition> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ColumnDefinition) -> Self {
        Self::ColumnDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c4)]
impl ::std::convert::From<crate::v1::ColumnLink> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ColumnLink) -> Self {
        Self::ColumnLink(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c13)]
impl ::std::convert::From<crate::v1::CommsOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CommsOperation) -> Self {
        Self::CommsOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c43)]
impl ::std::convert::From<crate::v1::Community> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Community) -> Self {
        Self::Community(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c27)]
impl ::std::convert::From<crate::v1::CompanySubscription> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CompanySubscription) -> Self {
        Self::CompanySubscription(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::ComplianceManagementPartner> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ComplianceManagementPartner) -> Self {
        Self::ComplianceManagementPartner(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::ConditionalAccessRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ConditionalAccessRoot) -> Self {
        Self::ConditionalAccessRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::ConditionalAccessTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ConditionalAccessTemplate) -> Self {
        Self::ConditionalAccessTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c17)]
impl ::std::convert::From<crate::v1::ConfigurationBaseline> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ConfigurationBaseline) -> Self {
        Self::ConfigurationBaseline(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c17)]
impl ::std::convert::From<crate::v1::ConfigurationDrift> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ConfigurationDrift) -> Self {
        Self::ConfigurationDrift(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c17)]
impl ::std::convert::From<crate::v1::ConfigurationManagement> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ConfigurationManagement) -> Self {
        Self::ConfigurationManagement(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c17)]
impl ::std::convert::From<crate::v1::ConfigurationMonitor> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ConfigurationMonitor) -> Self {
        Self::ConfigurationMonitor(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c17)]
impl ::std::convert::From<crate::v1::ConfigurationMonitoringResult> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ConfigurationMonitoringResult) -> Self {
        Self::ConfigurationMonitoringResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c17)]
impl ::std::convert::From<crate::v1::ConfigurationSnapshotJob> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ConfigurationSnapshotJob) -> Self {
        Self::ConfigurationSnapshotJob(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::ConnectedOrganization> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ConnectedOrganization) -> Self {
        Self::ConnectedOrganization(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::Contact> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Contact) -> Self {
        Self::Contact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::ContactFolder> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ContactFolder) -> Self {
        Self::ContactFolder(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::ContentActivity> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ContentActivity) -> Self {
        Self::ContentActivity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c13)]
impl ::std::convert::From<crate::v1::ContentSharingSession> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ContentSharingSession) -> Self {
        Self::ContentSharingSession(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c4)]
impl ::std::convert::From<crate::v1::ContentType> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ContentType) -> Self {
        Self::ContentType(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::Contract> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Contract) -> Self {
        Self::Contract(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::ControlConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ControlConfiguration) -> Self {
        Self::ControlConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::Conversation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Conversation) -> Self {
        Self::Conversation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c3)]
impl ::std::convert::From<crate::v1::ConversationMember> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ConversationMember) -> Self {
        Self::ConversationMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::ConversationThread> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ConversationThread) -> Self {
        Self::ConversationThread(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c5)]
impl ::std::convert::From<crate::v1::CopilotAdmin> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CopilotAdmin) -> Self {
        Self::CopilotAdmin(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c5)]
impl ::std::convert::From<crate::v1::CopilotAdminCatalog> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CopilotAdminCatalog) -> Self {
        Self::CopilotAdminCatalog(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c5)]
impl ::std::convert::From<crate::v1::CopilotAdminLimitedMode> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CopilotAdminLimitedMode) -> Self {
        Self::CopilotAdminLimitedMode(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c5)]
impl ::std::convert::From<crate::v1::CopilotAdminSetting> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CopilotAdminSetting) -> Self {
        Self::CopilotAdminSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c5)]
impl ::std::convert::From<crate::v1::CopilotPackage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CopilotPackage) -> Self {
        Self::CopilotPackage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c5)]
impl ::std::convert::From<crate::v1::CopilotPackageDetail> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CopilotPackageDetail) -> Self {
        Self::CopilotPackageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c5)]
impl ::std::convert::From<crate::v1::CopilotReportRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CopilotReportRoot) -> Self {
        Self::CopilotReportRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::CrossTenantAccessPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CrossTenantAccessPolicy) -> Self {
        Self::CrossTenantAccessPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::CrossTenantAccessPolicyConfigurationDefault>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CrossTenantAccessPolicyConfigurationDefault) -> Self {
        Self::CrossTenantAccessPolicyConfigurationDefault(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c50)]
impl ::std::convert::From<crate::v1::CustomAuthenticationExtension> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CustomAuthenticationExtension) -> Self {
        Self::CustomAuthenticationExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c50)]
impl ::std::convert::From<crate::v1::CustomCalloutExtension> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CustomCalloutExtension) -> Self {
        Self::CustomCalloutExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::CustomDataProvidedResource> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CustomDataProvidedResource) -> Self {
        Self::CustomDataProvidedResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::CustomDataProvidedResourceAccessReviewUploadSession>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CustomDataProvidedResourceAccessReviewUploadSession) -> Self {
        Self::CustomDataProvidedResourceAccessReviewUploadSession(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c19)]
impl ::std::convert::From<crate::v1::CustomDataProvidedResourceFile> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CustomDataProvidedResourceFile) -> Self {
        Self::CustomDataProvidedResourceFile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::CustomDataProvidedResourceUploadSession>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CustomDataProvidedResourceUploadSession) -> Self {
        Self::CustomDataProvidedResourceUploadSession(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::CustomExtensionStageSetting> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CustomExtensionStageSetting) -> Self {
        Self::CustomExtensionStageSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c27)]
impl ::std::convert::From<crate::v1::CustomSecurityAttributeDefinition> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::CustomSecurityAttributeDefinition) -> Self {
        Self::CustomSecurityAttributeDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c63)]
impl ::std::convert::From<crate::v1::DataPolicyOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DataPolicyOperation) -> Self {
        Self::DataPolicyOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c11)]
impl ::std::convert::From<crate::v1::DataSecurityAndGovernance> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DataSecurityAndGovernance) -> Self {
        Self::DataSecurityAndGovernance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::DayNote> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DayNote) -> Self {
        Self::DayNote(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c30)]
impl ::std::convert::From<crate::v1::DefaultManagedAppProtection> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DefaultManagedAppProtection) -> Self {
        Self::DefaultManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c66)]
impl ::std::convert::From<crate::v1::DelegatedAdminAccessAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DelegatedAdminAccessAssignment) -> Self {
        Self::DelegatedAdminAccessAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c66)]
impl ::std::convert::From<crate::v1::DelegatedAdminCustomer> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DelegatedAdminCustomer) -> Self {
        Self::DelegatedAdminCustomer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c66)]
impl ::std::convert::From<crate::v1::DelegatedAdminRelationship> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DelegatedAdminRelationship) -> Self {
        Self::DelegatedAdminRelationship(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c66)]
impl ::std::convert::From<crate::v1::DelegatedAdminRelationshipOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DelegatedAdminRelationshipOperation) -> Self {
        Self::DelegatedAdminRelationshipOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c66)]
impl ::std::convert::From<crate::v1::DelegatedAdminRelationshipRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DelegatedAdminRelationshipRequest) -> Self {
        Self::DelegatedAdminRelationshipRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c66)]
impl ::std::convert::From<crate::v1::DelegatedAdminServiceManagementDetail>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DelegatedAdminServiceManagementDetail) -> Self {
        Self::DelegatedAdminServiceManagementDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::DelegatedAdminServiceProviderConstraints>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DelegatedAdminServiceProviderConstraints) -> Self {
        Self::DelegatedAdminServiceProviderConstraints(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::DelegatedPermissionClassification> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DelegatedPermissionClassification) -> Self {
        Self::DelegatedPermissionClassification(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c67)]
impl ::std::convert::From<crate::v1::DeletedChat> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeletedChat) -> Self {
        Self::DeletedChat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::DeletedItemContainer> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeletedItemContainer) -> Self {
        Self::DeletedItemContainer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c67)]
impl ::std::convert::From<crate::v1::DeletedTeam> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeletedTeam) -> Self {
        Self::DeletedTeam(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c19)]
impl ::std::convert::From<crate::v1::DeltaParticipants> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeltaParticipants) -> Self {
        Self::DeltaParticipants(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c42)]
impl ::std::convert::From<crate::v1::Desk> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Desk) -> Self {
        Self::Desk(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::DetectedApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DetectedApp) -> Self {
        Self::DetectedApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::Device> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Device) -> Self {
        Self::Device(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::DeviceAndAppManagementRoleAssignment>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceAndAppManagementRoleAssignment) -> Self {
        Self::DeviceAndAppManagementRoleAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::DeviceAndAppManagementRoleDefinition>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceAndAppManagementRoleDefinition) -> Self {
        Self::DeviceAndAppManagementRoleDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::DeviceAppManagement> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceAppManagement) -> Self {
        Self::DeviceAppManagement(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c9)]
impl ::std::convert::From<crate::v1::DeviceCategory> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceCategory) -> Self {
        Self::DeviceCategory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::DeviceComplianceActionItem> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceComplianceActionItem) -> Self {
        Self::DeviceComplianceActionItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::DeviceComplianceDeviceOverview> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceComplianceDeviceOverview) -> Self {
        Self::DeviceComplianceDeviceOverview(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::DeviceComplianceDeviceStatus> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceComplianceDeviceStatus) -> Self {
        Self::DeviceComplianceDeviceStatus(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::DeviceCompliancePolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceCompliancePolicy) -> Self {
        Self::DeviceCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::DeviceCompliancePolicyAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceCompliancePolicyAssignment) -> Self {
        Self::DeviceCompliancePolicyAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::DeviceCompliancePolicyDeviceStateSummary>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceCompliancePolicyDeviceStateSummary) -> Self {
        Self::DeviceCompliancePolicyDeviceStateSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::DeviceCompliancePolicySettingStateSummary>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceCompliancePolicySettingStateSummary) -> Self {
        Self::DeviceCompliancePolicySettingStateSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c9)]
impl ::std::convert::From<crate::v1::DeviceCompliancePolicyState> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceCompliancePolicyState) -> Self {
        Self::DeviceCompliancePolicyState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::DeviceComplianceScheduledActionForRule>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceComplianceScheduledActionForRule) -> Self {
        Self::DeviceComplianceScheduledActionForRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::DeviceComplianceSettingState> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceComplianceSettingState) -> Self {
        Self::DeviceComplianceSettingState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::DeviceComplianceUserOverview> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceComplianceUserOverview) -> Self {
        Self::DeviceComplianceUserOverview(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::DeviceComplianceUserStatus> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceComplianceUserStatus) -> Self {
        Self::DeviceComplianceUserStatus(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::DeviceConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceConfiguration) -> Self {
        Self::DeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::DeviceConfigurationAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceConfigurationAssignment) -> Self {
        Self::DeviceConfigurationAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::DeviceConfigurationDeviceOverview> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceConfigurationDeviceOverview) -> Self {
        Self::DeviceConfigurationDeviceOverview(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::DeviceConfigurationDeviceStateSummary>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceConfigurationDeviceStateSummary) -> Self {
        Self::DeviceConfigurationDeviceStateSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::DeviceConfigurationDeviceStatus> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceConfigurationDeviceStatus) -> Self {
        Self::DeviceConfigurationDeviceStatus(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c9)]
impl ::std::convert::From<crate::v1::DeviceConfigurationState> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceConfigurationState) -> Self {
        Self::DeviceConfigurationState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::DeviceConfigurationUserOverview> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceConfigurationUserOverview) -> Self {
        Self::DeviceConfigurationUserOverview(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::DeviceConfigurationUserStatus> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceConfigurationUserStatus) -> Self {
        Self::DeviceConfigurationUserStatus(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::DeviceEnrollmentConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceEnrollmentConfiguration) -> Self {
        Self::DeviceEnrollmentConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::DeviceEnrollmentLimitConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceEnrollmentLimitConfiguration) -> Self {
        Self::DeviceEnrollmentLimitConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::DeviceEnrollmentPlatformRestrictionsConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceEnrollmentPlatformRestrictionsConfiguration) -> Self {
        Self::DeviceEnrollmentPlatformRestrictionsConfiguration(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
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
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::DeviceInstallState> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceInstallState) -> Self {
        Self::DeviceInstallState(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c27)]
impl ::std::convert::From<crate::v1::DeviceLocalCredentialInfo> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceLocalCredentialInfo) -> Self {
        Self::DeviceLocalCredentialInfo(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c9)]
impl ::std::convert::From<crate::v1::DeviceLogCollectionResponse> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceLogCollectionResponse) -> Self {
        Self::DeviceLogCollectionResponse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::DeviceManagement> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceManagement) -> Self {
        Self::DeviceManagement(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c19)]
impl ::std::convert::From<crate::v1::DeviceManagementCachedReportConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceManagementCachedReportConfiguration) -> Self {
        Self::DeviceManagementCachedReportConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::DeviceManagementExchangeConnector> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceManagementExchangeConnector) -> Self {
        Self::DeviceManagementExchangeConnector(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::DeviceManagementExportJob> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceManagementExportJob) -> Self {
        Self::DeviceManagementExportJob(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::DeviceManagementPartner> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceManagementPartner) -> Self {
        Self::DeviceManagementPartner(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::DeviceManagementReports> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceManagementReports) -> Self {
        Self::DeviceManagementReports(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c9)]
impl ::std::convert::From<crate::v1::DeviceManagementTroubleshootingEvent>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceManagementTroubleshootingEvent) -> Self {
        Self::DeviceManagementTroubleshootingEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c16)]
impl ::std::convert::From<crate::v1::DeviceRegistrationPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DeviceRegistrationPolicy) -> Self {
        Self::DeviceRegistrationPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c27)]
impl ::std::convert::From<crate::v1::Directory> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Directory) -> Self {
        Self::Directory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c38)]
impl ::std::convert::From<crate::v1::DirectoryAudit> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DirectoryAudit) -> Self {
        Self::DirectoryAudit(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::DirectoryDefinition> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DirectoryDefinition) -> Self {
        Self::DirectoryDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::DirectoryObject> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DirectoryObject) -> Self {
        Self::DirectoryObject(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::DirectoryObjectPartnerReference> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DirectoryObjectPartnerReference) -> Self {
        Self::DirectoryObjectPartnerReference(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::DirectoryRole> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DirectoryRole) -> Self {
        Self::DirectoryRole(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::DirectoryRoleTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DirectoryRoleTemplate) -> Self {
        Self::DirectoryRoleTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c4)]
impl ::std::convert::From<crate::v1::DocumentSetVersion> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DocumentSetVersion) -> Self {
        Self::DocumentSetVersion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c68)]
impl ::std::convert::From<crate::v1::Domain> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Domain) -> Self {
        Self::Domain(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c69)]
impl ::std::convert::From<crate::v1::DomainDnsCnameRecord> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DomainDnsCnameRecord) -> Self {
        Self::DomainDnsCnameRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c69)]
impl ::std::convert::From<crate::v1::DomainDnsMxRecord> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DomainDnsMxRecord) -> Self {
        Self::DomainDnsMxRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c69)]
impl ::std::convert::From<crate::v1::DomainDnsRecord> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DomainDnsRecord) -> Self {
        Self::DomainDnsRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c69)]
impl ::std::convert::From<crate::v1::DomainDnsSrvRecord> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DomainDnsSrvRecord) -> Self {
        Self::DomainDnsSrvRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c69)]
impl ::std::convert::From<crate::v1::DomainDnsTxtRecord> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DomainDnsTxtRecord) -> Self {
        Self::DomainDnsTxtRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c69)]
impl ::std::convert::From<crate::v1::DomainDnsUnavailableRecord> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DomainDnsUnavailableRecord) -> Self {
        Self::DomainDnsUnavailableRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c24)]
impl ::std::convert::From<crate::v1::Drive> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Drive) -> Self {
        Self::Drive(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c24)]
impl ::std::convert::From<crate::v1::DriveItem> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DriveItem) -> Self {
        Self::DriveItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c24)]
impl ::std::convert::From<crate::v1::DriveItemVersion> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DriveItemVersion) -> Self {
        Self::DriveItemVersion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::DriveProtectionRule> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DriveProtectionRule) -> Self {
        Self::DriveProtectionRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::DriveProtectionUnit> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DriveProtectionUnit) -> Self {
        Self::DriveProtectionUnit(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::DriveProtectionUnitsBulkAdditionJob> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DriveProtectionUnitsBulkAdditionJob) -> Self {
        Self::DriveProtectionUnitsBulkAdditionJob(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::DriveRestoreArtifact> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DriveRestoreArtifact) -> Self {
        Self::DriveRestoreArtifact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::DriveRestoreArtifactsBulkAdditionRequest>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::DriveRestoreArtifactsBulkAdditionRequest) -> Self {
        Self::DriveRestoreArtifactsBulkAdditionRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::EBookInstallSummary> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EBookInstallSummary) -> Self {
        Self::EBookInstallSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c17)]
impl ::std::convert::From<crate::v1::Edge> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Edge) -> Self {
        Self::Edge(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::EditionUpgradeConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EditionUpgradeConfiguration) -> Self {
        Self::EditionUpgradeConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c59)]
impl ::std::convert::From<crate::v1::EducationAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationAssignment) -> Self {
        Self::EducationAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c59)]
impl ::std::convert::From<crate::v1::EducationAssignmentDefaults> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationAssignmentDefaults) -> Self {
        Self::EducationAssignmentDefaults(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c59)]
impl ::std::convert::From<crate::v1::EducationAssignmentResource> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationAssignmentResource) -> Self {
        Self::EducationAssignmentResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c59)]
impl ::std::convert::From<crate::v1::EducationAssignmentSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationAssignmentSettings) -> Self {
        Self::EducationAssignmentSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c59)]
impl ::std::convert::From<crate::v1::EducationCategory> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationCategory) -> Self {
        Self::EducationCategory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c59)]
impl ::std::convert::From<crate::v1::EducationClass> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationClass) -> Self {
        Self::EducationClass(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c59)]
impl ::std::convert::From<crate::v1::EducationFeedbackOutcome> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationFeedbackOutcome) -> Self {
        Self::EducationFeedbackOutcome(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c59)]
impl ::std::convert::From<crate::v1::EducationFeedbackResourceOutcome> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationFeedbackResourceOutcome) -> Self {
        Self::EducationFeedbackResourceOutcome(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c59)]
impl ::std::convert::From<crate::v1::EducationGradingCategory> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationGradingCategory) -> Self {
        Self::EducationGradingCategory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c59)]
impl ::std::convert::From<crate::v1::EducationGradingScheme> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationGradingScheme) -> Self {
        Self::EducationGradingScheme(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c59)]
impl ::std::convert::From<crate::v1::EducationModule> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationModule) -> Self {
        Self::EducationModule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c59)]
impl ::std::convert::From<crate::v1::EducationModuleResource> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationModuleResource) -> Self {
        Self::EducationModuleResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c59)]
impl ::std::convert::From<crate::v1::EducationOrganization> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationOrganization) -> Self {
        Self::EducationOrganization(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c59)]
impl ::std::convert::From<crate::v1::EducationOutcome> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationOutcome) -> Self {
        Self::EducationOutcome(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c59)]
impl ::std::convert::From<crate::v1::EducationPointsOutcome> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationPointsOutcome) -> Self {
        Self::EducationPointsOutcome(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c59)]
impl ::std::convert::From<crate::v1::EducationRubric> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationRubric) -> Self {
        Self::EducationRubric(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c59)]
impl ::std::convert::From<crate::v1::EducationRubricOutcome> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationRubricOutcome) -> Self {
        Self::EducationRubricOutcome(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c59)]
impl ::std::convert::From<crate::v1::EducationSchool> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationSchool) -> Self {
        Self::EducationSchool(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c59)]
impl ::std::convert::From<crate::v1::EducationSubmission> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationSubmission) -> Self {
        Self::EducationSubmission(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c59)]
impl ::std::convert::From<crate::v1::EducationSubmissionResource> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationSubmissionResource) -> Self {
        Self::EducationSubmissionResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c59)]
impl ::std::convert::From<crate::v1::EducationUser> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EducationUser) -> Self {
        Self::EducationUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::EmailAuthenticationMethod> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EmailAuthenticationMethod) -> Self {
        Self::EmailAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c18)]
impl ::std::convert::From<crate::v1::EmailAuthenticationMethodConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EmailAuthenticationMethodConfiguration) -> Self {
        Self::EmailAuthenticationMethodConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c56)]
impl ::std::convert::From<crate::v1::EmailFileAssessmentRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EmailFileAssessmentRequest) -> Self {
        Self::EmailFileAssessmentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::EmailNotificationsSetting> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EmailNotificationsSetting) -> Self {
        Self::EmailNotificationsSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c19)]
impl ::std::convert::From<crate::v1::EmergencyCallEvent> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EmergencyCallEvent) -> Self {
        Self::EmergencyCallEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::EmployeeExperienceUser> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EmployeeExperienceUser) -> Self {
        Self::EmployeeExperienceUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::EndUserNotification> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EndUserNotification) -> Self {
        Self::EndUserNotification(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::EndUserNotificationDetail> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EndUserNotificationDetail) -> Self {
        Self::EndUserNotificationDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::EndUserSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EndUserSettings) -> Self {
        Self::EndUserSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::Endpoint> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Endpoint) -> Self {
        Self::Endpoint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c72)]
impl ::std::convert::From<crate::v1::EngagementAsyncOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EngagementAsyncOperation) -> Self {
        Self::EngagementAsyncOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c13)]
impl ::std::convert::From<crate::v1::EngagementConversation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EngagementConversation) -> Self {
        Self::EngagementConversation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c13)]
impl ::std::convert::From<crate::v1::EngagementConversationDiscussionMessage>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EngagementConversationDiscussionMessage) -> Self {
        Self::EngagementConversationDiscussionMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c13)]
impl ::std::convert::From<crate::v1::EngagementConversationMessage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EngagementConversationMessage) -> Self {
        Self::EngagementConversationMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c13)]
impl ::std::convert::From<crate::v1::EngagementConversationMessageReaction>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EngagementConversationMessageReaction) -> Self {
        Self::EngagementConversationMessageReaction(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c13)]
impl ::std::convert::From<crate::v1::EngagementConversationQuestionMessage>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EngagementConversationQuestionMessage) -> Self {
        Self::EngagementConversationQuestionMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c13)]
impl ::std::convert::From<crate::v1::EngagementConversationSystemMessage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EngagementConversationSystemMessage) -> Self {
        Self::EngagementConversationSystemMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c72)]
impl ::std::convert::From<crate::v1::EngagementRole> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EngagementRole) -> Self {
        Self::EngagementRole(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c72)]
impl ::std::convert::From<crate::v1::EngagementRoleMember> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EngagementRoleMember) -> Self {
        Self::EngagementRoleMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::EnrollmentConfigurationAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EnrollmentConfigurationAssignment) -> Self {
        Self::EnrollmentConfigurationAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c9)]
impl ::std::convert::From<crate::v1::EnrollmentTroubleshootingEvent> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EnrollmentTroubleshootingEvent) -> Self {
        Self::EnrollmentTroubleshootingEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c19)]
impl ::std::convert::From<crate::v1::EnterpriseCodeSigningCertificate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EnterpriseCodeSigningCertificate) -> Self {
        Self::EnterpriseCodeSigningCertificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::EntitlementManagement> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EntitlementManagement) -> Self {
        Self::EntitlementManagement(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::EntitlementManagementSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EntitlementManagementSettings) -> Self {
        Self::EntitlementManagementSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c27)]
impl ::std::convert::From<crate::v1::entra_recovery_services::Recovery> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::entra_recovery_services::Recovery) -> Self {
        Self::Recovery(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c27)]
impl ::std::convert::From<crate::v1::entra_recovery_services::RecoveryChangeObjectBase>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::entra_recovery_services::RecoveryChangeObjectBase) -> Self {
        Self::RecoveryChangeObjectBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c27)]
impl ::std::convert::From<crate::v1::entra_recovery_services::RecoveryJob>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::entra_recovery_services::RecoveryJob) -> Self {
        Self::RecoveryJob(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c27)]
impl ::std::convert::From<crate::v1::entra_recovery_services::RecoveryJobBase>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::entra_recovery_services::RecoveryJobBase) -> Self {
        Self::RecoveryJobBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c27)]
impl ::std::convert::From<crate::v1::entra_recovery_services::RecoveryPreviewJob>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::entra_recovery_services::RecoveryPreviewJob) -> Self {
        Self::RecoveryPreviewJob(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c27)]
impl ::std::convert::From<crate::v1::entra_recovery_services::Snapshot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::entra_recovery_services::Snapshot) -> Self {
        Self::Snapshot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::Event> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Event) -> Self {
        Self::Event(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::EventMessage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EventMessage) -> Self {
        Self::EventMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::EventMessageRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EventMessageRequest) -> Self {
        Self::EventMessageRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::EventMessageResponse> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::EventMessageResponse) -> Self {
        Self::EventMessageResponse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c17)]
impl ::std::convert::From<crate::v1::ExchangeAdmin> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ExchangeAdmin) -> Self {
        Self::ExchangeAdmin(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c17)]
impl ::std::convert::From<crate::v1::ExchangeMessageTrace> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ExchangeMessageTrace) -> Self {
        Self::ExchangeMessageTrace(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c17)]
impl ::std::convert::From<crate::v1::ExchangeMessageTraceDetail> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ExchangeMessageTraceDetail) -> Self {
        Self::ExchangeMessageTraceDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::ExchangeProtectionPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ExchangeProtectionPolicy) -> Self {
        Self::ExchangeProtectionPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::ExchangeRestoreSession> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ExchangeRestoreSession) -> Self {
        Self::ExchangeRestoreSession(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::ExchangeSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ExchangeSettings) -> Self {
        Self::ExchangeSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::Extension> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Extension) -> Self {
        Self::Extension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::ExtensionProperty> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ExtensionProperty) -> Self {
        Self::ExtensionProperty(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::ExternalAuthenticationMethod> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ExternalAuthenticationMethod) -> Self {
        Self::ExternalAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c18)]
impl ::std::convert::From<crate::v1::ExternalAuthenticationMethodConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ExternalAuthenticationMethodConfiguration) -> Self {
        Self::ExternalAuthenticationMethodConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c55)]
impl ::std::convert::From<crate::v1::external_connectors::ConnectionOperation>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::external_connectors::ConnectionOperation) -> Self {
        Self::ConnectionOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c55)]
impl ::std::convert::From<crate::v1::external_connectors::ExternalActivity>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::external_connectors::ExternalActivity) -> Self {
        Self::ExternalActivity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c55)]
impl ::std::convert::From<crate::v1::external_connectors::ExternalActivityResult>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::external_connectors::ExternalActivityResult) -> Self {
        Self::ExternalActivityResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c55)]
impl ::std::convert::From<crate::v1::external_connectors::ExternalConnection>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::external_connectors::ExternalConnection) -> Self {
        Self::ExternalConnection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c55)]
impl ::std::convert::From<crate::v1::external_connectors::ExternalGroup> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::external_connectors::ExternalGroup) -> Self {
        Self::ExternalGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c55)]
impl ::std::convert::From<crate::v1::external_connectors::ExternalItem> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::external_connectors::ExternalItem) -> Self {
        Self::ExternalItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c55)]
impl ::std::convert::From<crate::v1::external_connectors::Identity> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::external_connectors::Identity) -> Self {
        Self::ExternalConnectorsIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c55)]
impl ::std::convert::From<crate::v1::external_connectors::Schema> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::external_connectors::Schema) -> Self {
        Self::Schema(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c35)]
impl ::std::convert::From<crate::v1::ExternalDomainName> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ExternalDomainName) -> Self {
        Self::ExternalDomainName(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::ExternalUsersSelfServiceSignUpEventsFlow>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ExternalUsersSelfServiceSignUpEventsFlow) -> Self {
        Self::ExternalUsersSelfServiceSignUpEventsFlow(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c16)]
impl ::std::convert::From<crate::v1::FeatureRolloutPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::FeatureRolloutPolicy) -> Self {
        Self::FeatureRolloutPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::FederatedIdentityCredential> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::FederatedIdentityCredential) -> Self {
        Self::FederatedIdentityCredential(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::FederatedTokenValidationPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::FederatedTokenValidationPolicy) -> Self {
        Self::FederatedTokenValidationPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::Fido2AuthenticationMethod> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Fido2AuthenticationMethod) -> Self {
        Self::Fido2AuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c18)]
impl ::std::convert::From<crate::v1::Fido2AuthenticationMethodConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Fido2AuthenticationMethodConfiguration) -> Self {
        Self::Fido2AuthenticationMethodConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c37)]
impl ::std::convert::From<crate::v1::Fido2CombinationConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Fido2CombinationConfiguration) -> Self {
        Self::Fido2CombinationConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c4)]
impl ::std::convert::From<crate::v1::FieldValueSet> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::FieldValueSet) -> Self {
        Self::FieldValueSet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c56)]
impl ::std::convert::From<crate::v1::FileAssessmentRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::FileAssessmentRequest) -> Self {
        Self::FileAssessmentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::FileAttachment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::FileAttachment) -> Self {
        Self::FileAttachment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c76)]
impl ::std::convert::From<crate::v1::FileStorage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::FileStorage) -> Self {
        Self::FileStorage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c76)]
impl ::std::convert::From<crate::v1::FileStorageContainer> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::FileStorageContainer) -> Self {
        Self::FileStorageContainer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c76)]
impl ::std::convert::From<crate::v1::FileStorageContainerType> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::FileStorageContainerType) -> Self {
        Self::FileStorageContainerType(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c76)]
impl ::std::convert::From<crate::v1::FileStorageContainerTypeRegistration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::FileStorageContainerTypeRegistration) -> Self {
        Self::FileStorageContainerTypeRegistration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c77)]
impl ::std::convert::From<crate::v1::FilterOperatorSchema> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::FilterOperatorSchema) -> Self {
        Self::FilterOperatorSchema(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c42)]
impl ::std::convert::From<crate::v1::FixtureMap> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::FixtureMap) -> Self {
        Self::FixtureMap(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c42)]
impl ::std::convert::From<crate::v1::Floor> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Floor) -> Self {
        Self::Floor(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c42)]
impl ::std::convert::From<crate::v1::FootprintMap> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::FootprintMap) -> Self {
        Self::FootprintMap(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::FraudProtectionProvider> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::FraudProtectionProvider) -> Self {
        Self::FraudProtectionProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::GovernanceInsight> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::GovernanceInsight) -> Self {
        Self::GovernanceInsight(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::GranularDriveRestoreArtifact> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::GranularDriveRestoreArtifact) -> Self {
        Self::GranularDriveRestoreArtifact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::GranularMailboxRestoreArtifact> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::GranularMailboxRestoreArtifact) -> Self {
        Self::GranularMailboxRestoreArtifact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::GranularRestoreArtifactBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::GranularRestoreArtifactBase) -> Self {
        Self::GranularRestoreArtifactBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::GranularSiteRestoreArtifact> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::GranularSiteRestoreArtifact) -> Self {
        Self::GranularSiteRestoreArtifact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::Group> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Group) -> Self {
        Self::Group(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c80)]
impl ::std::convert::From<crate::v1::GroupLifecyclePolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::GroupLifecyclePolicy) -> Self {
        Self::GroupLifecyclePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c81)]
impl ::std::convert::From<crate::v1::GroupSetting> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::GroupSetting) -> Self {
        Self::GroupSetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::GroupSettingTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::GroupSettingTemplate) -> Self {
        Self::GroupSettingTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::HomeRealmDiscoveryPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::HomeRealmDiscoveryPolicy) -> Self {
        Self::HomeRealmDiscoveryPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c1)]
impl ::std::convert::From<crate::v1::HorizontalSection> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::HorizontalSection) -> Self {
        Self::HorizontalSection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c1)]
impl ::std::convert::From<crate::v1::HorizontalSectionColumn> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::HorizontalSectionColumn) -> Self {
        Self::HorizontalSectionColumn(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::HumanSecurityFraudProtectionProvider>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::HumanSecurityFraudProtectionProvider) -> Self {
        Self::HumanSecurityFraudProtectionProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::IdentityApiConnector> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IdentityApiConnector) -> Self {
        Self::IdentityApiConnector(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::IdentityBuiltInUserFlowAttribute> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IdentityBuiltInUserFlowAttribute) -> Self {
        Self::IdentityBuiltInUserFlowAttribute(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::IdentityContainer> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IdentityContainer) -> Self {
        Self::IdentityContainer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::IdentityCustomUserFlowAttribute> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IdentityCustomUserFlowAttribute) -> Self {
        Self::IdentityCustomUserFlowAttribute(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::identity_governance::CustomTaskExtension>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::identity_governance::CustomTaskExtension) -> Self {
        Self::CustomTaskExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::identity_governance::Insights> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::identity_governance::Insights) -> Self {
        Self::Insights(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::identity_governance::LifecycleManagementSettings>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::identity_governance::LifecycleManagementSettings) -> Self {
        Self::LifecycleManagementSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::identity_governance::LifecycleWorkflowsContainer>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::identity_governance::LifecycleWorkflowsContainer) -> Self {
        Self::LifecycleWorkflowsContainer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::identity_governance::Run> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::identity_governance::Run) -> Self {
        Self::Run(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::identity_governance::Task> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::identity_governance::Task) -> Self {
        Self::Task(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::identity_governance::TaskDefinition> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::identity_governance::TaskDefinition) -> Self {
        Self::TaskDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::identity_governance::TaskProcessingResult>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::identity_governance::TaskProcessingResult) -> Self {
        Self::TaskProcessingResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::identity_governance::TaskReport> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::identity_governance::TaskReport) -> Self {
        Self::TaskReport(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::identity_governance::UserProcessingResult>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::identity_governance::UserProcessingResult) -> Self {
        Self::UserProcessingResult(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::identity_governance::WorkflowTemplate>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::identity_governance::WorkflowTemplate) -> Self {
        Self::WorkflowTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c85)]
impl ::std::convert::From<crate::v1::IdentityProvider> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IdentityProvider) -> Self {
        Self::IdentityProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c52)]
impl ::std::convert::From<crate::v1::IdentityProviderBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IdentityProviderBase) -> Self {
        Self::IdentityProviderBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::IdentitySecurityDefaultsEnforcementPolicy>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IdentitySecurityDefaultsEnforcementPolicy) -> Self {
        Self::IdentitySecurityDefaultsEnforcementPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::IdentityUserFlow> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IdentityUserFlow) -> Self {
        Self::IdentityUserFlow(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::IdentityUserFlowAttribute> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IdentityUserFlowAttribute) -> Self {
        Self::IdentityUserFlowAttribute(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::IdentityUserFlowAttributeAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IdentityUserFlowAttributeAssignment) -> Self {
        Self::IdentityUserFlowAttributeAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::IdentityVerifiedIdRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IdentityVerifiedIdRoot) -> Self {
        Self::IdentityVerifiedIdRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::ImportedWindowsAutopilotDeviceIdentity>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ImportedWindowsAutopilotDeviceIdentity) -> Self {
        Self::ImportedWindowsAutopilotDeviceIdentity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c19)]
impl ::std::convert::From<crate::v1::ImportedWindowsAutopilotDeviceIdentityUpload>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ImportedWindowsAutopilotDeviceIdentityUpload) -> Self {
        Self::ImportedWindowsAutopilotDeviceIdentityUpload(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::InferenceClassification> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::InferenceClassification) -> Self {
        Self::InferenceClassification(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::InferenceClassificationOverride> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::InferenceClassificationOverride) -> Self {
        Self::InferenceClassificationOverride(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c17)]
impl ::std::convert::From<crate::v1::InsightsSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::InsightsSettings) -> Self {
        Self::InsightsSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c52)]
impl ::std::convert::From<crate::v1::InternalDomainFederation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::InternalDomainFederation) -> Self {
        Self::InternalDomainFederation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c17)]
impl ::std::convert::From<crate::v1::InternetExplorerMode> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::InternetExplorerMode) -> Self {
        Self::InternetExplorerMode(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c88)]
impl ::std::convert::From<crate::v1::Invitation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Invitation) -> Self {
        Self::Invitation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c13)]
impl ::std::convert::From<crate::v1::InviteParticipantsOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::InviteParticipantsOperation) -> Self {
        Self::InviteParticipantsOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::IosCertificateProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosCertificateProfile) -> Self {
        Self::IosCertificateProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::IosCompliancePolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosCompliancePolicy) -> Self {
        Self::IosCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::IosCustomConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosCustomConfiguration) -> Self {
        Self::IosCustomConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::IosDeviceFeaturesConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosDeviceFeaturesConfiguration) -> Self {
        Self::IosDeviceFeaturesConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::IosGeneralDeviceConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosGeneralDeviceConfiguration) -> Self {
        Self::IosGeneralDeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::IosLobApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosLobApp) -> Self {
        Self::IosLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c19)]
impl ::std::convert::From<crate::v1::IosLobAppProvisioningConfigurationAssignment>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosLobAppProvisioningConfigurationAssignment) -> Self {
        Self::IosLobAppProvisioningConfigurationAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c30)]
impl ::std::convert::From<crate::v1::IosManagedAppProtection> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosManagedAppProtection) -> Self {
        Self::IosManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::IosManagedAppRegistration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosManagedAppRegistration) -> Self {
        Self::IosManagedAppRegistration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::IosMobileAppConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosMobileAppConfiguration) -> Self {
        Self::IosMobileAppConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::IosStoreApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosStoreApp) -> Self {
        Self::IosStoreApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::IosUpdateConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosUpdateConfiguration) -> Self {
        Self::IosUpdateConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::IosUpdateDeviceStatus> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosUpdateDeviceStatus) -> Self {
        Self::IosUpdateDeviceStatus(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::IosVppApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosVppApp) -> Self {
        Self::IosVppApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::IosVppEBook> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosVppEBook) -> Self {
        Self::IosVppEBook(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::IosVppEBookAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosVppEBookAssignment) -> Self {
        Self::IosVppEBookAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::IosiPadOsWebClip> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::IosiPadOsWebClip) -> Self {
        Self::IosiPadOsWebClip(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c4)]
impl ::std::convert::From<crate::v1::ItemActivity> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ItemActivity) -> Self {
        Self::ItemActivity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c4)]
impl ::std::convert::From<crate::v1::ItemActivityStat> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ItemActivityStat) -> Self {
        Self::ItemActivityStat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c89)]
impl ::std::convert::From<crate::v1::ItemAnalytics> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ItemAnalytics) -> Self {
        Self::ItemAnalytics(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::ItemAttachment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ItemAttachment) -> Self {
        Self::ItemAttachment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::ItemInsights> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ItemInsights) -> Self {
        Self::ItemInsights(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c24)]
impl ::std::convert::From<crate::v1::ItemRetentionLabel> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ItemRetentionLabel) -> Self {
        Self::ItemRetentionLabel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c19)]
impl ::std::convert::From<crate::v1::LabelContentRight> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::LabelContentRight) -> Self {
        Self::LabelContentRight(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::LandingPage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::LandingPage) -> Self {
        Self::LandingPage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::LandingPageDetail> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::LandingPageDetail) -> Self {
        Self::LandingPageDetail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c43)]
impl ::std::convert::From<crate::v1::LearningAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::LearningAssignment) -> Self {
        Self::LearningAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c43)]
impl ::std::convert::From<crate::v1::LearningContent> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::LearningContent) -> Self {
        Self::LearningContent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c43)]
impl ::std::convert::From<crate::v1::LearningCourseActivity> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::LearningCourseActivity) -> Self {
        Self::LearningCourseActivity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c43)]
impl ::std::convert::From<crate::v1::LearningProvider> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::LearningProvider) -> Self {
        Self::LearningProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c43)]
impl ::std::convert::From<crate::v1::LearningSelfInitiatedCourse> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::LearningSelfInitiatedCourse) -> Self {
        Self::LearningSelfInitiatedCourse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c42)]
impl ::std::convert::From<crate::v1::LevelMap> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::LevelMap) -> Self {
        Self::LevelMap(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::LicenseDetails> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::LicenseDetails) -> Self {
        Self::LicenseDetails(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::LinkedResource> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::LinkedResource) -> Self {
        Self::LinkedResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c4)]
impl ::std::convert::From<crate::v1::List> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::List) -> Self {
        Self::List(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c4)]
impl ::std::convert::From<crate::v1::ListItem> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ListItem) -> Self {
        Self::ListItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c4)]
impl ::std::convert::From<crate::v1::ListItemVersion> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ListItemVersion) -> Self {
        Self::ListItemVersion(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::LocalizedNotificationMessage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::LocalizedNotificationMessage) -> Self {
        Self::LocalizedNotificationMessage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::LoginPage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::LoginPage) -> Self {
        Self::LoginPage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c95)]
impl ::std::convert::From<crate::v1::LongRunningOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::LongRunningOperation) -> Self {
        Self::LongRunningOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c17)]
impl ::std::convert::From<crate::v1::M365AppsInstallationOptions> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::M365AppsInstallationOptions) -> Self {
        Self::M365AppsInstallationOptions(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::MacOsCompliancePolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MacOsCompliancePolicy) -> Self {
        Self::MacOsCompliancePolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::MacOsCustomConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MacOsCustomConfiguration) -> Self {
        Self::MacOsCustomConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::MacOsDeviceFeaturesConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MacOsDeviceFeaturesConfiguration) -> Self {
        Self::MacOsDeviceFeaturesConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::MacOsDmgApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MacOsDmgApp) -> Self {
        Self::MacOsDmgApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::MacOsGeneralDeviceConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MacOsGeneralDeviceConfiguration) -> Self {
        Self::MacOsGeneralDeviceConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::MacOsLobApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MacOsLobApp) -> Self {
        Self::MacOsLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::MacOsMicrosoftDefenderApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MacOsMicrosoftDefenderApp) -> Self {
        Self::MacOsMicrosoftDefenderApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::MacOsMicrosoftEdgeApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MacOsMicrosoftEdgeApp) -> Self {
        Self::MacOsMicrosoftEdgeApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::MacOsOfficeSuiteApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MacOsOfficeSuiteApp) -> Self {
        Self::MacOsOfficeSuiteApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c56)]
impl ::std::convert::From<crate::v1::MailAssessmentRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MailAssessmentRequest) -> Self {
        Self::MailAssessmentRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::MailFolder> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MailFolder) -> Self {
        Self::MailFolder(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::MailSearchFolder> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MailSearchFolder) -> Self {
        Self::MailSearchFolder(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::Mailbox> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Mailbox) -> Self {
        Self::Mailbox(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::MailboxFolder> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MailboxFolder) -> Self {
        Self::MailboxFolder(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::MailboxItem> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MailboxItem) -> Self {
        Self::MailboxItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::MailboxProtectionRule> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MailboxProtectionRule) -> Self {
        Self::MailboxProtectionRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::MailboxProtectionUnit> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MailboxProtectionUnit) -> Self {
        Self::MailboxProtectionUnit(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::MailboxProtectionUnitsBulkAdditionJob>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MailboxProtectionUnitsBulkAdditionJob) -> Self {
        Self::MailboxProtectionUnitsBulkAdditionJob(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::MailboxRestoreArtifact> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MailboxRestoreArtifact) -> Self {
        Self::MailboxRestoreArtifact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::MailboxRestoreArtifactsBulkAdditionRequest>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MailboxRestoreArtifactsBulkAdditionRequest) -> Self {
        Self::MailboxRestoreArtifactsBulkAdditionRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::MalwareStateForWindowsDevice> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MalwareStateForWindowsDevice) -> Self {
        Self::MalwareStateForWindowsDevice(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::ManagedAndroidLobApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedAndroidLobApp) -> Self {
        Self::ManagedAndroidLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::ManagedAndroidStoreApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedAndroidStoreApp) -> Self {
        Self::ManagedAndroidStoreApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::ManagedApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedApp) -> Self {
        Self::ManagedApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c30)]
impl ::std::convert::From<crate::v1::ManagedAppConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedAppConfiguration) -> Self {
        Self::ManagedAppConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::ManagedAppOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedAppOperation) -> Self {
        Self::ManagedAppOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c30)]
impl ::std::convert::From<crate::v1::ManagedAppPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedAppPolicy) -> Self {
        Self::ManagedAppPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c30)]
impl ::std::convert::From<crate::v1::ManagedAppPolicyDeploymentSummary> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedAppPolicyDeploymentSummary) -> Self {
        Self::ManagedAppPolicyDeploymentSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c30)]
impl ::std::convert::From<crate::v1::ManagedAppProtection> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedAppProtection) -> Self {
        Self::ManagedAppProtection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::ManagedAppRegistration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedAppRegistration) -> Self {
        Self::ManagedAppRegistration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::ManagedAppStatus> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedAppStatus) -> Self {
        Self::ManagedAppStatus(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::ManagedAppStatusRaw> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedAppStatusRaw) -> Self {
        Self::ManagedAppStatusRaw(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c9)]
impl ::std::convert::From<crate::v1::ManagedDevice> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedDevice) -> Self {
        Self::ManagedDevice(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::ManagedDeviceMobileAppConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedDeviceMobileAppConfiguration) -> Self {
        Self::ManagedDeviceMobileAppConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::ManagedDeviceMobileAppConfigurationAssignment>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedDeviceMobileAppConfigurationAssignment) -> Self {
        Self::ManagedDeviceMobileAppConfigurationAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::ManagedDeviceMobileAppConfigurationDeviceStatus>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedDeviceMobileAppConfigurationDeviceStatus) -> Self {
        Self::ManagedDeviceMobileAppConfigurationDeviceStatus(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::ManagedDeviceMobileAppConfigurationDeviceSummary>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedDeviceMobileAppConfigurationDeviceSummary) -> Self {
        Self::ManagedDeviceMobileAppConfigurationDeviceSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::ManagedDeviceMobileAppConfigurationUserStatus>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedDeviceMobileAppConfigurationUserStatus) -> Self {
        Self::ManagedDeviceMobileAppConfigurationUserStatus(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::ManagedDeviceMobileAppConfigurationUserSummary>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedDeviceMobileAppConfigurationUserSummary) -> Self {
        Self::ManagedDeviceMobileAppConfigurationUserSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c19)]
impl ::std::convert::From<crate::v1::ManagedDeviceOverview> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedDeviceOverview) -> Self {
        Self::ManagedDeviceOverview(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::ManagedEBook> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedEBook) -> Self {
        Self::ManagedEBook(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::ManagedEBookAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedEBookAssignment) -> Self {
        Self::ManagedEBookAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::ManagedIosLobApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedIosLobApp) -> Self {
        Self::ManagedIosLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::ManagedIosStoreApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedIosStoreApp) -> Self {
        Self::ManagedIosStoreApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c30)]
impl ::std::convert::From<crate::v1::ManagedMobileApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedMobileApp) -> Self {
        Self::ManagedMobileApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::ManagedMobileLobApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ManagedMobileLobApp) -> Self {
        Self::ManagedMobileLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c30)]
impl ::std::convert::From<crate::v1::MdmWindowsInformationProtectionPolicy>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MdmWindowsInformationProtectionPolicy) -> Self {
        Self::MdmWindowsInformationProtectionPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c26)]
impl ::std::convert::From<crate::v1::MeetingAttendanceReport> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MeetingAttendanceReport) -> Self {
        Self::MeetingAttendanceReport(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::MembershipOutlierInsight> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MembershipOutlierInsight) -> Self {
        Self::MembershipOutlierInsight(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::Message> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Message) -> Self {
        Self::Message(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::MessageRule> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MessageRule) -> Self {
        Self::MessageRule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c17)]
impl ::std::convert::From<crate::v1::MessageTracingRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MessageTracingRoot) -> Self {
        Self::MessageTracingRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c3)]
impl ::std::convert::From<crate::v1::MicrosoftAccountUserConversationMember>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MicrosoftAccountUserConversationMember) -> Self {
        Self::MicrosoftAccountUserConversationMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::MicrosoftAuthenticatorAuthenticationMethod>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MicrosoftAuthenticatorAuthenticationMethod) -> Self {
        Self::MicrosoftAuthenticatorAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c18)]
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
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c18)]
impl ::std::convert::From<crate::v1::MicrosoftAuthenticatorAuthenticationMethodTarget>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MicrosoftAuthenticatorAuthenticationMethodTarget) -> Self {
        Self::MicrosoftAuthenticatorAuthenticationMethodTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::MicrosoftStoreForBusinessApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MicrosoftStoreForBusinessApp) -> Self {
        Self::MicrosoftStoreForBusinessApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::MobileApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MobileApp) -> Self {
        Self::MobileApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::MobileAppAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MobileAppAssignment) -> Self {
        Self::MobileAppAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::MobileAppCategory> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MobileAppCategory) -> Self {
        Self::MobileAppCategory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::MobileAppContent> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MobileAppContent) -> Self {
        Self::MobileAppContent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::MobileAppContentFile> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MobileAppContentFile) -> Self {
        Self::MobileAppContentFile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::MobileAppRelationship> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MobileAppRelationship) -> Self {
        Self::MobileAppRelationship(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::MobileAppTroubleshootingEvent> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MobileAppTroubleshootingEvent) -> Self {
        Self::MobileAppTroubleshootingEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::MobileContainedApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MobileContainedApp) -> Self {
        Self::MobileContainedApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c29)]
impl ::std::convert::From<crate::v1::MobileLobApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MobileLobApp) -> Self {
        Self::MobileLobApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::MobileThreatDefenseConnector> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MobileThreatDefenseConnector) -> Self {
        Self::MobileThreatDefenseConnector(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c66)]
impl ::std::convert::From<crate::v1::MultiTenantOrganization> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MultiTenantOrganization) -> Self {
        Self::MultiTenantOrganization(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::MultiTenantOrganizationIdentitySyncPolicyTemplate>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MultiTenantOrganizationIdentitySyncPolicyTemplate) -> Self {
        Self::MultiTenantOrganizationIdentitySyncPolicyTemplate(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c66)]
impl ::std::convert::From<crate::v1::MultiTenantOrganizationJoinRequestRecord>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MultiTenantOrganizationJoinRequestRecord) -> Self {
        Self::MultiTenantOrganizationJoinRequestRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::MultiTenantOrganizationMember> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MultiTenantOrganizationMember) -> Self {
        Self::MultiTenantOrganizationMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::MultiTenantOrganizationPartnerConfigurationTemplate>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MultiTenantOrganizationPartnerConfigurationTemplate) -> Self {
        Self::MultiTenantOrganizationPartnerConfigurationTemplate(
            ::std::boxed::Box::new(v),
        )
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::MultiValueLegacyExtendedProperty> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MultiValueLegacyExtendedProperty) -> Self {
        Self::MultiValueLegacyExtendedProperty(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c13)]
impl ::std::convert::From<crate::v1::MuteParticipantOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::MuteParticipantOperation) -> Self {
        Self::MuteParticipantOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c1)]
impl ::std::convert::From<crate::v1::Notebook> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Notebook) -> Self {
        Self::Notebook(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::NotificationMessageTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::NotificationMessageTemplate) -> Self {
        Self::NotificationMessageTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c98)]
impl ::std::convert::From<crate::v1::OAuth2PermissionGrant> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OAuth2PermissionGrant) -> Self {
        Self::OAuth2PermissionGrant(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::OfferShiftRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OfferShiftRequest) -> Self {
        Self::OfferShiftRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::OfficeGraphInsights> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OfficeGraphInsights) -> Self {
        Self::OfficeGraphInsights(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c35)]
impl ::std::convert::From<crate::v1::OidcIdentityProvider> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OidcIdentityProvider) -> Self {
        Self::OidcIdentityProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::OnAttributeCollectionListener> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnAttributeCollectionListener) -> Self {
        Self::OnAttributeCollectionListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c50)]
impl ::std::convert::From<crate::v1::OnAttributeCollectionStartCustomExtension>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnAttributeCollectionStartCustomExtension) -> Self {
        Self::OnAttributeCollectionStartCustomExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::OnAttributeCollectionStartListener> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnAttributeCollectionStartListener) -> Self {
        Self::OnAttributeCollectionStartListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c50)]
impl ::std::convert::From<crate::v1::OnAttributeCollectionSubmitCustomExtension>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnAttributeCollectionSubmitCustomExtension) -> Self {
        Self::OnAttributeCollectionSubmitCustomExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::OnAttributeCollectionSubmitListener> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnAttributeCollectionSubmitListener) -> Self {
        Self::OnAttributeCollectionSubmitListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::OnAuthenticationMethodLoadStartListener>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnAuthenticationMethodLoadStartListener) -> Self {
        Self::OnAuthenticationMethodLoadStartListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::OnEmailOtpSendListener> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnEmailOtpSendListener) -> Self {
        Self::OnEmailOtpSendListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::OnFraudProtectionLoadStartListener> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnFraudProtectionLoadStartListener) -> Self {
        Self::OnFraudProtectionLoadStartListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::OnInteractiveAuthFlowStartListener> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnInteractiveAuthFlowStartListener) -> Self {
        Self::OnInteractiveAuthFlowStartListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c50)]
impl ::std::convert::From<crate::v1::OnOtpSendCustomExtension> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnOtpSendCustomExtension) -> Self {
        Self::OnOtpSendCustomExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c50)]
impl ::std::convert::From<crate::v1::OnPasswordSubmitCustomExtension> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnPasswordSubmitCustomExtension) -> Self {
        Self::OnPasswordSubmitCustomExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::OnPasswordSubmitListener> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnPasswordSubmitListener) -> Self {
        Self::OnPasswordSubmitListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::OnPremisesConditionalAccessSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnPremisesConditionalAccessSettings) -> Self {
        Self::OnPremisesConditionalAccessSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c27)]
impl ::std::convert::From<crate::v1::OnPremisesDirectorySynchronization> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnPremisesDirectorySynchronization) -> Self {
        Self::OnPremisesDirectorySynchronization(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::OnPremisesSyncBehavior> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnPremisesSyncBehavior) -> Self {
        Self::OnPremisesSyncBehavior(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c50)]
impl ::std::convert::From<crate::v1::OnTokenIssuanceStartCustomExtension> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnTokenIssuanceStartCustomExtension) -> Self {
        Self::OnTokenIssuanceStartCustomExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::OnTokenIssuanceStartListener> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnTokenIssuanceStartListener) -> Self {
        Self::OnTokenIssuanceStartListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::OnUserCreateStartListener> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnUserCreateStartListener) -> Self {
        Self::OnUserCreateStartListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c50)]
impl ::std::convert::From<crate::v1::OnVerifiedIdClaimValidationCustomExtension>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnVerifiedIdClaimValidationCustomExtension) -> Self {
        Self::OnVerifiedIdClaimValidationCustomExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c23)]
impl ::std::convert::From<crate::v1::OnVerifiedIdClaimValidationListener> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnVerifiedIdClaimValidationListener) -> Self {
        Self::OnVerifiedIdClaimValidationListener(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::OneDriveForBusinessBrowseSession> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OneDriveForBusinessBrowseSession) -> Self {
        Self::OneDriveForBusinessBrowseSession(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::OneDriveForBusinessProtectionPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OneDriveForBusinessProtectionPolicy) -> Self {
        Self::OneDriveForBusinessProtectionPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::OneDriveForBusinessRestoreSession> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OneDriveForBusinessRestoreSession) -> Self {
        Self::OneDriveForBusinessRestoreSession(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c1)]
impl ::std::convert::From<crate::v1::Onenote> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Onenote) -> Self {
        Self::Onenote(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c1)]
impl ::std::convert::From<crate::v1::OnenoteEntityBaseModel> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnenoteEntityBaseModel) -> Self {
        Self::OnenoteEntityBaseModel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c1)]
impl ::std::convert::From<crate::v1::OnenoteEntityHierarchyModel> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnenoteEntityHierarchyModel) -> Self {
        Self::OnenoteEntityHierarchyModel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c1)]
impl ::std::convert::From<crate::v1::OnenoteEntitySchemaObjectModel> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnenoteEntitySchemaObjectModel) -> Self {
        Self::OnenoteEntitySchemaObjectModel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c1)]
impl ::std::convert::From<crate::v1::OnenoteOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnenoteOperation) -> Self {
        Self::OnenoteOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c1)]
impl ::std::convert::From<crate::v1::OnenotePage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnenotePage) -> Self {
        Self::OnenotePage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c1)]
impl ::std::convert::From<crate::v1::OnenoteResource> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnenoteResource) -> Self {
        Self::OnenoteResource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c1)]
impl ::std::convert::From<crate::v1::OnenoteSection> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnenoteSection) -> Self {
        Self::OnenoteSection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c14)]
impl ::std::convert::From<crate::v1::OnlineMeeting> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnlineMeeting) -> Self {
        Self::OnlineMeeting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c26)]
impl ::std::convert::From<crate::v1::OnlineMeetingBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnlineMeetingBase) -> Self {
        Self::OnlineMeetingBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c13)]
impl ::std::convert::From<crate::v1::OnlineMeetingEngagementConversation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OnlineMeetingEngagementConversation) -> Self {
        Self::OnlineMeetingEngagementConversation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::OpenShift> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OpenShift) -> Self {
        Self::OpenShift(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::OpenShiftChangeRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OpenShiftChangeRequest) -> Self {
        Self::OpenShiftChangeRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::OpenTypeExtension> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OpenTypeExtension) -> Self {
        Self::OpenTypeExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c1)]
impl ::std::convert::From<crate::v1::Operation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Operation) -> Self {
        Self::Operation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::OrgContact> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OrgContact) -> Self {
        Self::OrgContact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::Organization> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Organization) -> Self {
        Self::Organization(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::OrganizationalBranding> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OrganizationalBranding) -> Self {
        Self::OrganizationalBranding(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::OrganizationalBrandingLocalization> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OrganizationalBrandingLocalization) -> Self {
        Self::OrganizationalBrandingLocalization(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::OrganizationalBrandingProperties> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OrganizationalBrandingProperties) -> Self {
        Self::OrganizationalBrandingProperties(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::OutlookCategory> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OutlookCategory) -> Self {
        Self::OutlookCategory(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::OutlookItem> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OutlookItem) -> Self {
        Self::OutlookItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::OutlookUser> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OutlookUser) -> Self {
        Self::OutlookUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c16)]
impl ::std::convert::From<crate::v1::OwnerlessGroupPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::OwnerlessGroupPolicy) -> Self {
        Self::OwnerlessGroupPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c13)]
impl ::std::convert::From<crate::v1::Participant> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Participant) -> Self {
        Self::Participant(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c19)]
impl ::std::convert::From<crate::v1::ParticipantJoiningNotification> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ParticipantJoiningNotification) -> Self {
        Self::ParticipantJoiningNotification(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c19)]
impl ::std::convert::From<crate::v1::ParticipantLeftNotification> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ParticipantLeftNotification) -> Self {
        Self::ParticipantLeftNotification(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c44)]
impl ::std::convert::From<crate::v1::Partners> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Partners) -> Self {
        Self::Partners(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c44)]
impl ::std::convert::From<crate::v1::partners_billing::AzureUsage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::partners_billing::AzureUsage) -> Self {
        Self::AzureUsage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c44)]
impl ::std::convert::From<crate::v1::partners_billing::BilledReconciliation>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::partners_billing::BilledReconciliation) -> Self {
        Self::BilledReconciliation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c44)]
impl ::std::convert::From<crate::v1::partners_billing::BilledUsage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::partners_billing::BilledUsage) -> Self {
        Self::BilledUsage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c44)]
impl ::std::convert::From<crate::v1::partners_billing::Billing> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::partners_billing::Billing) -> Self {
        Self::Billing(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c44)]
impl ::std::convert::From<crate::v1::partners_billing::BillingReconciliation>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::partners_billing::BillingReconciliation) -> Self {
        Self::BillingReconciliation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c44)]
impl ::std::convert::From<crate::v1::partners_billing::ExportSuccessOperation>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::partners_billing::ExportSuccessOperation) -> Self {
        Self::ExportSuccessOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c44)]
impl ::std::convert::From<crate::v1::partners_billing::FailedOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::partners_billing::FailedOperation) -> Self {
        Self::FailedOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c44)]
impl ::std::convert::From<crate::v1::partners_billing::Manifest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::partners_billing::Manifest) -> Self {
        Self::Manifest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c44)]
impl ::std::convert::From<crate::v1::partners_billing::Operation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::partners_billing::Operation) -> Self {
        Self::PartnersBillingOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c44)]
impl ::std::convert::From<crate::v1::partners_billing::RunningOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::partners_billing::RunningOperation) -> Self {
        Self::RunningOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c44)]
impl ::std::convert::From<crate::v1::partners_billing::UnbilledReconciliation>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::partners_billing::UnbilledReconciliation) -> Self {
        Self::UnbilledReconciliation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c44)]
impl ::std::convert::From<crate::v1::partners_billing::UnbilledUsage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::partners_billing::UnbilledUsage) -> Self {
        Self::UnbilledUsage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c18)]
impl ::std::convert::From<crate::v1::PasskeyAuthenticationMethodTarget> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PasskeyAuthenticationMethodTarget) -> Self {
        Self::PasskeyAuthenticationMethodTarget(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c19)]
impl ::std::convert::From<crate::v1::PasskeyProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PasskeyProfile) -> Self {
        Self::PasskeyProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::PasswordAuthenticationMethod> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PasswordAuthenticationMethod) -> Self {
        Self::PasswordAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::Payload> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Payload) -> Self {
        Self::Payload(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c17)]
impl ::std::convert::From<crate::v1::PeopleAdminSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PeopleAdminSettings) -> Self {
        Self::PeopleAdminSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c54)]
impl ::std::convert::From<crate::v1::Permission> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Permission) -> Self {
        Self::Permission(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::PermissionGrantConditionSet> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PermissionGrantConditionSet) -> Self {
        Self::PermissionGrantConditionSet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::PermissionGrantPolicy> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PermissionGrantPolicy) -> Self {
        Self::PermissionGrantPolicy(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::Person> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Person) -> Self {
        Self::Person(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::PhoneAuthenticationMethod> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PhoneAuthenticationMethod) -> Self {
        Self::PhoneAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c3)]
impl ::std::convert::From<crate::v1::PhoneUserConversationMember> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PhoneUserConversationMember) -> Self {
        Self::PhoneUserConversationMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::PinnedChatMessageInfo> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PinnedChatMessageInfo) -> Self {
        Self::PinnedChatMessageInfo(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c42)]
impl ::std::convert::From<crate::v1::Place> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Place) -> Self {
        Self::Place(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c103)]
impl ::std::convert::From<crate::v1::Planner> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Planner) -> Self {
        Self::Planner(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c104)]
impl ::std::convert::From<crate::v1::PlannerAssignedToTaskBoardTaskFormat>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PlannerAssignedToTaskBoardTaskFormat) -> Self {
        Self::PlannerAssignedToTaskBoardTaskFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c104)]
impl ::std::convert::From<crate::v1::PlannerBucket> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PlannerBucket) -> Self {
        Self::PlannerBucket(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c104)]
impl ::std::convert::From<crate::v1::PlannerBucketTaskBoardTaskFormat> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PlannerBucketTaskBoardTaskFormat) -> Self {
        Self::PlannerBucketTaskBoardTaskFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::PlannerGroup> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PlannerGroup) -> Self {
        Self::PlannerGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c104)]
impl ::std::convert::From<crate::v1::PlannerPlan> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PlannerPlan) -> Self {
        Self::PlannerPlan(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c104)]
impl ::std::convert::From<crate::v1::PlannerPlanDetails> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PlannerPlanDetails) -> Self {
        Self::PlannerPlanDetails(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c104)]
impl ::std::convert::From<crate::v1::PlannerProgressTaskBoardTaskFormat> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PlannerProgressTaskBoardTaskFormat) -> Self {
        Self::PlannerProgressTaskBoardTaskFormat(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c104)]
impl ::std::convert::From<crate::v1::PlannerTask> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PlannerTask) -> Self {
        Self::PlannerTask(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c104)]
impl ::std::convert::From<crate::v1::PlannerTaskDetails> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PlannerTaskDetails) -> Self {
        Self::PlannerTaskDetails(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::PlannerUser> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PlannerUser) -> Self {
        Self::PlannerUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::PlatformCredentialAuthenticationMethod>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PlatformCredentialAuthenticationMethod) -> Self {
        Self::PlatformCredentialAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c13)]
impl ::std::convert::From<crate::v1::PlayPromptOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PlayPromptOperation) -> Self {
        Self::PlayPromptOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::PolicyBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PolicyBase) -> Self {
        Self::PolicyBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c16)]
impl ::std::convert::From<crate::v1::PolicyRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PolicyRoot) -> Self {
        Self::PolicyRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::PolicyTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PolicyTemplate) -> Self {
        Self::PolicyTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::Post> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Post) -> Self {
        Self::Post(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c14)]
impl ::std::convert::From<crate::v1::Presence> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Presence) -> Self {
        Self::Presence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c105)]
impl ::std::convert::From<crate::v1::PrintConnector> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrintConnector) -> Self {
        Self::PrintConnector(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c87)]
impl ::std::convert::From<crate::v1::PrintDocument> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrintDocument) -> Self {
        Self::PrintDocument(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c87)]
impl ::std::convert::From<crate::v1::PrintJob> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrintJob) -> Self {
        Self::PrintJob(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c105)]
impl ::std::convert::From<crate::v1::PrintOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrintOperation) -> Self {
        Self::PrintOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c105)]
impl ::std::convert::From<crate::v1::PrintService> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrintService) -> Self {
        Self::PrintService(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c105)]
impl ::std::convert::From<crate::v1::PrintServiceEndpoint> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrintServiceEndpoint) -> Self {
        Self::PrintServiceEndpoint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c87)]
impl ::std::convert::From<crate::v1::PrintTask> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrintTask) -> Self {
        Self::PrintTask(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c105)]
impl ::std::convert::From<crate::v1::PrintTaskDefinition> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrintTaskDefinition) -> Self {
        Self::PrintTaskDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c105)]
impl ::std::convert::From<crate::v1::PrintTaskTrigger> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrintTaskTrigger) -> Self {
        Self::PrintTaskTrigger(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c44)]
impl ::std::convert::From<crate::v1::PrintUsage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrintUsage) -> Self {
        Self::PrintUsage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c44)]
impl ::std::convert::From<crate::v1::PrintUsageByPrinter> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrintUsageByPrinter) -> Self {
        Self::PrintUsageByPrinter(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c44)]
impl ::std::convert::From<crate::v1::PrintUsageByUser> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrintUsageByUser) -> Self {
        Self::PrintUsageByUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c105)]
impl ::std::convert::From<crate::v1::Printer> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Printer) -> Self {
        Self::Printer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c87)]
impl ::std::convert::From<crate::v1::PrinterBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrinterBase) -> Self {
        Self::PrinterBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c105)]
impl ::std::convert::From<crate::v1::PrinterCreateOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrinterCreateOperation) -> Self {
        Self::PrinterCreateOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c87)]
impl ::std::convert::From<crate::v1::PrinterShare> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrinterShare) -> Self {
        Self::PrinterShare(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::PrivilegedAccessGroup> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessGroup) -> Self {
        Self::PrivilegedAccessGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::PrivilegedAccessGroupAssignmentSchedule>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessGroupAssignmentSchedule) -> Self {
        Self::PrivilegedAccessGroupAssignmentSchedule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::PrivilegedAccessGroupAssignmentScheduleInstance>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessGroupAssignmentScheduleInstance) -> Self {
        Self::PrivilegedAccessGroupAssignmentScheduleInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::PrivilegedAccessGroupAssignmentScheduleRequest>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessGroupAssignmentScheduleRequest) -> Self {
        Self::PrivilegedAccessGroupAssignmentScheduleRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::PrivilegedAccessGroupEligibilitySchedule>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessGroupEligibilitySchedule) -> Self {
        Self::PrivilegedAccessGroupEligibilitySchedule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::PrivilegedAccessGroupEligibilityScheduleInstance>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessGroupEligibilityScheduleInstance) -> Self {
        Self::PrivilegedAccessGroupEligibilityScheduleInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::PrivilegedAccessGroupEligibilityScheduleRequest>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessGroupEligibilityScheduleRequest) -> Self {
        Self::PrivilegedAccessGroupEligibilityScheduleRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::PrivilegedAccessRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessRoot) -> Self {
        Self::PrivilegedAccessRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::PrivilegedAccessSchedule> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessSchedule) -> Self {
        Self::PrivilegedAccessSchedule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::PrivilegedAccessScheduleInstance> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessScheduleInstance) -> Self {
        Self::PrivilegedAccessScheduleInstance(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c6)]
impl ::std::convert::From<crate::v1::PrivilegedAccessScheduleRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PrivilegedAccessScheduleRequest) -> Self {
        Self::PrivilegedAccessScheduleRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c17)]
impl ::std::convert::From<crate::v1::ProfileCardProperty> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ProfileCardProperty) -> Self {
        Self::ProfileCardProperty(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::ProfilePhoto> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ProfilePhoto) -> Self {
        Self::ProfilePhoto(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c17)]
impl ::std::convert::From<crate::v1::ProfilePropertySetting> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ProfilePropertySetting) -> Self {
        Self::ProfilePropertySetting(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c17)]
impl ::std::convert::From<crate::v1::ProfileSource> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ProfileSource) -> Self {
        Self::ProfileSource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c17)]
impl ::std::convert::From<crate::v1::PronounsSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PronounsSettings) -> Self {
        Self::PronounsSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::ProtectionPolicyBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ProtectionPolicyBase) -> Self {
        Self::ProtectionPolicyBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::ProtectionRuleBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ProtectionRuleBase) -> Self {
        Self::ProtectionRuleBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::ProtectionUnitBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ProtectionUnitBase) -> Self {
        Self::ProtectionUnitBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::ProtectionUnitsBulkJobBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ProtectionUnitsBulkJobBase) -> Self {
        Self::ProtectionUnitsBulkJobBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c38)]
impl ::std::convert::From<crate::v1::ProvisioningObjectSummary> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ProvisioningObjectSummary) -> Self {
        Self::ProvisioningObjectSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c27)]
impl ::std::convert::From<crate::v1::PublicKeyInfrastructureRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::PublicKeyInfrastructureRoot) -> Self {
        Self::PublicKeyInfrastructureRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::QrCode> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::QrCode) -> Self {
        Self::QrCode(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::QrCodePinAuthenticationMethod> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::QrCodePinAuthenticationMethod) -> Self {
        Self::QrCodePinAuthenticationMethod(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c18)]
impl ::std::convert::From<crate::v1::QrCodePinAuthenticationMethodConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::QrCodePinAuthenticationMethodConfiguration) -> Self {
        Self::QrCodePinAuthenticationMethodConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::QrPin> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::QrPin) -> Self {
        Self::QrPin(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c34)]
impl ::std::convert::From<crate::v1::RbacApplication> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RbacApplication) -> Self {
        Self::RbacApplication(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c59)]
impl ::std::convert::From<crate::v1::ReadingAssignmentSubmission> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ReadingAssignmentSubmission) -> Self {
        Self::ReadingAssignmentSubmission(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c59)]
impl ::std::convert::From<crate::v1::ReadingCoachPassage> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ReadingCoachPassage) -> Self {
        Self::ReadingCoachPassage(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c13)]
impl ::std::convert::From<crate::v1::RecordOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RecordOperation) -> Self {
        Self::RecordOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c76)]
impl ::std::convert::From<crate::v1::RecycleBin> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RecycleBin) -> Self {
        Self::RecycleBin(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c76)]
impl ::std::convert::From<crate::v1::RecycleBinItem> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RecycleBinItem) -> Self {
        Self::RecycleBinItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::ReferenceAttachment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ReferenceAttachment) -> Self {
        Self::ReferenceAttachment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c59)]
impl ::std::convert::From<crate::v1::ReflectCheckInResponse> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ReflectCheckInResponse) -> Self {
        Self::ReflectCheckInResponse(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c44)]
impl ::std::convert::From<crate::v1::RelyingPartyDetailedSummary> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RelyingPartyDetailedSummary) -> Self {
        Self::RelyingPartyDetailedSummary(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::RemoteAssistancePartner> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RemoteAssistancePartner) -> Self {
        Self::RemoteAssistancePartner(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::RemoteDesktopSecurityConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RemoteDesktopSecurityConfiguration) -> Self {
        Self::RemoteDesktopSecurityConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::RemoteTenantGroup> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RemoteTenantGroup) -> Self {
        Self::RemoteTenantGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c59)]
impl ::std::convert::From<crate::v1::ReportsRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ReportsRoot) -> Self {
        Self::ReportsRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c74)]
impl ::std::convert::From<crate::v1::Request> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Request) -> Self {
        Self::Request(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c66)]
impl ::std::convert::From<crate::v1::ResellerDelegatedAdminRelationship> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ResellerDelegatedAdminRelationship) -> Self {
        Self::ResellerDelegatedAdminRelationship(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::ResourceOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ResourceOperation) -> Self {
        Self::ResourceOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::ResourceSpecificPermissionGrant> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ResourceSpecificPermissionGrant) -> Self {
        Self::ResourceSpecificPermissionGrant(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::RestoreArtifactBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RestoreArtifactBase) -> Self {
        Self::RestoreArtifactBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::RestoreArtifactsBulkRequestBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RestoreArtifactsBulkRequestBase) -> Self {
        Self::RestoreArtifactsBulkRequestBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::RestorePoint> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RestorePoint) -> Self {
        Self::RestorePoint(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::RestoreSessionBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RestoreSessionBase) -> Self {
        Self::RestoreSessionBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c4)]
impl ::std::convert::From<crate::v1::RichLongRunningOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RichLongRunningOperation) -> Self {
        Self::RichLongRunningOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c12)]
impl ::std::convert::From<crate::v1::RiskDetection> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RiskDetection) -> Self {
        Self::RiskDetection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c12)]
impl ::std::convert::From<crate::v1::RiskyServicePrincipal> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RiskyServicePrincipal) -> Self {
        Self::RiskyServicePrincipal(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c12)]
impl ::std::convert::From<crate::v1::RiskyServicePrincipalHistoryItem> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RiskyServicePrincipalHistoryItem) -> Self {
        Self::RiskyServicePrincipalHistoryItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c12)]
impl ::std::convert::From<crate::v1::RiskyUser> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RiskyUser) -> Self {
        Self::RiskyUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c12)]
impl ::std::convert::From<crate::v1::RiskyUserHistoryItem> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RiskyUserHistoryItem) -> Self {
        Self::RiskyUserHistoryItem(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::RoleAssignment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RoleAssignment) -> Self {
        Self::RoleAssignment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c28)]
impl ::std::convert::From<crate::v1::RoleDefinition> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RoleDefinition) -> Self {
        Self::RoleDefinition(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c42)]
impl ::std::convert::From<crate::v1::Room> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Room) -> Self {
        Self::Room(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c42)]
impl ::std::convert::From<crate::v1::RoomList> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::RoomList) -> Self {
        Self::RoomList(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c35)]
impl ::std::convert::From<crate::v1::SamlOrWsFedExternalDomainFederation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SamlOrWsFedExternalDomainFederation) -> Self {
        Self::SamlOrWsFedExternalDomainFederation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c52)]
impl ::std::convert::From<crate::v1::SamlOrWsFedProvider> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SamlOrWsFedProvider) -> Self {
        Self::SamlOrWsFedProvider(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::Schedule> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Schedule) -> Self {
        Self::Schedule(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::ScheduleChangeRequest> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ScheduleChangeRequest) -> Self {
        Self::ScheduleChangeRequest(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::SchedulingGroup> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SchedulingGroup) -> Self {
        Self::SchedulingGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c75)]
impl ::std::convert::From<crate::v1::SchemaExtension> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SchemaExtension) -> Self {
        Self::SchemaExtension(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c112)]
impl ::std::convert::From<crate::v1::ScopedRoleMembership> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ScopedRoleMembership) -> Self {
        Self::ScopedRoleMembership(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c19)]
impl ::std::convert::From<crate::v1::search::Acronym> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::search::Acronym) -> Self {
        Self::Acronym(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c19)]
impl ::std::convert::From<crate::v1::search::Bookmark> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::search::Bookmark) -> Self {
        Self::Bookmark(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c19)]
impl ::std::convert::From<crate::v1::search::Qna> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::search::Qna) -> Self {
        Self::Qna(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c19)]
impl ::std::convert::From<crate::v1::search::SearchAnswer> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::search::SearchAnswer) -> Self {
        Self::SearchAnswer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c19)]
impl ::std::convert::From<crate::v1::SearchEntity> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SearchEntity) -> Self {
        Self::SearchEntity(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c42)]
impl ::std::convert::From<crate::v1::Section> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::Section) -> Self {
        Self::Section(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c1)]
impl ::std::convert::From<crate::v1::SectionGroup> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SectionGroup) -> Self {
        Self::SectionGroup(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c42)]
impl ::std::convert::From<crate::v1::SectionMap> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SectionMap) -> Self {
        Self::SectionMap(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::SecureScore> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SecureScore) -> Self {
        Self::SecureScore(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::SecureScoreControlProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SecureScoreControlProfile) -> Self {
        Self::SecureScoreControlProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::Alert> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::Alert) -> Self {
        Self::SecurityAlert(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::AnalyzedEmail> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::AnalyzedEmail) -> Self {
        Self::AnalyzedEmail(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::Article> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::Article) -> Self {
        Self::Article(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::ArticleIndicator> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::ArticleIndicator) -> Self {
        Self::ArticleIndicator(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::Artifact> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::Artifact) -> Self {
        Self::Artifact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::AuditCoreRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::AuditCoreRoot) -> Self {
        Self::AuditCoreRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::AuditLogQuery> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::AuditLogQuery) -> Self {
        Self::AuditLogQuery(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::AuditLogRecord> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::AuditLogRecord) -> Self {
        Self::AuditLogRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::AuthorityTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::AuthorityTemplate) -> Self {
        Self::AuthorityTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::AutoAuditingConfiguration> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::AutoAuditingConfiguration) -> Self {
        Self::AutoAuditingConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::Case> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::Case) -> Self {
        Self::Case(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::CaseOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::CaseOperation) -> Self {
        Self::CaseOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::CasesRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::CasesRoot) -> Self {
        Self::CasesRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::CategoryTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::CategoryTemplate) -> Self {
        Self::CategoryTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::CitationTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::CitationTemplate) -> Self {
        Self::CitationTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::CollaborationRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::CollaborationRoot) -> Self {
        Self::CollaborationRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::DataSet> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::DataSet) -> Self {
        Self::DataSet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::DataSource> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::DataSource) -> Self {
        Self::DataSource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::DataSourceContainer> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::DataSourceContainer) -> Self {
        Self::DataSourceContainer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::DepartmentTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::DepartmentTemplate) -> Self {
        Self::DepartmentTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::EdiscoveryAddToReviewSetOperation>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoveryAddToReviewSetOperation) -> Self {
        Self::EdiscoveryAddToReviewSetOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::EdiscoveryCase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoveryCase) -> Self {
        Self::EdiscoveryCase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::EdiscoveryCaseMember> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoveryCaseMember) -> Self {
        Self::EdiscoveryCaseMember(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::EdiscoveryCaseSettings> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoveryCaseSettings) -> Self {
        Self::EdiscoveryCaseSettings(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::EdiscoveryCustodian> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoveryCustodian) -> Self {
        Self::EdiscoveryCustodian(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::EdiscoveryEstimateOperation>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoveryEstimateOperation) -> Self {
        Self::EdiscoveryEstimateOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::EdiscoveryExportOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoveryExportOperation) -> Self {
        Self::EdiscoveryExportOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::EdiscoveryHoldOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoveryHoldOperation) -> Self {
        Self::EdiscoveryHoldOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::EdiscoveryHoldPolicySyncOperation>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoveryHoldPolicySyncOperation) -> Self {
        Self::EdiscoveryHoldPolicySyncOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::EdiscoveryIndexOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoveryIndexOperation) -> Self {
        Self::EdiscoveryIndexOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::EdiscoveryNoncustodialDataSource>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoveryNoncustodialDataSource) -> Self {
        Self::EdiscoveryNoncustodialDataSource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::EdiscoveryPurgeDataOperation>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoveryPurgeDataOperation) -> Self {
        Self::EdiscoveryPurgeDataOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::EdiscoveryReviewSet> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoveryReviewSet) -> Self {
        Self::EdiscoveryReviewSet(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::EdiscoveryReviewSetQuery> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoveryReviewSetQuery) -> Self {
        Self::EdiscoveryReviewSetQuery(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::EdiscoveryReviewTag> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoveryReviewTag) -> Self {
        Self::EdiscoveryReviewTag(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::EdiscoverySearch> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoverySearch) -> Self {
        Self::EdiscoverySearch(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::EdiscoverySearchExportOperation>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoverySearchExportOperation) -> Self {
        Self::EdiscoverySearchExportOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::EdiscoveryTagOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::EdiscoveryTagOperation) -> Self {
        Self::EdiscoveryTagOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::FilePlanDescriptor> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::FilePlanDescriptor) -> Self {
        Self::FilePlanDescriptor(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::FilePlanDescriptorTemplate>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::FilePlanDescriptorTemplate) -> Self {
        Self::FilePlanDescriptorTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::FilePlanReferenceTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::FilePlanReferenceTemplate) -> Self {
        Self::FilePlanReferenceTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::HealthIssue> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::HealthIssue) -> Self {
        Self::HealthIssue(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::Host> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::Host) -> Self {
        Self::Host(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::HostComponent> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::HostComponent) -> Self {
        Self::HostComponent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::HostCookie> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::HostCookie) -> Self {
        Self::HostCookie(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::HostPair> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::HostPair) -> Self {
        Self::HostPair(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::HostPort> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::HostPort) -> Self {
        Self::HostPort(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::HostReputation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::HostReputation) -> Self {
        Self::HostReputation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::HostSslCertificate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::HostSslCertificate) -> Self {
        Self::HostSslCertificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::HostTracker> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::HostTracker) -> Self {
        Self::HostTracker(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::Hostname> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::Hostname) -> Self {
        Self::Hostname(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::IdentityAccounts> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::IdentityAccounts) -> Self {
        Self::IdentityAccounts(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::IdentityContainer> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::IdentityContainer) -> Self {
        Self::SecurityIdentityContainer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::Incident> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::Incident) -> Self {
        Self::Incident(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::Indicator> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::Indicator) -> Self {
        Self::Indicator(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::IntelligenceProfile> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::IntelligenceProfile) -> Self {
        Self::IntelligenceProfile(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::IntelligenceProfileIndicator>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::IntelligenceProfileIndicator) -> Self {
        Self::IntelligenceProfileIndicator(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::IpAddress> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::IpAddress) -> Self {
        Self::IpAddress(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::LabelsRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::LabelsRoot) -> Self {
        Self::LabelsRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::NetworkAdapter> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::NetworkAdapter) -> Self {
        Self::NetworkAdapter(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::PassiveDnsRecord> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::PassiveDnsRecord) -> Self {
        Self::PassiveDnsRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::RetentionEvent> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::RetentionEvent) -> Self {
        Self::RetentionEvent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::RetentionEventType> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::RetentionEventType) -> Self {
        Self::RetentionEventType(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::RetentionLabel> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::RetentionLabel) -> Self {
        Self::RetentionLabel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::Search> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::Search) -> Self {
        Self::Search(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::Sensor> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::Sensor) -> Self {
        Self::Sensor(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::SensorCandidate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::SensorCandidate) -> Self {
        Self::SensorCandidate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::SensorCandidateActivationConfiguration>
for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::SensorCandidateActivationConfiguration) -> Self {
        Self::SensorCandidateActivationConfiguration(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::SettingsContainer> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::SettingsContainer) -> Self {
        Self::SettingsContainer(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::SiteSource> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::SiteSource) -> Self {
        Self::SiteSource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::SslCertificate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::SslCertificate) -> Self {
        Self::SslCertificate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::SubcategoryTemplate> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::SubcategoryTemplate) -> Self {
        Self::SubcategoryTemplate(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::Subdomain> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::Subdomain) -> Self {
        Self::Subdomain(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::Tag> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::Tag) -> Self {
        Self::Tag(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::ThreatIntelligence> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::ThreatIntelligence) -> Self {
        Self::ThreatIntelligence(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::TriggerTypesRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::TriggerTypesRoot) -> Self {
        Self::TriggerTypesRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::TriggersRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::TriggersRoot) -> Self {
        Self::TriggersRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c19)]
impl ::std::convert::From<crate::v1::security::UnclassifiedArtifact> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::UnclassifiedArtifact) -> Self {
        Self::UnclassifiedArtifact(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::UnifiedGroupSource> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::UnifiedGroupSource) -> Self {
        Self::UnifiedGroupSource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::User> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::User) -> Self {
        Self::SecurityUser(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::UserSource> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::UserSource) -> Self {
        Self::UserSource(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::Vulnerability> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::Vulnerability) -> Self {
        Self::Vulnerability(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::VulnerabilityComponent> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::VulnerabilityComponent) -> Self {
        Self::VulnerabilityComponent(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::WhoisBaseRecord> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::WhoisBaseRecord) -> Self {
        Self::WhoisBaseRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::WhoisHistoryRecord> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::WhoisHistoryRecord) -> Self {
        Self::WhoisHistoryRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c8)]
impl ::std::convert::From<crate::v1::security::WhoisRecord> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::security::WhoisRecord) -> Self {
        Self::WhoisRecord(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c44)]
impl ::std::convert::From<crate::v1::SecurityReportsRoot> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SecurityReportsRoot) -> Self {
        Self::SecurityReportsRoot(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c13)]
impl ::std::convert::From<crate::v1::SendDtmfTonesOperation> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SendDtmfTonesOperation) -> Self {
        Self::SendDtmfTonesOperation(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c11)]
impl ::std::convert::From<crate::v1::SensitivityLabel> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::SensitivityLabel) -> Self {
        Self::SensitivityLabel(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c17)]
impl ::std::convert::From<crate::v1::ServiceAnnouncement> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ServiceAnnouncement) -> Self {
        Self::ServiceAnnouncement(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c17)]
impl ::std::convert::From<crate::v1::ServiceAnnouncementAttachment> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ServiceAnnouncementAttachment) -> Self {
        Self::ServiceAnnouncementAttachment(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c17)]
impl ::std::convert::From<crate::v1::ServiceAnnouncementBase> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ServiceAnnouncementBase) -> Self {
        Self::ServiceAnnouncementBase(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c31)]
impl ::std::convert::From<crate::v1::ServiceApp> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ServiceApp) -> Self {
        Self::ServiceApp(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c17)]
impl ::std::convert::From<crate::v1::ServiceHealth> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ServiceHealth) -> Self {
        Self::ServiceHealth(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c17)]
impl ::std::convert::From<crate::v1::ServiceHealthIssue> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ServiceHealthIssue) -> Self {
        Self::ServiceHealthIssue(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::ServicePrincipal> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ServicePrincipal) -> Self {
        Self::ServicePrincipal(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c12)]
impl ::std::convert::From<crate::v1::ServicePrincipalRiskDetection> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ServicePrincipalRiskDetection) -> Self {
        Self::ServicePrincipalRiskDetection(::std::boxed::Box::new(v))
    }
}
#[cfg(msgraph_v1_c73)]
#[cfg(msgraph_v1_c10)]
impl ::std::convert::From<crate::v1::ServiceProviderConstraints> for AnyEntity {
    #[inline]
    fn from(v: crate::v1::ServiceProviderConstraints) -> Self {
        Self::ServiceProviderConstraints(::std::boxed::Box::new(v))
    }
}
