//! Items of `requests` by the first letters of their types' names (`r_s`): split out of the parent module to keep files small (re-exported there).
#[allow(unused_imports)]
use super::*;

#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl dyn crate::beta::requests::RbacApplicationPath {
    /// Containment navigation property `resourceNamespaces` (`microsoft.graph.unifiedRbacResourceNamespace`).
    #[inline]
    pub fn resource_namespaces(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnifiedRbacResourceNamespace,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("resourceNamespaces"),
        )
    }
    /// Containment navigation property `roleAssignments` (`microsoft.graph.unifiedRoleAssignment`).
    #[inline]
    pub fn role_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnifiedRoleAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("roleAssignments"))
    }
    /// Containment navigation property `roleDefinitions` (`microsoft.graph.unifiedRoleDefinition`).
    #[inline]
    pub fn role_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnifiedRoleDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("roleDefinitions"))
    }
    /// Containment navigation property `roleAssignmentApprovals` (`microsoft.graph.approval`).
    #[inline]
    pub fn role_assignment_approvals(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Approval,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("roleAssignmentApprovals"),
        )
    }
    /// Containment navigation property `roleAssignmentScheduleInstances` (`microsoft.graph.unifiedRoleAssignmentScheduleInstance`).
    #[inline]
    pub fn role_assignment_schedule_instances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnifiedRoleAssignmentScheduleInstance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("roleAssignmentScheduleInstances"),
        )
    }
    /// Containment navigation property `roleAssignmentScheduleRequests` (`microsoft.graph.unifiedRoleAssignmentScheduleRequest`).
    #[inline]
    pub fn role_assignment_schedule_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnifiedRoleAssignmentScheduleRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("roleAssignmentScheduleRequests"),
        )
    }
    /// Containment navigation property `roleAssignmentSchedules` (`microsoft.graph.unifiedRoleAssignmentSchedule`).
    #[inline]
    pub fn role_assignment_schedules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnifiedRoleAssignmentSchedule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("roleAssignmentSchedules"),
        )
    }
    /// Containment navigation property `roleEligibilityScheduleInstances` (`microsoft.graph.unifiedRoleEligibilityScheduleInstance`).
    #[inline]
    pub fn role_eligibility_schedule_instances(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnifiedRoleEligibilityScheduleInstance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("roleEligibilityScheduleInstances"),
        )
    }
    /// Containment navigation property `roleEligibilityScheduleRequests` (`microsoft.graph.unifiedRoleEligibilityScheduleRequest`).
    #[inline]
    pub fn role_eligibility_schedule_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnifiedRoleEligibilityScheduleRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("roleEligibilityScheduleRequests"),
        )
    }
    /// Containment navigation property `roleEligibilitySchedules` (`microsoft.graph.unifiedRoleEligibilitySchedule`).
    #[inline]
    pub fn role_eligibility_schedules(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnifiedRoleEligibilitySchedule,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("roleEligibilitySchedules"),
        )
    }
    /// `GET .../roleScheduleInstances`: function `microsoft.graph.roleScheduleInstances`.
    #[inline]
    pub fn role_schedule_instances(
        &self,
        directory_scope_id: ::core::option::Option<&str>,
        app_scope_id: ::core::option::Option<&str>,
        principal_id: ::core::option::Option<&str>,
        role_definition_id: ::core::option::Option<&str>,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyUnifiedRoleScheduleInstanceBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "roleScheduleInstances",
                    &[
                        (
                            "directoryScopeId",
                            directory_scope_id.map(rt::request::ToLiteral::to_literal),
                        ),
                        (
                            "appScopeId",
                            app_scope_id.map(rt::request::ToLiteral::to_literal),
                        ),
                        (
                            "principalId",
                            principal_id.map(rt::request::ToLiteral::to_literal),
                        ),
                        (
                            "roleDefinitionId",
                            role_definition_id.map(rt::request::ToLiteral::to_literal),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../roleSchedules`: function `microsoft.graph.roleSchedules`.
    #[inline]
    pub fn role_schedules(
        &self,
        directory_scope_id: ::core::option::Option<&str>,
        app_scope_id: ::core::option::Option<&str>,
        principal_id: ::core::option::Option<&str>,
        role_definition_id: ::core::option::Option<&str>,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AnyUnifiedRoleScheduleBase>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "roleSchedules",
                    &[
                        (
                            "directoryScopeId",
                            directory_scope_id.map(rt::request::ToLiteral::to_literal),
                        ),
                        (
                            "appScopeId",
                            app_scope_id.map(rt::request::ToLiteral::to_literal),
                        ),
                        (
                            "principalId",
                            principal_id.map(rt::request::ToLiteral::to_literal),
                        ),
                        (
                            "roleDefinitionId",
                            role_definition_id.map(rt::request::ToLiteral::to_literal),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::RbacApplication {
    const SEGMENT: &'static str = "microsoft.graph.rbacApplication";
}
#[cfg(msgraph_beta_role_management_or_search)]
/// Features: `beta`, or one of `beta-role-management`, `beta-search`.
impl dyn crate::beta::requests::RbacApplicationMultiplePath {
    /// Containment navigation property `resourceNamespaces` (`microsoft.graph.unifiedRbacResourceNamespace`).
    #[inline]
    pub fn resource_namespaces(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnifiedRbacResourceNamespace,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("resourceNamespaces"),
        )
    }
    /// Containment navigation property `roleAssignments` (`microsoft.graph.unifiedRoleAssignmentMultiple`).
    #[inline]
    pub fn role_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnifiedRoleAssignmentMultiple,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("roleAssignments"))
    }
    /// Containment navigation property `roleDefinitions` (`microsoft.graph.unifiedRoleDefinition`).
    #[inline]
    pub fn role_definitions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UnifiedRoleDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("roleDefinitions"))
    }
}
#[cfg(msgraph_beta_role_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::RbacApplicationMultiple {
    const SEGMENT: &'static str = "microsoft.graph.rbacApplicationMultiple";
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyCommsOperation>
for crate::beta::RecordOperation {
    const SEGMENT: &'static str = "microsoft.graph.recordOperation";
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::RecordOperation {
    const SEGMENT: &'static str = "microsoft.graph.recordOperation";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyAttachment>
for crate::beta::ReferenceAttachment {
    const SEGMENT: &'static str = "microsoft.graph.referenceAttachment";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ReferenceAttachment {
    const SEGMENT: &'static str = "microsoft.graph.referenceAttachment";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::ReferenceAttachment, C> {
    /// `POST .../createUploadSession`: action `microsoft.graph.createUploadSession`.
    pub fn create_upload_session(
        &self,
        params: crate::beta::params::AttachmentCollectionCreateUploadSessionParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::AttachmentCollectionCreateUploadSessionParams,
        >,
        rt::request::Entity<crate::beta::UploadSession>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("createUploadSession"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::RegionalAndLanguageSettingsPath {
    /// Structural property `defaultDisplayLanguage` (`microsoft.graph.localeInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn default_display_language(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::LocaleInfo> {
        crate::path::PropertyPath::new(
            self.node_target().segment("defaultDisplayLanguage"),
        )
    }
    /// Structural property `defaultRegionalFormat` (`microsoft.graph.localeInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn default_regional_format(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::LocaleInfo> {
        crate::path::PropertyPath::new(
            self.node_target().segment("defaultRegionalFormat"),
        )
    }
    /// Structural property `defaultSpeechInputLanguage` (`microsoft.graph.localeInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn default_speech_input_language(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::LocaleInfo> {
        crate::path::PropertyPath::new(
            self.node_target().segment("defaultSpeechInputLanguage"),
        )
    }
    /// Structural property `defaultTranslationLanguage` (`microsoft.graph.localeInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn default_translation_language(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::LocaleInfo> {
        crate::path::PropertyPath::new(
            self.node_target().segment("defaultTranslationLanguage"),
        )
    }
    /// Structural property `regionalFormatOverrides` (`microsoft.graph.regionalFormatOverrides`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn regional_format_overrides(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::RegionalFormatOverrides> {
        crate::path::PropertyPath::new(
            self.node_target().segment("regionalFormatOverrides"),
        )
    }
    /// Structural property `translationPreferences` (`microsoft.graph.translationPreferences`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn translation_preferences(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::TranslationPreferences> {
        crate::path::PropertyPath::new(
            self.node_target().segment("translationPreferences"),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::RegionalAndLanguageSettings {
    const SEGMENT: &'static str = "microsoft.graph.regionalAndLanguageSettings";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::RelyingPartyDetailedSummary {
    const SEGMENT: &'static str = "microsoft.graph.relyingPartyDetailedSummary";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::RemoteActionAudit {
    const SEGMENT: &'static str = "microsoft.graph.remoteActionAudit";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::RemoteAssistancePartnerPath {
    /// A request to start onboarding.  Must be coupled with the appropriate TeamViewer account information
    ///
    /// `POST .../beginOnboarding`: action `microsoft.graph.beginOnboarding`.
    #[inline]
    pub fn begin_onboarding(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("beginOnboarding"),
            rt::request::NoBody,
        )
    }
    /// A request to remove the active TeamViewer connector
    ///
    /// `POST .../disconnect`: action `microsoft.graph.disconnect`.
    #[inline]
    pub fn disconnect(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("disconnect"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::RemoteAssistancePartner {
    const SEGMENT: &'static str = "microsoft.graph.remoteAssistancePartner";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
impl dyn crate::beta::requests::ReportRootPath {
    /// Containment navigation property `applicationSignInDetailedSummary` (`microsoft.graph.applicationSignInDetailedSummary`).
    #[inline]
    pub fn application_sign_in_detailed_summary(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ApplicationSignInDetailedSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("applicationSignInDetailedSummary"),
        )
    }
    /// Containment navigation property `authenticationMethods` (`microsoft.graph.authenticationMethodsRoot`).
    #[inline]
    pub fn authentication_methods(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AuthenticationMethodsRoot,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("authenticationMethods"))
    }
    /// Containment navigation property `credentialUserRegistrationDetails` (`microsoft.graph.credentialUserRegistrationDetails`).
    #[inline]
    pub fn credential_user_registration_details(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CredentialUserRegistrationDetails,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("credentialUserRegistrationDetails"),
        )
    }
    /// Containment navigation property `userCredentialUsageDetails` (`microsoft.graph.userCredentialUsageDetails`).
    #[inline]
    pub fn user_credential_usage_details(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserCredentialUsageDetails,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userCredentialUsageDetails"),
        )
    }
    /// Containment navigation property `dailyPrintUsageByPrinter` (`microsoft.graph.printUsageByPrinter`).
    #[inline]
    pub fn daily_print_usage_by_printer(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintUsageByPrinter,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("dailyPrintUsageByPrinter"),
        )
    }
    /// Containment navigation property `dailyPrintUsageByUser` (`microsoft.graph.printUsageByUser`).
    #[inline]
    pub fn daily_print_usage_by_user(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintUsageByUser,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("dailyPrintUsageByUser"),
        )
    }
    /// Containment navigation property `dailyPrintUsageSummariesByPrinter` (`microsoft.graph.printUsageByPrinter`).
    #[inline]
    pub fn daily_print_usage_summaries_by_printer(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintUsageByPrinter,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("dailyPrintUsageSummariesByPrinter"),
        )
    }
    /// Containment navigation property `dailyPrintUsageSummariesByUser` (`microsoft.graph.printUsageByUser`).
    #[inline]
    pub fn daily_print_usage_summaries_by_user(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintUsageByUser,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("dailyPrintUsageSummariesByUser"),
        )
    }
    /// Containment navigation property `monthlyPrintUsageByPrinter` (`microsoft.graph.printUsageByPrinter`).
    #[inline]
    pub fn monthly_print_usage_by_printer(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintUsageByPrinter,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("monthlyPrintUsageByPrinter"),
        )
    }
    /// Containment navigation property `monthlyPrintUsageByUser` (`microsoft.graph.printUsageByUser`).
    #[inline]
    pub fn monthly_print_usage_by_user(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintUsageByUser,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("monthlyPrintUsageByUser"),
        )
    }
    /// Containment navigation property `monthlyPrintUsageSummariesByPrinter` (`microsoft.graph.printUsageByPrinter`).
    #[inline]
    pub fn monthly_print_usage_summaries_by_printer(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintUsageByPrinter,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("monthlyPrintUsageSummariesByPrinter"),
        )
    }
    /// Containment navigation property `monthlyPrintUsageSummariesByUser` (`microsoft.graph.printUsageByUser`).
    #[inline]
    pub fn monthly_print_usage_summaries_by_user(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::PrintUsageByUser,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("monthlyPrintUsageSummariesByUser"),
        )
    }
    /// Metadata for the device configuration device activity report
    ///
    /// `GET .../deviceConfigurationDeviceActivity`: function `microsoft.graph.deviceConfigurationDeviceActivity`.
    #[inline]
    pub fn device_configuration_device_activity(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("deviceConfigurationDeviceActivity", &[]),
            rt::request::NoBody,
        )
    }
    /// Metadata for the device configuration user activity report
    ///
    /// `GET .../deviceConfigurationUserActivity`: function `microsoft.graph.deviceConfigurationUserActivity`.
    #[inline]
    pub fn device_configuration_user_activity(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("deviceConfigurationUserActivity", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getAzureADApplicationSignInSummary`: function `microsoft.graph.getAzureADApplicationSignInSummary`.
    #[inline]
    pub fn get_azure_ad_application_sign_in_summary(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::ApplicationSignInSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getAzureADApplicationSignInSummary",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getAzureADFeatureUsage`: function `microsoft.graph.getAzureADFeatureUsage`.
    #[inline]
    pub fn get_azure_ad_feature_usage(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AzureAdFeatureUsage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getAzureADFeatureUsage",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getAzureADLicenseUsage`: function `microsoft.graph.getAzureADLicenseUsage`.
    #[inline]
    pub fn get_azure_ad_license_usage(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AzureAdLicenseUsage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getAzureADLicenseUsage",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getAzureADUserFeatureUsage`: function `microsoft.graph.getAzureADUserFeatureUsage`.
    #[inline]
    pub fn get_azure_ad_user_feature_usage(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AzureAdUserFeatureUsage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getAzureADUserFeatureUsage", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getCredentialUsageSummary`: function `microsoft.graph.getCredentialUsageSummary`.
    #[inline]
    pub fn get_credential_usage_summary(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::CredentialUsageSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getCredentialUsageSummary",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getCredentialUserRegistrationCount`: function `microsoft.graph.getCredentialUserRegistrationCount`.
    #[inline]
    pub fn get_credential_user_registration_count(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::CredentialUserRegistrationCount>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getCredentialUserRegistrationCount", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEmailActivityCounts`: function `microsoft.graph.getEmailActivityCounts`.
    #[inline]
    pub fn get_email_activity_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::EmailActivitySummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getEmailActivityCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEmailActivityUserCounts`: function `microsoft.graph.getEmailActivityUserCounts`.
    #[inline]
    pub fn get_email_activity_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::EmailActivitySummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getEmailActivityUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEmailActivityUserDetail`: function `microsoft.graph.getEmailActivityUserDetail`.
    #[inline]
    pub fn get_email_activity_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::EmailActivityUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getEmailActivityUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEmailActivityUserDetail`: function `microsoft.graph.getEmailActivityUserDetail`.
    #[inline]
    pub fn get_email_activity_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::EmailActivityUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getEmailActivityUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEmailAppUsageAppsUserCounts`: function `microsoft.graph.getEmailAppUsageAppsUserCounts`.
    #[inline]
    pub fn get_email_app_usage_apps_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::EmailAppUsageAppsUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getEmailAppUsageAppsUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEmailAppUsageUserCounts`: function `microsoft.graph.getEmailAppUsageUserCounts`.
    #[inline]
    pub fn get_email_app_usage_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::EmailAppUsageUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getEmailAppUsageUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEmailAppUsageUserDetail`: function `microsoft.graph.getEmailAppUsageUserDetail`.
    #[inline]
    pub fn get_email_app_usage_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::EmailAppUsageUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getEmailAppUsageUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEmailAppUsageUserDetail`: function `microsoft.graph.getEmailAppUsageUserDetail`.
    #[inline]
    pub fn get_email_app_usage_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::EmailAppUsageUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getEmailAppUsageUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getEmailAppUsageVersionsUserCounts`: function `microsoft.graph.getEmailAppUsageVersionsUserCounts`.
    #[inline]
    pub fn get_email_app_usage_versions_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::EmailAppUsageVersionsUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getEmailAppUsageVersionsUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getGroupArchivedPrintJobs`: function `microsoft.graph.getGroupArchivedPrintJobs`.
    #[inline]
    pub fn get_group_archived_print_jobs(
        &self,
        group_id: &str,
        start_date_time: &rt::edm::DateTimeOffset,
        end_date_time: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::ArchivedPrintJob>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getGroupArchivedPrintJobs",
                    &[
                        (
                            "groupId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(group_id),
                            ),
                        ),
                        (
                            "startDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(start_date_time),
                            ),
                        ),
                        (
                            "endDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(end_date_time),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getM365AppPlatformUserCounts`: function `microsoft.graph.getM365AppPlatformUserCounts`.
    #[inline]
    pub fn get_m365_app_platform_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getM365AppPlatformUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getM365AppUserCounts`: function `microsoft.graph.getM365AppUserCounts`.
    #[inline]
    pub fn get_m365_app_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getM365AppUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getM365AppUserDetail`: function `microsoft.graph.getM365AppUserDetail`.
    #[inline]
    pub fn get_m365_app_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getM365AppUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getM365AppUserDetail`: function `microsoft.graph.getM365AppUserDetail`.
    #[inline]
    pub fn get_m365_app_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getM365AppUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getMailboxUsageDetail`: function `microsoft.graph.getMailboxUsageDetail`.
    #[inline]
    pub fn get_mailbox_usage_detail(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::MailboxUsageDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getMailboxUsageDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getMailboxUsageMailboxCounts`: function `microsoft.graph.getMailboxUsageMailboxCounts`.
    #[inline]
    pub fn get_mailbox_usage_mailbox_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::MailboxUsageMailboxCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getMailboxUsageMailboxCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getMailboxUsageQuotaStatusMailboxCounts`: function `microsoft.graph.getMailboxUsageQuotaStatusMailboxCounts`.
    #[inline]
    pub fn get_mailbox_usage_quota_status_mailbox_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::MailboxUsageQuotaStatusMailboxCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getMailboxUsageQuotaStatusMailboxCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getMailboxUsageStorage`: function `microsoft.graph.getMailboxUsageStorage`.
    #[inline]
    pub fn get_mailbox_usage_storage(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::MailboxUsageStorage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getMailboxUsageStorage",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365ActivationCounts`: function `microsoft.graph.getOffice365ActivationCounts`.
    #[inline]
    pub fn get_office365_activation_counts(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Office365ActivationCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getOffice365ActivationCounts", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365ActivationsUserCounts`: function `microsoft.graph.getOffice365ActivationsUserCounts`.
    #[inline]
    pub fn get_office365_activations_user_counts(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Office365ActivationsUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getOffice365ActivationsUserCounts", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365ActivationsUserDetail`: function `microsoft.graph.getOffice365ActivationsUserDetail`.
    #[inline]
    pub fn get_office365_activations_user_detail(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Office365ActivationsUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("getOffice365ActivationsUserDetail", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365ActiveUserCounts`: function `microsoft.graph.getOffice365ActiveUserCounts`.
    #[inline]
    pub fn get_office365_active_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Office365ActiveUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getOffice365ActiveUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365ActiveUserDetail`: function `microsoft.graph.getOffice365ActiveUserDetail`.
    #[inline]
    pub fn get_office365_active_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Office365ActiveUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getOffice365ActiveUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365ActiveUserDetail`: function `microsoft.graph.getOffice365ActiveUserDetail`.
    #[inline]
    pub fn get_office365_active_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Office365ActiveUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getOffice365ActiveUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365GroupsActivityCounts`: function `microsoft.graph.getOffice365GroupsActivityCounts`.
    #[inline]
    pub fn get_office365_groups_activity_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Office365GroupsActivityCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getOffice365GroupsActivityCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365GroupsActivityDetail`: function `microsoft.graph.getOffice365GroupsActivityDetail`.
    #[inline]
    pub fn get_office365_groups_activity_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Office365GroupsActivityDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getOffice365GroupsActivityDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365GroupsActivityDetail`: function `microsoft.graph.getOffice365GroupsActivityDetail`.
    #[inline]
    pub fn get_office365_groups_activity_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Office365GroupsActivityDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getOffice365GroupsActivityDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365GroupsActivityFileCounts`: function `microsoft.graph.getOffice365GroupsActivityFileCounts`.
    #[inline]
    pub fn get_office365_groups_activity_file_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Office365GroupsActivityFileCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getOffice365GroupsActivityFileCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365GroupsActivityGroupCounts`: function `microsoft.graph.getOffice365GroupsActivityGroupCounts`.
    #[inline]
    pub fn get_office365_groups_activity_group_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Office365GroupsActivityGroupCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getOffice365GroupsActivityGroupCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365GroupsActivityStorage`: function `microsoft.graph.getOffice365GroupsActivityStorage`.
    #[inline]
    pub fn get_office365_groups_activity_storage(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Office365GroupsActivityStorage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getOffice365GroupsActivityStorage",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOffice365ServicesUserCounts`: function `microsoft.graph.getOffice365ServicesUserCounts`.
    #[inline]
    pub fn get_office365_services_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Office365ServicesUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getOffice365ServicesUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOneDriveActivityFileCounts`: function `microsoft.graph.getOneDriveActivityFileCounts`.
    #[inline]
    pub fn get_one_drive_activity_file_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SiteActivitySummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getOneDriveActivityFileCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOneDriveActivityUserCounts`: function `microsoft.graph.getOneDriveActivityUserCounts`.
    #[inline]
    pub fn get_one_drive_activity_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SiteActivitySummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getOneDriveActivityUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOneDriveActivityUserDetail`: function `microsoft.graph.getOneDriveActivityUserDetail`.
    #[inline]
    pub fn get_one_drive_activity_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::OneDriveActivityUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getOneDriveActivityUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOneDriveActivityUserDetail`: function `microsoft.graph.getOneDriveActivityUserDetail`.
    #[inline]
    pub fn get_one_drive_activity_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::OneDriveActivityUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getOneDriveActivityUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOneDriveUsageAccountCounts`: function `microsoft.graph.getOneDriveUsageAccountCounts`.
    #[inline]
    pub fn get_one_drive_usage_account_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::OneDriveUsageAccountCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getOneDriveUsageAccountCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOneDriveUsageAccountDetail`: function `microsoft.graph.getOneDriveUsageAccountDetail`.
    #[inline]
    pub fn get_one_drive_usage_account_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::OneDriveUsageAccountDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getOneDriveUsageAccountDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOneDriveUsageAccountDetail`: function `microsoft.graph.getOneDriveUsageAccountDetail`.
    #[inline]
    pub fn get_one_drive_usage_account_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::OneDriveUsageAccountDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getOneDriveUsageAccountDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOneDriveUsageFileCounts`: function `microsoft.graph.getOneDriveUsageFileCounts`.
    #[inline]
    pub fn get_one_drive_usage_file_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::OneDriveUsageFileCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getOneDriveUsageFileCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOneDriveUsageStorage`: function `microsoft.graph.getOneDriveUsageStorage`.
    #[inline]
    pub fn get_one_drive_usage_storage(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SiteUsageStorage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getOneDriveUsageStorage",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getPrinterArchivedPrintJobs`: function `microsoft.graph.getPrinterArchivedPrintJobs`.
    #[inline]
    pub fn get_printer_archived_print_jobs(
        &self,
        printer_id: &str,
        start_date_time: &rt::edm::DateTimeOffset,
        end_date_time: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::ArchivedPrintJob>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getPrinterArchivedPrintJobs",
                    &[
                        (
                            "printerId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(printer_id),
                            ),
                        ),
                        (
                            "startDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(start_date_time),
                            ),
                        ),
                        (
                            "endDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(end_date_time),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getRelyingPartyDetailedSummary`: function `microsoft.graph.getRelyingPartyDetailedSummary`.
    #[inline]
    pub fn get_relying_party_detailed_summary(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::RelyingPartyDetailedSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getRelyingPartyDetailedSummary",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSharePointActivityFileCounts`: function `microsoft.graph.getSharePointActivityFileCounts`.
    #[inline]
    pub fn get_share_point_activity_file_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SiteActivitySummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getSharePointActivityFileCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSharePointActivityPages`: function `microsoft.graph.getSharePointActivityPages`.
    #[inline]
    pub fn get_share_point_activity_pages(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SharePointActivityPages>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getSharePointActivityPages",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSharePointActivityUserCounts`: function `microsoft.graph.getSharePointActivityUserCounts`.
    #[inline]
    pub fn get_share_point_activity_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SharePointActivityUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getSharePointActivityUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSharePointActivityUserDetail`: function `microsoft.graph.getSharePointActivityUserDetail`.
    #[inline]
    pub fn get_share_point_activity_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SharePointActivityUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getSharePointActivityUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSharePointActivityUserDetail`: function `microsoft.graph.getSharePointActivityUserDetail`.
    #[inline]
    pub fn get_share_point_activity_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SharePointActivityUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getSharePointActivityUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSharePointSiteUsageDetail`: function `microsoft.graph.getSharePointSiteUsageDetail`.
    #[inline]
    pub fn get_share_point_site_usage_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SharePointSiteUsageDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getSharePointSiteUsageDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSharePointSiteUsageDetail`: function `microsoft.graph.getSharePointSiteUsageDetail`.
    #[inline]
    pub fn get_share_point_site_usage_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SharePointSiteUsageDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getSharePointSiteUsageDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSharePointSiteUsageFileCounts`: function `microsoft.graph.getSharePointSiteUsageFileCounts`.
    #[inline]
    pub fn get_share_point_site_usage_file_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SharePointSiteUsageFileCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getSharePointSiteUsageFileCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSharePointSiteUsagePages`: function `microsoft.graph.getSharePointSiteUsagePages`.
    #[inline]
    pub fn get_share_point_site_usage_pages(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SharePointSiteUsagePages>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getSharePointSiteUsagePages",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSharePointSiteUsageSiteCounts`: function `microsoft.graph.getSharePointSiteUsageSiteCounts`.
    #[inline]
    pub fn get_share_point_site_usage_site_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SharePointSiteUsageSiteCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getSharePointSiteUsageSiteCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSharePointSiteUsageStorage`: function `microsoft.graph.getSharePointSiteUsageStorage`.
    #[inline]
    pub fn get_share_point_site_usage_storage(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SiteUsageStorage>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getSharePointSiteUsageStorage",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessActivityCounts`: function `microsoft.graph.getSkypeForBusinessActivityCounts`.
    #[inline]
    pub fn get_skype_for_business_activity_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SkypeForBusinessActivityCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getSkypeForBusinessActivityCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessActivityUserCounts`: function `microsoft.graph.getSkypeForBusinessActivityUserCounts`.
    #[inline]
    pub fn get_skype_for_business_activity_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SkypeForBusinessActivityUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getSkypeForBusinessActivityUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessActivityUserDetail`: function `microsoft.graph.getSkypeForBusinessActivityUserDetail`.
    #[inline]
    pub fn get_skype_for_business_activity_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SkypeForBusinessActivityUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getSkypeForBusinessActivityUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessActivityUserDetail`: function `microsoft.graph.getSkypeForBusinessActivityUserDetail`.
    #[inline]
    pub fn get_skype_for_business_activity_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SkypeForBusinessActivityUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getSkypeForBusinessActivityUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessDeviceUsageDistributionUserCounts`: function `microsoft.graph.getSkypeForBusinessDeviceUsageDistributionUserCounts`.
    #[inline]
    pub fn get_skype_for_business_device_usage_distribution_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<
            crate::beta::SkypeForBusinessDeviceUsageDistributionUserCounts,
        >,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getSkypeForBusinessDeviceUsageDistributionUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessDeviceUsageUserCounts`: function `microsoft.graph.getSkypeForBusinessDeviceUsageUserCounts`.
    #[inline]
    pub fn get_skype_for_business_device_usage_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SkypeForBusinessDeviceUsageUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getSkypeForBusinessDeviceUsageUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessDeviceUsageUserDetail`: function `microsoft.graph.getSkypeForBusinessDeviceUsageUserDetail`.
    #[inline]
    pub fn get_skype_for_business_device_usage_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SkypeForBusinessDeviceUsageUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getSkypeForBusinessDeviceUsageUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessDeviceUsageUserDetail`: function `microsoft.graph.getSkypeForBusinessDeviceUsageUserDetail`.
    #[inline]
    pub fn get_skype_for_business_device_usage_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SkypeForBusinessDeviceUsageUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getSkypeForBusinessDeviceUsageUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessOrganizerActivityCounts`: function `microsoft.graph.getSkypeForBusinessOrganizerActivityCounts`.
    #[inline]
    pub fn get_skype_for_business_organizer_activity_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SkypeForBusinessOrganizerActivityCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getSkypeForBusinessOrganizerActivityCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessOrganizerActivityMinuteCounts`: function `microsoft.graph.getSkypeForBusinessOrganizerActivityMinuteCounts`.
    #[inline]
    pub fn get_skype_for_business_organizer_activity_minute_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<
            crate::beta::SkypeForBusinessOrganizerActivityMinuteCounts,
        >,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getSkypeForBusinessOrganizerActivityMinuteCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessOrganizerActivityUserCounts`: function `microsoft.graph.getSkypeForBusinessOrganizerActivityUserCounts`.
    #[inline]
    pub fn get_skype_for_business_organizer_activity_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SkypeForBusinessOrganizerActivityUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getSkypeForBusinessOrganizerActivityUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessParticipantActivityCounts`: function `microsoft.graph.getSkypeForBusinessParticipantActivityCounts`.
    #[inline]
    pub fn get_skype_for_business_participant_activity_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SkypeForBusinessParticipantActivityCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getSkypeForBusinessParticipantActivityCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessParticipantActivityMinuteCounts`: function `microsoft.graph.getSkypeForBusinessParticipantActivityMinuteCounts`.
    #[inline]
    pub fn get_skype_for_business_participant_activity_minute_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<
            crate::beta::SkypeForBusinessParticipantActivityMinuteCounts,
        >,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getSkypeForBusinessParticipantActivityMinuteCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessParticipantActivityUserCounts`: function `microsoft.graph.getSkypeForBusinessParticipantActivityUserCounts`.
    #[inline]
    pub fn get_skype_for_business_participant_activity_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<
            crate::beta::SkypeForBusinessParticipantActivityUserCounts,
        >,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getSkypeForBusinessParticipantActivityUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessPeerToPeerActivityCounts`: function `microsoft.graph.getSkypeForBusinessPeerToPeerActivityCounts`.
    #[inline]
    pub fn get_skype_for_business_peer_to_peer_activity_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::SkypeForBusinessPeerToPeerActivityCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getSkypeForBusinessPeerToPeerActivityCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessPeerToPeerActivityMinuteCounts`: function `microsoft.graph.getSkypeForBusinessPeerToPeerActivityMinuteCounts`.
    #[inline]
    pub fn get_skype_for_business_peer_to_peer_activity_minute_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<
            crate::beta::SkypeForBusinessPeerToPeerActivityMinuteCounts,
        >,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getSkypeForBusinessPeerToPeerActivityMinuteCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getSkypeForBusinessPeerToPeerActivityUserCounts`: function `microsoft.graph.getSkypeForBusinessPeerToPeerActivityUserCounts`.
    #[inline]
    pub fn get_skype_for_business_peer_to_peer_activity_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<
            crate::beta::SkypeForBusinessPeerToPeerActivityUserCounts,
        >,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getSkypeForBusinessPeerToPeerActivityUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsDeviceUsageDistributionTotalUserCounts`: function `microsoft.graph.getTeamsDeviceUsageDistributionTotalUserCounts`.
    #[inline]
    pub fn get_teams_device_usage_distribution_total_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TeamsDeviceUsageDistributionUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getTeamsDeviceUsageDistributionTotalUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsDeviceUsageDistributionUserCounts`: function `microsoft.graph.getTeamsDeviceUsageDistributionUserCounts`.
    #[inline]
    pub fn get_teams_device_usage_distribution_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TeamsDeviceUsageDistributionUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getTeamsDeviceUsageDistributionUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsDeviceUsageTotalUserCounts`: function `microsoft.graph.getTeamsDeviceUsageTotalUserCounts`.
    #[inline]
    pub fn get_teams_device_usage_total_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TeamsDeviceUsageUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getTeamsDeviceUsageTotalUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsDeviceUsageUserCounts`: function `microsoft.graph.getTeamsDeviceUsageUserCounts`.
    #[inline]
    pub fn get_teams_device_usage_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TeamsDeviceUsageUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getTeamsDeviceUsageUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsDeviceUsageUserDetail`: function `microsoft.graph.getTeamsDeviceUsageUserDetail`.
    #[inline]
    pub fn get_teams_device_usage_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TeamsDeviceUsageUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getTeamsDeviceUsageUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsDeviceUsageUserDetail`: function `microsoft.graph.getTeamsDeviceUsageUserDetail`.
    #[inline]
    pub fn get_teams_device_usage_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TeamsDeviceUsageUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getTeamsDeviceUsageUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsUserActivityCounts`: function `microsoft.graph.getTeamsUserActivityCounts`.
    #[inline]
    pub fn get_teams_user_activity_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TeamsUserActivityCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getTeamsUserActivityCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsUserActivityDistributionTotalUserCounts`: function `microsoft.graph.getTeamsUserActivityDistributionTotalUserCounts`.
    #[inline]
    pub fn get_teams_user_activity_distribution_total_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TeamsUserActivityDistributionUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getTeamsUserActivityDistributionTotalUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsUserActivityDistributionUserCounts`: function `microsoft.graph.getTeamsUserActivityDistributionUserCounts`.
    #[inline]
    pub fn get_teams_user_activity_distribution_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TeamsUserActivityDistributionUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getTeamsUserActivityDistributionUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsUserActivityTotalCounts`: function `microsoft.graph.getTeamsUserActivityTotalCounts`.
    #[inline]
    pub fn get_teams_user_activity_total_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TeamsUserActivityCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getTeamsUserActivityTotalCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsUserActivityTotalUserCounts`: function `microsoft.graph.getTeamsUserActivityTotalUserCounts`.
    #[inline]
    pub fn get_teams_user_activity_total_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TeamsUserActivityUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getTeamsUserActivityTotalUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsUserActivityUserCounts`: function `microsoft.graph.getTeamsUserActivityUserCounts`.
    #[inline]
    pub fn get_teams_user_activity_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TeamsUserActivityUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getTeamsUserActivityUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsUserActivityUserDetail`: function `microsoft.graph.getTeamsUserActivityUserDetail`.
    #[inline]
    pub fn get_teams_user_activity_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TeamsUserActivityUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getTeamsUserActivityUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTeamsUserActivityUserDetail`: function `microsoft.graph.getTeamsUserActivityUserDetail`.
    #[inline]
    pub fn get_teams_user_activity_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::TeamsUserActivityUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getTeamsUserActivityUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getTenantSecureScores`: function `microsoft.graph.getTenantSecureScores`.
    #[inline]
    pub fn get_tenant_secure_scores(
        &self,
        period: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getTenantSecureScores",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getUserArchivedPrintJobs`: function `microsoft.graph.getUserArchivedPrintJobs`.
    #[inline]
    pub fn get_user_archived_print_jobs(
        &self,
        user_id: &str,
        start_date_time: &rt::edm::DateTimeOffset,
        end_date_time: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::ArchivedPrintJob>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getUserArchivedPrintJobs",
                    &[
                        (
                            "userId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(user_id),
                            ),
                        ),
                        (
                            "startDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(start_date_time),
                            ),
                        ),
                        (
                            "endDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(end_date_time),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerActivityCounts`: function `microsoft.graph.getYammerActivityCounts`.
    #[inline]
    pub fn get_yammer_activity_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::YammerActivitySummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getYammerActivityCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerActivityUserCounts`: function `microsoft.graph.getYammerActivityUserCounts`.
    #[inline]
    pub fn get_yammer_activity_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::YammerActivitySummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getYammerActivityUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerActivityUserDetail`: function `microsoft.graph.getYammerActivityUserDetail`.
    #[inline]
    pub fn get_yammer_activity_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::YammerActivityUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getYammerActivityUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerActivityUserDetail`: function `microsoft.graph.getYammerActivityUserDetail`.
    #[inline]
    pub fn get_yammer_activity_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::YammerActivityUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getYammerActivityUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerDeviceUsageDistributionUserCounts`: function `microsoft.graph.getYammerDeviceUsageDistributionUserCounts`.
    #[inline]
    pub fn get_yammer_device_usage_distribution_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::YammerDeviceUsageDistributionUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getYammerDeviceUsageDistributionUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerDeviceUsageUserCounts`: function `microsoft.graph.getYammerDeviceUsageUserCounts`.
    #[inline]
    pub fn get_yammer_device_usage_user_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::YammerDeviceUsageUserCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getYammerDeviceUsageUserCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerDeviceUsageUserDetail`: function `microsoft.graph.getYammerDeviceUsageUserDetail`.
    #[inline]
    pub fn get_yammer_device_usage_user_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::YammerDeviceUsageUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getYammerDeviceUsageUserDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerDeviceUsageUserDetail`: function `microsoft.graph.getYammerDeviceUsageUserDetail`.
    #[inline]
    pub fn get_yammer_device_usage_user_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::YammerDeviceUsageUserDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getYammerDeviceUsageUserDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerGroupsActivityCounts`: function `microsoft.graph.getYammerGroupsActivityCounts`.
    #[inline]
    pub fn get_yammer_groups_activity_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::YammerGroupsActivityCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getYammerGroupsActivityCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerGroupsActivityDetail`: function `microsoft.graph.getYammerGroupsActivityDetail`.
    #[inline]
    pub fn get_yammer_groups_activity_detail(
        &self,
        date: &rt::edm::Date,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::YammerGroupsActivityDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getYammerGroupsActivityDetail",
                    &[
                        (
                            "date",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(date),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerGroupsActivityDetail`: function `microsoft.graph.getYammerGroupsActivityDetail`.
    #[inline]
    pub fn get_yammer_groups_activity_detail_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::YammerGroupsActivityDetail>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getYammerGroupsActivityDetail",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getYammerGroupsActivityGroupCounts`: function `microsoft.graph.getYammerGroupsActivityGroupCounts`.
    #[inline]
    pub fn get_yammer_groups_activity_group_counts(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::YammerGroupsActivityGroupCounts>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getYammerGroupsActivityGroupCounts",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// Metadata for Enrollment abandonment details report
    ///
    /// `GET .../managedDeviceEnrollmentAbandonmentDetails`: function `microsoft.graph.managedDeviceEnrollmentAbandonmentDetails`.
    #[inline]
    pub fn managed_device_enrollment_abandonment_details(
        &self,
        skip: i32,
        top: i32,
        filter: &str,
        skip_token: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "managedDeviceEnrollmentAbandonmentDetails",
                    &[
                        (
                            "skip",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&skip),
                            ),
                        ),
                        (
                            "top",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&top),
                            ),
                        ),
                        (
                            "filter",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(filter),
                            ),
                        ),
                        (
                            "skipToken",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(skip_token),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// Metadata for Enrollment abandonment summary report
    ///
    /// `GET .../managedDeviceEnrollmentAbandonmentSummary`: function `microsoft.graph.managedDeviceEnrollmentAbandonmentSummary`.
    #[inline]
    pub fn managed_device_enrollment_abandonment_summary(
        &self,
        skip: i32,
        top: i32,
        filter: &str,
        skip_token: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "managedDeviceEnrollmentAbandonmentSummary",
                    &[
                        (
                            "skip",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&skip),
                            ),
                        ),
                        (
                            "top",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&top),
                            ),
                        ),
                        (
                            "filter",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(filter),
                            ),
                        ),
                        (
                            "skipToken",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(skip_token),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../managedDeviceEnrollmentFailureDetails`: function `microsoft.graph.managedDeviceEnrollmentFailureDetails`.
    #[inline]
    pub fn managed_device_enrollment_failure_details(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("managedDeviceEnrollmentFailureDetails", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../managedDeviceEnrollmentFailureDetails`: function `microsoft.graph.managedDeviceEnrollmentFailureDetails`.
    #[inline]
    pub fn managed_device_enrollment_failure_details_2(
        &self,
        skip: i32,
        top: i32,
        filter: &str,
        skip_token: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "managedDeviceEnrollmentFailureDetails",
                    &[
                        (
                            "skip",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&skip),
                            ),
                        ),
                        (
                            "top",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&top),
                            ),
                        ),
                        (
                            "filter",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(filter),
                            ),
                        ),
                        (
                            "skipToken",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(skip_token),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// Metadata for the enrollment failure trends report
    ///
    /// `GET .../managedDeviceEnrollmentFailureTrends`: function `microsoft.graph.managedDeviceEnrollmentFailureTrends`.
    #[inline]
    pub fn managed_device_enrollment_failure_trends(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("managedDeviceEnrollmentFailureTrends", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../managedDeviceEnrollmentTopFailures`: function `microsoft.graph.managedDeviceEnrollmentTopFailures`.
    #[inline]
    pub fn managed_device_enrollment_top_failures(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("managedDeviceEnrollmentTopFailures", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../managedDeviceEnrollmentTopFailures`: function `microsoft.graph.managedDeviceEnrollmentTopFailures`.
    #[inline]
    pub fn managed_device_enrollment_top_failures_2(
        &self,
        period: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Report>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "managedDeviceEnrollmentTopFailures",
                    &[
                        (
                            "period",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ReportRoot {
    const SEGMENT: &'static str = "microsoft.graph.reportRoot";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
/// Features: `beta`, or one of `beta-print`, `beta-reports`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::ReportRoot, C> {
    /// `GET .../getGroupPrintUsageSummary`: function `microsoft.graph.getGroupPrintUsageSummary`.
    pub fn get_group_print_usage_summary(
        &self,
        group_id: &str,
        period_start: &rt::edm::DateTimeOffset,
        period_end: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::GroupPrintUsageSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getGroupPrintUsageSummary",
                    &[
                        (
                            "groupId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(group_id),
                            ),
                        ),
                        (
                            "periodStart",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period_start),
                            ),
                        ),
                        (
                            "periodEnd",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period_end),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getOverallPrintUsageSummary`: function `microsoft.graph.getOverallPrintUsageSummary`.
    pub fn get_overall_print_usage_summary(
        &self,
        period_start: &rt::edm::DateTimeOffset,
        period_end: &rt::edm::DateTimeOffset,
        top_lists_size: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::OverallPrintUsageSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getOverallPrintUsageSummary",
                    &[
                        (
                            "periodStart",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period_start),
                            ),
                        ),
                        (
                            "periodEnd",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period_end),
                            ),
                        ),
                        (
                            "topListsSize",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&top_lists_size),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getPrintUsageSummariesByGroup`: function `microsoft.graph.getPrintUsageSummariesByGroup`.
    pub fn get_print_usage_summaries_by_group(
        &self,
        period_start: &rt::edm::DateTimeOffset,
        period_end: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::GroupPrintUsageSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getPrintUsageSummariesByGroup",
                    &[
                        (
                            "periodStart",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period_start),
                            ),
                        ),
                        (
                            "periodEnd",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period_end),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getPrintUsageSummariesByPrinter`: function `microsoft.graph.getPrintUsageSummariesByPrinter`.
    pub fn get_print_usage_summaries_by_printer(
        &self,
        period_start: &rt::edm::DateTimeOffset,
        period_end: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::PrinterUsageSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getPrintUsageSummariesByPrinter",
                    &[
                        (
                            "periodStart",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period_start),
                            ),
                        ),
                        (
                            "periodEnd",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period_end),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getPrintUsageSummariesByTimeSpan`: function `microsoft.graph.getPrintUsageSummariesByTimeSpan`.
    pub fn get_print_usage_summaries_by_time_span(
        &self,
        period_start: &rt::edm::DateTimeOffset,
        period_end: &rt::edm::DateTimeOffset,
        time_span_in_minutes: i32,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::PrintUsageSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getPrintUsageSummariesByTimeSpan",
                    &[
                        (
                            "periodStart",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period_start),
                            ),
                        ),
                        (
                            "periodEnd",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period_end),
                            ),
                        ),
                        (
                            "timeSpanInMinutes",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(&time_span_in_minutes),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getPrintUsageSummariesByUser`: function `microsoft.graph.getPrintUsageSummariesByUser`.
    pub fn get_print_usage_summaries_by_user(
        &self,
        period_start: &rt::edm::DateTimeOffset,
        period_end: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::UserPrintUsageSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getPrintUsageSummariesByUser",
                    &[
                        (
                            "periodStart",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period_start),
                            ),
                        ),
                        (
                            "periodEnd",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period_end),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getPrinterUsageSummary`: function `microsoft.graph.getPrinterUsageSummary`.
    pub fn get_printer_usage_summary(
        &self,
        printer_id: &str,
        period_start: &rt::edm::DateTimeOffset,
        period_end: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::PrinterUsageSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getPrinterUsageSummary",
                    &[
                        (
                            "printerId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(printer_id),
                            ),
                        ),
                        (
                            "periodStart",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period_start),
                            ),
                        ),
                        (
                            "periodEnd",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period_end),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getUserPrintUsageSummary`: function `microsoft.graph.getUserPrintUsageSummary`.
    pub fn get_user_print_usage_summary(
        &self,
        user_id: &str,
        period_start: &rt::edm::DateTimeOffset,
        period_end: &rt::edm::DateTimeOffset,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::UserPrintUsageSummary>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .target()
                .function(
                    "getUserPrintUsageSummary",
                    &[
                        (
                            "userId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(user_id),
                            ),
                        ),
                        (
                            "periodStart",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period_start),
                            ),
                        ),
                        (
                            "periodEnd",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(period_end),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core_or_role_management)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::RequestPath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// `POST .../recordDecisions`: action `microsoft.graph.recordDecisions`.
    #[inline]
    pub fn record_decisions(
        &self,
        params: crate::beta::params::RequestRecordDecisionsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::RequestRecordDecisionsParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("recordDecisions"),
            rt::request::Json(params),
        )
    }
    /// `POST .../stop`: action `microsoft.graph.stop`.
    #[inline]
    pub fn stop(&self) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("stop"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core_or_role_management)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnyRequest {
    const SEGMENT: &'static str = "microsoft.graph.request";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::ResourceOperationPath {
    /// `GET .../getScopesForUser`: function `microsoft.graph.getScopesForUser`.
    #[inline]
    pub fn get_scopes_for_user(
        &self,
        userid: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getScopesForUser",
                    &[
                        (
                            "userid",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(userid),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ResourceOperation {
    const SEGMENT: &'static str = "microsoft.graph.resourceOperation";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDirectoryObject>
for crate::beta::ResourceSpecificPermissionGrant {
    const SEGMENT: &'static str = "microsoft.graph.resourceSpecificPermissionGrant";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ResourceSpecificPermissionGrant {
    const SEGMENT: &'static str = "microsoft.graph.resourceSpecificPermissionGrant";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::ResourceSpecificPermissionGrant, C> {
    /// `POST .../getByIds`: action `microsoft.graph.getByIds`.
    pub fn get_by_ids(
        &self,
        params: crate::beta::params::DirectoryObjectCollectionGetByIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCollectionGetByIdsParams>,
        rt::request::Collection<crate::beta::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getByIds"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getUserOwnedObjects`: action `microsoft.graph.getUserOwnedObjects`.
    pub fn get_user_owned_objects(
        &self,
        params: crate::beta::params::DirectoryObjectCollectionGetUserOwnedObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DirectoryObjectCollectionGetUserOwnedObjectsParams,
        >,
        rt::request::Entity<crate::beta::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getUserOwnedObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateProperties`: action `microsoft.graph.validateProperties`.
    pub fn validate_properties(
        &self,
        params: crate::beta::params::DirectoryObjectCollectionValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DirectoryObjectCollectionValidatePropertiesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateProperties"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::RestrictedAppsViolation {
    const SEGMENT: &'static str = "microsoft.graph.restrictedAppsViolation";
}
#[cfg(msgraph_beta_audit_logs_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnySignIn> for crate::beta::RestrictedSignIn {
    const SEGMENT: &'static str = "microsoft.graph.restrictedSignIn";
}
#[cfg(msgraph_beta_audit_logs_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::RestrictedSignIn {
    const SEGMENT: &'static str = "microsoft.graph.restrictedSignIn";
}
#[cfg(msgraph_beta_identity_protection_or_risk_detections_or_search)]
/// Features: `beta`, or one of `beta-identity-protection`, `beta-risk-detections`, `beta-search`.
impl dyn crate::beta::requests::RiskDetectionPath {
    /// Structural property `location` (`microsoft.graph.signInLocation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn location(&self) -> crate::path::PropertyPath<crate::beta::SignInLocation> {
        crate::path::PropertyPath::new(self.node_target().segment("location"))
    }
}
#[cfg(msgraph_beta_identity_protection_or_risk_detections_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::RiskDetection {
    const SEGMENT: &'static str = "microsoft.graph.riskDetection";
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
/// Features: `beta`, or one of `beta-identity-protection`, `beta-risky-users`, `beta-search`.
impl dyn crate::beta::requests::RiskyUserPath {
    /// Containment navigation property `history` (`microsoft.graph.riskyUserHistoryItem`).
    #[inline]
    pub fn history(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::RiskyUserHistoryItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("history"))
    }
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnyRiskyUser {
    const SEGMENT: &'static str = "microsoft.graph.riskyUser";
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
/// Features: `beta`, or one of `beta-identity-protection`, `beta-risky-users`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::AnyRiskyUser, C> {
    /// `POST .../confirmCompromised`: action `microsoft.graph.confirmCompromised`.
    pub fn confirm_compromised(
        &self,
        params: crate::beta::params::RiskyUserCollectionConfirmCompromisedParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::RiskyUserCollectionConfirmCompromisedParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("confirmCompromised"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dismiss`: action `microsoft.graph.dismiss`.
    pub fn dismiss(
        &self,
        params: crate::beta::params::RiskyUserCollectionDismissParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::RiskyUserCollectionDismissParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("dismiss"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
/// Features: `beta`, or one of `beta-identity-protection`, `beta-risky-users`, `beta-search`.
impl dyn crate::beta::requests::RiskyUserHistoryItemPath {
    /// Structural property `activity` (`microsoft.graph.riskUserActivity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn activity(&self) -> crate::path::PropertyPath<crate::beta::RiskUserActivity> {
        crate::path::PropertyPath::new(self.node_target().segment("activity"))
    }
    /// Containment navigation property `history` (`microsoft.graph.riskyUserHistoryItem`).
    #[inline]
    pub fn history(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::RiskyUserHistoryItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("history"))
    }
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyRiskyUser>
for crate::beta::RiskyUserHistoryItem {
    const SEGMENT: &'static str = "microsoft.graph.riskyUserHistoryItem";
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::RiskyUserHistoryItem {
    const SEGMENT: &'static str = "microsoft.graph.riskyUserHistoryItem";
}
#[cfg(msgraph_beta_identity_protection_or_risky_users_or_search)]
/// Features: `beta`, or one of `beta-identity-protection`, `beta-risky-users`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::RiskyUserHistoryItem, C> {
    /// `POST .../confirmCompromised`: action `microsoft.graph.confirmCompromised`.
    pub fn confirm_compromised(
        &self,
        params: crate::beta::params::RiskyUserCollectionConfirmCompromisedParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::RiskyUserCollectionConfirmCompromisedParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("confirmCompromised"),
            rt::request::Json(params),
        )
    }
    /// `POST .../dismiss`: action `microsoft.graph.dismiss`.
    pub fn dismiss(
        &self,
        params: crate::beta::params::RiskyUserCollectionDismissParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::RiskyUserCollectionDismissParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("dismiss"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::RoleAssignmentPath {
    /// Navigation property `roleDefinition` (`microsoft.graph.roleDefinition`).
    #[inline]
    pub fn role_definition(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyRoleDefinition,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("roleDefinition"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyRoleAssignment {
    const SEGMENT: &'static str = "microsoft.graph.roleAssignment";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::RoleDefinitionPath {
    /// Containment navigation property `roleAssignments` (`microsoft.graph.roleAssignment`).
    #[inline]
    pub fn role_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyRoleAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("roleAssignments"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyRoleDefinition {
    const SEGMENT: &'static str = "microsoft.graph.roleDefinition";
}
#[cfg(msgraph_beta_role_management)]
/// Features: `beta` or `beta-role-management`.
impl dyn crate::beta::requests::RoleManagementPath {
    /// Containment navigation property `directory` (`microsoft.graph.rbacApplication`).
    #[inline]
    pub fn directory(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::RbacApplication,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("directory"))
    }
    /// Containment navigation property `cloudPC` (`microsoft.graph.rbacApplicationMultiple`).
    #[inline]
    pub fn cloud_pc(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::RbacApplicationMultiple,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("cloudPC"))
    }
    /// Containment navigation property `entitlementManagement` (`microsoft.graph.rbacApplication`).
    #[inline]
    pub fn entitlement_management(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::RbacApplication,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("entitlementManagement"))
    }
    /// Containment navigation property `deviceManagement` (`microsoft.graph.rbacApplicationMultiple`).
    #[inline]
    pub fn device_management(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::RbacApplicationMultiple,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("deviceManagement"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::RoleScopeTagPath {
    /// Containment navigation property `assignments` (`microsoft.graph.roleScopeTagAutoAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::RoleScopeTagAutoAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::RoleScopeTagAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::RoleScopeTagAssignParams>,
        rt::request::Collection<crate::beta::RoleScopeTagAutoAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::RoleScopeTag {
    const SEGMENT: &'static str = "microsoft.graph.roleScopeTag";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::RoleScopeTag, C> {
    /// `POST .../getRoleScopeTagsById`: action `microsoft.graph.getRoleScopeTagsById`.
    pub fn get_role_scope_tags_by_id(
        &self,
        params: crate::beta::params::RoleScopeTagCollectionGetRoleScopeTagsByIdParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::RoleScopeTagCollectionGetRoleScopeTagsByIdParams,
        >,
        rt::request::Collection<crate::beta::RoleScopeTag>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getRoleScopeTagsById"),
            rt::request::Json(params),
        )
    }
    /// `GET .../hasCustomRoleScopeTag`: function `microsoft.graph.hasCustomRoleScopeTag`.
    pub fn has_custom_role_scope_tag(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::ValueOf<bool>> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("hasCustomRoleScopeTag", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::RoleScopeTagAutoAssignmentPath {
    /// Structural property `target` (`microsoft.graph.deviceAndAppManagementAssignmentTarget`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn target_2(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::AnyDeviceAndAppManagementAssignmentTarget,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("target"))
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::RoleScopeTagAutoAssignment {
    const SEGMENT: &'static str = "microsoft.graph.roleScopeTagAutoAssignment";
}
#[cfg(msgraph_beta_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPlace> for crate::beta::Room {
    const SEGMENT: &'static str = "microsoft.graph.room";
}
#[cfg(msgraph_beta_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Room {
    const SEGMENT: &'static str = "microsoft.graph.room";
}
#[cfg(msgraph_beta_places_or_search)]
/// Features: `beta`, or one of `beta-places`, `beta-search`.
impl dyn crate::beta::requests::RoomListPath {
    /// Containment navigation property `rooms` (`microsoft.graph.room`).
    #[inline]
    pub fn rooms(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Room,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("rooms"))
    }
    /// Structural property `address` (`microsoft.graph.physicalAddress`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn address(&self) -> crate::path::PropertyPath<crate::beta::PhysicalAddress> {
        crate::path::PropertyPath::new(self.node_target().segment("address"))
    }
    /// Structural property `geoCoordinates` (`microsoft.graph.outlookGeoCoordinates`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn geo_coordinates(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::OutlookGeoCoordinates> {
        crate::path::PropertyPath::new(self.node_target().segment("geoCoordinates"))
    }
}
#[cfg(msgraph_beta_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPlace> for crate::beta::RoomList {
    const SEGMENT: &'static str = "microsoft.graph.roomList";
}
#[cfg(msgraph_beta_places_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::RoomList {
    const SEGMENT: &'static str = "microsoft.graph.roomList";
}
#[cfg(msgraph_beta_compliance_or_search)]
/// Features: `beta`, or one of `beta-compliance`, `beta-search`.
impl dyn crate::beta::requests::ediscovery::ReviewSetPath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Containment navigation property `queries` (`microsoft.graph.ediscovery.reviewSetQuery`).
    #[inline]
    pub fn queries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::ReviewSetQuery,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("queries"))
    }
    /// `POST .../microsoft.graph.ediscovery.addToReviewSet`: action `microsoft.graph.ediscovery.addToReviewSet`.
    #[inline]
    pub fn add_to_review_set(
        &self,
        params: crate::beta::params::ReviewSetAddToReviewSetParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ReviewSetAddToReviewSetParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.ediscovery.addToReviewSet"),
            rt::request::Json(params),
        )
    }
    /// `POST .../microsoft.graph.ediscovery.export`: action `microsoft.graph.ediscovery.export`.
    #[inline]
    pub fn export(
        &self,
        params: crate::beta::params::ReviewSetExportParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ReviewSetExportParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.ediscovery.export"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ediscovery::ReviewSet {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.reviewSet";
}
#[cfg(msgraph_beta_compliance_or_search)]
/// Features: `beta`, or one of `beta-compliance`, `beta-search`.
impl dyn crate::beta::requests::ediscovery::ReviewSetQueryPath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// `POST .../microsoft.graph.ediscovery.applyTags`: action `microsoft.graph.ediscovery.applyTags`.
    #[inline]
    pub fn apply_tags(
        &self,
        params: crate::beta::params::ReviewSetQueryApplyTagsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ReviewSetQueryApplyTagsParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.ediscovery.applyTags"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ediscovery::ReviewSetQuery {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.reviewSetQuery";
}
#[cfg(msgraph_beta_search_or_tenant_relationships)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::managed_tenants::RiskyUser {
    const SEGMENT: &'static str = "microsoft.graph.managedTenants.riskyUser";
}
#[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::term_store::RelationPath {
    /// Navigation property `fromTerm` (`microsoft.graph.termStore.term`).
    #[inline]
    pub fn from_term(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::term_store::Term,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("fromTerm"))
    }
    /// Navigation property `set` (`microsoft.graph.termStore.set`).
    #[inline]
    pub fn set(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::term_store::Set,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("set"))
    }
    /// Navigation property `toTerm` (`microsoft.graph.termStore.term`).
    #[inline]
    pub fn to_term(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::term_store::Term,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("toTerm"))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::term_store::Relation {
    const SEGMENT: &'static str = "microsoft.graph.termStore.relation";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl dyn crate::beta::requests::SalesCreditMemoPath {
    /// Structural property `billingPostalAddress` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn billing_postal_address(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(
            self.node_target().segment("billingPostalAddress"),
        )
    }
    /// Structural property `sellingPostalAddress` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn selling_postal_address(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(
            self.node_target().segment("sellingPostalAddress"),
        )
    }
    /// Containment navigation property `currency` (`microsoft.graph.currency`).
    #[inline]
    pub fn currency(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Currency,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("currency"))
    }
    /// Containment navigation property `customer` (`microsoft.graph.customer`).
    #[inline]
    pub fn customer(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Customer,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("customer"))
    }
    /// Containment navigation property `paymentTerm` (`microsoft.graph.paymentTerm`).
    #[inline]
    pub fn payment_term(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::PaymentTerm,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("paymentTerm"))
    }
    /// Containment navigation property `salesCreditMemoLines` (`microsoft.graph.salesCreditMemoLine`).
    #[inline]
    pub fn sales_credit_memo_lines(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SalesCreditMemoLine,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("salesCreditMemoLines"),
        )
    }
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SalesCreditMemo {
    const SEGMENT: &'static str = "microsoft.graph.salesCreditMemo";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl dyn crate::beta::requests::SalesCreditMemoLinePath {
    /// Containment navigation property `account` (`microsoft.graph.account`).
    #[inline]
    pub fn account(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Account,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("account"))
    }
    /// Containment navigation property `item` (`microsoft.graph.item`).
    #[inline]
    pub fn item(
        &self,
    ) -> crate::path::EntityPath<crate::beta::Item, crate::path::caps::GetUpdateDelete> {
        crate::path::EntityPath::new(self.node_target().segment("item"))
    }
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SalesCreditMemoLine {
    const SEGMENT: &'static str = "microsoft.graph.salesCreditMemoLine";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl dyn crate::beta::requests::SalesInvoicePath {
    /// Structural property `billingPostalAddress` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn billing_postal_address(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(
            self.node_target().segment("billingPostalAddress"),
        )
    }
    /// Structural property `sellingPostalAddress` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn selling_postal_address(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(
            self.node_target().segment("sellingPostalAddress"),
        )
    }
    /// Structural property `shippingPostalAddress` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn shipping_postal_address(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(
            self.node_target().segment("shippingPostalAddress"),
        )
    }
    /// Containment navigation property `currency` (`microsoft.graph.currency`).
    #[inline]
    pub fn currency(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Currency,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("currency"))
    }
    /// Containment navigation property `customer` (`microsoft.graph.customer`).
    #[inline]
    pub fn customer(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Customer,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("customer"))
    }
    /// Containment navigation property `paymentTerm` (`microsoft.graph.paymentTerm`).
    #[inline]
    pub fn payment_term(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::PaymentTerm,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("paymentTerm"))
    }
    /// Containment navigation property `salesInvoiceLines` (`microsoft.graph.salesInvoiceLine`).
    #[inline]
    pub fn sales_invoice_lines(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SalesInvoiceLine,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("salesInvoiceLines"))
    }
    /// Containment navigation property `shipmentMethod` (`microsoft.graph.shipmentMethod`).
    #[inline]
    pub fn shipment_method(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ShipmentMethod,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("shipmentMethod"))
    }
    /// `POST .../cancel`: action `microsoft.graph.cancel`.
    #[inline]
    pub fn cancel(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("cancel"),
            rt::request::NoBody,
        )
    }
    /// `POST .../cancelAndSend`: action `microsoft.graph.cancelAndSend`.
    #[inline]
    pub fn cancel_and_send(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("cancelAndSend"),
            rt::request::NoBody,
        )
    }
    /// `POST .../post`: action `microsoft.graph.post`.
    #[inline]
    pub fn post(&self) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("post"),
            rt::request::NoBody,
        )
    }
    /// `POST .../postAndSend`: action `microsoft.graph.postAndSend`.
    #[inline]
    pub fn post_and_send(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("postAndSend"),
            rt::request::NoBody,
        )
    }
    /// `POST .../send`: action `microsoft.graph.send`.
    #[inline]
    pub fn send(&self) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("send"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SalesInvoice {
    const SEGMENT: &'static str = "microsoft.graph.salesInvoice";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl dyn crate::beta::requests::SalesInvoiceLinePath {
    /// Containment navigation property `account` (`microsoft.graph.account`).
    #[inline]
    pub fn account(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Account,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("account"))
    }
    /// Containment navigation property `item` (`microsoft.graph.item`).
    #[inline]
    pub fn item(
        &self,
    ) -> crate::path::EntityPath<crate::beta::Item, crate::path::caps::GetUpdateDelete> {
        crate::path::EntityPath::new(self.node_target().segment("item"))
    }
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SalesInvoiceLine {
    const SEGMENT: &'static str = "microsoft.graph.salesInvoiceLine";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl dyn crate::beta::requests::SalesOrderPath {
    /// Structural property `billingPostalAddress` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn billing_postal_address(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(
            self.node_target().segment("billingPostalAddress"),
        )
    }
    /// Structural property `sellingPostalAddress` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn selling_postal_address(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(
            self.node_target().segment("sellingPostalAddress"),
        )
    }
    /// Structural property `shippingPostalAddress` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn shipping_postal_address(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(
            self.node_target().segment("shippingPostalAddress"),
        )
    }
    /// Containment navigation property `currency` (`microsoft.graph.currency`).
    #[inline]
    pub fn currency(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Currency,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("currency"))
    }
    /// Containment navigation property `customer` (`microsoft.graph.customer`).
    #[inline]
    pub fn customer(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Customer,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("customer"))
    }
    /// Containment navigation property `paymentTerm` (`microsoft.graph.paymentTerm`).
    #[inline]
    pub fn payment_term(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::PaymentTerm,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("paymentTerm"))
    }
    /// Containment navigation property `salesOrderLines` (`microsoft.graph.salesOrderLine`).
    #[inline]
    pub fn sales_order_lines(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SalesOrderLine,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("salesOrderLines"))
    }
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SalesOrder {
    const SEGMENT: &'static str = "microsoft.graph.salesOrder";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl dyn crate::beta::requests::SalesOrderLinePath {
    /// Containment navigation property `account` (`microsoft.graph.account`).
    #[inline]
    pub fn account(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Account,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("account"))
    }
    /// Containment navigation property `item` (`microsoft.graph.item`).
    #[inline]
    pub fn item(
        &self,
    ) -> crate::path::EntityPath<crate::beta::Item, crate::path::caps::GetUpdateDelete> {
        crate::path::EntityPath::new(self.node_target().segment("item"))
    }
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SalesOrderLine {
    const SEGMENT: &'static str = "microsoft.graph.salesOrderLine";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl dyn crate::beta::requests::SalesQuotePath {
    /// Structural property `billingPostalAddress` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn billing_postal_address(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(
            self.node_target().segment("billingPostalAddress"),
        )
    }
    /// Structural property `sellingPostalAddress` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn selling_postal_address(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(
            self.node_target().segment("sellingPostalAddress"),
        )
    }
    /// Structural property `shippingPostalAddress` (`microsoft.graph.postalAddressType`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn shipping_postal_address(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PostalAddressType> {
        crate::path::PropertyPath::new(
            self.node_target().segment("shippingPostalAddress"),
        )
    }
    /// Containment navigation property `currency` (`microsoft.graph.currency`).
    #[inline]
    pub fn currency(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Currency,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("currency"))
    }
    /// Containment navigation property `customer` (`microsoft.graph.customer`).
    #[inline]
    pub fn customer(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Customer,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("customer"))
    }
    /// Containment navigation property `paymentTerm` (`microsoft.graph.paymentTerm`).
    #[inline]
    pub fn payment_term(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::PaymentTerm,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("paymentTerm"))
    }
    /// Containment navigation property `salesQuoteLines` (`microsoft.graph.salesQuoteLine`).
    #[inline]
    pub fn sales_quote_lines(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SalesQuoteLine,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("salesQuoteLines"))
    }
    /// Containment navigation property `shipmentMethod` (`microsoft.graph.shipmentMethod`).
    #[inline]
    pub fn shipment_method(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ShipmentMethod,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("shipmentMethod"))
    }
    /// `POST .../makeInvoice`: action `microsoft.graph.makeInvoice`.
    #[inline]
    pub fn make_invoice(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("makeInvoice"),
            rt::request::NoBody,
        )
    }
    /// `POST .../send`: action `microsoft.graph.send`.
    #[inline]
    pub fn send(&self) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("send"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SalesQuote {
    const SEGMENT: &'static str = "microsoft.graph.salesQuote";
}
#[cfg(msgraph_beta_financials_or_search)]
/// Features: `beta`, or one of `beta-financials`, `beta-search`.
impl dyn crate::beta::requests::SalesQuoteLinePath {
    /// Containment navigation property `account` (`microsoft.graph.account`).
    #[inline]
    pub fn account(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Account,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("account"))
    }
    /// Containment navigation property `item` (`microsoft.graph.item`).
    #[inline]
    pub fn item(
        &self,
    ) -> crate::path::EntityPath<crate::beta::Item, crate::path::caps::GetUpdateDelete> {
        crate::path::EntityPath::new(self.node_target().segment("item"))
    }
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SalesQuoteLine {
    const SEGMENT: &'static str = "microsoft.graph.salesQuoteLine";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::SchedulePath {
    /// Structural property `timeClockSettings` (`microsoft.graph.timeClockSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn time_clock_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::TimeClockSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("timeClockSettings"))
    }
    /// Containment navigation property `offerShiftRequests` (`microsoft.graph.offerShiftRequest`).
    #[inline]
    pub fn offer_shift_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyOfferShiftRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("offerShiftRequests"),
        )
    }
    /// Containment navigation property `openShiftChangeRequests` (`microsoft.graph.openShiftChangeRequest`).
    #[inline]
    pub fn open_shift_change_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OpenShiftChangeRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("openShiftChangeRequests"),
        )
    }
    /// Containment navigation property `openShifts` (`microsoft.graph.openShift`).
    #[inline]
    pub fn open_shifts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OpenShift,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("openShifts"))
    }
    /// Containment navigation property `schedulingGroups` (`microsoft.graph.schedulingGroup`).
    #[inline]
    pub fn scheduling_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SchedulingGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("schedulingGroups"))
    }
    /// Containment navigation property `shifts` (`microsoft.graph.shift`).
    #[inline]
    pub fn shifts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Shift,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("shifts"))
    }
    /// Containment navigation property `swapShiftsChangeRequests` (`microsoft.graph.swapShiftsChangeRequest`).
    #[inline]
    pub fn swap_shifts_change_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SwapShiftsChangeRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("swapShiftsChangeRequests"),
        )
    }
    /// Containment navigation property `timeCards` (`microsoft.graph.timeCard`).
    #[inline]
    pub fn time_cards(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TimeCard,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("timeCards"))
    }
    /// Containment navigation property `timeOffReasons` (`microsoft.graph.timeOffReason`).
    #[inline]
    pub fn time_off_reasons(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TimeOffReason,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("timeOffReasons"))
    }
    /// Containment navigation property `timeOffRequests` (`microsoft.graph.timeOffRequest`).
    #[inline]
    pub fn time_off_requests(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TimeOffRequest,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("timeOffRequests"))
    }
    /// Containment navigation property `timesOff` (`microsoft.graph.timeOff`).
    #[inline]
    pub fn times_off(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TimeOff,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("timesOff"))
    }
    /// `POST .../share`: action `microsoft.graph.share`.
    #[inline]
    pub fn share(
        &self,
        params: crate::beta::params::ScheduleShareParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ScheduleShareParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("share"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Schedule {
    const SEGMENT: &'static str = "microsoft.graph.schedule";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::ScheduleChangeRequestPath {
    /// `POST .../approve`: action `microsoft.graph.approve`.
    #[inline]
    pub fn approve(
        &self,
        params: crate::beta::params::ScheduleChangeRequestApproveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ScheduleChangeRequestApproveParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("approve"),
            rt::request::Json(params),
        )
    }
    /// `POST .../decline`: action `microsoft.graph.decline`.
    #[inline]
    pub fn decline(
        &self,
        params: crate::beta::params::ScheduleChangeRequestDeclineParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::ScheduleChangeRequestDeclineParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("decline"),
            rt::request::Json(params),
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// `POST .../stageForDeletion`: action `microsoft.graph.stageForDeletion`.
    #[inline]
    pub fn stage_for_deletion(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("stageForDeletion"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyChangeTrackedEntity>
for crate::beta::AnyScheduleChangeRequest {
    const SEGMENT: &'static str = "microsoft.graph.scheduleChangeRequest";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyScheduleChangeRequest {
    const SEGMENT: &'static str = "microsoft.graph.scheduleChangeRequest";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyChangeTrackedEntity>
for crate::beta::SchedulingGroup {
    const SEGMENT: &'static str = "microsoft.graph.schedulingGroup";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SchedulingGroup {
    const SEGMENT: &'static str = "microsoft.graph.schedulingGroup";
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Schema {
    const SEGMENT: &'static str = "microsoft.graph.schema";
}
#[cfg(msgraph_beta_schema_extensions_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SchemaExtension {
    const SEGMENT: &'static str = "microsoft.graph.schemaExtension";
}
#[cfg(msgraph_beta_core_or_scoped_role_memberships)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 11 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::ScopedRoleMembershipPath {
    /// Structural property `roleMemberInfo` (`microsoft.graph.identity`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn role_member_info(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::AnyIdentity> {
        crate::path::PropertyPath::new(self.node_target().segment("roleMemberInfo"))
    }
}
#[cfg(msgraph_beta_core_or_scoped_role_memberships)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ScopedRoleMembership {
    const SEGMENT: &'static str = "microsoft.graph.scopedRoleMembership";
}
#[cfg(msgraph_beta_search)]
/// Features: `beta` or `beta-search`.
impl dyn crate::beta::requests::SearchEntityPath {
    /// `POST .../query`: action `microsoft.graph.query`.
    #[inline]
    pub fn query(
        &self,
        params: crate::beta::params::SearchEntityQueryParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::SearchEntityQueryParams>,
        rt::request::Entity<crate::beta::SearchResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("query"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SearchEntity {
    const SEGMENT: &'static str = "microsoft.graph.searchEntity";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::SectionGroupPath {
    /// Containment navigation property `parentNotebook` (`microsoft.graph.notebook`).
    #[inline]
    pub fn parent_notebook(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Notebook,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("parentNotebook"))
    }
    /// Containment navigation property `parentSectionGroup` (`microsoft.graph.sectionGroup`).
    #[inline]
    pub fn parent_section_group(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::SectionGroup,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("parentSectionGroup"))
    }
    /// Containment navigation property `sectionGroups` (`microsoft.graph.sectionGroup`).
    #[inline]
    pub fn section_groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SectionGroup,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sectionGroups"))
    }
    /// Containment navigation property `sections` (`microsoft.graph.onenoteSection`).
    #[inline]
    pub fn sections(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OnenoteSection,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sections"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOnenoteEntityHierarchyModel>
for crate::beta::SectionGroup {
    const SEGMENT: &'static str = "microsoft.graph.sectionGroup";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOnenoteEntitySchemaObjectModel>
for crate::beta::SectionGroup {
    const SEGMENT: &'static str = "microsoft.graph.sectionGroup";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOnenoteEntityBaseModel>
for crate::beta::SectionGroup {
    const SEGMENT: &'static str = "microsoft.graph.sectionGroup";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SectionGroup {
    const SEGMENT: &'static str = "microsoft.graph.sectionGroup";
}
#[cfg(msgraph_beta_search_or_security)]
/// Features: `beta`, or one of `beta-search`, `beta-security`.
impl dyn crate::beta::requests::SecureScorePath {
    /// Structural property `vendorInformation` (`microsoft.graph.securityVendorInformation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn vendor_information(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SecurityVendorInformation> {
        crate::path::PropertyPath::new(self.node_target().segment("vendorInformation"))
    }
}
#[cfg(msgraph_beta_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SecureScore {
    const SEGMENT: &'static str = "microsoft.graph.secureScore";
}
#[cfg(msgraph_beta_search_or_security)]
/// Features: `beta`, or one of `beta-search`, `beta-security`.
impl dyn crate::beta::requests::SecureScoreControlProfilePath {
    /// Structural property `vendorInformation` (`microsoft.graph.securityVendorInformation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn vendor_information(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SecurityVendorInformation> {
        crate::path::PropertyPath::new(self.node_target().segment("vendorInformation"))
    }
}
#[cfg(msgraph_beta_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SecureScoreControlProfile {
    const SEGMENT: &'static str = "microsoft.graph.secureScoreControlProfile";
}
#[cfg(msgraph_beta_security)]
/// Features: `beta` or `beta-security`.
impl dyn crate::beta::requests::SecurityPath {
    /// Containment navigation property `alerts` (`microsoft.graph.alert`).
    #[inline]
    pub fn alerts(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Alert,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("alerts"))
    }
    /// Containment navigation property `cloudAppSecurityProfiles` (`microsoft.graph.cloudAppSecurityProfile`).
    #[inline]
    pub fn cloud_app_security_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::CloudAppSecurityProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("cloudAppSecurityProfiles"),
        )
    }
    /// Containment navigation property `domainSecurityProfiles` (`microsoft.graph.domainSecurityProfile`).
    #[inline]
    pub fn domain_security_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DomainSecurityProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("domainSecurityProfiles"),
        )
    }
    /// Containment navigation property `fileSecurityProfiles` (`microsoft.graph.fileSecurityProfile`).
    #[inline]
    pub fn file_security_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::FileSecurityProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("fileSecurityProfiles"),
        )
    }
    /// Containment navigation property `hostSecurityProfiles` (`microsoft.graph.hostSecurityProfile`).
    #[inline]
    pub fn host_security_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::HostSecurityProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("hostSecurityProfiles"),
        )
    }
    /// Containment navigation property `ipSecurityProfiles` (`microsoft.graph.ipSecurityProfile`).
    #[inline]
    pub fn ip_security_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::IpSecurityProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("ipSecurityProfiles"),
        )
    }
    /// Containment navigation property `providerTenantSettings` (`microsoft.graph.providerTenantSetting`).
    #[inline]
    pub fn provider_tenant_settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ProviderTenantSetting,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("providerTenantSettings"),
        )
    }
    /// Containment navigation property `secureScoreControlProfiles` (`microsoft.graph.secureScoreControlProfile`).
    #[inline]
    pub fn secure_score_control_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SecureScoreControlProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("secureScoreControlProfiles"),
        )
    }
    /// Containment navigation property `secureScores` (`microsoft.graph.secureScore`).
    #[inline]
    pub fn secure_scores(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SecureScore,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("secureScores"))
    }
    /// Containment navigation property `securityActions` (`microsoft.graph.securityAction`).
    #[inline]
    pub fn security_actions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SecurityAction,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("securityActions"))
    }
    /// Containment navigation property `tiIndicators` (`microsoft.graph.tiIndicator`).
    #[inline]
    pub fn ti_indicators(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TiIndicator,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("tiIndicators"))
    }
    /// Containment navigation property `userSecurityProfiles` (`microsoft.graph.userSecurityProfile`).
    #[inline]
    pub fn user_security_profiles(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::UserSecurityProfile,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("userSecurityProfiles"),
        )
    }
}
#[cfg(msgraph_beta_search_or_security)]
/// Features: `beta`, or one of `beta-search`, `beta-security`.
impl dyn crate::beta::requests::SecurityActionPath {
    /// Structural property `errorInfo` (`microsoft.graph.resultInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn error_info(&self) -> crate::path::PropertyPath<crate::beta::ResultInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("errorInfo"))
    }
    /// Structural property `vendorInformation` (`microsoft.graph.securityVendorInformation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn vendor_information(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SecurityVendorInformation> {
        crate::path::PropertyPath::new(self.node_target().segment("vendorInformation"))
    }
    /// `POST .../cancelSecurityAction`: action `microsoft.graph.cancelSecurityAction`.
    #[inline]
    pub fn cancel_security_action(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("cancelSecurityAction"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_search_or_security)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SecurityAction {
    const SEGMENT: &'static str = "microsoft.graph.securityAction";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnySecurityBaselineStateSummary>
for crate::beta::SecurityBaselineCategoryStateSummary {
    const SEGMENT: &'static str = "microsoft.graph.securityBaselineCategoryStateSummary";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SecurityBaselineCategoryStateSummary {
    const SEGMENT: &'static str = "microsoft.graph.securityBaselineCategoryStateSummary";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SecurityBaselineDeviceState {
    const SEGMENT: &'static str = "microsoft.graph.securityBaselineDeviceState";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SecurityBaselineSettingState {
    const SEGMENT: &'static str = "microsoft.graph.securityBaselineSettingState";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::SecurityBaselineStatePath {
    /// Containment navigation property `settingStates` (`microsoft.graph.securityBaselineSettingState`).
    #[inline]
    pub fn setting_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SecurityBaselineSettingState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("settingStates"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SecurityBaselineState {
    const SEGMENT: &'static str = "microsoft.graph.securityBaselineState";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnySecurityBaselineStateSummary {
    const SEGMENT: &'static str = "microsoft.graph.securityBaselineStateSummary";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::SecurityBaselineTemplatePath {
    /// Containment navigation property `categoryDeviceStateSummaries` (`microsoft.graph.securityBaselineCategoryStateSummary`).
    #[inline]
    pub fn category_device_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SecurityBaselineCategoryStateSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("categoryDeviceStateSummaries"),
        )
    }
    /// Containment navigation property `deviceStates` (`microsoft.graph.securityBaselineDeviceState`).
    #[inline]
    pub fn device_states(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SecurityBaselineDeviceState,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceStates"))
    }
    /// Containment navigation property `deviceStateSummary` (`microsoft.graph.securityBaselineStateSummary`).
    #[inline]
    pub fn device_state_summary(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnySecurityBaselineStateSummary,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("deviceStateSummary"))
    }
    /// Containment navigation property `categories` (`microsoft.graph.deviceManagementTemplateSettingCategory`).
    #[inline]
    pub fn categories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceManagementTemplateSettingCategory,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("categories"))
    }
    /// Containment navigation property `migratableTo` (`microsoft.graph.deviceManagementTemplate`).
    #[inline]
    pub fn migratable_to(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("migratableTo"))
    }
    /// Containment navigation property `settings` (`microsoft.graph.deviceManagementSettingInstance`).
    #[inline]
    pub fn settings(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDeviceManagementSettingInstance,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("settings"))
    }
    /// `GET .../compare`: function `microsoft.graph.compare`.
    #[inline]
    pub fn compare(
        &self,
        template_id: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::DeviceManagementSettingComparison>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "compare",
                    &[
                        (
                            "templateId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(template_id),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../createInstance`: action `microsoft.graph.createInstance`.
    #[inline]
    pub fn create_instance(
        &self,
        params: crate::beta::params::DeviceManagementTemplateCreateInstanceParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceManagementTemplateCreateInstanceParams,
        >,
        rt::request::Entity<crate::beta::DeviceManagementIntent>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("createInstance"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceManagementTemplate>
for crate::beta::SecurityBaselineTemplate {
    const SEGMENT: &'static str = "microsoft.graph.securityBaselineTemplate";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SecurityBaselineTemplate {
    const SEGMENT: &'static str = "microsoft.graph.securityBaselineTemplate";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::SecurityBaselineTemplate, C> {
    /// `POST .../importOffice365DeviceConfigurationPolicies`: action `microsoft.graph.importOffice365DeviceConfigurationPolicies`.
    pub fn import_office365_device_configuration_policies(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::DeviceManagementIntent>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("importOffice365DeviceConfigurationPolicies"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
/// Features: `beta`, or one of `beta-device-app-management`, `beta-search`.
impl dyn crate::beta::requests::SecurityConfigurationTaskPath {
    /// Containment navigation property `managedDevices` (`microsoft.graph.vulnerableManagedDevice`).
    #[inline]
    pub fn managed_devices(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::VulnerableManagedDevice,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("managedDevices"))
    }
    /// Set the task's status and attach a note.
    ///
    /// `POST .../updateStatus`: action `microsoft.graph.updateStatus`.
    #[inline]
    pub fn update_status(
        &self,
        params: crate::beta::params::DeviceAppManagementTaskUpdateStatusParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceAppManagementTaskUpdateStatusParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("updateStatus"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceAppManagementTask>
for crate::beta::SecurityConfigurationTask {
    const SEGMENT: &'static str = "microsoft.graph.securityConfigurationTask";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SecurityConfigurationTask {
    const SEGMENT: &'static str = "microsoft.graph.securityConfigurationTask";
}
#[cfg(msgraph_beta_data_classification_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SensitiveType {
    const SEGMENT: &'static str = "microsoft.graph.sensitiveType";
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::SensitivityLabelPath {
    /// Structural property `autoLabeling` (`microsoft.graph.autoLabeling`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn auto_labeling(&self) -> crate::path::PropertyPath<crate::beta::AutoLabeling> {
        crate::path::PropertyPath::new(self.node_target().segment("autoLabeling"))
    }
    /// Containment navigation property `sublabels` (`microsoft.graph.sensitivityLabel`).
    #[inline]
    pub fn sublabels(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SensitivityLabel,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sublabels"))
    }
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SensitivityLabel {
    const SEGMENT: &'static str = "microsoft.graph.sensitivityLabel";
}
#[cfg(msgraph_beta_core_or_data_classification_or_information_protection)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-data-classification`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::SensitivityLabel, C> {
    /// `POST .../evaluate`: action `microsoft.graph.evaluate`.
    pub fn evaluate(
        &self,
        params: crate::beta::params::SensitivityLabelCollectionEvaluateParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::SensitivityLabelCollectionEvaluateParams>,
        rt::request::Entity<crate::beta::EvaluateLabelJobResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("evaluate"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core_or_information_protection)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SensitivityPolicySettings {
    const SEGMENT: &'static str = "microsoft.graph.sensitivityPolicySettings";
}
#[cfg(msgraph_beta_admin_or_search)]
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
impl dyn crate::beta::requests::ServiceAnnouncementPath {
    /// Containment navigation property `healthOverviews` (`microsoft.graph.serviceHealth`).
    #[inline]
    pub fn health_overviews(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ServiceHealth,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("healthOverviews"))
    }
    /// Containment navigation property `issues` (`microsoft.graph.serviceHealthIssue`).
    #[inline]
    pub fn issues(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ServiceHealthIssue,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("issues"))
    }
    /// Containment navigation property `messages` (`microsoft.graph.serviceUpdateMessage`).
    #[inline]
    pub fn messages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ServiceUpdateMessage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("messages"))
    }
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ServiceAnnouncement {
    const SEGMENT: &'static str = "microsoft.graph.serviceAnnouncement";
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::AnyServiceAnnouncementBase {
    const SEGMENT: &'static str = "microsoft.graph.serviceAnnouncementBase";
}
#[cfg(msgraph_beta_admin_or_search)]
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
impl dyn crate::beta::requests::ServiceHealthPath {
    /// Containment navigation property `issues` (`microsoft.graph.serviceHealthIssue`).
    #[inline]
    pub fn issues(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ServiceHealthIssue,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("issues"))
    }
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ServiceHealth {
    const SEGMENT: &'static str = "microsoft.graph.serviceHealth";
}
#[cfg(msgraph_beta_admin_or_search)]
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
impl dyn crate::beta::requests::ServiceHealthIssuePath {
    /// `GET .../incidentReport`: function `microsoft.graph.incidentReport`.
    #[inline]
    pub fn incident_report(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Raw> {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("incidentReport", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyServiceAnnouncementBase>
for crate::beta::ServiceHealthIssue {
    const SEGMENT: &'static str = "microsoft.graph.serviceHealthIssue";
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ServiceHealthIssue {
    const SEGMENT: &'static str = "microsoft.graph.serviceHealthIssue";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::ServicePrincipalPath {
    /// Structural property `passwordSingleSignOnSettings` (`microsoft.graph.passwordSingleSignOnSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn password_single_sign_on_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PasswordSingleSignOnSettings> {
        crate::path::PropertyPath::new(
            self.node_target().segment("passwordSingleSignOnSettings"),
        )
    }
    /// Structural property `info` (`microsoft.graph.informationalUrl`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn info(&self) -> crate::path::PropertyPath<crate::beta::InformationalUrl> {
        crate::path::PropertyPath::new(self.node_target().segment("info"))
    }
    /// Structural property `samlSingleSignOnSettings` (`microsoft.graph.samlSingleSignOnSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn saml_single_sign_on_settings(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SamlSingleSignOnSettings> {
        crate::path::PropertyPath::new(
            self.node_target().segment("samlSingleSignOnSettings"),
        )
    }
    /// Containment navigation property `appRoleAssignedTo` (`microsoft.graph.appRoleAssignment`).
    #[inline]
    pub fn app_role_assigned_to(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AppRoleAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("appRoleAssignedTo"))
    }
    /// Containment navigation property `appRoleAssignments` (`microsoft.graph.appRoleAssignment`).
    #[inline]
    pub fn app_role_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AppRoleAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("appRoleAssignments"),
        )
    }
    /// Navigation property `claimsMappingPolicies` (`microsoft.graph.claimsMappingPolicy`).
    #[inline]
    pub fn claims_mapping_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ClaimsMappingPolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("claimsMappingPolicies"),
        )
    }
    /// Navigation property `createdObjects` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn created_objects(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("createdObjects"))
    }
    /// Containment navigation property `delegatedPermissionClassifications` (`microsoft.graph.delegatedPermissionClassification`).
    #[inline]
    pub fn delegated_permission_classifications(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DelegatedPermissionClassification,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("delegatedPermissionClassifications"),
        )
    }
    /// Containment navigation property `endpoints` (`microsoft.graph.endpoint`).
    #[inline]
    pub fn endpoints(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Endpoint,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("endpoints"))
    }
    /// Navigation property `homeRealmDiscoveryPolicies` (`microsoft.graph.homeRealmDiscoveryPolicy`).
    #[inline]
    pub fn home_realm_discovery_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::HomeRealmDiscoveryPolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("homeRealmDiscoveryPolicies"),
        )
    }
    /// Containment navigation property `licenseDetails` (`microsoft.graph.licenseDetails`).
    #[inline]
    pub fn license_details(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::LicenseDetails,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("licenseDetails"))
    }
    /// Navigation property `memberOf` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn member_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("memberOf"))
    }
    #[cfg(msgraph_beta_oauth2_permission_grants_or_search)]
    /// Navigation property `oauth2PermissionGrants` (`microsoft.graph.oAuth2PermissionGrant`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn oauth2_permission_grants(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::OAuth2PermissionGrant,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("oauth2PermissionGrants"),
        )
    }
    /// Navigation property `ownedObjects` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn owned_objects(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("ownedObjects"))
    }
    /// Navigation property `owners` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn owners(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("owners"))
    }
    /// Navigation property `tokenIssuancePolicies` (`microsoft.graph.tokenIssuancePolicy`).
    #[inline]
    pub fn token_issuance_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TokenIssuancePolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("tokenIssuancePolicies"),
        )
    }
    /// Navigation property `tokenLifetimePolicies` (`microsoft.graph.tokenLifetimePolicy`).
    #[inline]
    pub fn token_lifetime_policies(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::TokenLifetimePolicy,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("tokenLifetimePolicies"),
        )
    }
    /// Navigation property `transitiveMemberOf` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn transitive_member_of(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("transitiveMemberOf"),
        )
    }
    /// Containment navigation property `synchronization` (`microsoft.graph.synchronization`).
    #[inline]
    pub fn synchronization(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Synchronization,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("synchronization"))
    }
    /// `POST .../addTokenSigningCertificate`: action `microsoft.graph.addTokenSigningCertificate`.
    #[inline]
    pub fn add_token_signing_certificate(
        &self,
        params: crate::beta::params::ServicePrincipalAddTokenSigningCertificateParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ServicePrincipalAddTokenSigningCertificateParams,
        >,
        rt::request::Entity<crate::beta::SelfSignedCertificate>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("addTokenSigningCertificate"),
            rt::request::Json(params),
        )
    }
    /// `POST .../createPasswordSingleSignOnCredentials`: action `microsoft.graph.createPasswordSingleSignOnCredentials`.
    #[inline]
    pub fn create_password_single_sign_on_credentials(
        &self,
        params: crate::beta::params::ServicePrincipalCreatePasswordSingleSignOnCredentialsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ServicePrincipalCreatePasswordSingleSignOnCredentialsParams,
        >,
        rt::request::Entity<crate::beta::PasswordSingleSignOnCredentialSet>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("createPasswordSingleSignOnCredentials"),
            rt::request::Json(params),
        )
    }
    /// `POST .../deletePasswordSingleSignOnCredentials`: action `microsoft.graph.deletePasswordSingleSignOnCredentials`.
    #[inline]
    pub fn delete_password_single_sign_on_credentials(
        &self,
        params: crate::beta::params::ServicePrincipalDeletePasswordSingleSignOnCredentialsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ServicePrincipalDeletePasswordSingleSignOnCredentialsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("deletePasswordSingleSignOnCredentials"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getPasswordSingleSignOnCredentials`: action `microsoft.graph.getPasswordSingleSignOnCredentials`.
    #[inline]
    pub fn get_password_single_sign_on_credentials(
        &self,
        params: crate::beta::params::ServicePrincipalGetPasswordSingleSignOnCredentialsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ServicePrincipalGetPasswordSingleSignOnCredentialsParams,
        >,
        rt::request::Entity<crate::beta::PasswordSingleSignOnCredentialSet>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getPasswordSingleSignOnCredentials"),
            rt::request::Json(params),
        )
    }
    /// `POST .../updatePasswordSingleSignOnCredentials`: action `microsoft.graph.updatePasswordSingleSignOnCredentials`.
    #[inline]
    pub fn update_password_single_sign_on_credentials(
        &self,
        params: crate::beta::params::ServicePrincipalUpdatePasswordSingleSignOnCredentialsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ServicePrincipalUpdatePasswordSingleSignOnCredentialsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("updatePasswordSingleSignOnCredentials"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    #[inline]
    pub fn check_member_groups(
        &self,
        params: crate::beta::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCheckMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("checkMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberObjects`: action `microsoft.graph.checkMemberObjects`.
    #[inline]
    pub fn check_member_objects(
        &self,
        params: crate::beta::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCheckMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("checkMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberGroups`: action `microsoft.graph.getMemberGroups`.
    #[inline]
    pub fn get_member_groups(
        &self,
        params: crate::beta::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectGetMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberObjects`: action `microsoft.graph.getMemberObjects`.
    #[inline]
    pub fn get_member_objects(
        &self,
        params: crate::beta::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectGetMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    #[inline]
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDirectoryObject>
for crate::beta::ServicePrincipal {
    const SEGMENT: &'static str = "microsoft.graph.servicePrincipal";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ServicePrincipal {
    const SEGMENT: &'static str = "microsoft.graph.servicePrincipal";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::ServicePrincipal, C> {
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::ServicePrincipal>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getByIds`: action `microsoft.graph.getByIds`.
    pub fn get_by_ids(
        &self,
        params: crate::beta::params::DirectoryObjectCollectionGetByIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCollectionGetByIdsParams>,
        rt::request::Collection<crate::beta::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getByIds"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getUserOwnedObjects`: action `microsoft.graph.getUserOwnedObjects`.
    pub fn get_user_owned_objects(
        &self,
        params: crate::beta::params::DirectoryObjectCollectionGetUserOwnedObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DirectoryObjectCollectionGetUserOwnedObjectsParams,
        >,
        rt::request::Entity<crate::beta::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getUserOwnedObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateProperties`: action `microsoft.graph.validateProperties`.
    pub fn validate_properties(
        &self,
        params: crate::beta::params::DirectoryObjectCollectionValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DirectoryObjectCollectionValidatePropertiesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateProperties"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_admin_or_search)]
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
impl dyn crate::beta::requests::ServiceUpdateMessagePath {
    /// Structural property `body` (`microsoft.graph.itemBody`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn body(&self) -> crate::path::PropertyPath<crate::beta::ItemBody> {
        crate::path::PropertyPath::new(self.node_target().segment("body"))
    }
    /// Structural property `viewPoint` (`microsoft.graph.serviceUpdateMessageViewpoint`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn view_point(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ServiceUpdateMessageViewpoint> {
        crate::path::PropertyPath::new(self.node_target().segment("viewPoint"))
    }
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyServiceAnnouncementBase>
for crate::beta::ServiceUpdateMessage {
    const SEGMENT: &'static str = "microsoft.graph.serviceUpdateMessage";
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ServiceUpdateMessage {
    const SEGMENT: &'static str = "microsoft.graph.serviceUpdateMessage";
}
#[cfg(msgraph_beta_admin_or_search)]
/// Features: `beta`, or one of `beta-admin`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::ServiceUpdateMessage, C> {
    /// `POST .../archive`: action `microsoft.graph.archive`.
    pub fn archive(
        &self,
        params: crate::beta::params::ServiceUpdateMessageCollectionArchiveParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ServiceUpdateMessageCollectionArchiveParams,
        >,
        rt::request::ValueOf<bool>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("archive"),
            rt::request::Json(params),
        )
    }
    /// `POST .../favorite`: action `microsoft.graph.favorite`.
    pub fn favorite(
        &self,
        params: crate::beta::params::ServiceUpdateMessageCollectionFavoriteParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ServiceUpdateMessageCollectionFavoriteParams,
        >,
        rt::request::ValueOf<bool>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("favorite"),
            rt::request::Json(params),
        )
    }
    /// `POST .../markRead`: action `microsoft.graph.markRead`.
    pub fn mark_read(
        &self,
        params: crate::beta::params::ServiceUpdateMessageCollectionMarkReadParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ServiceUpdateMessageCollectionMarkReadParams,
        >,
        rt::request::ValueOf<bool>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("markRead"),
            rt::request::Json(params),
        )
    }
    /// `POST .../markUnread`: action `microsoft.graph.markUnread`.
    pub fn mark_unread(
        &self,
        params: crate::beta::params::ServiceUpdateMessageCollectionMarkUnreadParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ServiceUpdateMessageCollectionMarkUnreadParams,
        >,
        rt::request::ValueOf<bool>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("markUnread"),
            rt::request::Json(params),
        )
    }
    /// `POST .../unarchive`: action `microsoft.graph.unarchive`.
    pub fn unarchive(
        &self,
        params: crate::beta::params::ServiceUpdateMessageCollectionUnarchiveParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ServiceUpdateMessageCollectionUnarchiveParams,
        >,
        rt::request::ValueOf<bool>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("unarchive"),
            rt::request::Json(params),
        )
    }
    /// `POST .../unfavorite`: action `microsoft.graph.unfavorite`.
    pub fn unfavorite(
        &self,
        params: crate::beta::params::ServiceUpdateMessageCollectionUnfavoriteParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::ServiceUpdateMessageCollectionUnfavoriteParams,
        >,
        rt::request::ValueOf<bool>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("unfavorite"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SettingStateDeviceSummary {
    const SEGMENT: &'static str = "microsoft.graph.settingStateDeviceSummary";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SharePointActivityPages {
    const SEGMENT: &'static str = "microsoft.graph.sharePointActivityPages";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SharePointActivityUserCounts {
    const SEGMENT: &'static str = "microsoft.graph.sharePointActivityUserCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SharePointActivityUserDetail {
    const SEGMENT: &'static str = "microsoft.graph.sharePointActivityUserDetail";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SharePointSiteUsageDetail {
    const SEGMENT: &'static str = "microsoft.graph.sharePointSiteUsageDetail";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SharePointSiteUsageFileCounts {
    const SEGMENT: &'static str = "microsoft.graph.sharePointSiteUsageFileCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SharePointSiteUsagePages {
    const SEGMENT: &'static str = "microsoft.graph.sharePointSiteUsagePages";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SharePointSiteUsageSiteCounts {
    const SEGMENT: &'static str = "microsoft.graph.sharePointSiteUsageSiteCounts";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::SharedDriveItemPath {
    /// Structural property `owner` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn owner(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("owner"))
    }
    /// Containment navigation property `driveItem` (`microsoft.graph.driveItem`).
    #[inline]
    pub fn drive_item(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DriveItem,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("driveItem"))
    }
    /// Containment navigation property `items` (`microsoft.graph.driveItem`).
    #[inline]
    pub fn items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DriveItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("items"))
    }
    /// Containment navigation property `list` (`microsoft.graph.list`).
    #[inline]
    pub fn list_2(
        &self,
    ) -> crate::path::EntityPath<crate::beta::List, crate::path::caps::GetUpdateDelete> {
        crate::path::EntityPath::new(self.node_target().segment("list"))
    }
    /// Containment navigation property `listItem` (`microsoft.graph.listItem`).
    #[inline]
    pub fn list_item(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ListItem,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("listItem"))
    }
    /// Containment navigation property `permission` (`microsoft.graph.permission`).
    #[inline]
    pub fn permission(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Permission,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("permission"))
    }
    /// Containment navigation property `root` (`microsoft.graph.driveItem`).
    #[inline]
    pub fn root(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DriveItem,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("root"))
    }
    /// Containment navigation property `site` (`microsoft.graph.site`).
    #[inline]
    pub fn site(
        &self,
    ) -> crate::path::EntityPath<crate::beta::Site, crate::path::caps::GetUpdateDelete> {
        crate::path::EntityPath::new(self.node_target().segment("site"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `parentReference` (`microsoft.graph.itemReference`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn parent_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ItemReference> {
        crate::path::PropertyPath::new(self.node_target().segment("parentReference"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `createdByUser` (`microsoft.graph.user`).
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn created_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::User,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("createdByUser"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `lastModifiedByUser` (`microsoft.graph.user`).
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn last_modified_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::User,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("lastModifiedByUser"))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyBaseItem>
for crate::beta::SharedDriveItem {
    const SEGMENT: &'static str = "microsoft.graph.sharedDriveItem";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SharedDriveItem {
    const SEGMENT: &'static str = "microsoft.graph.sharedDriveItem";
}
#[cfg(msgraph_beta_directory_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SharedEmailDomain {
    const SEGMENT: &'static str = "microsoft.graph.sharedEmailDomain";
}
#[cfg(msgraph_beta_domains_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SharedEmailDomainInvitation {
    const SEGMENT: &'static str = "microsoft.graph.sharedEmailDomainInvitation";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::SharedInsightPath {
    /// Structural property `lastShared` (`microsoft.graph.sharingDetail`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_shared(&self) -> crate::path::PropertyPath<crate::beta::SharingDetail> {
        crate::path::PropertyPath::new(self.node_target().segment("lastShared"))
    }
    /// Structural property `resourceReference` (`microsoft.graph.resourceReference`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn resource_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ResourceReference> {
        crate::path::PropertyPath::new(self.node_target().segment("resourceReference"))
    }
    /// Structural property `resourceVisualization` (`microsoft.graph.resourceVisualization`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn resource_visualization(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ResourceVisualization> {
        crate::path::PropertyPath::new(
            self.node_target().segment("resourceVisualization"),
        )
    }
    /// Navigation property `lastSharedMethod` (`microsoft.graph.entity`).
    #[inline]
    pub fn last_shared_method(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyEntity,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("lastSharedMethod"))
    }
    /// Navigation property `resource` (`microsoft.graph.entity`).
    #[inline]
    pub fn resource(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::AnyEntity,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("resource"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SharedInsight {
    const SEGMENT: &'static str = "microsoft.graph.sharedInsight";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl dyn crate::beta::requests::SharedPcConfigurationPath {
    /// Structural property `accountManagerPolicy` (`microsoft.graph.sharedPCAccountManagerPolicy`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn account_manager_policy(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SharedPcAccountManagerPolicy> {
        crate::path::PropertyPath::new(
            self.node_target().segment("accountManagerPolicy"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleDeviceMode` (`microsoft.graph.deviceManagementApplicabilityRuleDeviceMode`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_device_mode(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleDeviceMode,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleDeviceMode"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsEdition` (`microsoft.graph.deviceManagementApplicabilityRuleOsEdition`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_os_edition(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsEdition,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleOsEdition"),
        )
    }
    /// Structural property `deviceManagementApplicabilityRuleOsVersion` (`microsoft.graph.deviceManagementApplicabilityRuleOsVersion`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_management_applicability_rule_os_version(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::DeviceManagementApplicabilityRuleOsVersion,
    > {
        crate::path::PropertyPath::new(
            self.node_target().segment("deviceManagementApplicabilityRuleOsVersion"),
        )
    }
    /// Containment navigation property `assignments` (`microsoft.graph.deviceConfigurationAssignment`).
    #[inline]
    pub fn assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("assignments"))
    }
    /// Containment navigation property `deviceSettingStateSummaries` (`microsoft.graph.settingStateDeviceSummary`).
    #[inline]
    pub fn device_setting_state_summaries(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SettingStateDeviceSummary,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("deviceSettingStateSummaries"),
        )
    }
    /// Containment navigation property `deviceStatuses` (`microsoft.graph.deviceConfigurationDeviceStatus`).
    #[inline]
    pub fn device_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationDeviceStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("deviceStatuses"))
    }
    /// Containment navigation property `deviceStatusOverview` (`microsoft.graph.deviceConfigurationDeviceOverview`).
    #[inline]
    pub fn device_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceConfigurationDeviceOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("deviceStatusOverview"))
    }
    /// Containment navigation property `groupAssignments` (`microsoft.graph.deviceConfigurationGroupAssignment`).
    #[inline]
    pub fn group_assignments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationGroupAssignment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("groupAssignments"))
    }
    /// Containment navigation property `userStatuses` (`microsoft.graph.deviceConfigurationUserStatus`).
    #[inline]
    pub fn user_statuses(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DeviceConfigurationUserStatus,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("userStatuses"))
    }
    /// Containment navigation property `userStatusOverview` (`microsoft.graph.deviceConfigurationUserOverview`).
    #[inline]
    pub fn user_status_overview(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::DeviceConfigurationUserOverview,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("userStatusOverview"))
    }
    /// `POST .../assign`: action `microsoft.graph.assign`.
    #[inline]
    pub fn assign(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DeviceConfigurationAssignParams>,
        rt::request::Collection<crate::beta::DeviceConfigurationAssignment>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assign"),
            rt::request::Json(params),
        )
    }
    /// `POST .../assignedAccessMultiModeProfiles`: action `microsoft.graph.assignedAccessMultiModeProfiles`.
    #[inline]
    pub fn assigned_access_multi_mode_profiles(
        &self,
        params: crate::beta::params::DeviceConfigurationAssignedAccessMultiModeProfilesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationAssignedAccessMultiModeProfilesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("assignedAccessMultiModeProfiles"),
            rt::request::Json(params),
        )
    }
    /// `GET .../getOmaSettingPlainTextValue`: function `microsoft.graph.getOmaSettingPlainTextValue`.
    #[inline]
    pub fn get_oma_setting_plain_text_value(
        &self,
        secret_reference_value_id: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getOmaSettingPlainTextValue",
                    &[
                        (
                            "secretReferenceValueId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(
                                    secret_reference_value_id,
                                ),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `POST .../windowsPrivacyAccessControls`: action `microsoft.graph.windowsPrivacyAccessControls`.
    #[inline]
    pub fn windows_privacy_access_controls(
        &self,
        params: crate::beta::params::DeviceConfigurationWindowsPrivacyAccessControlsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationWindowsPrivacyAccessControlsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("windowsPrivacyAccessControls"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDeviceConfiguration>
for crate::beta::SharedPcConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.sharedPCConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SharedPcConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.sharedPCConfiguration";
}
#[cfg(msgraph_beta_device_management_or_search)]
/// Features: `beta`, or one of `beta-device-management`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::SharedPcConfiguration, C> {
    /// `GET .../getIosAvailableUpdateVersions`: function `microsoft.graph.getIosAvailableUpdateVersions`.
    pub fn get_ios_available_update_versions(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::IosAvailableUpdateVersion>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("getIosAvailableUpdateVersions", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../getTargetedUsersAndDevices`: action `microsoft.graph.getTargetedUsersAndDevices`.
    pub fn get_targeted_users_and_devices(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionGetTargetedUsersAndDevicesParams,
        >,
        rt::request::Collection<crate::beta::DeviceConfigurationTargetedUserAndDevice>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getTargetedUsersAndDevices"),
            rt::request::Json(params),
        )
    }
    /// `POST .../hasPayloadLinks`: action `microsoft.graph.hasPayloadLinks`.
    pub fn has_payload_links(
        &self,
        params: crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DeviceConfigurationCollectionHasPayloadLinksParams,
        >,
        rt::request::Collection<crate::beta::HasPayloadLinkResultItem>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("hasPayloadLinks"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::ShiftPath {
    /// Structural property `draftShift` (`microsoft.graph.shiftItem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn draft_shift(&self) -> crate::path::PropertyPath<crate::beta::AnyShiftItem> {
        crate::path::PropertyPath::new(self.node_target().segment("draftShift"))
    }
    /// Structural property `sharedShift` (`microsoft.graph.shiftItem`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn shared_shift(&self) -> crate::path::PropertyPath<crate::beta::AnyShiftItem> {
        crate::path::PropertyPath::new(self.node_target().segment("sharedShift"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// `POST .../stageForDeletion`: action `microsoft.graph.stageForDeletion`.
    #[inline]
    pub fn stage_for_deletion(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("stageForDeletion"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyChangeTrackedEntity>
for crate::beta::Shift {
    const SEGMENT: &'static str = "microsoft.graph.shift";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Shift {
    const SEGMENT: &'static str = "microsoft.graph.shift";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyChangeTrackedEntity>
for crate::beta::ShiftPreferences {
    const SEGMENT: &'static str = "microsoft.graph.shiftPreferences";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ShiftPreferences {
    const SEGMENT: &'static str = "microsoft.graph.shiftPreferences";
}
#[cfg(msgraph_beta_financials_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::ShipmentMethod {
    const SEGMENT: &'static str = "microsoft.graph.shipmentMethod";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SideLoadingKey {
    const SEGMENT: &'static str = "microsoft.graph.sideLoadingKey";
}
#[cfg(msgraph_beta_audit_logs_or_search)]
/// Features: `beta`, or one of `beta-audit-logs`, `beta-search`.
impl dyn crate::beta::requests::SignInPath {
    /// Structural property `deviceDetail` (`microsoft.graph.deviceDetail`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn device_detail(&self) -> crate::path::PropertyPath<crate::beta::DeviceDetail> {
        crate::path::PropertyPath::new(self.node_target().segment("deviceDetail"))
    }
    /// Structural property `location` (`microsoft.graph.signInLocation`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn location(&self) -> crate::path::PropertyPath<crate::beta::SignInLocation> {
        crate::path::PropertyPath::new(self.node_target().segment("location"))
    }
    /// Structural property `mfaDetail` (`microsoft.graph.mfaDetail`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn mfa_detail(&self) -> crate::path::PropertyPath<crate::beta::MfaDetail> {
        crate::path::PropertyPath::new(self.node_target().segment("mfaDetail"))
    }
    /// Structural property `status` (`microsoft.graph.signInStatus`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn status(&self) -> crate::path::PropertyPath<crate::beta::SignInStatus> {
        crate::path::PropertyPath::new(self.node_target().segment("status"))
    }
}
#[cfg(msgraph_beta_audit_logs_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnySignIn {
    const SEGMENT: &'static str = "microsoft.graph.signIn";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SingleValueLegacyExtendedProperty {
    const SEGMENT: &'static str = "microsoft.graph.singleValueLegacyExtendedProperty";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::SitePath {
    /// Structural property `deleted` (`microsoft.graph.deleted`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn deleted(&self) -> crate::path::PropertyPath<crate::beta::Deleted> {
        crate::path::PropertyPath::new(self.node_target().segment("deleted"))
    }
    /// Structural property `root` (`microsoft.graph.root`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn root(&self) -> crate::path::PropertyPath<crate::beta::Root> {
        crate::path::PropertyPath::new(self.node_target().segment("root"))
    }
    /// Structural property `sharepointIds` (`microsoft.graph.sharepointIds`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn sharepoint_ids(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SharepointIds> {
        crate::path::PropertyPath::new(self.node_target().segment("sharepointIds"))
    }
    /// Structural property `siteCollection` (`microsoft.graph.siteCollection`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn site_collection(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SiteCollection> {
        crate::path::PropertyPath::new(self.node_target().segment("siteCollection"))
    }
    #[cfg(msgraph_beta_search)]
    /// Navigation property `analytics` (`microsoft.graph.itemAnalytics`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn analytics(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ItemAnalytics,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("analytics"))
    }
    /// Containment navigation property `columns` (`microsoft.graph.columnDefinition`).
    #[inline]
    pub fn columns(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ColumnDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("columns"))
    }
    /// Containment navigation property `contentTypes` (`microsoft.graph.contentType`).
    #[inline]
    pub fn content_types(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ContentType,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("contentTypes"))
    }
    /// Containment navigation property `drive` (`microsoft.graph.drive`).
    #[inline]
    pub fn drive(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Drive,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("drive"))
    }
    /// Containment navigation property `drives` (`microsoft.graph.drive`).
    #[inline]
    pub fn drives(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Drive,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("drives"))
    }
    /// Navigation property `externalColumns` (`microsoft.graph.columnDefinition`).
    #[inline]
    pub fn external_columns(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ColumnDefinition,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("externalColumns"))
    }
    /// Containment navigation property `items` (`microsoft.graph.baseItem`).
    #[inline]
    pub fn items(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyBaseItem,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("items"))
    }
    /// Containment navigation property `lists` (`microsoft.graph.list`).
    #[inline]
    pub fn lists(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::List,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("lists"))
    }
    /// Containment navigation property `pages` (`microsoft.graph.sitePage`).
    #[inline]
    pub fn pages(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SitePage,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("pages"))
    }
    /// Containment navigation property `permissions` (`microsoft.graph.permission`).
    #[inline]
    pub fn permissions(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Permission,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("permissions"))
    }
    /// Containment navigation property `sites` (`microsoft.graph.site`).
    #[inline]
    pub fn sites(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::Site,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sites"))
    }
    /// Containment navigation property `termStore` (`microsoft.graph.termStore.store`).
    #[inline]
    pub fn term_store(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::term_store::Store,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("termStore"))
    }
    /// Containment navigation property `onenote` (`microsoft.graph.onenote`).
    #[inline]
    pub fn onenote(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Onenote,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("onenote"))
    }
    /// `GET .../getActivitiesByInterval`: function `microsoft.graph.getActivitiesByInterval`.
    #[inline]
    pub fn get_activities_by_interval(
        &self,
        start_date_time: &str,
        end_date_time: &str,
        interval: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::ItemActivityStat>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getActivitiesByInterval",
                    &[
                        (
                            "startDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(start_date_time),
                            ),
                        ),
                        (
                            "endDateTime",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(end_date_time),
                            ),
                        ),
                        (
                            "interval",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(interval),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getApplicableContentTypesForList`: function `microsoft.graph.getApplicableContentTypesForList`.
    #[inline]
    pub fn get_applicable_content_types_for_list(
        &self,
        list_id: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::ContentType>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getApplicableContentTypesForList",
                    &[
                        (
                            "listId",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(list_id),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// `GET .../getByPath`: function `microsoft.graph.getByPath`.
    #[inline]
    pub fn get_by_path(
        &self,
        path: &str,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::Site>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self
                .node_target()
                .function(
                    "getByPath",
                    &[
                        (
                            "path",
                            ::core::option::Option::Some(
                                rt::request::ToLiteral::to_literal(path),
                            ),
                        ),
                    ],
                ),
            rt::request::NoBody,
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `parentReference` (`microsoft.graph.itemReference`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn parent_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ItemReference> {
        crate::path::PropertyPath::new(self.node_target().segment("parentReference"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `createdByUser` (`microsoft.graph.user`).
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn created_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::User,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("createdByUser"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `lastModifiedByUser` (`microsoft.graph.user`).
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn last_modified_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::User,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("lastModifiedByUser"))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyBaseItem> for crate::beta::Site {
    const SEGMENT: &'static str = "microsoft.graph.site";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Site {
    const SEGMENT: &'static str = "microsoft.graph.site";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::Site, C> {
    /// `POST .../add`: action `microsoft.graph.add`.
    pub fn add(
        &self,
        params: crate::beta::params::SiteCollectionAddParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::SiteCollectionAddParams>,
        rt::request::Collection<crate::beta::Site>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("add"),
            rt::request::Json(params),
        )
    }
    /// `GET .../delta`: function `microsoft.graph.delta`.
    pub fn delta(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::Site>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("delta", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../remove`: action `microsoft.graph.remove`.
    pub fn remove(
        &self,
        params: crate::beta::params::SiteCollectionRemoveParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::SiteCollectionRemoveParams>,
        rt::request::Collection<crate::beta::Site>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("remove"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SiteActivitySummary {
    const SEGMENT: &'static str = "microsoft.graph.siteActivitySummary";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 12 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::SitePagePath {
    /// Structural property `contentType` (`microsoft.graph.contentTypeInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn content_type(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ContentTypeInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("contentType"))
    }
    /// Structural property `publishingState` (`microsoft.graph.publicationFacet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn publishing_state(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::PublicationFacet> {
        crate::path::PropertyPath::new(self.node_target().segment("publishingState"))
    }
    /// `POST .../publish`: action `microsoft.graph.publish`.
    #[inline]
    pub fn publish(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("publish"),
            rt::request::NoBody,
        )
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Structural property `parentReference` (`microsoft.graph.itemReference`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn parent_reference(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ItemReference> {
        crate::path::PropertyPath::new(self.node_target().segment("parentReference"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `createdByUser` (`microsoft.graph.user`).
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn created_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::User,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("createdByUser"))
    }
    #[cfg(msgraph_beta_core)]
    /// Navigation property `lastModifiedByUser` (`microsoft.graph.user`).
    ///
    /// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
    #[inline]
    pub fn last_modified_by_user(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::User,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("lastModifiedByUser"))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyBaseItem> for crate::beta::SitePage {
    const SEGMENT: &'static str = "microsoft.graph.sitePage";
}
#[cfg(msgraph_beta_core_or_shares_or_sites)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SitePage {
    const SEGMENT: &'static str = "microsoft.graph.sitePage";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SiteUsageStorage {
    const SEGMENT: &'static str = "microsoft.graph.siteUsageStorage";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyItemFacet>
for crate::beta::SkillProficiency {
    const SEGMENT: &'static str = "microsoft.graph.skillProficiency";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SkillProficiency {
    const SEGMENT: &'static str = "microsoft.graph.skillProficiency";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SkypeForBusinessActivityCounts {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessActivityCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SkypeForBusinessActivityUserCounts {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessActivityUserCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SkypeForBusinessActivityUserDetail {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessActivityUserDetail";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SkypeForBusinessDeviceUsageDistributionUserCounts {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessDeviceUsageDistributionUserCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SkypeForBusinessDeviceUsageUserCounts {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessDeviceUsageUserCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SkypeForBusinessDeviceUsageUserDetail {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessDeviceUsageUserDetail";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SkypeForBusinessOrganizerActivityCounts {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessOrganizerActivityCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SkypeForBusinessOrganizerActivityMinuteCounts {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessOrganizerActivityMinuteCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SkypeForBusinessOrganizerActivityUserCounts {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessOrganizerActivityUserCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SkypeForBusinessParticipantActivityCounts {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessParticipantActivityCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SkypeForBusinessParticipantActivityMinuteCounts {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessParticipantActivityMinuteCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SkypeForBusinessParticipantActivityUserCounts {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessParticipantActivityUserCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SkypeForBusinessPeerToPeerActivityCounts {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessPeerToPeerActivityCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SkypeForBusinessPeerToPeerActivityMinuteCounts {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessPeerToPeerActivityMinuteCounts";
}
#[cfg(msgraph_beta_print_or_reports_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SkypeForBusinessPeerToPeerActivityUserCounts {
    const SEGMENT: &'static str = "microsoft.graph.skypeForBusinessPeerToPeerActivityUserCounts";
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
/// Features: `beta`, or one of `beta-authentication-method-configurations`, `beta-authentication-methods-policy`, `beta-policies`, `beta-search`.
impl dyn crate::beta::requests::SmsAuthenticationMethodConfigurationPath {
    /// Containment navigation property `includeTargets` (`microsoft.graph.smsAuthenticationMethodTarget`).
    #[inline]
    pub fn include_targets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SmsAuthenticationMethodTarget,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("includeTargets"))
    }
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyAuthenticationMethodConfiguration>
for crate::beta::SmsAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.smsAuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SmsAuthenticationMethodConfiguration {
    const SEGMENT: &'static str = "microsoft.graph.smsAuthenticationMethodConfiguration";
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyAuthenticationMethodTarget>
for crate::beta::SmsAuthenticationMethodTarget {
    const SEGMENT: &'static str = "microsoft.graph.smsAuthenticationMethodTarget";
}
#[cfg(
    msgraph_beta_authentication_method_configurations_or_authentication_methods_policy_or_policies_or_search
)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SmsAuthenticationMethodTarget {
    const SEGMENT: &'static str = "microsoft.graph.smsAuthenticationMethodTarget";
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyIdentityProviderBase>
for crate::beta::SocialIdentityProvider {
    const SEGMENT: &'static str = "microsoft.graph.socialIdentityProvider";
}
#[cfg(msgraph_beta_identity_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SocialIdentityProvider {
    const SEGMENT: &'static str = "microsoft.graph.socialIdentityProvider";
}
#[cfg(msgraph_beta_identity_or_search)]
/// Features: `beta`, or one of `beta-identity`, `beta-search`.
impl<C> crate::path::CollectionPath<crate::beta::SocialIdentityProvider, C> {
    /// `GET .../availableProviderTypes`: function `microsoft.graph.availableProviderTypes`.
    pub fn available_provider_types(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.target().function("availableProviderTypes", &[]),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SoftwareUpdateStatusSummary {
    const SEGMENT: &'static str = "microsoft.graph.softwareUpdateStatusSummary";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::StsPolicyPath {
    /// Navigation property `appliesTo` (`microsoft.graph.directoryObject`).
    #[inline]
    pub fn applies_to(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::AnyDirectoryObject,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("appliesTo"))
    }
    /// `POST .../checkMemberGroups`: action `microsoft.graph.checkMemberGroups`.
    #[inline]
    pub fn check_member_groups(
        &self,
        params: crate::beta::params::DirectoryObjectCheckMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCheckMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("checkMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../checkMemberObjects`: action `microsoft.graph.checkMemberObjects`.
    #[inline]
    pub fn check_member_objects(
        &self,
        params: crate::beta::params::DirectoryObjectCheckMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCheckMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("checkMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberGroups`: action `microsoft.graph.getMemberGroups`.
    #[inline]
    pub fn get_member_groups(
        &self,
        params: crate::beta::params::DirectoryObjectGetMemberGroupsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectGetMemberGroupsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getMemberGroups"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getMemberObjects`: action `microsoft.graph.getMemberObjects`.
    #[inline]
    pub fn get_member_objects(
        &self,
        params: crate::beta::params::DirectoryObjectGetMemberObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectGetMemberObjectsParams>,
        rt::request::Collection<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("getMemberObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restore`: action `microsoft.graph.restore`.
    #[inline]
    pub fn restore(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Entity<crate::beta::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restore"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyPolicyBase> for crate::beta::AnyStsPolicy {
    const SEGMENT: &'static str = "microsoft.graph.stsPolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyDirectoryObject>
for crate::beta::AnyStsPolicy {
    const SEGMENT: &'static str = "microsoft.graph.stsPolicy";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::AnyStsPolicy {
    const SEGMENT: &'static str = "microsoft.graph.stsPolicy";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::AnyStsPolicy, C> {
    /// `POST .../getByIds`: action `microsoft.graph.getByIds`.
    pub fn get_by_ids(
        &self,
        params: crate::beta::params::DirectoryObjectCollectionGetByIdsParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::DirectoryObjectCollectionGetByIdsParams>,
        rt::request::Collection<crate::beta::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getByIds"),
            rt::request::Json(params),
        )
    }
    /// `POST .../getUserOwnedObjects`: action `microsoft.graph.getUserOwnedObjects`.
    pub fn get_user_owned_objects(
        &self,
        params: crate::beta::params::DirectoryObjectCollectionGetUserOwnedObjectsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DirectoryObjectCollectionGetUserOwnedObjectsParams,
        >,
        rt::request::Entity<crate::beta::AnyDirectoryObject>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("getUserOwnedObjects"),
            rt::request::Json(params),
        )
    }
    /// `POST .../validateProperties`: action `microsoft.graph.validateProperties`.
    pub fn validate_properties(
        &self,
        params: crate::beta::params::DirectoryObjectCollectionValidatePropertiesParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::DirectoryObjectCollectionValidatePropertiesParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateProperties"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyCommsOperation>
for crate::beta::SubscribeToToneOperation {
    const SEGMENT: &'static str = "microsoft.graph.subscribeToToneOperation";
}
#[cfg(msgraph_beta_app_or_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SubscribeToToneOperation {
    const SEGMENT: &'static str = "microsoft.graph.subscribeToToneOperation";
}
#[cfg(msgraph_beta_search_or_subscribed_skus)]
/// Features: `beta`, or one of `beta-search`, `beta-subscribed-skus`.
impl dyn crate::beta::requests::SubscribedSkuPath {
    /// Structural property `prepaidUnits` (`microsoft.graph.licenseUnitsDetail`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn prepaid_units(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::LicenseUnitsDetail> {
        crate::path::PropertyPath::new(self.node_target().segment("prepaidUnits"))
    }
}
#[cfg(msgraph_beta_search_or_subscribed_skus)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::SubscribedSku {
    const SEGMENT: &'static str = "microsoft.graph.subscribedSku";
}
#[cfg(msgraph_beta_core_or_drive_or_drives_or_shares_and_3_more)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Subscription {
    const SEGMENT: &'static str = "microsoft.graph.subscription";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyOfferShiftRequest>
for crate::beta::SwapShiftsChangeRequest {
    const SEGMENT: &'static str = "microsoft.graph.swapShiftsChangeRequest";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyScheduleChangeRequest>
for crate::beta::SwapShiftsChangeRequest {
    const SEGMENT: &'static str = "microsoft.graph.swapShiftsChangeRequest";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyChangeTrackedEntity>
for crate::beta::SwapShiftsChangeRequest {
    const SEGMENT: &'static str = "microsoft.graph.swapShiftsChangeRequest";
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SwapShiftsChangeRequest {
    const SEGMENT: &'static str = "microsoft.graph.swapShiftsChangeRequest";
}
#[cfg(msgraph_beta_device_app_management_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SymantecCodeSigningCertificate {
    const SEGMENT: &'static str = "microsoft.graph.symantecCodeSigningCertificate";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::SynchronizationPath {
    /// Containment navigation property `jobs` (`microsoft.graph.synchronizationJob`).
    #[inline]
    pub fn jobs(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SynchronizationJob,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("jobs"))
    }
    /// Containment navigation property `templates` (`microsoft.graph.synchronizationTemplate`).
    #[inline]
    pub fn templates(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::SynchronizationTemplate,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("templates"))
    }
    /// `GET .../Ping`: function `microsoft.graph.Ping`.
    #[inline]
    pub fn ping(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::ValueOf<::std::string::String>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("Ping", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../acquireAccessToken`: action `microsoft.graph.acquireAccessToken`.
    #[inline]
    pub fn acquire_access_token(
        &self,
        params: crate::beta::params::SynchronizationAcquireAccessTokenParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::SynchronizationAcquireAccessTokenParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("acquireAccessToken"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::Synchronization {
    const SEGMENT: &'static str = "microsoft.graph.synchronization";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::SynchronizationJobPath {
    /// Structural property `schedule` (`microsoft.graph.synchronizationSchedule`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn schedule(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SynchronizationSchedule> {
        crate::path::PropertyPath::new(self.node_target().segment("schedule"))
    }
    /// Structural property `status` (`microsoft.graph.synchronizationStatus`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn status(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::SynchronizationStatus> {
        crate::path::PropertyPath::new(self.node_target().segment("status"))
    }
    /// Containment navigation property `schema` (`microsoft.graph.synchronizationSchema`).
    #[inline]
    pub fn schema(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::SynchronizationSchema,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("schema"))
    }
    /// `POST .../pause`: action `microsoft.graph.pause`.
    #[inline]
    pub fn pause(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("pause"),
            rt::request::NoBody,
        )
    }
    /// `POST .../provisionOnDemand`: action `microsoft.graph.provisionOnDemand`.
    #[inline]
    pub fn provision_on_demand(
        &self,
        params: crate::beta::params::SynchronizationJobProvisionOnDemandParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::SynchronizationJobProvisionOnDemandParams,
        >,
        rt::request::Entity<crate::beta::StringKeyStringValuePair>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("provisionOnDemand"),
            rt::request::Json(params),
        )
    }
    /// `POST .../restart`: action `microsoft.graph.restart`.
    #[inline]
    pub fn restart(
        &self,
        params: crate::beta::params::SynchronizationJobRestartParams,
    ) -> rt::request::Request<
        rt::request::Json<crate::beta::params::SynchronizationJobRestartParams>,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("restart"),
            rt::request::Json(params),
        )
    }
    /// `POST .../start`: action `microsoft.graph.start`.
    #[inline]
    pub fn start(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("start"),
            rt::request::NoBody,
        )
    }
    /// `POST .../stop`: action `microsoft.graph.stop`.
    #[inline]
    pub fn stop(&self) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("stop"),
            rt::request::NoBody,
        )
    }
    /// `POST .../validateCredentials`: action `microsoft.graph.validateCredentials`.
    #[inline]
    pub fn validate_credentials(
        &self,
        params: crate::beta::params::SynchronizationJobValidateCredentialsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::SynchronizationJobValidateCredentialsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("validateCredentials"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SynchronizationJob {
    const SEGMENT: &'static str = "microsoft.graph.synchronizationJob";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl<C> crate::path::CollectionPath<crate::beta::SynchronizationJob, C> {
    /// `POST .../validateCredentials`: action `microsoft.graph.validateCredentials`.
    pub fn validate_credentials(
        &self,
        params: crate::beta::params::SynchronizationJobCollectionValidateCredentialsParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::SynchronizationJobCollectionValidateCredentialsParams,
        >,
        rt::request::Empty,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.target().segment("validateCredentials"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::SynchronizationSchemaPath {
    /// Containment navigation property `directories` (`microsoft.graph.directoryDefinition`).
    #[inline]
    pub fn directories(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::DirectoryDefinition,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("directories"))
    }
    /// `GET .../filterOperators`: function `microsoft.graph.filterOperators`.
    #[inline]
    pub fn filter_operators(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::FilterOperatorSchema>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("filterOperators", &[]),
            rt::request::NoBody,
        )
    }
    /// `GET .../functions`: function `microsoft.graph.functions`.
    #[inline]
    pub fn functions(
        &self,
    ) -> rt::request::Request<
        rt::request::NoBody,
        rt::request::Collection<crate::beta::AttributeMappingFunctionSchema>,
    > {
        rt::request::Request::new(
            rt::http::Method::GET,
            self.node_target().function("functions", &[]),
            rt::request::NoBody,
        )
    }
    /// `POST .../parseExpression`: action `microsoft.graph.parseExpression`.
    #[inline]
    pub fn parse_expression(
        &self,
        params: crate::beta::params::SynchronizationSchemaParseExpressionParams,
    ) -> rt::request::Request<
        rt::request::Json<
            crate::beta::params::SynchronizationSchemaParseExpressionParams,
        >,
        rt::request::Entity<crate::beta::ParseExpressionResponse>,
    > {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("parseExpression"),
            rt::request::Json(params),
        )
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SynchronizationSchema {
    const SEGMENT: &'static str = "microsoft.graph.synchronizationSchema";
}
#[cfg(msgraph_beta_core)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 10 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::SynchronizationTemplatePath {
    /// Containment navigation property `schema` (`microsoft.graph.synchronizationSchema`).
    #[inline]
    pub fn schema(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::SynchronizationSchema,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("schema"))
    }
}
#[cfg(msgraph_beta_core)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::SynchronizationTemplate {
    const SEGMENT: &'static str = "microsoft.graph.synchronizationTemplate";
}
#[cfg(msgraph_beta_communications_or_search)]
/// Features: `beta`, or one of `beta-communications`, `beta-search`.
impl dyn crate::beta::requests::call_records::SegmentPath {
    /// Structural property `callee` (`microsoft.graph.callRecords.endpoint`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn callee(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::call_records::AnyEndpoint> {
        crate::path::PropertyPath::new(self.node_target().segment("callee"))
    }
    /// Structural property `caller` (`microsoft.graph.callRecords.endpoint`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn caller(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::call_records::AnyEndpoint> {
        crate::path::PropertyPath::new(self.node_target().segment("caller"))
    }
    /// Structural property `failureInfo` (`microsoft.graph.callRecords.failureInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn failure_info(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::call_records::FailureInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("failureInfo"))
    }
}
#[cfg(msgraph_beta_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::call_records::Segment {
    const SEGMENT: &'static str = "microsoft.graph.callRecords.segment";
}
#[cfg(msgraph_beta_communications_or_search)]
/// Features: `beta`, or one of `beta-communications`, `beta-search`.
impl dyn crate::beta::requests::call_records::SessionPath {
    /// Structural property `callee` (`microsoft.graph.callRecords.endpoint`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn callee(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::call_records::AnyEndpoint> {
        crate::path::PropertyPath::new(self.node_target().segment("callee"))
    }
    /// Structural property `caller` (`microsoft.graph.callRecords.endpoint`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn caller(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::call_records::AnyEndpoint> {
        crate::path::PropertyPath::new(self.node_target().segment("caller"))
    }
    /// Structural property `failureInfo` (`microsoft.graph.callRecords.failureInfo`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn failure_info(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::call_records::FailureInfo> {
        crate::path::PropertyPath::new(self.node_target().segment("failureInfo"))
    }
    /// Containment navigation property `segments` (`microsoft.graph.callRecords.segment`).
    #[inline]
    pub fn segments(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::call_records::Segment,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("segments"))
    }
}
#[cfg(msgraph_beta_communications_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::call_records::Session {
    const SEGMENT: &'static str = "microsoft.graph.callRecords.session";
}
#[cfg(msgraph_beta_compliance_or_search)]
/// Features: `beta`, or one of `beta-compliance`, `beta-search`.
impl dyn crate::beta::requests::ediscovery::SettingsPath {
    /// Structural property `ocr` (`microsoft.graph.ediscovery.ocrSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn ocr(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ediscovery::OcrSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("ocr"))
    }
    /// Structural property `redundancyDetection` (`microsoft.graph.ediscovery.redundancyDetectionSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn redundancy_detection(
        &self,
    ) -> crate::path::PropertyPath<
        crate::beta::ediscovery::RedundancyDetectionSettings,
    > {
        crate::path::PropertyPath::new(self.node_target().segment("redundancyDetection"))
    }
    /// Structural property `topicModeling` (`microsoft.graph.ediscovery.topicModelingSettings`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn topic_modeling(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::ediscovery::TopicModelingSettings> {
        crate::path::PropertyPath::new(self.node_target().segment("topicModeling"))
    }
    /// `POST .../microsoft.graph.ediscovery.resetToDefault`: action `microsoft.graph.ediscovery.resetToDefault`.
    #[inline]
    pub fn reset_to_default(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.ediscovery.resetToDefault"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ediscovery::Settings {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.settings";
}
#[cfg(msgraph_beta_compliance_or_search)]
/// Features: `beta`, or one of `beta-compliance`, `beta-search`.
impl dyn crate::beta::requests::ediscovery::SiteSourcePath {
    #[cfg(msgraph_beta_core_or_shares_or_sites)]
    /// Navigation property `site` (`microsoft.graph.site`).
    ///
    /// Features: `beta` or `beta-search`.
    #[inline]
    pub fn site(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::Site,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(self.node_target().segment("site"))
    }
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::ediscovery::AnyDataSource>
for crate::beta::ediscovery::SiteSource {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.siteSource";
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ediscovery::SiteSource {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.siteSource";
}
#[cfg(msgraph_beta_compliance_or_search)]
/// Features: `beta`, or one of `beta-compliance`, `beta-search`.
impl dyn crate::beta::requests::ediscovery::SourceCollectionPath {
    /// Structural property `createdBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn created_by(&self) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("createdBy"))
    }
    /// Structural property `lastModifiedBy` (`microsoft.graph.identitySet`), addressed on its own: `GET` or `PATCH` it.
    #[inline]
    pub fn last_modified_by(
        &self,
    ) -> crate::path::PropertyPath<crate::beta::IdentitySet> {
        crate::path::PropertyPath::new(self.node_target().segment("lastModifiedBy"))
    }
    /// Containment navigation property `additionalSources` (`microsoft.graph.ediscovery.dataSource`).
    #[inline]
    pub fn additional_sources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::AnyDataSource,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("additionalSources"))
    }
    /// Navigation property `addToReviewSetOperation` (`microsoft.graph.ediscovery.addToReviewSetOperation`).
    #[inline]
    pub fn add_to_review_set_operation(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ediscovery::AddToReviewSetOperation,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("addToReviewSetOperation"),
        )
    }
    /// Navigation property `custodianSources` (`microsoft.graph.ediscovery.dataSource`).
    #[inline]
    pub fn custodian_sources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::AnyDataSource,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("custodianSources"))
    }
    /// Navigation property `lastEstimateStatisticsOperation` (`microsoft.graph.ediscovery.estimateStatisticsOperation`).
    #[inline]
    pub fn last_estimate_statistics_operation(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::ediscovery::EstimateStatisticsOperation,
        crate::path::caps::GetUpdateDeleteRef,
    > {
        crate::path::EntityPath::new(
            self.node_target().segment("lastEstimateStatisticsOperation"),
        )
    }
    /// Navigation property `noncustodialSources` (`microsoft.graph.ediscovery.noncustodialDataSource`).
    #[inline]
    pub fn noncustodial_sources(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::ediscovery::NoncustodialDataSource,
        crate::path::caps::ListCreateUpdateDeleteRefs,
    > {
        crate::path::CollectionPath::new(
            self.node_target().segment("noncustodialSources"),
        )
    }
    /// `POST .../microsoft.graph.ediscovery.estimateStatistics`: action `microsoft.graph.ediscovery.estimateStatistics`.
    #[inline]
    pub fn estimate_statistics(
        &self,
    ) -> rt::request::Request<rt::request::NoBody, rt::request::Empty> {
        rt::request::Request::new(
            rt::http::Method::POST,
            self.node_target().segment("microsoft.graph.ediscovery.estimateStatistics"),
            rt::request::NoBody,
        )
    }
}
#[cfg(msgraph_beta_compliance_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::ediscovery::SourceCollection {
    const SEGMENT: &'static str = "microsoft.graph.ediscovery.sourceCollection";
}
#[cfg(msgraph_beta_connections_or_external_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::external_connectors::Schema {
    const SEGMENT: &'static str = "microsoft.graph.externalConnectors.schema";
}
#[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::term_store::SetPath {
    /// Containment navigation property `children` (`microsoft.graph.termStore.term`).
    #[inline]
    pub fn children(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::term_store::Term,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("children"))
    }
    /// Containment navigation property `parentGroup` (`microsoft.graph.termStore.group`).
    #[inline]
    pub fn parent_group(
        &self,
    ) -> crate::path::EntityPath<
        crate::beta::term_store::Group,
        crate::path::caps::GetUpdateDelete,
    > {
        crate::path::EntityPath::new(self.node_target().segment("parentGroup"))
    }
    /// Containment navigation property `relations` (`microsoft.graph.termStore.relation`).
    #[inline]
    pub fn relations(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::term_store::Relation,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("relations"))
    }
    /// Containment navigation property `terms` (`microsoft.graph.termStore.term`).
    #[inline]
    pub fn terms(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::term_store::Term,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("terms"))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity> for crate::beta::term_store::Set {
    const SEGMENT: &'static str = "microsoft.graph.termStore.set";
}
#[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
/// Features: `beta`, or one of `beta-administrative-units`, `beta-applications`, `beta-chats`, `beta-contacts`, `beta-contracts`, `beta-device-management`, `beta-devices`, `beta-directory`, `beta-directory-objects`, `beta-directory-role-templates`, `beta-directory-roles`, `beta-directory-setting-templates` and 13 more area features (listed in `msgraph-models`' Cargo.toml).
impl dyn crate::beta::requests::term_store::StorePath {
    /// Containment navigation property `groups` (`microsoft.graph.termStore.group`).
    #[inline]
    pub fn groups(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::term_store::Group,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("groups"))
    }
    /// Containment navigation property `sets` (`microsoft.graph.termStore.set`).
    #[inline]
    pub fn sets(
        &self,
    ) -> crate::path::CollectionPath<
        crate::beta::term_store::Set,
        crate::path::caps::ListCreateUpdateDelete,
    > {
        crate::path::CollectionPath::new(self.node_target().segment("sets"))
    }
}
#[cfg(msgraph_beta_core_or_shares_or_sites_or_term_store)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::term_store::Store {
    const SEGMENT: &'static str = "microsoft.graph.termStore.store";
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::windows_updates::AnyCatalogEntry>
for crate::beta::windows_updates::AnySoftwareUpdateCatalogEntry {
    const SEGMENT: &'static str = "microsoft.graph.windowsUpdates.softwareUpdateCatalogEntry";
}
#[cfg(msgraph_beta_admin_or_search)]
#[doc(hidden)]
impl crate::path::DerivedFrom<crate::beta::AnyEntity>
for crate::beta::windows_updates::AnySoftwareUpdateCatalogEntry {
    const SEGMENT: &'static str = "microsoft.graph.windowsUpdates.softwareUpdateCatalogEntry";
}
